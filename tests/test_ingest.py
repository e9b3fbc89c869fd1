"""Ingest is idempotent, atomic per file, and loses nothing on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from store import ingest as ingest_module
from store.ingest import ingest_file, ingest_paths
from store.models import Finding, Form, FundLine, Indicator, SourceFile
from store.query import FormFilter, count_forms, find_forms, fingerprint, list_forms
from support import SEED

SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()


def _row_counts(store) -> tuple[int, int, int, int, int]:
    with store.session() as session:
        return tuple(len(session.exec(select(model)).all()) for model in (SourceFile, Form, FundLine, Indicator, Finding))


def test_seed_ingests_all_forms_with_children(fresh_store):
    report = ingest_paths(fresh_store, [SEED])
    assert (report.total("added"), report.errors) == (28, [])
    assert [str(w) for w in report.warnings] == [
        f"{SEED}:574: form '人才活动' states no year; 2023 taken from the document",
        f"{SEED}:592: form '人才健康体检' states no year; 2023 taken from the document",
    ]
    assert _row_counts(fresh_store)[:4] == (1, 28, 112, 188)


def test_reingesting_the_same_file_changes_nothing(fresh_store):
    ingest_paths(fresh_store, [SEED])
    before = (_row_counts(fresh_store), fingerprint(fresh_store))
    report = ingest_paths(fresh_store, [SEED])
    assert (report.files[0].status, report.total("unchanged"), report.total("added")) == ("unchanged", 28, 0)
    assert (_row_counts(fresh_store), fingerprint(fresh_store)) == before


def test_a_changed_file_replaces_its_forms(fresh_store, tmp_path):
    path = tmp_path / "forms.txt"
    path.write_text("\n".join(SEED_LINES[:39]), encoding="utf-8")  # 社工 and 党建活动
    ingest_file(fresh_store, path)
    changed = [line.replace("94.8", "95.8") if line.startswith("总分") else line for line in SEED_LINES[:39]]
    path.write_text("\n".join(changed[:21] + changed[21:39] + SEED_LINES[39:58]), encoding="utf-8")
    report = ingest_file(fresh_store, path)
    assert (report.status, report.added, report.replaced, report.unchanged) == ("changed", 1, 1, 1)
    assert count_forms(fresh_store) == 3
    (form,) = find_forms(fresh_store, "党建活动（党群中心）")
    assert form.total_score_printed == "95.8"
    assert "TOTAL_MISMATCH" in [finding.code for finding in form.findings]


def test_a_crash_mid_ingest_leaves_the_store_as_it_was(fresh_store, tmp_path, monkeypatch):
    path = tmp_path / "forms.txt"
    path.write_text("\n".join(SEED_LINES[:58]), encoding="utf-8")
    ingest_file(fresh_store, path)
    before = (_row_counts(fresh_store), fingerprint(fresh_store))
    path.write_text("\n".join(SEED_LINES[:96]), encoding="utf-8")
    batches = []
    real_write_batch = ingest_module._write_batch

    def crash_after_writing(session, batch):
        real_write_batch(session, batch)  # the rows are in the transaction when the crash comes
        batches.append(len(batch))
        raise RuntimeError("disk full")

    monkeypatch.setattr(ingest_module, "_write_batch", crash_after_writing)
    report = ingest_file(fresh_store, path)
    assert report.status == "failed" and report.added == 0
    assert [str(issue) for issue in report.errors] == [f"{path}:1: not stored: RuntimeError: disk full"]
    assert batches == [5]
    assert (_row_counts(fresh_store), fingerprint(fresh_store)) == before


def test_partial_form_between_two_good_ones_is_stored_and_flagged(fresh_store, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text("\n".join(SEED_LINES[:21] + SEED_LINES[39:45] + SEED_LINES[58:76]), encoding="utf-8")
    report = ingest_file(fresh_store, path)
    assert (report.status, report.added, report.errors) == ("added", 3, [])
    (partial,) = find_forms(fresh_store, "下拨经费")
    (flag,) = [finding for finding in partial.findings if finding.code == "INCOMPLETE"]
    assert (flag.severity, flag.message) == (
        "warning", "partial form: no 年度资金总额 row in the funds block; no goal block; no indicator table.")


def test_gbk_and_bom_files_read_like_utf8(fresh_store, tmp_path):
    text = "\n".join(SEED_LINES[:21])
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "bom.txt").write_bytes(text.replace("社工", "社工二").encode("utf-8-sig"))
    report = ingest_paths(fresh_store, [tmp_path])
    assert [(r.status, r.added) for r in report.files] == [("added", 1), ("added", 1)]
    assert {form.project_name for form in list_forms(fresh_store, FormFilter(name_contains=["社工"]))} == {"社工", "社工二"}


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02\xff" * 50, "binary file"),
    ("prose.txt", "这是一份会议纪要，没有任何表格。\n".encode(), "no self-evaluation form found"),
    ("unnamed.txt", "\n".join(["项目名称\t\t"] + SEED_LINES[6:20]).encode(), "form has no 项目名称 value"),
    ("notes.odt", b"PK\x03\x04", "unsupported format .odt"),
])
def test_bad_files_get_a_clear_message_naming_the_file(fresh_store, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    report = ingest_file(fresh_store, path)
    assert report.status == "failed"
    (error,) = report.errors
    assert str(error).startswith(f"{path}:") and message in str(error)
    assert count_forms(fresh_store) == 0


def test_same_content_under_another_name_is_not_stored_twice(fresh_store, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    ingest_file(fresh_store, SEED)
    report = ingest_file(fresh_store, copy)
    assert (report.status, count_forms(fresh_store)) == ("duplicate", 28)


def test_printed_and_parsed_amounts_are_both_stored(seed_store):
    (form,) = find_forms(seed_store, "户籍档案数字化加工项目")
    assert (form.executed_printed, form.executed, form.executed_wan, form.amount_unit) == ("256,175.00", 256175.0, 256175.0, "万元")
    assert (form.execution_rate_printed, form.execution_rate) == ("999902.41", 999902.41)
    assert [f.code for f in form.findings if f.severity == "error"] == ["EXECUTED_ABOVE_BUDGET"]


def test_store_schema_is_versioned(fresh_store):
    from sqlalchemy import text

    with fresh_store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        if fresh_store.engine.dialect.name == "sqlite":
            # WAL lets the app browse while an ingest writes
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_every_form_of_a_multi_batch_file_keeps_its_own_rows(fresh_store, tmp_path):
    from bench.synthetic import generate_forms
    from store.parser import parse_tables
    from store.readers.text import read_text

    path = tmp_path / "many.txt"
    path.write_text("\n\n\n".join(generate_forms(450, seed=11)) + "\n", encoding="utf-8")
    assert ingest_file(fresh_store, path).added == 450  # three batches of rows, written a table at a time
    parsed = {form.line_start: form for form in parse_tables(read_text(path), path.name).forms}
    stored = list_forms(fresh_store)
    assert len(stored) == len(parsed) == 450
    for form in stored:
        source = parsed[form.line_start]
        assert (form.project_name, form.year) == (source.project_name, source.year)
        assert [(row.position, row.name, row.target) for row in form.indicators] == \
            [(row.position, row.name, row.target.printed) for row in source.indicators]
        assert [row.label for row in form.funds] == [row.label for row in source.funds]
        assert form.error_count == sum(finding.severity == "error" for finding in form.findings)


def _folder_of_files(folder, files: int = 9, forms_per_file: int = 4):
    from bench.synthetic import generate_forms

    folder.mkdir()
    forms = list(generate_forms(files * forms_per_file, seed=21))
    for number in range(files):
        chunk = forms[number * forms_per_file:(number + 1) * forms_per_file]
        (folder / f"f{number:02d}.txt").write_text("\n\n\n".join(chunk) + "\n", encoding="utf-8")
    (folder / "z_empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "z_broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (folder / "z_copy.txt").write_bytes((folder / "f03.txt").read_bytes())
    return folder


def _outcome(report):
    return [(Path(file.path).name, file.status, file.added, file.unchanged, [issue.message for issue in file.errors])
            for file in report.files]


def test_files_parsed_in_worker_processes_are_stored_as_in_one(tmp_path):
    from store.database import Store
    from store.file_reading import PARALLEL_FILES

    folder = _folder_of_files(tmp_path / "forms")
    assert len(list(folder.iterdir())) >= PARALLEL_FILES  # enough files for the pool
    stores = [Store(f"sqlite:///{tmp_path / f'w{workers}.db'}") for workers in (1, 2)]
    one, two = (ingest_paths(store, [folder], workers=workers) for store, workers in zip(stores, (1, 2)))
    assert _outcome(two) == _outcome(one)
    outcome = {name: (status, added) for name, status, added, _unchanged, _errors in _outcome(two)}
    assert outcome["f00.txt"] == ("added", 4) and outcome["z_copy.txt"] == ("duplicate", 0)
    assert outcome["z_empty.txt"] == ("failed", 0) and outcome["z_broken.xlsx"] == ("failed", 0)
    assert two.total("added") == 36
    assert fingerprint(stores[1]) == fingerprint(stores[0])
    assert _row_counts(stores[1]) == _row_counts(stores[0])
    # Again, one file changed: the others are not parsed (their digests are stored), the changed one replaces its forms.
    changed = folder / "f05.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("2023", "2021", 1), encoding="utf-8")
    again = {name: status for name, status, *_ in _outcome(ingest_paths(stores[1], [folder], workers=2))}
    assert again["f05.txt"] == "changed" and again["f00.txt"] == "unchanged" and again["z_copy.txt"] == "duplicate"
    for store in stores:
        store.dispose()


def _table_digest(path) -> str:
    """A digest of every stored row of a SQLite store, in id order (files by name, without their ingest time)."""
    import hashlib
    import sqlite3

    connection = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in ("source_file", "form", "fund_line", "indicator", "finding"):
        for row in connection.execute(f"SELECT * FROM {table} ORDER BY id"):
            if table == "source_file":
                row = (row[0], Path(row[1]).name, *row[2:4])  # id, name, sha256, size: not ingested_at
            digest.update(repr(row).encode())
    connection.close()
    return digest.hexdigest()


def test_stored_rows_are_byte_identical_to_the_reference(tmp_path):
    """The stored tables of the bundled corpus and a synthetic set, in one process and in worker processes,
    equal the digests taken before ingest was made faster (round 4 of #13): a speed-up must not change a row.
    A change meant to alter what is stored (the parser, the checks) updates these digests with its reason."""
    from bench.synthetic import generate_forms
    from corpus import default_files
    from store.database import Store

    folder = tmp_path / "forms"
    folder.mkdir()
    forms = list(generate_forms(300, seed=5))
    for number in range(10):
        (folder / f"s{number:02d}.txt").write_text("\n\n\n".join(forms[number * 30:(number + 1) * 30]) + "\n",
                                                  encoding="utf-8")
    expected = {"corpus": "3fd3c64cfcf9909ea95183aaa1eebd66431b5c5b59193935b0e20e26aea69193",
                "synthetic": "6778dfc276ed1b0814d19d0536f5dcfddb7277e2fba347df4f3f5a70727cf964"}
    for name, paths in (("corpus", default_files()), ("synthetic", [folder])):
        for workers in (1, 2):
            store = Store(f"sqlite:///{tmp_path / f'{name}{workers}.db'}")
            ingest_paths(store, paths, workers=workers)
            again = ingest_paths(store, paths, workers=workers)
            assert {file.status for file in again.files} == {"unchanged"}
            store.dispose()
            assert (name, workers, _table_digest(tmp_path / f"{name}{workers}.db")) == (name, workers, expected[name])
