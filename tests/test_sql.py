"""Read-only SQL over the views: what the views hold, what is refused, cancelled queries, `jixiao sql` output (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from store.readonly_sql import QueryTimeout, ReadOnlySqlError, check_select, run_select


@pytest.fixture
def seeded(fresh_store):
    from corpus import default_files
    from store.ingest import ingest_paths

    ingest_paths(fresh_store, default_files())
    return fresh_store


def _count_forms(store) -> int:
    from sqlalchemy import text

    with store.engine.connect() as connection:
        return connection.execute(text("SELECT COUNT(*) FROM form")).scalar()


def test_views_hold_the_figures_as_stored(seeded):
    result = run_select(seeded.engine, "SELECT project_name, office_tag, unspent, budget_change, indicator_count, grade "
                                       "FROM forms WHERE form_id IN (SELECT MIN(form_id) FROM forms) OR "
                                       "project_name IN ('党建活动（党群中心）', '劝导队经费（信）', "
                                       "'浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）') ORDER BY project_name")
    assert result.columns == ["project_name", "office_tag", "unspent", "budget_change", "indicator_count", "grade"]
    assert result.rows == [
        ("党建活动（党群中心）", "党群中心", 42.52, 0.0, 4, None),
        ("劝导队经费（信）", "信", 1.34, 0.0, 6, "优"),
        ("浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安办", 300.0, 0.0, 17, "优"),
        ("社工", None, 95.46, 51.05, 4, None),
    ]


def test_points_lost_are_the_weight_less_the_score(seeded):
    forms = run_select(seeded.engine, "SELECT project_name, budget_points_lost, indicator_points_lost FROM forms "
                                      "WHERE budget_points_lost > 5 OR indicator_points_lost > 0")
    assert sorted(forms.rows) == [
        ("人才健康体检", 6.63, 0.0),
        ("人才活动", 8.66, 0.0),
        ("党建活动（党群中心）", 5.2, 0.0),
        ("党群中心（南区）规范化建设质保金（党群中心）", 10.0, 0.0),
        ("劝导队经费（信）", 3.33, 0.1),
        ("浦江初心微史馆质保金（党群中心）", 10.0, 0.0),
        ("浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", 10.0, 0.0),
    ]
    rows = run_select(seeded.engine, "SELECT name, weight, score, points_lost FROM indicators WHERE points_lost <> 0")
    assert rows.rows == [("维稳工作完成率", 15.0, 14.9, 0.1)]


def test_the_unit_column_analysts_type_groups_the_implementing_units(seeded):
    result = run_select(seeded.engine, "SELECT unit, count(*) AS forms FROM forms GROUP BY unit ORDER BY unit")
    assert result.columns == ["unit", "forms"]
    assert result.rows == [("上海市闵行区浦江镇社区党群服务中心", 25), ("信访办", 3)]


def test_indicator_findings_and_fund_views(seeded):
    counts = run_select(seeded.engine, "SELECT level1, COUNT(*) FROM indicators GROUP BY level1 ORDER BY level1")
    assert counts.rows == [("产出指标", 101), ("效益指标", 52), ("满意度指标", 35)]
    findings = run_select(seeded.engine, "SELECT f.project_name FROM findings AS x JOIN forms AS f ON f.form_id = x.form_id "
                                         "WHERE x.severity = 'error'")
    assert findings.rows == [("户籍档案数字化加工项目",)]
    funds = run_select(seeded.engine, "SELECT label, annual_budget FROM fund_lines WHERE kind = 'total' "
                                      "AND form_id = (SELECT form_id FROM forms WHERE project_name = '社工')")
    assert funds.rows == [("年度资金总额", 2138.12)]


@pytest.mark.parametrize("statement, message", [
    ("INSERT INTO form (id) VALUES (99)", "only SELECT statements are allowed, not INSERT (line 1, column 1)"),
    ("UPDATE form SET year = 1999", "only SELECT statements are allowed, not UPDATE (line 1, column 1)"),
    ("DROP VIEW forms", "only SELECT statements are allowed, not DROP (line 1, column 1)"),
    ("ATTACH DATABASE '/tmp/x.db' AS x", "only SELECT statements are allowed, not ATTACH (line 1, column 1)"),
    ("PRAGMA user_version = 7", "only SELECT statements are allowed, not PRAGMA (line 1, column 1)"),
    ("SELECT 1;\nDELETE FROM form", "only one statement is allowed; another begins after the ';' at line 1, column 9"),
    ("WITH gone AS (DELETE FROM form RETURNING id) SELECT * FROM gone",
     "DELETE is not allowed in a read-only query (line 1, column 15)"),
    ("SELECT * INTO copy FROM form", "INTO is not allowed in a read-only query (line 1, column 10)"),
    ("SELECT load_extension('x')", "function load_extension() is not allowed (line 1, column 8)"),
    ("  ", "empty statement"),
])
def test_anything_but_one_select_is_refused(seeded, statement, message):
    with pytest.raises(ReadOnlySqlError) as refused:
        run_select(seeded.engine, statement)
    assert str(refused.value) == message
    assert _count_forms(seeded) == 28


def test_words_inside_literals_and_comments_are_data():
    assert check_select("SELECT 'drop; delete' AS x -- update;\n;") == "SELECT 'drop; delete' AS x -- update;"
    assert check_select('SELECT "insert" FROM forms /* ; */') == 'SELECT "insert" FROM forms /* ; */'


def test_connection_itself_refuses_writes(seeded):
    """Below the statement check: the SQLite connection is read-only, PostgreSQL runs a READ ONLY transaction."""
    from store import readonly_sql

    if seeded.engine.dialect.name == "sqlite":
        with pytest.raises(ReadOnlySqlError, match="SQLite: "):
            readonly_sql._run_sqlite(seeded.engine.url.database, "DELETE FROM form", 5, 10)
    else:
        with pytest.raises(ReadOnlySqlError, match="read-only transaction"):
            readonly_sql._run_postgresql(seeded.engine, "DELETE FROM form", 5, 10)
    assert _count_forms(seeded) == 28


def test_long_query_is_cancelled(seeded):
    endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"
    with pytest.raises(QueryTimeout, match=r"ran longer than 0.5 s and was cancelled"):
        run_select(seeded.engine, endless, timeout=0.5)


def test_rows_beyond_the_limit_are_reported(seeded):
    result = run_select(seeded.engine, "SELECT form_id FROM forms ORDER BY form_id", max_rows=3)
    assert result.rows == [(1,), (2,), (3,)] and result.truncated


def test_cli_sql_formats_and_refusals(seeded):
    from cli import main

    url = seeded.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()
    csv_out = runner.invoke(main, [f"--db={url}", "sql", "--format", "csv",
                                   "SELECT project_name, unspent FROM forms WHERE unspent > 100 ORDER BY unspent DESC"])
    assert csv_out.exit_code == 0, csv_out.output
    assert csv_out.output == ("project_name,unspent\n浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）,300.0\n"
                              "鲁汇派出所新址装修工程（平安办）,140.1\n")
    json_out = runner.invoke(main, [f"--db={url}", "sql", "--format", "json",
                                    "SELECT office_tag, COUNT(*) AS forms FROM forms GROUP BY office_tag ORDER BY forms DESC"])
    assert json.loads(json_out.output)[:2] == [{"office_tag": "平安办", "forms": 14}, {"office_tag": None, "forms": 6}]
    refused = runner.invoke(main, [f"--db={url}", "sql", "DELETE FROM form"])
    assert refused.exit_code == 1
    assert "only SELECT statements are allowed, not DELETE (line 1, column 1)" in refused.output
    assert _count_forms(seeded) == 28


def test_cli_schema_and_formula_cells():
    from cli import main
    from cli.sql import to_csv

    schema = CliRunner().invoke(main, ["sql", "--schema"]).output
    assert "  unspent                 real      annual_budget − executed, in 万元" in schema
    assert schema.splitlines()[0] == "forms"
    assert to_csv(["name", "n"], [("=HYPERLINK(1)", -3), ("ok", None)]) == "name,n\n'=HYPERLINK(1),-3\nok,\n"


def test_askers_arriving_at_once_on_a_fresh_store_all_read_the_views(seeded):
    # The views are made by the first query; several processes asking a new store at once must all get answers,
    # none reading while another drops and remakes them (each asker opens its own store, as a process would).
    import threading

    from store.database import Store

    askers = 6
    barrier, results, errors = threading.Barrier(askers), [], []

    def ask():
        store = Store(seeded.url)
        try:
            barrier.wait()
            results.append(run_select(store, "SELECT COUNT(*) FROM forms").rows[0][0])
        except Exception as error:  # noqa: BLE001 — collected, asserted below
            errors.append(repr(error))
        finally:
            store.dispose()

    threads = [threading.Thread(target=ask) for _ in range(askers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [28] * askers


@pytest.mark.parametrize("question, expected", [
    ("党建活动那个项目预算执行扣了几分？", 5.2),
])
def test_points_lost_asked_of_one_form(seeded, question, expected):
    from assistant.conversation import Conversation

    assert Conversation(seeded, search=None, llm=None).ask(question).value == pytest.approx(expected)


@pytest.mark.parametrize("question, expected", [
    ("指标扣分最多的项目", ["劝导队经费（信）"]),
    ("预算执行扣分最多的是哪个项目？", ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                     "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_the_most_points_lost(seeded, question, expected):
    from assistant.conversation import Conversation

    answer = Conversation(seeded, search=None, llm=None).ask(question)
    assert sorted(r["project_name"] for r in answer.to_json()["records"]) == expected
