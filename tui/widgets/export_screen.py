"""The export dialog: choose CSV or Markdown and a path (default in the working directory)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

EXTENSIONS = {"csv": ".csv", "md": ".md"}


@dataclass(frozen=True)
class ExportRequest:
    """What to write: the format key (csv or md) and where."""

    format: str
    path: Path


def default_path(format_key: str, directory: Path | None = None) -> Path:
    """The suggested file: jixiao-results.<ext>, relative to the working directory unless one is given.

    Args:
        format_key: csv or md.
        directory: where; None for the working directory (shown as a bare file name).

    Returns:
        The path.
    """
    name = f"jixiao-results{EXTENSIONS[format_key]}"
    return directory / name if directory else Path(name)


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Asks format and path; dismisses with an ExportRequest, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, count: int, directory: Path | None = None) -> None:
        super().__init__()
        self.count = count
        self.directory = directory

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(Text(f"Export {self.count} form(s)", style="bold"), markup=False)
            with RadioSet(id="export-format"):
                yield RadioButton("CSV", value=True, id="format-csv")
                yield RadioButton("Markdown", id="format-md")
            yield Input(str(default_path("csv", self.directory)), id="export-path")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def format_key(self) -> str:
        """csv or md, as chosen."""
        return "md" if self.query_one("#format-md", RadioButton).value else "csv"

    @on(RadioSet.Changed)
    def _follow_format(self) -> None:
        # Swap the extension only while the path still ends in one we suggested.
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix in EXTENSIONS.values():
            path_input.value = str(path.with_suffix(EXTENSIONS[self.format_key]))

    @on(Button.Pressed, "#export-ok")
    @on(Input.Submitted, "#export-path")
    def _confirm(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("give a file path", severity="warning")
            return
        self.dismiss(ExportRequest(self.format_key, Path(value).expanduser()))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
