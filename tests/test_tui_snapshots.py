"""Snapshot tests of the terminal app's main screens at 80×24 and 120×40 (lexical-only, no model needed)."""

from __future__ import annotations

import pytest

from tui.app import JixiaoApp
from tui_support import ScriptedConversation, corpus_store, markup_store, settle, wait_until

pytestmark = pytest.mark.snapshot

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


@pytest.fixture(autouse=True)
def repo_cwd(monkeypatch):
    # Source paths and the export path are shown relative to the working directory; fix it for stable images.
    from corpus import CORPUS_DIR

    monkeypatch.chdir(CORPUS_DIR.parent)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return corpus_store(tmp_path_factory.mktemp("tui-snap"))


def app_for(store, conversation: bool = False) -> JixiaoApp:
    # History lives in the test's own data directory (conftest), so every app starts with none.
    return JixiaoApp(store, search_service_factory=False,
                     conversation_factory=(lambda s, search: ScriptedConversation(s, search)) if conversation else False)


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, store, size):
    assert snap_compare(app_for(store), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_main_screen_with_facets_narrowed(snap_compare, store, size):
    async def run_before(pilot):
        await settle(pilot)
        if size[0] < 100:
            await pilot.press("escape", "f")
        pilot.app.facets.toggle("grade", "优")
        await wait_until(pilot, lambda: pilot.app.results.row_count == 22)
        pilot.app.results.focus()
        await settle(pilot)

    assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_search_results(snap_compare, store, size):
    async def run_before(pilot):
        await settle(pilot)
        pilot.app.search_bar.input.value = "满意度"
        await wait_until(pilot, lambda: pilot.app.results_pane.border_title.startswith("search"))
        pilot.app.results.focus()
        await settle(pilot)

    assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_answer_and_follow_up(snap_compare, store, size):
    async def run_before(pilot):
        await settle(pilot)
        typed = pilot.app.search_bar.input
        for question, rows in (("执行率低于60%的项目", 9), ("其中总分最高的", 1)):
            typed.value = question
            await pilot.press("enter")
            await wait_until(pilot, lambda rows=rows: pilot.app.results.row_count == rows
                             and pilot.app.results_pane.border_title.startswith("answer"))
        await settle(pilot)

    assert snap_compare(app_for(store, conversation=True), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_form_view(snap_compare, store, size):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("escape", "enter")
        await settle(pilot)

    assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)


def test_export_dialog(snap_compare, store):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("escape", "e")
        await pilot.pause()
        for widget in pilot.app.screen.query("Input"):
            widget.cursor_blink = False

    assert snap_compare(app_for(store), terminal_size=(80, 24), run_before=run_before)


def test_markup_characters_render_literally(snap_compare, tmp_path_factory, monkeypatch):
    directory = tmp_path_factory.mktemp("tui-markup")
    store = markup_store(directory)
    monkeypatch.chdir(directory)  # the source path then shows as markup.txt

    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("escape", "enter")
        await settle(pilot)

    assert snap_compare(app_for(store), terminal_size=(80, 24), run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_sql_pane(snap_compare, store, size, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("f2")
        pilot.app.sql_pane.set_sql("SELECT implementing_unit, count(*) AS forms\nFROM forms\nGROUP BY implementing_unit")
        await pilot.press("ctrl+j")
        await wait_until(pilot, lambda: pilot.app.results.query_columns is not None)
        pilot.app.sql_pane.editor.cursor_blink = False
        await settle(pilot)

    assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_chart_of_execution_rate_by_unit(snap_compare, store, size):
    async def run_before(pilot):
        from tui.widgets.chart_view import ChartScreen

        await settle(pilot)
        await pilot.press("escape", "g")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ChartScreen))
        await settle(pilot)

    assert snap_compare(app_for(store), terminal_size=size, run_before=run_before)
