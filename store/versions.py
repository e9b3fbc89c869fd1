"""Tokens of a store's state (data version, content fingerprint, file digests), read without loading any form."""

from __future__ import annotations

import hashlib

from store.database import Store


def fingerprint(store: Store) -> str:
    """A digest of which forms the store holds and what they say; changes with every ingest that changes data.

    Args:
        store: the store.

    Returns:
        A hex SHA-256 of every form's id and content hash, in id order.
    """
    digest = hashlib.sha256()
    for form_id, content in store.read_rows("SELECT id, content_hash FROM form ORDER BY id"):
        digest.update(f"{form_id}:{content};".encode())
    return digest.hexdigest()


def data_version(store: Store) -> tuple[int, int, int]:
    """A cheap token that changes whenever forms are added, replaced or removed (count and newest ids).

    Replacing a file deletes and re-inserts its forms, so the newest form id moves even when the count does not.

    Args:
        store: the store.

    Returns:
        (form count, newest form id, newest source file id), 0 for none.
    """
    # One statement, so the three figures come from one snapshot of the store.
    [(count, newest, newest_file)] = store.read_rows(
        "SELECT (SELECT count(id) FROM form), (SELECT max(id) FROM form), (SELECT max(id) FROM source_file)")
    return count, newest or 0, newest_file or 0


def stored_digests(store: Store) -> frozenset[str]:
    """The SHA-256 of every file the store holds, so an ingest need not parse a file it already has.

    Args:
        store: the store.

    Returns:
        The hex digests.
    """
    return frozenset(digest for (digest,) in store.read_rows("SELECT sha256 FROM source_file"))
