"""The help screen: what each pane does and every key."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, str, str], ...] = (
    ("everywhere", "ctrl+p", "command palette: every action by name"),
    ("everywhere", "ctrl+q", "quit (q too, outside the input)"),
    ("input", "typing", "search goals, outcomes, indicators and findings as you type"),
    ("input", "enter", "ask the question (follow-ups such as 其中… use the answer before)"),
    ("input", "↑ ↓", "earlier questions, kept per store across runs"),
    ("input", "esc / tab", "move to the results table"),
    ("main", "/", "back to the input"),
    ("main", "ctrl+r", "history: type to filter earlier questions and queries, enter runs one again"),
    ("main", "F2", "SQL pane: one read-only SELECT over the views, ctrl+j (or F5) runs it"),
    ("main", "ctrl+e", "open the last answer's SQL in the SQL pane"),
    ("main", "g", "chart the results (1 rate by unit, 2 scores, 3 budget against spending; a query's two columns)"),
    ("main", "f", "show or hide the facets; space toggles a value"),
    ("results", "enter", "open the highlighted form"),
    ("results", "s / r / o", "sort by next column / reverse / original order (or click a header)"),
    ("main", "e", "export the results as CSV or Markdown"),
    ("main", "x", "clear search, answer and facets: back to every form"),
    ("main", "c", "copy the wording of the matched indicator"),
    ("main", "?", "this help"),
    ("form", "↑ ↓", "choose an indicator"),
    ("form", "c", "copy the indicator's wording"),
    ("form", "i / enter", "the same indicator in other years and other projects"),
    ("form", "[ ]", "previous / next form of the results"),
    ("form", "esc", "back to the results"),
)


def help_table() -> Table:
    """The key table."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="dim")
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for where, keys, what in KEYS:
        table.add_row(where, keys, what)
    return table


class HelpScreen(ModalScreen[None]):
    """Escape, q or ? closes."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, store_url: str = "", search_status: str = "") -> None:
        super().__init__()
        self.store_url = store_url
        self.search_status = search_status

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static(Text("jixiao 绩效 — keys", style="bold"), markup=False)
            yield Static(help_table(), markup=False)
            about = Text("\nstore  ", style="dim")
            about.append(self.store_url)
            about.append("\nsearch ", style="dim")
            about.append(self.search_status)
            yield Static(about, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
