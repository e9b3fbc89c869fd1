"""Open a store: resolve its URL, create the engine, and bring its schema up to date with Alembic."""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.exc import OperationalError
    from sqlmodel import Session

# SQLAlchemy and SQLModel are imported when a store first needs its engine: a search over a fresh
# index reads the store through the plain sqlite3 driver and starts without them (~0.4 s).
MIGRATIONS = Path(__file__).with_name("migrations")
ENV_VARIABLE = "JIXIAO_DB"
# How long a writer waits for another one (an ingest of a large file holds the lock for minutes).
DEFAULT_BUSY_TIMEOUT = 120.0
# Any fixed number: the PostgreSQL advisory lock every jixiao process takes to create or migrate the schema.
_SCHEMA_LOCK_KEY = 0x6A697869
# Bump with every Alembic revision; `jixiao` refuses a store newer than it knows.
SCHEMA_VERSION = "0001"


class StoreError(Exception):
    """The store cannot be opened or used (bad URL, a schema newer than this release)."""


class StoreBusy(StoreError):
    """Another process held the store's write lock for longer than the busy timeout."""


def data_dir() -> Path:
    """The user's data directory for jixiao (JIXIAO_DATA_DIR overrides it)."""
    override = os.environ.get("JIXIAO_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("jixiao", appauthor=False))


def default_url() -> str:
    """The SQLite file in the user's data directory."""
    return f"sqlite:///{data_dir() / 'jixiao.db'}"


def _sqlite_pragmas(dbapi_connection, _record, busy_timeout: float) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the terminal app browse while an ingest writes; foreign keys make deletes cascade.
    _enter_wal(cursor, busy_timeout)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _enter_wal(cursor: sqlite3.Cursor, busy_timeout: float) -> None:
    """Switch a connection's file to WAL, waiting while another process creates the same new file.

    Switching a brand-new file writes its header. When another process holds the write lock, SQLite
    fails at once instead of calling the busy handler (waiting could deadlock), so the wait is here.
    """
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _busy_arguments(url: str, busy_timeout: float) -> dict:
    """Driver arguments that make a connection wait for locks rather than fail at once."""
    if url.startswith("sqlite"):
        return {"timeout": busy_timeout}
    if url.startswith("postgresql"):
        return {"options": f"-c lock_timeout={int(busy_timeout * 1000)}"}
    return {}


def _at_head(engine: Engine) -> bool:
    # Plain SQL first: importing Alembic costs a quarter second of start-up on every command.
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        versions = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    return versions == {SCHEMA_VERSION}


def take_write_lock(connection: Connection) -> None:
    """Hold the store's write lock for the rest of this transaction, waiting up to the busy timeout.

    On SQLite a transaction that reads first and writes later fails at once, without waiting,
    when another writer committed in between; taking the lock first (BEGIN IMMEDIATE) makes it wait.
    On PostgreSQL rows lock themselves; only schema creation needs a lock of its own.
    """
    from sqlalchemy import text

    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})


def _is_busy(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "locked" in message or "busy" in message or "lock timeout" in message


def _migrate(engine: Engine) -> None:
    if _at_head(engine):
        return
    from sqlalchemy import inspect, text
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.begin() as connection:
        # Two processes opening a brand-new store: the second waits here, then finds the schema made.
        take_write_lock(connection)
        if inspect(connection).has_table("alembic_version"):
            current = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
            if current == heads:
                return
            known = {revision.revision for revision in ScriptDirectory.from_config(config).walk_revisions()}
            if not current <= known:
                raise StoreError(
                    f"the store's schema {sorted(current)} is newer than this jixiao knows ({sorted(heads)}); upgrade jixiao"
                )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sqlite_file(url: str) -> str | None:
    """The file of a sqlite:/// URL; None for other databases, in-memory stores and URLs with options."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:") and "?" not in url:
        return url.removeprefix("sqlite:///")
    return None


def _plain_connection(path: str, timeout: float) -> sqlite3.Connection:
    """A plain sqlite3 connection to an existing file (never creates one), refusing writes."""
    connection = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=rw", uri=True, timeout=timeout)
    connection.execute("PRAGMA query_only=1")
    return connection


def _file_at_head(path: str) -> bool:
    """Whether a SQLite file exists with this release's schema, read without SQLAlchemy (any doubt: False)."""
    if not os.path.isfile(path):
        return False
    try:
        connection = _plain_connection(path, timeout=1.0)
        try:
            versions = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return versions == {SCHEMA_VERSION}


class Store:
    """A handle on one database: the engine plus session factory, schema already migrated.

    A SQLite file already at this release's schema gets its engine on first use, so a command that only
    reads a few rows (`read_rows`) never imports SQLAlchemy; any other store is opened and migrated here.

    Args:
        url: any SQLAlchemy URL; None means JIXIAO_DB or, failing that, the default SQLite file.
        busy_timeout: seconds a writer waits for another process's write to finish before giving up.
    """

    def __init__(self, url: str | None = None, busy_timeout: float = DEFAULT_BUSY_TIMEOUT):
        self.url = url or os.environ.get(ENV_VARIABLE) or default_url()
        self.is_default = url is None and not os.environ.get(ENV_VARIABLE)
        if self.url.startswith("sqlite:///") and not self.url.startswith("sqlite:///:memory:"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.busy_timeout = busy_timeout
        self.sqlite_path = _sqlite_file(self.url)
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        if self.sqlite_path is None or not _file_at_head(self.sqlite_path):
            self._open_engine(migrate=True)  # a bad URL, a locked store or a newer schema fails here, at open

    @property
    def dialect(self) -> str:
        """The database's dialect name as SQLAlchemy spells it (sqlite, postgresql…), from the URL: no engine made."""
        return self.url.split(":", 1)[0].split("+", 1)[0]

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made on first use when the store was found at this schema on opening)."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._open_engine(migrate=False)  # found at this schema when the store was opened
        return self._engine

    def _open_engine(self, migrate: bool) -> None:
        from sqlalchemy import event
        from sqlalchemy.exc import OperationalError
        from sqlmodel import create_engine

        try:
            engine = create_engine(self.url, connect_args=_busy_arguments(self.url, self.busy_timeout))
        except Exception as error:  # SQLAlchemy raises several types for a malformed URL
            raise StoreError(f"cannot open store {self.url!r}: {error}") from error
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", functools.partial(_sqlite_pragmas, busy_timeout=self.busy_timeout))
        if not migrate:
            self._engine = engine
            return
        try:
            _migrate(engine)
        except OperationalError as error:
            if _is_busy(error):
                raise self._busy() from error
            raise
        self._engine = engine

    def read_rows(self, sql: str, parameters: dict | None = None) -> list[tuple]:
        """The rows of one read-only statement: over the plain sqlite3 driver for a SQLite file, else the engine.

        Args:
            sql: a SELECT written in SQL both SQLite and PostgreSQL read, with `:name` parameters.
            parameters: their values.

        Returns:
            The rows as tuples.
        """
        if self.sqlite_path is not None:
            connection = _plain_connection(self.sqlite_path, self.busy_timeout)
            try:
                return connection.execute(sql, parameters or {}).fetchall()
            finally:
                connection.close()
        from sqlalchemy import text

        with self.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), parameters or {})]

    def session(self) -> Session:
        """A new session whose objects stay readable after commit (the UI reads them later)."""
        from sqlmodel import Session

        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in one write transaction: committed when the block ends, rolled back on any error.

        Raises:
            StoreBusy: when another process kept the store locked for longer than the busy timeout.
        """
        from sqlalchemy.exc import OperationalError

        with self.session() as session:
            try:
                if self.engine.dialect.name == "sqlite":
                    take_write_lock(session.connection())
                yield session
                session.commit()
            except OperationalError as error:
                session.rollback()
                if _is_busy(error):
                    raise self._busy() from error
                raise
            except BaseException:
                session.rollback()
                raise

    def _busy(self) -> StoreBusy:
        return StoreBusy(f"the store is busy: another process held its write lock for more than "
                         f"{self.busy_timeout:g} s; nothing was written, try again")

    def dispose(self) -> None:
        """Close every pooled connection."""
        if self._engine is not None:
            self._engine.dispose()
