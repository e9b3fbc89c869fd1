"""The per-store history of questions and SQL: kept as JSON lines, searchable, bad lines named and never lost."""

from __future__ import annotations

import pytest

from store.history import QueryHistory, history_path


def test_each_store_has_its_own_file_in_the_data_directory(tmp_path):
    first = history_path("sqlite:////home/a/jixiao.db", tmp_path)
    second = history_path("sqlite:////home/b/jixiao.db", tmp_path)
    assert first.parent == tmp_path / "history"
    assert first.name.startswith("jixiao.db-") and first.suffix == ".jsonl"
    assert first != second
    assert history_path("postgresql+psycopg://u:p@host/forms", tmp_path).name.startswith("forms-")


def test_entries_are_kept_in_order_and_a_repeat_of_the_last_is_kept_once(tmp_path):
    history = QueryHistory(tmp_path / "h.jsonl")
    history.add("执行率低于50%的项目")
    history.add("执行率低于50%的项目")
    history.add("SELECT 1", "sql")
    history.add("   ")
    assert [(entry.text, entry.kind) for entry in history.entries()] == [
        ("执行率低于50%的项目", "question"), ("SELECT 1", "sql")]
    assert [entry.text for entry in QueryHistory(tmp_path / "h.jsonl").entries("sql")] == ["SELECT 1"]
    with pytest.raises(ValueError, match="history kind must be one of question, sql"):
        history.add("x", "shell")


def test_search_needs_every_word_newest_first_each_text_once(tmp_path):
    history = QueryHistory(tmp_path / "h.jsonl")
    for text in ("平安办的项目", "执行率低于50%的项目", "平安办 执行率", "平安办的项目"):
        history.add(text)
    assert [entry.text for entry in history.search("平安办")] == ["平安办的项目", "平安办 执行率"]
    assert [entry.text for entry in history.search("执行率 平安办")] == ["平安办 执行率"]
    assert [entry.text for entry in history.search("", limit=2)] == ["平安办的项目", "平安办 执行率"]
    assert history.search("select", kind="sql") == []


def test_a_damaged_line_is_named_with_file_and_line_and_the_rest_kept(tmp_path):
    path = tmp_path / "h.jsonl"
    history = QueryHistory(path)
    history.add("first")
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"text": "half a line\n{"kind": "question"}\n')
    history.add("second")
    assert [entry.text for entry in history.entries()] == ["first", "second"]
    assert [problem.split(": ")[0] for problem in history.problems] == [f"{path}:2", f"{path}:3"]
    assert path.read_text(encoding="utf-8").count("\n") == 4  # nothing was rewritten away
