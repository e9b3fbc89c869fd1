"""Reading, hashing and parsing the files of an ingest into stored rows, a few files ahead in worker processes when there are many."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from store.form_rows import StoredRows, stored_rows
from store.parser import ParseIssue, parse_tables
from store.readers import read_tables
from store.readers.base import UnreadableFile

# Below this many files a pool (its start, its pickling) costs more than parsing in one process saves.
PARALLEL_FILES = 8
# Files parsed ahead of the one being stored, per worker: bounds the parsed forms waiting in memory.
_AHEAD_PER_WORKER = 2


@dataclass
class FileRead:
    """One file read and hashed, and parsed into the rows that store its forms unless the store already held
    exactly this content.

    `issues` are met reading the file (it cannot be stored); `parse_issues` parsing it (reported only when
    the file is stored, as an unchanged file is not parsed). `rows` is None when the file was not parsed.
    """

    digest: str | None = None
    size: int = 0
    rows: list[StoredRows] | None = None
    issues: list[ParseIssue] = field(default_factory=list)
    parse_issues: list[ParseIssue] = field(default_factory=list)

    def parse(self, resolved: Path, name: str) -> None:
        """Parse the file now (after `read_file` skipped it, or never ran it in a worker).

        Args:
            resolved: the file.
            name: how messages name it.
        """
        self.rows = []
        try:
            tables = read_tables(resolved)
        except UnreadableFile as error:
            self.parse_issues.append(ParseIssue(name, "1", error.reason))
            return
        result = parse_tables(tables, name)
        # The rows are built here, in the worker, and cross to the writing process instead of the parsed
        # records: they unpickle several times faster, and the writer's core is the one both sides wait on.
        self.rows, self.parse_issues = [stored_rows(form) for form in result.forms], result.issues


def read_file(resolved: Path, name: str, stored: frozenset[str] = frozenset()) -> FileRead:
    """Read, hash and parse one file; the store is never touched here (this runs in worker processes).

    Args:
        resolved: the file.
        name: how messages name it.
        stored: digests of the files the store holds: a file with one of them is left unparsed, for the store
            to decide whether it is unchanged or a duplicate (and to parse it after all if neither).

    Returns:
        What was read.
    """
    read = FileRead()
    try:
        data = resolved.read_bytes()
    except OSError as error:
        read.issues.append(ParseIssue(name, "1", f"cannot read file: {error.strerror or error}"))
        return read
    if not data.strip():
        read.issues.append(ParseIssue(name, "1", "empty file"))
        return read
    read.digest, read.size = hashlib.sha256(data).hexdigest(), len(data)
    del data  # a large file need not stay in memory while its forms are parsed
    if read.digest not in stored:
        read.parse(resolved, name)
    return read


def read_ahead(files: list[tuple[Path, str]], stored: frozenset[str], workers: int) -> Iterator[Callable[[], FileRead]]:
    """For each file in order, a callable giving its `FileRead`: parsed a few files ahead in worker processes.

    The callable re-raises a worker's exception, so the caller reports it against its file.

    Args:
        files: (resolved path, name in messages) of each file.
        stored: digests of the files the store holds (see `read_file`).
        workers: how many processes (below 2, or with few files, everything is read in this process).

    Yields:
        One callable per file, in the order given.
    """
    if workers < 2 or len(files) < PARALLEL_FILES:
        for resolved, name in files:
            yield partial(read_file, resolved, name, stored)
        return
    from store.workers import process_pool

    with process_pool(workers) as pool:
        pending: deque = deque()
        remaining = iter(files)
        for resolved, name in remaining:
            pending.append(pool.submit(read_file, resolved, name, stored))
            if len(pending) >= workers * _AHEAD_PER_WORKER:
                break
        while pending:
            future = pending.popleft()
            for resolved, name in remaining:
                pending.append(pool.submit(read_file, resolved, name, stored))
                break
            yield future.result
