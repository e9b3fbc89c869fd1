"""Shared pytest fixtures: isolated data directories, fresh and seeded stores, one static model per session.

Constants and helpers that test modules import live in `support.py`, never here."""

from __future__ import annotations

import contextlib
import os

import pytest

from support import POSTGRES_URL, SEED, SKIP_WITHOUT_POSTGRES, postgres_database


@pytest.fixture(scope="session")
def static_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    """A private JIXIAO_CACHE_DIR for the session, so tests never touch (or depend on) the user cache."""
    cache = tmp_path_factory.mktemp("jixiao-cache")
    previous = os.environ.get("JIXIAO_CACHE_DIR")
    os.environ["JIXIAO_CACHE_DIR"] = str(cache)
    yield cache
    if previous is None:
        os.environ.pop("JIXIAO_CACHE_DIR", None)
    else:
        os.environ["JIXIAO_CACHE_DIR"] = previous


@pytest.hookimpl(tryfirst=True)  # before -m "not slow" deselects
def pytest_collection_modifyitems(items):
    """A test that needs the embedding model, directly or through another fixture, is `slow` wherever it lives."""
    for item in items:
        if "static_embedder" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def static_embedder(static_cache_dir):
    """The default `static` model, distilled once (~35 s on 2 cores) into the session cache."""
    from index.embedder import load_embedder

    return load_embedder("static")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data directory and no JIXIAO_DB, so nothing touches the user's store."""
    monkeypatch.setenv("JIXIAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("JIXIAO_DB", raising=False)
    return tmp_path / "data"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=SKIP_WITHOUT_POSTGRES)])
def fresh_store(request, tmp_path):
    """An empty store: a temporary SQLite file, and a new PostgreSQL database when a server is configured."""
    from store.database import Store

    with contextlib.ExitStack() as stack:
        url = (f"sqlite:///{tmp_path / 'fresh.db'}" if request.param == "sqlite"
               else stack.enter_context(postgres_database(POSTGRES_URL)))
        store = Store(url)
        stack.callback(store.dispose)
        yield store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A store holding the bundled corpus; shared, so tests must not write to it."""
    from store.database import Store
    from store.ingest import ingest_paths

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('seed') / 'seed.db'}")
    report = ingest_paths(store, [SEED])
    assert report.total("added") == 28
    yield store
    store.dispose()


@pytest.fixture(scope="session")
def seed_forms():
    """The seed file parsed, without a database."""
    from store.parser import parse_tables
    from store.readers.text import read_text

    result = parse_tables(read_text(SEED), SEED.name)
    return {form.project_name: form for form in result.forms}
