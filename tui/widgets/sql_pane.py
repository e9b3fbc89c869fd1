"""The SQL pane: an editor for one read-only SELECT over the views, with its error shown underneath."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, TextArea

EXAMPLE = "SELECT implementing_unit, count(*) AS forms\nFROM forms\nGROUP BY implementing_unit"


class SqlEditor(TextArea):
    """A SQL text area; ctrl+j (ctrl+enter in most terminals) or F5 runs it."""

    BINDINGS = [Binding("ctrl+j,ctrl+enter,f5", "run", "Run SQL", priority=True)]

    def action_run(self) -> None:
        self.parent.post_message(SqlPane.Run(self.text))


class SqlPane(Vertical):
    """The editor and its message line; the app runs the SQL through the store and fills the results table."""

    class Run(Message):
        """The user asked to run this SQL."""

        def __init__(self, sql: str) -> None:
            super().__init__()
            self.sql = sql

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "sql · read-only SELECT over forms, fund_lines, indicators, findings"
        self.border_subtitle = "ctrl+j run · g chart"

    def compose(self) -> ComposeResult:
        yield SqlEditor(EXAMPLE, id="sql-editor", soft_wrap=True, show_line_numbers=False, tab_behavior="indent")
        yield Static("", id="sql-message", markup=False)

    @property
    def editor(self) -> SqlEditor:
        """The text area."""
        return self.query_one("#sql-editor", SqlEditor)

    @property
    def message(self) -> str:
        """What the message line says, as plain text."""
        content = self.query_one("#sql-message", Static).content
        return content.plain if isinstance(content, Text) else str(content)

    def set_sql(self, sql: str) -> None:
        """Replace the editor's text.

        Args:
            sql: the new text.
        """
        self.editor.load_text(sql)

    def show_error(self, message: str) -> None:
        """Show why the SQL was refused or failed.

        Args:
            message: the error, shown literally.
        """
        self.query_one("#sql-message", Static).update(Text(message, style="bold red"))

    def show_done(self, message: str) -> None:
        """Say how the last run went.

        Args:
            message: e.g. "3 rows".
        """
        self.query_one("#sql-message", Static).update(Text(message, style="green"))
