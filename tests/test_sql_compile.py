"""SQL compilation of the query model, and answers that carry their SQL, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant import model as m
from assistant import sqlcompile
from assistant.conversation import Conversation
from store.readonly_sql import run_select


@pytest.fixture
def seeded(fresh_store):
    from corpus import default_files
    from store.ingest import ingest_paths

    ingest_paths(fresh_store, default_files())
    return fresh_store


def test_literals_are_quoted_and_patterns_escaped():
    assert sqlcompile.literal("O'Brien") == "'O''Brien'"
    assert sqlcompile.literal(100.0) == "100" and sqlcompile.literal(0.5) == "0.5"
    with pytest.raises(ValueError):
        sqlcompile.literal(float("nan"))
    text = m.Text(m.Field("project_name"), "contains", "50%_off")
    assert sqlcompile.condition(text) == "LOWER(COALESCE(f.project_name, '')) LIKE '%50\\%\\_off%' ESCAPE '\\'"


def test_conditions_compile_to_literal_sql():
    where = m.And((
        m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget")),
        m.Not(m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标"))),
        m.Compare(m.IndicatorCount(m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")), ">", m.Number(1)),
        m.Compare(m.Field("execution_rate"), "!=", m.Number(100)),
    ))
    assert sqlcompile.condition(where) == (
        "(f.annual_budget > f.initial_budget AND NOT (EXISTS (SELECT 1 FROM indicators AS i WHERE i.form_id = f.form_id "
        "AND i.level2 = '时效指标')) AND (SELECT COUNT(*) FROM indicators AS i WHERE i.form_id = f.form_id AND "
        "i.level1 = '满意度指标') > 1 AND ABS(f.execution_rate - 100) >= 0.000001)")


def test_selects_compile_to_one_statement_each():
    top = m.Select(order_by=m.Field("unspent"), descending=True, limit=2)
    assert sqlcompile.records_sql(top) == (
        "SELECT f.form_id, f.project_name, f.year, f.unspent AS value FROM forms AS f WHERE f.unspent IS NOT NULL "
        "ORDER BY f.unspent DESC, f.form_id LIMIT 2")
    grouped = m.Select(aggregate=m.Aggregate("avg", m.Field("total_score")), group_by=m.Field("office_tag"))
    assert sqlcompile.aggregate_sql(grouped) == (
        "SELECT f.office_tag AS grp, AVG(f.total_score) AS value, COUNT(DISTINCT f.form_id) AS forms FROM forms AS f "
        "GROUP BY f.office_tag ORDER BY value DESC, grp")


# What the compiled SQL returns on the bundled corpus, the same on SQLite and PostgreSQL.
CASES = [
    (m.Select(aggregate=m.Aggregate("median", m.Field("total_score"))), 99.61),
    (m.Select(aggregate=m.Aggregate("share", condition=m.Compare(m.Field("execution_rate"), "<", m.Number(60)))), 900 / 28),
    (m.Select(entity="indicators", where=m.Text(m.Field("level1", "indicator"), "equals", "满意度指标"),
              aggregate=m.Aggregate("count")), 35.0),
    (m.Select(where=m.Not(m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标"))),
              aggregate=m.Aggregate("count")), 11.0),
    (m.Select(where=m.Compare(m.Field("total_score"), "!=",
                              m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score"))), aggregate=m.Aggregate("count")), 0.0),
    (m.Select(where=m.Text(m.Field("project_name"), "suffix", "（平安办）"), aggregate=m.Aggregate("avg", m.Field("execution_rate"))),
     84.86),
]


@pytest.mark.parametrize("select, value", CASES)
def test_compiled_sql_runs_on_both_databases(seeded, select, value):
    result = run_select(seeded.engine, sqlcompile.aggregate_sql(select))
    assert float(result.rows[0][0]) == pytest.approx(value, abs=0.005)


def test_round_four_kinds_run_on_both_databases(seeded):
    # A median by group (window functions partitioned by the group), classes compared by their rows, a target.
    median = m.Select(aggregate=m.Aggregate("median", m.Field("execution_rate")), group_by=m.Field("implementing_unit"))
    rows = run_select(seeded.engine, sqlcompile.aggregate_sql(median)).rows
    assert [(g, round(float(v), 2), int(n)) for g, v, n in rows] == [("上海市闵行区浦江镇社区党群服务中心", 96.7, 25), ("信访办", 92.77, 3)]
    level = m.Field("level1", "indicator")
    more = m.Compare(m.IndicatorCount(m.Text(level, "equals", "产出指标")), ">", m.IndicatorCount(m.Text(level, "equals", "效益指标")))
    assert run_select(seeded.engine, sqlcompile.aggregate_sql(m.Select(where=more, aggregate=m.Aggregate("count")))).rows[0][0] == 26
    conversation = Conversation(seeded, llm=None)
    answer = conversation.ask("满意度指标的目标值低于90%的项目")
    assert [r.project_name for r in answer.records] == ["劝导队经费（信）"] and "i.target_number < 90" in answer.sql


def test_answers_carry_the_sql_they_ran(seeded):
    conversation = Conversation(seeded, llm=None)
    answer = conversation.ask("全年预算比年初预算增加且执行率低于60%的项目")
    assert [r.project_name for r in answer.records] == ["杜行派出所公用事业费", "人才活动", "人才健康体检"]
    assert answer.sql == ("SELECT f.form_id, f.project_name, f.year FROM forms AS f WHERE (f.annual_budget > f.initial_budget "
                          "AND f.execution_rate < 60) ORDER BY f.form_id")
    assert answer.interpretation == "项目：全年预算数 > 年初预算数 且 执行率 < 60% · 3 个项目"
    # The SQL shown is the SQL that runs: an analyst gets the same rows from it.
    assert [row[1] for row in run_select(seeded.engine, answer.sql).rows] == [r.project_name for r in answer.records]


def test_follow_ups_and_sessions_on_the_query_model(seeded):
    conversation = Conversation(seeded, llm=None)
    conversation.ask("平安办的项目")
    narrowed = conversation.ask("其中结余最多的")
    assert [r.project_name for r in narrowed.records] == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
    assert narrowed.value == 300.0
    restored = Conversation(seeded, llm=None)
    restored.load_state(conversation.state_json())
    assert restored.last_select == conversation.last_select and restored.last_ids == conversation.last_ids


def test_unread_conditions_are_named(seeded):
    answer = Conversation(seeded, llm=None).ask("执行率低于60%且镜花水月的项目")
    assert answer.text.endswith("\n未使用：镜花水月")
    assert len(answer.records) == 9


def test_narrative_with_a_year_returns_exactly_the_forms_that_say_so(seeded):
    answer = Conversation(seeded, llm=None).ask("which projects deferred payment to 2024")
    assert [r.project_name for r in answer.records] == [
        "党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
        "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"]
    assert answer.records[2].detail == "因2023年度资金紧张，2024年支付"


def test_cli_ask_json_and_show_sql(seeded):
    from cli import main

    url = seeded.engine.url.render_as_string(hide_password=False)
    runner = CliRunner(env={"COLUMNS": "400"})
    payload = json.loads(runner.invoke(main, [f"--db={url}", "ask", "--json", "总分的中位数是多少"]).output)
    assert payload["value"] == pytest.approx(99.61)
    assert payload["sql"].startswith("SELECT AVG(v) AS value, MAX(n) AS forms FROM (SELECT f.total_score AS v")
    shown = runner.invoke(main, [f"--db={url}", "ask", "--show-sql", "有几个项目没有时效指标"])
    assert shown.exit_code == 0, shown.output
    assert ("SELECT COUNT(*) AS value, COUNT(DISTINCT f.form_id) AS forms FROM forms AS f WHERE NOT (EXISTS "
            "(SELECT 1 FROM indicators AS i WHERE i.form_id = f.form_id AND i.level2 = '时效指标'))") in shown.output.replace("\n", "")


def test_derived_measures_of_a_named_form(seeded):
    conversation = Conversation(seeded, llm=None)
    unspent = conversation.ask("How much of the 鲁汇派出所新址装修工程 budget was left unspent?")
    assert unspent.value == pytest.approx(140.1)
    assert unspent.sql == ("SELECT f.form_id, f.project_name, f.year, f.unspent AS value FROM forms AS f WHERE "
                           "f.project_name = '鲁汇派出所新址装修工程（平安办）' ORDER BY f.form_id")
    assert conversation.ask("禁毒与反邪教有几个指标").value == 12.0

