"""Open a store: resolve its URL, create the engine, and bring its schema up to date with Alembic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).with_name("migrations")
ENV_VARIABLE = "JIXIAO_DB"
# How long a writer waits for another one (an ingest of a large file holds the lock for minutes).
DEFAULT_BUSY_TIMEOUT = 120.0
# Any fixed number: the PostgreSQL advisory lock every jixiao process takes to create or migrate the schema.
_SCHEMA_LOCK_KEY = 0x6A697869


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


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the terminal app browse while an ingest writes; foreign keys make deletes cascade.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _busy_arguments(url: str, busy_timeout: float) -> dict:
    """Driver arguments that make a connection wait for locks rather than fail at once."""
    if url.startswith("sqlite"):
        return {"timeout": busy_timeout}
    if url.startswith("postgresql"):
        return {"options": f"-c lock_timeout={int(busy_timeout * 1000)}"}
    return {}


def _at_head(engine: Engine) -> bool:
    # Plain SQL first: importing Alembic costs a quarter second of start-up on every command.
    from store.models import SCHEMA_VERSION

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        versions = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    return versions == {SCHEMA_VERSION}


def _take_write_lock(connection: Connection) -> None:
    """Hold the store's write lock for the rest of this transaction, waiting up to the busy timeout.

    On SQLite a transaction that reads first and writes later fails at once, without waiting,
    when another writer committed in between; taking the lock first (BEGIN IMMEDIATE) makes it wait.
    On PostgreSQL rows lock themselves; only schema creation needs a lock of its own.
    """
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
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.begin() as connection:
        # Two processes opening a brand-new store: the second waits here, then finds the schema made.
        _take_write_lock(connection)
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


class Store:
    """A handle on one database: the engine plus session factory, schema already migrated.

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
        try:
            self.engine = create_engine(self.url, connect_args=_busy_arguments(self.url, busy_timeout))
        except Exception as error:  # SQLAlchemy raises several types for a malformed URL
            raise StoreError(f"cannot open store {self.url!r}: {error}") from error
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            _migrate(self.engine)
        except OperationalError as error:
            if _is_busy(error):
                raise self._busy() from error
            raise

    def session(self) -> Session:
        """A new session whose objects stay readable after commit (the UI reads them later)."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session in one write transaction: committed when the block ends, rolled back on any error.

        Raises:
            StoreBusy: when another process kept the store locked for longer than the busy timeout.
        """
        with self.session() as session:
            try:
                if self.engine.dialect.name == "sqlite":
                    _take_write_lock(session.connection())
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
        self.engine.dispose()
