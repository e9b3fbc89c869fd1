"""A cheap test of whether a store may have changed, so the full freshness check runs only when it might have."""

from __future__ import annotations

import os
import sqlite3
import threading

from store.database import Store


class StoreWatch:
    """Answers "may the store have changed since I last asked?" in microseconds for SQLite files.

    SQLite's ``PRAGMA data_version`` changes whenever another connection (this process's store engine
    included) commits; this watch holds its own connection and never writes through it, so every
    ingest moves the value; a file deleted and created anew is noticed by its inode and change time. Other databases have
    no such counter, so for them the answer is always yes
    and the caller runs its full check every time: a stale index is never served either way.

    Args:
        store: the store to watch.
    """

    def __init__(self, store: Store) -> None:
        self._connection: sqlite3.Connection | None = None
        self._last: int | None = None
        self._file: tuple[int, int, int] | None = None
        self._lock = threading.Lock()
        prefix = "sqlite:///"
        self._path = store.url.removeprefix(prefix) if store.url.startswith(prefix) and ":memory:" not in store.url else None

    def may_have_changed(self) -> bool:
        """Whether the store may have changed since the previous call (always True on the first).

        Returns:
            False only when the store certainly did not change.
        """
        if self._path is None:
            return True
        with self._lock:
            try:
                stat = os.stat(self._path)
            except OSError:
                return True
            # A file deleted and made anew is another database: the old connection would never see it change.
            # Its creation moves the inode (unless reused) and the change time (also moved by checkpoints,
            # which then only cost one full check).
            identity = (stat.st_dev, stat.st_ino, stat.st_ctime_ns)
            if self._connection is None or self._file != identity:
                self.close()
                self._connection = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
                self._file, self._last = identity, None
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
            changed = version != self._last
            self._last = version
        return changed

    def close(self) -> None:
        """Release the watch's connection."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
