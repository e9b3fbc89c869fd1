"""The CLI is a thin layer: literal outputs over a fresh database, the export contract, help on every command."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from cli import main
from support import SEED

EXPORT_KEYS = {
    "project_name", "year", "department", "implementing_unit", "initial_budget", "annual_budget", "executed",
    "budget_weight", "execution_rate", "budget_score", "fiscal_executed", "carryover_executed", "other_executed",
    "goal", "outcome", "indicators", "total_score", "grade", "source", "flags",
}


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(*args, db=None):
    # Wide enough that Rich never wraps a cell, so assertions see whole values.
    result = CliRunner(env={"COLUMNS": "400"}).invoke(main, ([f"--db={db}"] if db else []) + list(args), catch_exceptions=False)
    return result


def test_ingest_summary_and_idempotency(db):
    first = run("ingest", str(SEED), db=db)
    assert first.exit_code == 0
    assert "1 file(s): 28 forms added, 0 replaced, 0 unchanged, 0 removed; 2 warning(s), 0 error(s)" in first.output
    second = run("ingest", str(SEED), db=db)
    assert "0 forms added, 0 replaced, 28 unchanged" in second.output


def test_ingest_exit_status(db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    failed = run("ingest", str(empty), db=db)
    assert failed.exit_code == 1
    assert f"error: {empty}:1: empty file" in failed.output
    mixed = run("ingest", str(empty), str(SEED), db=db)
    assert mixed.exit_code == 0
    assert run("ingest", "--strict", str(empty), str(SEED), db=db).exit_code == 1


def test_export_json_contract(db):
    run("ingest", str(SEED), db=db)
    forms = json.loads(run("export", "--format", "json", db=db).output)
    assert len(forms) == 28
    assert EXPORT_KEYS <= set(forms[0])
    first = forms[0]
    assert (first["project_name"], first["year"], first["department"], first["implementing_unit"]) == (
        "社工", 2023, "上海市闵行区浦江镇人民政府(汇总)", "上海市闵行区浦江镇社区党群服务中心")
    assert (first["initial_budget"], first["annual_budget"], first["executed"], first["execution_rate"],
            first["budget_weight"], first["budget_score"]) == (2087.07, 2138.12, 2042.66, 95.53, 10.0, 9.55)
    assert (first["fiscal_executed"], first["carryover_executed"], first["other_executed"]) == (2042.66, 0.0, 0.0)
    assert first["indicators"][0] | {"target_parsed": None, "actual_parsed": None} == {
        "level1": "产出指标", "level2": "数量指标", "name": "社工数量", "target": "=97.00(人)", "actual": "97.00(人)",
        "weight": 15.0, "score": 15.0, "deviation": None, "target_parsed": None, "actual_parsed": None}
    assert (first["total_score"], first["grade"]) == (99.55, None)
    assert first["source"]["line_start"] == 3 and first["source"]["line_end"] == 20
    assert first["source"]["file"].endswith("001_4248eb844d2ba1f1.txt")
    slip = next(form for form in forms if form["project_name"] == "户籍档案数字化加工项目")
    assert [flag["code"] for flag in slip["flags"] if flag["severity"] == "error"] == ["EXECUTED_ABOVE_BUDGET"]


def test_export_csv_and_markdown(db, tmp_path):
    run("ingest", str(SEED), db=db)
    csv_text = run("export", "--format", "csv", db=db).output
    assert csv_text.splitlines()[1].startswith("社工,2023,")
    out = tmp_path / "forms.md"
    run("export", "--format", "md", "-o", str(out), db=db)
    assert out.read_text(encoding="utf-8").count("\n") == 30


def test_list_filters_and_sorting(db):
    run("ingest", str(SEED), db=db)
    rows = json.loads(run("list", "--where", "execution_rate<50", "--sort", "execution_rate", "--json", db=db).output)
    assert [row["project_name"] for row in rows] == [
        "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "人才活动", "人才健康体检", "党建活动（党群中心）"]
    assert len(json.loads(run("list", "--unit", "信访办", "--json", db=db).output)) == 3
    bad = CliRunner().invoke(main, [f"--db={db}", "list", "--where", "rate<<5"])
    assert bad.exit_code == 2 and "expected FIELD OP NUMBER" in bad.output


def test_show_and_check(db):
    run("ingest", str(SEED), db=db)
    shown = run("show", "社工", db=db).output
    assert "社工数量" in shown and "=97.00(人)" in shown and "2,087.07" in shown
    assert run("show", "no such project", db=db).exit_code == 1
    findings = json.loads(run("check", "--json", db=db).output)
    assert [(item["project_name"], [flag["code"] for flag in item["flags"]]) for item in findings] == [
        ("浦江初心微史馆质保金（党群中心）", ["NOTHING_EXECUTED_FULL_SCORES"]),
        ("党群中心（南区）规范化建设质保金（党群中心）", ["NOTHING_EXECUTED_FULL_SCORES"]),
        ("浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", ["NOTHING_EXECUTED_FULL_SCORES"]),
        ("户籍档案数字化加工项目", ["EXECUTED_ABOVE_BUDGET"]),
    ]


def test_default_store_is_filled_on_first_start_but_a_named_one_never(db, isolated_data_dir):
    assert json.loads(run("list", "--json", db=db).output) == []
    result = run("list", "--json")
    assert len(json.loads(result.stdout)) == 28
    assert (isolated_data_dir / "jixiao.db").exists()


def test_markup_in_records_is_printed_literally(db, tmp_path):
    text = SEED.read_text(encoding="utf-8").splitlines()[:21]
    text = [line.replace("保障社工2023年度", "[bold]保障[/] [red]社工") for line in text]
    path = tmp_path / "markup.txt"
    path.write_text("\n".join(text), encoding="utf-8")
    run("ingest", str(path), db=db)
    assert "[bold]保障[/] [red]社工" in run("show", "社工", db=db).output


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


def test_every_command_has_help_text():
    for path, command in _commands(main):
        assert command.help and command.help.strip(), f"jixiao {' '.join(path)} has no help text"
        for parameter in command.params:
            if isinstance(parameter, click.Option):
                assert parameter.help, f"jixiao {' '.join(path)} {parameter.opts[0]} has no help text"


def test_search_json_lists_the_deferring_forms_best_first(db):
    run("ingest", str(SEED), db=db)
    result = run("search", "资金紧张", "--mode", "lexical", "-k", "5", "--json", db=db)
    hits = json.loads(result.output)
    assert {hit["project_name"] for hit in hits} == {
        "党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
        "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"}
    assert all(set(hit) >= {"project_name", "year", "field", "snippet", "score"} for hit in hits)
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)


def test_search_can_be_held_to_one_field(db):
    run("ingest", str(SEED), db=db)
    hits = json.loads(run("search", "元", "--mode", "lexical", "--field", "finding", "--json", db=db).output)
    assert [(hit["project_name"], hit["field"]) for hit in hits] == [("户籍档案数字化加工项目", "finding")]
    assert "元" in hits[0]["snippet"]
    rejected = CliRunner().invoke(main, [f"--db={db}", "search", "x", "--field", "budget"])
    assert rejected.exit_code == 2 and "'budget' is not one of" in rejected.output


def test_a_cold_ask_answers_without_the_orm(db, tmp_path):
    """A one-shot `jixiao ask` on a SQLite store reads it over the plain driver: SQLAlchemy, SQLModel and pydantic
    (~0.4 s of imports) stay unloaded, for a structured question and a narrative one alike; so does pypinyin (~0.15 s),
    which only a question with Latin letters needs."""
    import subprocess
    import sys

    assert run("ingest", str(SEED), db=db).exit_code == 0
    code = ("import json, sys\nfrom cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(['sqlalchemy' in sys.modules, 'sqlmodel' in sys.modules, 'pydantic' in sys.modules, 'pypinyin' in sys.modules]))\n")
    structured, narrative = "执行率低于60%的项目", "哪些项目的经费拖到2024年才支付"
    answers = {}
    for question in (structured, narrative, structured, narrative):  # the first two create the views and index
        output = subprocess.run([sys.executable, "-c", code, f"--db={db}", "ask", "--json", question],
                                check=True, capture_output=True, text=True, cwd=tmp_path,
                                env={**__import__("os").environ, "JIXIAO_DATA_DIR": str(tmp_path / "data")}).stdout
        answer, loaded = output.rsplit("\n[", 1)
        answers[question] = (json.loads(answer), json.loads("[" + loaded))
    assert answers[structured][1] == answers[narrative][1] == [False, False, False, False]
    assert (answers[structured][0]["interpretation"], len(answers[structured][0]["records"])) == ("项目：执行率 < 60% · 9 个项目", 9)
    assert sorted(record["project_name"] for record in answers[narrative][0]["records"]) == [
        "下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]
