"""Functional tests of the terminal app, driven with Textual's Pilot on a fresh store of the bundled corpus."""

from __future__ import annotations

import csv
import io
import threading

import pytest
from textual.widgets import Static

from store.query import list_forms, list_indicators
from tui.app import JixiaoApp
from tui.widgets.export_screen import ExportScreen
from tui.widgets.facets import FacetList
from tui.widgets.form_view import FormScreen, IndicatorTable, indicator_wording
from tui.widgets.help_screen import HelpScreen
from tui.widgets.indicator_peers import IndicatorPeersScreen
from tui_support import (
    MARKUP_GOAL, LexicalOnlySearch, ScriptedConversation, corpus_store, markup_store, settle, wait_until,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return corpus_store(tmp_path_factory.mktemp("tui-store"))


def make_app(store, conversation=None, search=False) -> JixiaoApp:
    return JixiaoApp(store, search_service_factory=search, conversation_factory=conversation or False)


def static_text(widget: Static) -> str:
    """What a Static shows, as plain text, whatever renderable it holds."""
    from rich.console import Console

    console = Console(width=200, record=True, markup=False, highlight=False, file=io.StringIO())
    console.print(widget.content if hasattr(widget, "content") else widget.renderable)
    return console.export_text()


async def test_startup_lists_every_form_with_facets(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.results.row_count == len(list_forms(store)) == 28
        years = app.query_one("#facet-year", FacetList)
        assert [option.value for option in years.options] == ["2023"]
        assert "28" in str(years.get_option_at_index(0).prompt)
        assert app.results_pane.border_title.startswith("all forms")


async def test_facet_narrows_in_place_and_toggles_back(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.facets.toggle("grade", "优")
        await wait_until(pilot, lambda: app.results.row_count == 22)
        assert all(form.grade == "优" for form in app.results.shown)
        # Other facets are recounted within the narrowed set.
        units = dict((option.value, option.prompt) for option in app.query_one("#facet-implementing_unit", FacetList).options)
        assert "19" in str(units["上海市闵行区浦江镇社区党群服务中心"])
        app.facets.toggle("grade", "优")
        await wait_until(pilot, lambda: app.results.row_count == 28)


async def test_checks_facet_and_clicking_a_value(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        facet = app.query_one("#facet-finding", FacetList)
        codes = [option.value for option in facet.options]
        index = codes.index("EXECUTED_ABOVE_BUDGET")
        facet.focus()
        facet.highlighted = index
        await pilot.press("space")
        await wait_until(pilot, lambda: app.results.row_count == 1)
        assert app.results.shown[0].project_name == "户籍档案数字化加工项目"


async def test_search_as_you_type_then_clear(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.focused is app.search_bar.input  # typing works at once, no key first
        await pilot.press("禁", "毒")
        # the search after 禁 alone may land first under load: wait for the one of the whole input
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("search") and "禁毒" in app.terms)
        assert [form.project_name for form in app.results.shown] == ["禁毒与反邪教（平安办）"]
        assert "禁毒" in app.terms
        app.search_bar.input.value = ""
        await wait_until(pilot, lambda: app.results.row_count == 28)


async def test_semantic_results_join_when_the_model_is_ready(store):
    services = []
    gate = threading.Event()

    def factory(store_):
        services.append(LexicalOnlySearch(store_, model_gate=gate))
        return services[-1]

    app = JixiaoApp(store, search_service_factory=factory, conversation_factory=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.results_ready and app.search.backend is not None)
        assert "loading" in static_text(app.query_one("#search-status", Static))
        app.search_bar.input.value = "社工"
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("search"))
        assert "(lexical)" in app.results_pane.border_title
        gate.set()
        await wait_until(pilot, lambda: services[0].dense_ready and "hybrid" in app.results_pane.border_title)
        assert ("社工", "hybrid") in services[0].queries
        assert "semantic ready" in static_text(app.query_one("#search-status", Static))


async def test_first_run_model_build_shows_a_progress_bar_until_ready(store):
    gate = threading.Event()
    services = []

    def factory(store_):
        services.append(LexicalOnlySearch(store_, model_gate=gate))
        return services[-1]

    app = JixiaoApp(store, search_service_factory=factory, conversation_factory=False,
                    model_build_pending=lambda service: True)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: "building semantic model" in static_text(app.query_one("#search-status", Static)))
        status = static_text(app.query_one("#search-status", Static))
        assert "%" in status and ("s left" in status or "finishing" in status)
        gate.set()
        await wait_until(pilot, lambda: "semantic ready" in static_text(app.query_one("#search-status", Static)))


def test_build_progress_reads_percent_and_time_left():
    from tui.widgets.search_bar import build_progress

    assert build_progress(30, 60).plain == "building semantic model ▕█████░░░░░▏ 50% · ≈30 s left"
    assert build_progress(90, 60).plain == "building semantic model ▕█████████░▏ 99% · finishing…"


@pytest.mark.slow
async def test_real_search_service_finds_check_findings(store, static_embedder, tmp_path):
    # The real SearchService (jieba, BM25, the static model, FAISS) behind the search bar, not a stand-in.
    from index.service import SearchService

    app = JixiaoApp(store, search_service_factory=lambda store_: SearchService(store_, index_dir=tmp_path / "index"),
                    conversation_factory=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.search_bar.input.value = "零执行却满分"
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("search"), timeout=30)
        assert {form.project_name for form in app.results.shown[:3]} == {
            "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"}
        first = app.results.shown[0]
        assert app.details[first.id].plain.startswith("finding: 零执行却满分（nothing executed yet full marks）")


async def test_sorting_by_header_click_and_keys(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.action_sort("rate")
        await pilot.pause()
        rates = [form.execution_rate for form in app.results.shown]
        assert rates == sorted(rates)
        app.action_sort("rate", True)
        await pilot.pause()
        assert app.results.shown[0].execution_rate == max(rates)
        assert "sorted by rate" in app.results_pane.border_subtitle
        await pilot.click("#results", offset=(3, 0))  # the project header
        await pilot.pause()
        assert app.results.sort_key == "project"
        app.results.focus()
        await pilot.press("s")
        assert app.results.sort_key == "year"
        await pilot.press("o")
        assert app.results.sort_key is None


async def test_open_form_copy_indicator_and_step(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = app.results.shown[0]
        await pilot.press("escape", "enter")
        assert isinstance(app.screen, FormScreen)
        screen = app.screen
        assert first.project_name in static_text(screen.query_one("#form-header", Static))
        assert first.goal in static_text(screen.query_one("#form-goal", Static))
        assert first.outcome in static_text(screen.query_one("#form-outcome", Static))
        table = screen.query_one(IndicatorTable)
        assert table.row_count == len(first.indicators)
        await pilot.press("down", "c")
        assert app.clipboard == indicator_wording(first.indicators[1])
        assert any("copied" in notification.title for notification in app._notifications)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.screen.form.id == app.results.shown[1].id
        await pilot.press("escape")
        assert app.screen.query("#results")


async def test_same_indicator_in_other_projects(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        form = app.results.shown[0]
        name = form.indicators[-1].name  # 社工满意度
        expected = len(list_indicators(store, [name])) - 1
        await pilot.press("escape", "enter")
        table = app.screen.query_one(IndicatorTable)
        table.move_cursor(row=len(form.indicators) - 1)
        await pilot.press("i")
        await wait_until(pilot, lambda: isinstance(app.screen, IndicatorPeersScreen))
        assert len(app.screen.peers) == expected
        if expected:
            await pilot.press("enter")
            await wait_until(pilot, lambda: isinstance(app.screen, FormScreen) and app.screen.form.id != form.id)


async def test_ask_shows_rows_and_follow_up(store):
    conversations = []

    def factory(store_, search):
        conversations.append(ScriptedConversation(store_, search))
        return conversations[-1]

    app = make_app(store, conversation=factory)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        ask, typed = app.ask_pane, app.search_bar.input
        typed.value = "执行率低于60%的项目"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("answer"))
        low = list_forms(store)
        low = [form for form in low if form.execution_rate is not None and form.execution_rate < 60]
        assert sorted(form.id for form in app.results.shown) == sorted(form.id for form in low)
        exchange = ask.exchanges[0]
        shown = static_text(exchange)
        assert "执行率 < 60%" in shown and app.results.shown[0].project_name in shown
        typed.value = "其中总分最高的"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.results.row_count == 1)
        assert conversations[0].questions == ["执行率低于60%的项目", "其中总分最高的"]
        assert len(ask.exchanges) == 2
        await pilot.press("up")
        assert typed.value == "其中总分最高的"
        await pilot.press("up")
        assert typed.value == "执行率低于60%的项目"
        await pilot.press("down", "down")
        assert typed.value == ""


async def test_ask_with_the_real_conversation(store):
    app = JixiaoApp(store, search_service_factory=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.search_bar.input.value = "执行率低于60%的项目有哪些"
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.ask_pane.exchanges and app.ask_pane.exchanges[0].answer is not None,
                         timeout=30)
        answer = app.ask_pane.exchanges[0].answer
        assert answer.records
        await wait_until(pilot, lambda: app.results_pane.border_title.startswith("answer"))
        assert all(form.execution_rate < 60 for form in app.results.shown)


@pytest.mark.parametrize(("format_key", "button"), [("csv", None), ("md", "#format-md")])
async def test_export_writes_the_results(store, tmp_path, format_key, button):
    app = make_app(store)
    target = tmp_path / f"out.{format_key}"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.facets.toggle("grade", "优")
        await wait_until(pilot, lambda: app.results.row_count == 22)
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ExportScreen)
        if button:
            await pilot.click(button)
        app.screen.query_one("#export-path").value = str(target)
        await pilot.click("#export-ok")
        await wait_until(pilot, target.exists)
        await wait_until(pilot, lambda: any("exported" == n.title for n in app._notifications))
    content = target.read_text(encoding="utf-8")
    if format_key == "csv":
        rows = list(csv.DictReader(io.StringIO(content)))
        assert len(rows) == 22 and {row["grade"] for row in rows} == {"优"}
    else:
        lines = content.strip().splitlines()
        assert lines[0].startswith("| project_name") and len(lines) == 2 + 22


async def test_record_markup_is_shown_literally(tmp_path):
    store = markup_store(tmp_path)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert MARKUP_GOAL in static_text(app.preview)
        await pilot.press("escape", "enter")
        goal = app.screen.query_one("#form-goal", Static)
        assert MARKUP_GOAL in static_text(goal)
        await pilot.pause()
        assert "[bold]x[/]" in app.export_screenshot()


async def test_help_and_command_palette(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Export results")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportScreen))
