"""An Input that recalls earlier entries with ↑ and ↓, as a shell does."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.widgets import Input


class HistoryInput(Input):
    """↑ and ↓ step through earlier entries; what was being typed comes back after the newest one."""

    BINDINGS = [
        Binding("up", "history_back", "Previous", show=False),
        Binding("down", "history_forward", "Next", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.history: list[str] = []
        self._position = 0
        self._draft = ""

    def load(self, entries: Iterable[str]) -> None:
        """Start from entries kept by an earlier run, oldest first.

        Args:
            entries: earlier entries.
        """
        self.history = []
        for entry in entries:
            self.remember(entry)

    def remember(self, entry: str) -> None:
        """Add an entry to the history (repeats of the last entry are kept once).

        Args:
            entry: the submitted text.
        """
        if entry and (not self.history or self.history[-1] != entry):
            self.history.append(entry)
        self._position = len(self.history)
        self._draft = ""

    def action_history_back(self) -> None:
        if not self.history or self._position == 0:
            return
        if self._position == len(self.history):
            self._draft = self.value
        self._position -= 1
        self.value = self.history[self._position]
        self.cursor_position = len(self.value)

    def action_history_forward(self) -> None:
        if self._position >= len(self.history):
            return
        self._position += 1
        self.value = self._draft if self._position == len(self.history) else self.history[self._position]
        self.cursor_position = len(self.value)
