"""The app as an analyst's workbench, driven with Pilot: typing at start, the SQL pane, charts, history search."""

from __future__ import annotations

import pytest

from store.history import QueryHistory
from store.query import list_forms
from tui.app import JixiaoApp
from tui.widgets.chart_view import ChartScreen, ChartView
from tui.widgets.history_screen import HistoryScreen
from tui_support import corpus_store, settle, wait_until

UNITS_SQL = "SELECT implementing_unit, count(*) AS forms FROM forms GROUP BY implementing_unit ORDER BY forms DESC"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return corpus_store(tmp_path_factory.mktemp("tui-workbench"))


def make_app(store, tmp_path, **options) -> JixiaoApp:
    options.setdefault("conversation_factory", False)
    return JixiaoApp(store, search_service_factory=False, history=QueryHistory(tmp_path / "history.jsonl"), **options)


async def test_a_question_typed_at_start_is_answered_by_the_assistant(store, tmp_path):
    # The real assistant (interpreter, store) at 100×30: no key before typing, Enter answers.
    app = JixiaoApp(store, search_service_factory=False, history=QueryHistory(tmp_path / "history.jsonl"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"执行率低于50%的项目", "enter")
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("answer"), timeout=60)
        await settle(pilot)
        low = sorted(form.project_name for form in list_forms(store) if form.execution_rate < 50)
        assert len(low) == 6
        assert sorted(form.project_name for form in app.results.shown) == low
        assert app.results.row_count == 6
        assert [entry.text for entry in app.history.entries()] == ["执行率低于50%的项目"]


async def test_words_search_as_you_type_and_the_footer_says_how_to_reach_the_table(store, tmp_path):
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("禁", "毒")
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("search"))
        assert [form.project_name for form in app.results.shown] == ["禁毒与反邪教（平安办）"]
        keys = {binding.key for _node, binding, enabled, _tooltip in app.active_bindings.values() if enabled}
        assert "escape" in keys and "s" not in keys and "e" not in keys  # letters type; esc reaches the table
        await pilot.press("escape")
        assert app.focused is app.results
        await pilot.press("s")
        assert app.results.sort_key == "project"
        await pilot.press("slash")
        assert app.focused is app.search_bar.input


async def test_sql_pane_runs_a_select_and_refuses_a_write(store, tmp_path):
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        assert app.focused is app.sql_pane.editor
        app.sql_pane.set_sql(UNITS_SQL)
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: app.results.query_columns is not None)
        assert app.results.query_columns == ["implementing_unit", "forms"]
        assert app.results.query_rows == [("上海市闵行区浦江镇社区党群服务中心", 25), ("信访办", 3)]
        assert app.sql_pane.message == "2 rows"
        app.sql_pane.set_sql("DELETE FROM forms")
        await pilot.press("f5")
        await wait_until(pilot, lambda: "DELETE" in app.sql_pane.message)
        assert app.sql_pane.message == "only SELECT statements are allowed, not DELETE (line 1, column 1)"
        assert app.results.query_rows == [("上海市闵行区浦江镇社区党群服务中心", 25), ("信访办", 3)]
        assert len(list_forms(store)) == 28
        # A value longer than its column is cut in the middle in the table and shown whole under it.
        app.sql_pane.set_sql("SELECT project_name, goal FROM forms WHERE project_name = '社工'")
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: app.results.query_columns == ["project_name", "goal"])
        goal = "保障社工2023年度工资福利、公用经费等的正常支出。"
        assert app.results.query_widths() == [12, 40]
        assert str(app.results.get_cell_at((0, 1))) == "保障社工2023年度工资福利、…的正常支出。"
        assert app.preview.content.plain == f"goal: {goal}"
        # A row naming a form opens it.
        app.sql_pane.set_sql("SELECT form_id, project_name FROM forms WHERE executed > annual_budget")
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: app.results.query_columns == ["form_id", "project_name"])
        assert [row[1] for row in app.results.query_rows] == ["户籍档案数字化加工项目"]
        await pilot.press("escape", "enter")
        await wait_until(pilot, lambda: getattr(app.screen, "form", None) is not None)
        assert app.screen.form.project_name == "户籍档案数字化加工项目"


async def test_schema_lists_the_views_and_inserts_a_column(store, tmp_path):
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        tree = app.query_one("#schema")
        assert [str(node.label) for node in tree.root.children] == ["forms", "fund_lines", "indicators", "findings"]
        app.sql_pane.set_sql("")
        forms = tree.root.children[0]
        column = next(node for node in forms.children if node.data == "execution_rate")
        tree.select_node(column)
        await wait_until(pilot, lambda: app.sql_pane.editor.text == "execution_rate")


async def test_chart_of_execution_rate_by_unit_and_of_a_query(store, tmp_path):
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "g")
        await wait_until(pilot, lambda: isinstance(app.screen, ChartScreen))
        chart = app.screen.query_one(ChartView).chart
        assert chart.x == ["上海市闵行区浦江镇社区党群服务中心", "信访办"]
        assert chart.y == [89.06, 93.66]
        assert "户籍档案数字化加工项目 (EXECUTED_ABOVE_BUDGET)" in chart.note
        await pilot.press("2")
        assert app.screen.query_one(ChartView).chart.title == "总分 distribution"
        assert sum(app.screen.query_one(ChartView).chart.y) == 28
        await pilot.press("escape", "f2")
        app.sql_pane.set_sql(UNITS_SQL)
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: app.results.query_columns is not None)
        await pilot.press("escape", "g")
        await wait_until(pilot, lambda: isinstance(app.screen, ChartScreen))
        chart = app.screen.query_one(ChartView).chart
        assert (chart.kind, chart.x, chart.y) == ("bar", ["上海市闵行区浦江镇社区党群服务中心", "信访办"], [25.0, 3.0])


async def test_history_is_kept_across_runs_searchable_and_runs_again(store, tmp_path):
    conversation = lambda s, search: __import__("tui_support").ScriptedConversation(s, search)  # noqa: E731
    app = make_app(store, tmp_path, conversation_factory=conversation)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for question in ("执行率低于60%的项目", "平安办的项目"):
            app.search_bar.input.value = question
            await pilot.press("enter")
            await wait_until(pilot, lambda: len(app.ask_pane.exchanges) and app.ask_pane.exchanges[-1].answer)
        await pilot.press("f2")
        app.sql_pane.set_sql(UNITS_SQL)
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: app.results.query_columns is not None)

    again = make_app(store, tmp_path, conversation_factory=conversation)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("up")
        assert again.search_bar.input.value == "平安办的项目"
        again.search_bar.input.value = ""
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: isinstance(again.screen, HistoryScreen))
        assert [entry.text for entry in again.screen.shown] == [UNITS_SQL, "平安办的项目", "执行率低于60%的项目"]
        await pilot.press(*"执行率")
        assert [entry.text for entry in again.screen.shown] == ["执行率低于60%的项目"]
        await pilot.press("enter")
        await wait_until(pilot, lambda: again.results_pane.border_title.startswith("answer"))
        assert again.ask_pane.exchanges[0].question == "执行率低于60%的项目"
        assert again.results.row_count == 9


async def test_a_cut_facet_value_shows_whole_on_hover(store, tmp_path):
    app = make_app(store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        units = app.query_one("#facet-implementing_unit")
        assert str(units.get_option_at_index(0).prompt).startswith("上海市闵行区…")
        await pilot.hover("#facet-implementing_unit", offset=(8, 0))
        await wait_until(pilot, lambda: units.tooltip is not None)
        assert units.tooltip == "上海市闵行区浦江镇社区党群服务中心"
