"""Opening a store: a SQLite file at this schema is read without SQLAlchemy until an engine is needed."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from store.database import SCHEMA_VERSION, Store, StoreError
from store.ingest import ingest_paths
from store.versions import data_version, fingerprint
from support import SEED


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_fingerprint_and_data_version_read_what_the_orm_reads(seed_store):
    from sqlmodel import select

    from store.models import Form, SourceFile

    with seed_store.session() as session:
        rows = session.exec(select(Form.id, Form.content_hash).order_by(Form.id)).all()
        files = session.exec(select(SourceFile.id)).all()
    expected = hashlib.sha256("".join(f"{form_id}:{content};" for form_id, content in rows).encode()).hexdigest()
    assert fingerprint(seed_store) == expected
    assert data_version(seed_store) == (28, max(form_id for form_id, _ in rows), max(files))
    assert len(rows) == 28


def test_a_store_at_this_schema_opens_and_reads_without_sqlalchemy(seed_store):
    output = _run(
        "import sys\nfrom store.database import Store\nfrom store.versions import data_version\n"
        f"store = Store({seed_store.url!r})\nprint(data_version(store)[0], 'sqlalchemy' in sys.modules)\n"
        "store.engine\nprint('sqlalchemy' in sys.modules)\n")
    assert output.splitlines() == ["28 False", "True"]


def test_a_store_opened_without_its_engine_still_writes(tmp_path):
    url = f"sqlite:///{tmp_path / 'lazy.db'}"
    Store(url).dispose()  # creates and migrates the file
    store = Store(url)
    assert data_version(store) == (0, 0, 0)
    report = ingest_paths(store, [SEED])
    assert report.total("added") == 28
    count, newest, newest_file = data_version(store)
    assert (count, newest_file) == (28, 1)
    store.dispose()


def test_a_store_newer_than_this_release_is_refused_at_open(tmp_path):
    path = tmp_path / "newer.db"
    Store(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    assert SCHEMA_VERSION != "9999"
    with pytest.raises(StoreError, match="newer than this jixiao knows"):
        Store(f"sqlite:///{path}")


def test_read_rows_never_writes(seed_store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        seed_store.read_rows("DELETE FROM form")
    assert data_version(seed_store)[0] == 28
