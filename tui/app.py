"""The jixiao terminal app: one input (search as you type, Enter asks), facets, results, SQL, charts, history."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Header, Input, Static, TextArea

from index.backend import PatientSearch, SearchBackend
from index.hits import Hit
from store.database import Store
from store.history import HistoryEntry, QueryHistory, history_path
from store.models import Form
from store.query import FormFilter, list_forms
from store.readonly_sql import ReadOnlySqlError, SqlResult, run_select
from store.views import SCHEMA
from tui.commands import JixiaoCommands
from tui.data import facet_table, narrow
from tui.text import highlighted, literal
from tui.widgets.ask_pane import AskPane
from tui.widgets.facets import FacetsPane
from tui.widgets.results_table import ResultsTable
from tui.widgets.schema_tree import SchemaTree
from tui.widgets.search_bar import SearchBar, build_progress
from tui.widgets.sql_pane import SqlPane

SEARCH_LIMIT = 100  # hits asked of the search service; facets then narrow them
SQL_ROWS = 1000  # rows of a query shown in the results table; the SQL pane says when there were more
# How long a search waits for a busy search service before showing keyword matches from the store.
SERVICE_PATIENCE = 0.4

# Seconds the first-run distillation of the static model takes on 2 cores (README: 35–70 s).
MODEL_BUILD_ESTIMATE = 60.0

SearchServiceFactory = Callable[[Store], SearchBackend]
ConversationFactory = Callable[[Store, SearchBackend], Any]


def _search_service(store: Store) -> SearchBackend:
    from index.service import SearchService

    return SearchService(store)


def _static_model_missing(service: SearchBackend) -> bool:
    """Whether loading this service's model will first distil the static model (a minute, once per machine)."""
    if getattr(service, "model_name", None) != "static":
        return False
    from index.distill import BUILD_INFO_FILE, default_model_dir

    return not (default_model_dir() / BUILD_INFO_FILE).is_file()


def _conversation(store: Store, search: SearchBackend):
    from assistant.conversation import Conversation

    return Conversation(store, search=search)


class JixiaoApp(App):
    """Browse, search and question the stored self-evaluation forms.

    Args:
        store: an open store.
        search_service_factory: builds a search backend from the store (`index.service.SearchService`
            by default); None falls back to that default, False disables it (keyword search only).
        conversation_factory: builds a conversation from the store and the search service
            (`assistant.conversation.Conversation` by default); None falls back, False disables it.
        history: where questions and queries are kept (default: this store's file in the data directory).
        model_build_pending: whether a search backend's model must be built before it loads (the status line then
            shows the build's progress); by default, whether the static model is missing from the cache.
    """

    CSS_PATH = "app.tcss"
    TITLE = "jixiao 绩效"
    COMMANDS = App.COMMANDS | {JixiaoCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    BINDINGS = [
        Binding("escape", "focus_results", "Results", tooltip="Move to the results table"),
        Binding("slash", "focus_input", "Type", tooltip="Back to the input: search as you type, enter asks"),
        Binding("a", "focus_input", "Ask", show=False),
        Binding("f2", "toggle_sql", "SQL"),
        Binding("ctrl+r", "history", "History"),
        Binding("g", "chart", "Chart"),
        Binding("ctrl+e", "edit_sql", "Edit as SQL", show=False),
        Binding("e", "export", "Export"),
        Binding("c", "copy_indicator", "Copy", show=False),
        Binding("f", "toggle_facets", "Facets"),
        Binding("x", "reset", "All forms", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, store: Store, search_service_factory: SearchServiceFactory | None | bool = None,
                 conversation_factory: ConversationFactory | None | bool = None,
                 history: QueryHistory | None = None,
                 model_build_pending: Callable[[SearchBackend], bool] = _static_model_missing) -> None:
        super().__init__()
        self.model_build_pending = model_build_pending
        self._build_timer = None
        self.store = store
        self.history = history or QueryHistory(history_path(store.url))
        self.last_answer = None
        self.search_service_factory = (_search_service if search_service_factory is None
                                       else search_service_factory or None)
        self.conversation_factory = (_conversation if conversation_factory is None
                                     else conversation_factory or None)
        # What the search bar and the assistant ask: keyword matches until the backend is attached, then the
        # backend, in lexical mode until its model is loaded.
        self.search = PatientSearch(store, patience=SERVICE_PATIENCE)
        self.conversation = None
        self.base_ids: list[int] | None = None
        self.base_label = "all forms"
        self.terms: list[str] = []
        self.details: dict[int, Text] = {}
        self.indicator_rows: dict[int, int] = {}
        self.results_ready = False
        self._query_serial = 0  # which search or answer is current; older results are dropped
        self._results_serial = 0  # which results load is current
        self._services_started = False

    # ----- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="绩")
        with Horizontal(id="body"):
            yield FacetsPane(id="facets")
            yield SchemaTree({view: [(column.name, column.type) for column in columns]
                              for view, columns in SCHEMA.items()}, id="schema")
            with Vertical(id="main"):
                yield SearchBar(id="search")
                yield SqlPane(id="sql")
                with Vertical(id="results-pane"):
                    yield ResultsTable(id="results")
                    yield Static("", id="preview", markup=False)
                yield AskPane(id="ask")
        yield Footer()

    def on_mount(self) -> None:
        # Held directly: while the form view is on top, app.query_one would search that screen.
        self.results = self.query_one("#results", ResultsTable)
        self.search_bar = self.query_one("#search", SearchBar)
        self.facets = self.query_one("#facets", FacetsPane)
        self.ask_pane = self.query_one("#ask", AskPane)
        self.preview = self.query_one("#preview", Static)
        self.results_pane = self.query_one("#results-pane")
        self.sql_pane = self.query_one("#sql", SqlPane)
        self.facets.border_title = "facets"
        self.query_one("#schema").border_title = "views"
        self.search_bar.set_status(self._search_status())
        self.search_bar.input.load(entry.text for entry in self.history.entries("question"))
        # The cursor starts where a user types: words search at once, Enter asks.
        self.search_bar.input.focus()
        self._reload()

    def _search_status(self) -> str:
        if self.search_service_factory is None:
            return "lexical"
        return "hybrid · semantic ready" if self.search.dense_ready else "lexical · semantic loading…"

    # ----- results --------------------------------------------------------------------------------

    def _reload(self) -> None:
        self._results_serial += 1
        self._load_results(self.base_ids, self.facets.selections, self._results_serial)

    @work(thread=True, exclusive=True, group="results")
    def _load_results(self, base_ids: Sequence[int] | None, selections, serial: int) -> None:
        forms = narrow(self.store, base_ids, selections)
        counts = facet_table(self.store, base_ids, selections)
        self.call_from_thread(self._show_results, forms, counts, serial)

    def _show_results(self, forms: list[Form], counts, serial: int) -> None:
        if serial != self._results_serial:
            return  # a newer base or facet choice replaced this one while it loaded
        if self.sql_mode:
            self.facets.show_counts(counts)  # the table holds a query's result; forms return when SQL closes
            self.results_ready = True
            return
        self.results.show_forms(forms)
        self.facets.show_counts(counts)
        self._title_results(len(forms))
        self._show_preview()
        self.results_ready = True
        if not self._services_started:
            self._services_started = True
            # After the first screen is drawn, so model loading never delays it.
            self.call_after_refresh(self._start_services)

    def _title_results(self, count: int) -> None:
        pane = self.results_pane
        label = Text(self.base_label)
        label.append(f" · {count} form{'s' if count != 1 else ''}")
        pane.border_title = label.plain
        table = self.results
        if table.sort_key:
            pane.border_subtitle = f"sorted by {table.sort_key} {'▼' if table.sort_descending else '▲'}"
        else:
            pane.border_subtitle = "s sort · enter open"
        if count == 0 and self.base_ids is None and not self.facets.selections:
            self.preview.update(
                Text("The store holds no forms yet: run `jixiao ingest PATH` to add some.", style="yellow"))

    def _set_base(self, base_ids: list[int] | None, label: str, terms: Sequence[str],
                  details: dict[int, Text], indicator_rows: dict[int, int]) -> None:
        self.base_ids, self.base_label, self.terms = base_ids, label, list(terms)
        self.details, self.indicator_rows = details, indicator_rows
        self._reload()

    @on(FacetsPane.Changed)
    def _facets_changed(self, event: FacetsPane.Changed) -> None:
        self._reload()

    @on(ResultsTable.SortChanged)
    def _sort_changed(self, event: ResultsTable.SortChanged) -> None:
        self._title_results(len(self.results.shown))

    @on(DataTable.RowHighlighted, "#results")
    def _show_preview(self, event: DataTable.RowHighlighted | None = None) -> None:
        form = self.results.current_form
        preview = self.preview
        row = self.results.current_row
        if row is not None:
            # Values cut in the table are shown whole here.
            widths = self.results.query_widths()
            text = Text()
            for name, value, width in zip(self.results.query_columns, row, widths):
                if cell_len(literal(value).plain) > width:
                    text.append(f"{name}: ", style="dim")
                    text.append_text(literal(value))
                    text.append("\n")
            text.rstrip()
            preview.update(text)
            return
        if form is None:
            preview.update("")
            return
        # The table cuts long names in the middle; the preview gives the whole name and unit.
        text = highlighted(form.project_name, self.terms, "bold")
        text.append("  ")
        text.append_text(literal(form.implementing_unit, "dim"))
        detail = self.details.get(form.id)
        if detail is not None:
            text.append("\n")
            text.append_text(detail)
        elif form.goal:
            text.append("\n")
            text.append_text(highlighted(form.goal, self.terms, "dim"))
        preview.update(text)

    @on(DataTable.RowSelected, "#results")
    def _open_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_form()

    # ----- search ---------------------------------------------------------------------------------

    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        self._search(event.query)

    @on(SearchBar.Submitted)
    def _submitted(self, event: SearchBar.Submitted) -> None:
        if self.conversation_factory is None:
            self._search(event.text)  # no assistant in this build: Enter searches at once
            return
        self._start_question(event.text)

    def _search(self, query: str) -> None:
        self._query_serial += 1
        if not query:
            self._set_base(None, "all forms", [], {}, {})
            return
        self._run_search(query, self._query_serial)

    @work(thread=True, exclusive=True, group="search")
    def _run_search(self, query: str, serial: int) -> None:
        try:
            hits = self.search.search(query, k=SEARCH_LIMIT, mode="hybrid")
        except Exception as error:  # a failing back end must not take the browser down
            self.call_from_thread(self.notify, f"search failed: {error}", severity="error", markup=False)
            return
        retrievers = {name for hit in hits for name in hit.retrievers}
        mode = "keyword" if retrievers == {"keyword"} else "hybrid" if self.search.dense_ready else "lexical"
        self.call_from_thread(self._show_hits, query, mode, hits, serial)

    def _show_hits(self, query: str, mode: str, hits: list[Hit], serial: int) -> None:
        if serial != self._query_serial:
            return
        ids, details, rows, terms = [], {}, {}, set(query.split())
        for hit in hits:
            terms.update(hit.matched_terms)
            if hit.form_id in details:
                continue
            ids.append(hit.form_id)
            detail = Text(f"{hit.field}: ", style="dim")
            detail.append_text(highlighted(hit.snippet, list(hit.matched_terms) or query.split()))
            details[hit.form_id] = detail
            if hit.row is not None and hit.field in ("indicator", "deviation"):
                rows[hit.form_id] = hit.row
        self._set_base(ids, f"search “{query}” ({mode})", sorted(terms), details, rows)

    @work(thread=True, exclusive=True, group="services")
    def _start_services(self) -> None:
        if self.search_service_factory is None:
            return
        try:
            service = self.search_service_factory(self.store)
        except Exception as error:
            self.call_from_thread(self._services_failed, f"search service unavailable: {error}")
            return
        try:
            service.ensure_lexical()
        except Exception as error:
            self.call_from_thread(self._services_failed, f"search index unavailable: {error}")
            return
        self.search.backend = service
        self.call_from_thread(self._services_progress)
        if not service.dense_ready and self.model_build_pending(service):
            self.call_from_thread(self._model_build_started)
        if not service.dense_ready:
            try:
                service.load_model()
            except Exception as error:
                self.call_from_thread(self._services_failed, f"semantic model failed to load: {error}")
                return
        self.call_from_thread(self._services_progress, service.dense_ready)

    def _model_build_started(self) -> None:
        started = time.monotonic()

        def tick() -> None:
            self.search_bar.set_status(build_progress(time.monotonic() - started, MODEL_BUILD_ESTIMATE))

        tick()
        self._build_timer = self.set_interval(0.5, tick)

    def _stop_build_progress(self) -> None:
        if self._build_timer is not None:
            self._build_timer.stop()
            self._build_timer = None

    def _services_progress(self, model_ready: bool = False) -> None:
        if model_ready:
            self._stop_build_progress()
        elif self._build_timer is not None:
            return  # the build's progress bar keeps the status line until the model is ready
        self.search_bar.set_status(self._search_status(), "green" if model_ready else "dim")
        if model_ready:
            self.notify("semantic search is ready", timeout=3)
        if self.search_bar.value:
            # Results so far came from a weaker search; let the better one join in.
            self._search(self.search_bar.value)

    def _services_failed(self, message: str) -> None:
        self._stop_build_progress()
        self.search_bar.set_status("lexical (semantic unavailable)", "yellow")
        self.notify(message, severity="warning", markup=False)

    # ----- ask ------------------------------------------------------------------------------------

    def _start_question(self, question: str) -> None:
        self.history.add(question, "question")
        self._query_serial += 1  # a search still running for the words typed must not replace the answer
        exchange = self.ask_pane.start_exchange(question)
        self._ask(question, exchange)

    @work(thread=True, group="ask")
    def _ask(self, question: str, exchange) -> None:
        try:
            if self.conversation is None:
                self.conversation = self.conversation_factory(self.store, self.search)
            answer = self.conversation.ask(question)
        except Exception as error:
            self.call_from_thread(exchange.show_error, f"could not answer: {error}")
            return
        self.call_from_thread(self._show_answer, exchange, answer)

    def _show_answer(self, exchange, answer) -> None:
        self.last_answer = answer
        exchange.show_answer(answer)
        self.ask_pane.scroll_to_end()
        if not answer.records:
            return
        details = {}
        for record in answer.records:
            if record.detail and record.form_id not in details:
                details[record.form_id] = highlighted(record.detail, answer.highlight_terms)
        ids = list(dict.fromkeys(record.form_id for record in answer.records))
        self._query_serial += 1
        search_input = self.search_bar.input
        with search_input.prevent(Input.Changed):
            search_input.value = ""
        self._set_base(ids, f"answer: {answer.interpretation or answer.question}", answer.highlight_terms, details, {})

    # ----- SQL ------------------------------------------------------------------------------------

    @property
    def sql_mode(self) -> bool:
        """Whether the SQL pane is open (its results fill the table)."""
        return self.screen_stack[0].has_class("-sql") if self.screen_stack else False

    def action_toggle_sql(self) -> None:
        """Open or close the SQL pane."""
        main = self.screen_stack[0]
        opening = not self.sql_mode
        main.set_class(opening, "-sql")
        if opening:
            self.sql_pane.editor.focus()
        else:
            self.search_bar.input.focus()
            self._reload()

    def action_edit_sql(self) -> None:
        """Open the SQL of the last answer in the SQL pane."""
        sql = getattr(self.last_answer, "sql", None)
        if not sql:
            self.notify("The last answer has no SQL (none yet, or it came from narrative search).", timeout=4)
            return
        self.sql_pane.set_sql(sql)
        if not self.sql_mode:
            self.action_toggle_sql()
        self.sql_pane.editor.focus()

    @on(SqlPane.Run)
    def _sql_run(self, event: SqlPane.Run) -> None:
        self.run_sql(event.sql)

    def run_sql(self, sql: str) -> None:
        """Run one read-only SELECT and show its rows in the results table.

        Args:
            sql: the statement.
        """
        self.history.add(sql, "sql")
        self._run_sql(sql)

    @work(thread=True, exclusive=True, group="sql")
    def _run_sql(self, sql: str) -> None:
        try:
            result = run_select(self.store.engine, sql, max_rows=SQL_ROWS)
        except ReadOnlySqlError as error:
            self.call_from_thread(self.sql_pane.show_error, str(error))
            return
        row_forms: list[Form | None] = []
        if "form_id" in result.columns:
            at = result.columns.index("form_id")
            ids = [row[at] for row in result.rows if isinstance(row[at], int)]
            found = {form.id: form for form in list_forms(self.store, FormFilter(form_ids=ids))} if ids else {}
            row_forms = [found.get(row[at]) for row in result.rows]
        self.call_from_thread(self._show_sql_result, result, row_forms)

    def _show_sql_result(self, result: SqlResult, row_forms: list[Form | None]) -> None:
        self.results.show_rows(result.columns, result.rows, row_forms)
        count = len(result.rows)
        more = f" (first {SQL_ROWS}; there are more)" if result.truncated else ""
        self.sql_pane.show_done(f"{count} row{'s' if count != 1 else ''}{more}")
        self.results_pane.border_title = f"query · {count} row{'s' if count != 1 else ''}"
        self.results_pane.border_subtitle = "g chart · enter open" if any(row_forms) else "g chart"
        self._show_preview()

    @on(SchemaTree.Picked)
    def _schema_picked(self, event: SchemaTree.Picked) -> None:
        self.sql_pane.editor.insert(event.name)
        self.sql_pane.editor.focus()

    # ----- charts and history ---------------------------------------------------------------------

    def action_chart(self, name: str = "rate-by-unit") -> None:
        """Chart the results: a query's two columns, or the forms listed (execution rate by unit first)."""
        from store.charts import CHARTS, ChartError, query_chart
        from tui.widgets.chart_view import ChartScreen

        table = self.results
        if table.query_columns is not None:
            try:
                chart = query_chart(table.query_columns, table.query_rows, title=" · ".join(table.query_columns))
            except ChartError as error:
                self.notify(str(error), severity="warning", markup=False)
                return
            self.push_screen(ChartScreen(chart))
            return
        narrowed = self.base_ids is not None or bool(self.facets.selections)
        form_filter = FormFilter(form_ids=[form.id for form in table.shown]) if narrowed else None

        def load(chart_name: str):
            return CHARTS[chart_name](self.store, form_filter)

        self.push_screen(ChartScreen(load(name), load))

    def action_history(self) -> None:
        """Search earlier questions and queries; Enter runs one again."""
        from tui.widgets.history_screen import HistoryScreen

        def chosen(entry: HistoryEntry | None) -> None:
            if entry is None:
                return
            if entry.kind == "sql":
                self.sql_pane.set_sql(entry.text)
                if not self.sql_mode:
                    self.action_toggle_sql()
                self.run_sql(entry.text)
                return
            if self.sql_mode:
                self.action_toggle_sql()
            search_input = self.search_bar.input
            with search_input.prevent(Input.Changed):
                search_input.value = entry.text
            search_input.remember(entry.text)
            search_input.focus()
            self.search_bar.post_message(SearchBar.Submitted(entry.text))

        self.push_screen(HistoryScreen(self.history), chosen)

    _MAIN_SCREEN_ACTIONS = frozenset({"focus_input", "export", "copy_indicator", "toggle_facets", "reset",
                                      "focus_results", "toggle_sql", "edit_sql", "chart", "history"})
    # Letter keys type into an input or the SQL editor; there the footer offers only what still works.
    _LETTER_ACTIONS = frozenset({"focus_input", "export", "copy_indicator", "toggle_facets", "reset", "chart",
                                 "help", "quit"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The main screen's keys mean nothing over the form view or a dialog; hide them there.
        if action in self._MAIN_SCREEN_ACTIONS and len(self.screen_stack) > 1:
            return False
        if action in self._LETTER_ACTIONS and isinstance(self.focused, (Input, TextArea)):
            return False
        return True

    # ----- actions --------------------------------------------------------------------------------

    def action_focus_input(self) -> None:
        """Back to the input (the SQL editor while the SQL pane is open)."""
        if self.sql_mode:
            self.sql_pane.editor.focus()
        else:
            self.search_bar.input.focus()

    def action_focus_results(self) -> None:
        """Back to the results table."""
        self.results.focus()

    def action_open_form(self) -> None:
        """Open the highlighted form in the form view."""
        from tui.widgets.form_view import FormScreen

        table = self.results
        if table.current_form is None:
            return
        if table.query_columns is not None:
            self.push_screen(FormScreen(self.store, [table.current_form], 0, []))
            return
        self.push_screen(FormScreen(self.store, table.shown, table.cursor_row, self.terms))

    def action_toggle_facets(self) -> None:
        """Show or hide the facets pane."""
        facets = self.facets
        showing = facets.display
        self.screen.set_class(showing, "-hide-facets")
        self.screen.set_class(not showing, "-show-facets")
        if not showing:
            self.call_after_refresh(lambda: next(iter(facets.query("SelectionList")), facets).focus())
        elif facets.has_focus_within:
            self.results.focus()

    def action_clear_facets(self) -> None:
        """Deselect every facet value."""
        self.facets.clear()

    def action_reset(self) -> None:
        """Back to every form: clear search, answer and facets."""
        search_input = self.search_bar.input
        with search_input.prevent(Input.Changed):
            search_input.value = ""
        facets = self.facets
        for facet_list in facets.query("SelectionList"):
            with facet_list.prevent(facet_list.SelectedChanged):
                facet_list.deselect_all()
        self._query_serial += 1
        self._set_base(None, "all forms", [], {}, {})

    def action_sort(self, column_key: str, descending: bool = False) -> None:
        """Sort the results by a column ('' for the original order)."""
        self.results.sort_by(column_key or None, descending)

    def action_copy_indicator(self) -> None:
        """Copy the wording of the indicator the search matched in the highlighted form."""
        from tui.widgets.form_view import indicator_wording

        form = self.results.current_form
        row = self.indicator_rows.get(form.id) if form else None
        indicator = next((item for item in form.indicators if item.position == row), None) if form else None
        if indicator is None:
            self.notify("Open a form (enter) and choose an indicator to copy its wording.", timeout=4)
            return
        wording = indicator_wording(indicator)
        self.copy_to_clipboard(wording)
        self.notify(wording, title="copied", markup=False)

    def action_export(self) -> None:
        """Ask format and path, then write the results."""
        from tui.widgets.export_screen import ExportScreen

        forms = list(self.results.shown)

        def chosen(request) -> None:
            if request is not None:
                self._export(forms, request.format, request.path)

        self.push_screen(ExportScreen(len(forms)), chosen)

    @work(thread=True, group="export")
    def _export(self, forms: list[Form], format_key: str, path: Path) -> None:
        from store.export import FORMATS

        try:
            path.write_text(FORMATS[format_key](forms), encoding="utf-8")
        except OSError as error:
            self.call_from_thread(self.notify, f"could not write {path}: {error}", severity="error", markup=False)
            return
        self.call_from_thread(self.notify, f"wrote {len(forms)} form(s) to {path}", title="exported", markup=False)

    def action_help(self) -> None:
        """Show the keys."""
        from tui.widgets.help_screen import HelpScreen

        self.push_screen(HelpScreen(self.store.url, self._search_status()))


def run_app(store: Store) -> None:
    """Run the terminal app on a store until the user quits.

    Args:
        store: an open store (the CLI's --db / JIXIAO_DB, or the default one).
    """
    JixiaoApp(store).run()
