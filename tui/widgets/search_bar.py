"""The search bar: search-as-you-type over the narratives, with the state of semantic search beside it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

# Long enough to skip intermediate keystrokes of an IME-composed word, short enough to feel live.
DEBOUNCE_SECONDS = 0.25


class SearchBar(Horizontal):
    """An Input that reports its query after a pause in typing, and a status label."""

    class QueryChanged(Message):
        """The user paused typing (or pressed Enter) with this query."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ search goals, outcomes, indicators…", id="search-input", compact=True)
        yield Static("", id="search-status", markup=False)

    @property
    def input(self) -> Input:
        """The query input."""
        return self.query_one("#search-input", Input)

    @property
    def value(self) -> str:
        """The current query, stripped."""
        return self.input.value.strip()

    def set_status(self, text: str, style: str = "dim") -> None:
        """Say what kind of search runs (lexical / semantic loading / semantic ready).

        Args:
            text: a short status.
            style: its style.
        """
        self.query_one("#search-status", Static).update(Text(text, style=style))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._report)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._report()

    def _report(self) -> None:
        self._timer = None
        self.post_message(self.QueryChanged(self.value))
