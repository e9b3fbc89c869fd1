"""Open the store a command asks for, filling the default one from the bundled corpus on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from store.database import Store
from store.versions import data_version

if TYPE_CHECKING:
    from store.ingest import FileReport, IngestReport


def open_store(url: str | None = None, on_file: Callable[[FileReport], None] | None = None) -> tuple[Store, IngestReport | None]:
    """Open a store; when the user named none and the default store is empty, ingest the bundled corpus.

    A store named with --db or JIXIAO_DB is never filled implicitly.

    Args:
        url: the SQLAlchemy URL the user gave, or None.
        on_file: progress callback for the first-start ingest.

    Returns:
        The store, and the report of the first-start ingest (None when nothing was ingested).
    """
    store = Store(url)
    if store.is_default and data_version(store)[0] == 0:
        from corpus import default_files
        from store.ingest import ingest_paths

        return store, ingest_paths(store, default_files(), on_file=on_file)
    return store, None
