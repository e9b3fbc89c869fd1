"""Open a store: resolve its URL, create the engine, and bring its schema up to date with Alembic."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).with_name("migrations")
ENV_VARIABLE = "JIXIAO_DB"


class StoreError(Exception):
    """The store cannot be opened or used (bad URL, a schema newer than this release)."""


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


def _at_head(engine: Engine) -> bool:
    # Plain SQL first: importing Alembic costs a quarter second of start-up on every command.
    from store.models import SCHEMA_VERSION

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        versions = {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    return versions == {SCHEMA_VERSION}


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
    """

    def __init__(self, url: str | None = None):
        self.url = url or os.environ.get(ENV_VARIABLE) or default_url()
        self.is_default = url is None and not os.environ.get(ENV_VARIABLE)
        if self.url.startswith("sqlite:///") and not self.url.startswith("sqlite:///:memory:"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = create_engine(self.url)
        except Exception as error:  # SQLAlchemy raises several types for a malformed URL
            raise StoreError(f"cannot open store {self.url!r}: {error}") from error
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        _migrate(self.engine)

    def session(self) -> Session:
        """A new session whose objects stay readable after commit (the UI reads them later)."""
        return Session(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
