"""The one input of the app: words search as you type, Enter asks the question; the search state beside it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from tui.widgets.history_input import HistoryInput

# Long enough to skip intermediate keystrokes of an IME-composed word, short enough to feel live.
DEBOUNCE_SECONDS = 0.25
BAR_CELLS = 10


def build_progress(elapsed: float, estimate: float) -> Text:
    """The status while the semantic model is built on first run: a bar, a percent and the time left.

    The distillation reports no progress of its own to the app, so both come from the time elapsed against
    the measured build time; past the estimate the bar holds at 99% and says it is finishing.

    Args:
        elapsed: seconds since the build started.
        estimate: seconds a build takes on this kind of machine.

    Returns:
        e.g. "building semantic model ▕█████░░░░░▏ 50% · ≈30 s left".
    """
    share = min(0.99, max(0.0, elapsed / estimate))
    filled = int(share * BAR_CELLS)
    left = estimate - elapsed
    text = Text("building semantic model ", style="yellow")
    text.append("▕" + "█" * filled + "░" * (BAR_CELLS - filled) + "▏", style="yellow")
    text.append(f" {share:.0%} · " + (f"≈{left:.0f} s left" if left >= 1 else "finishing…"), style="yellow")
    return text


class SearchBar(Horizontal):
    """A HistoryInput that reports its words after a pause in typing and its question on Enter, and a status label."""

    class QueryChanged(Message):
        """The user paused typing with these words."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Submitted(Message):
        """The user pressed Enter: the text is a question for the assistant."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield HistoryInput(placeholder="type to search · enter asks, e.g. 执行率低于50%的项目 · ↑↓ history",
                           id="search-input", compact=True)
        yield Static("", id="search-status", markup=False)

    @property
    def input(self) -> HistoryInput:
        """The input."""
        return self.query_one("#search-input", HistoryInput)

    @property
    def value(self) -> str:
        """The current text, stripped."""
        return self.input.value.strip()

    def set_status(self, text: Text | str, style: str = "dim") -> None:
        """Say what kind of search runs (lexical / semantic loading / semantic ready).

        Args:
            text: a short status, or a Text with its own styles (a progress bar).
            style: the style of a plain string.
        """
        self.query_one("#search-status", Static).update(text if isinstance(text, Text) else Text(text, style=style))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._cancel_timer()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._report)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._cancel_timer()
        text = event.value.strip()
        if text:
            self.input.remember(text)
            self.post_message(self.Submitted(text))

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _report(self) -> None:
        self._timer = None
        self.post_message(self.QueryChanged(self.value))
