"""Search earlier questions and queries of this store: type to filter, Enter runs one again."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.history import HistoryEntry, QueryHistory

SHOWN = 200


class HistoryScreen(ModalScreen[HistoryEntry | None]):
    """Dismisses with the chosen entry, or None."""

    BINDINGS = [Binding("escape", "cancel", "Close"), Binding("down", "to_list", show=False)]

    def __init__(self, history: QueryHistory) -> None:
        super().__init__()
        self.history = history
        self.shown: list[HistoryEntry] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="history-dialog", classes="dialog"):
            yield Static(Text("history · type to filter · enter runs again · esc closes", style="bold"), markup=False)
            yield Input(placeholder="filter", id="history-filter", compact=True)
            yield OptionList(id="history-list")
            yield Static("", id="history-problems", markup=False)

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#history-filter", Input).focus()

    @property
    def options(self) -> OptionList:
        """The list of entries."""
        return self.query_one("#history-list", OptionList)

    def _fill(self, words: str) -> None:
        self.shown = self.history.search(words, limit=SHOWN)
        options = self.options
        options.clear_options()
        for entry in self.shown:
            line = Text("sql  " if entry.kind == "sql" else "ask  ", style="cyan" if entry.kind == "sql" else "green")
            line.append(" ".join(entry.text.split()))  # one line per entry; record text stays literal
            line.append(f"  {entry.at[:16].replace('T', ' ')}", style="dim")
            options.add_option(Option(line))
        if self.shown:
            options.highlighted = 0
        problems = self.history.problems
        self.query_one("#history-problems", Static).update(
            Text("\n".join(problems[:3]), style="yellow") if problems else Text(
                f"{len(self.shown)} entr{'y' if len(self.shown) == 1 else 'ies'}", style="dim"))

    @on(Input.Changed, "#history-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#history-filter")
    def _submit_filter(self, event: Input.Submitted) -> None:
        self._choose(self.options.highlighted)

    @on(OptionList.OptionSelected, "#history-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self.shown):
            self.dismiss(self.shown[index])

    def action_to_list(self) -> None:
        self.options.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
