"""The conversation pane: each question asked in the app's input, with interpretation, answer and records."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from tui.text import highlighted, literal

RECORDS_SHOWN = 5  # the rest are in the results table
TABLE_ROWS_SHOWN = 20


def answer_renderable(answer) -> RenderableType:
    """An Answer as `jixiao ask` prints it: interpretation, answer, table, records, suggestions.

    Args:
        answer: an assistant.answer.Answer.

    Returns:
        A Rich renderable; every record string goes in as literal Text.
    """
    parts: list[RenderableType] = []
    if answer.interpretation:
        parts.append(literal(answer.interpretation, "dim italic"))
    parts.append(highlighted(answer.text, answer.highlight_terms))
    generated = getattr(answer, "generated_text", None)
    if generated:
        parts.append(literal(generated, "italic"))
    # As `jixiao ask` prints it: a table only when it has more than one row to compare.
    show_table = bool(answer.columns) and answer.kind in ("aggregate", "lookup", "list", "count") and len(answer.rows) > 1
    if show_table:
        table = Table(show_edge=False, header_style="bold", pad_edge=False, box=None, padding=(0, 2, 0, 0))
        for column in answer.columns:
            table.add_column(literal(column), overflow="fold")
        for row in answer.rows[:TABLE_ROWS_SHOWN]:
            table.add_row(*(literal(cell) for cell in row))
        parts.append(table)
        if len(answer.rows) > TABLE_ROWS_SHOWN:
            parts.append(Text(f"… {len(answer.rows) - TABLE_ROWS_SHOWN} more rows", style="dim"))
    if answer.records and not show_table:
        records = Text()
        for index, record in enumerate(answer.records[:RECORDS_SHOWN], start=1):
            records.append(f"{index:>2}. ", style="dim")
            records.append_text(literal(record.project_name, "bold"))
            records.append(f" ({record.year or '?'})", style="dim")
            if record.detail:
                records.append(" — ", style="dim")
                records.append_text(highlighted(record.detail, answer.highlight_terms))
            records.append("\n")
        if len(answer.records) > RECORDS_SHOWN:
            records.append(f"    … {len(answer.records) - RECORDS_SHOWN} more in the results table\n", style="dim")
        records.rstrip()
        parts.append(records)
    if answer.suggestions:
        hint = Text("try: ", style="dim")
        for index, suggestion in enumerate(answer.suggestions):
            if index:
                hint.append(" · ", style="dim")
            hint.append_text(literal(suggestion, "italic"))
        parts.append(hint)
    return Group(*parts)


class Exchange(Static):
    """One question and, once it arrives, its answer."""

    def __init__(self, question: str) -> None:
        super().__init__(markup=False, classes="exchange")
        self.question = question
        self.answer = None
        self._body: RenderableType = Text("…", style="dim italic")

    def _question_line(self) -> Text:
        line = Text("› ", style="bold cyan")
        line.append_text(literal(self.question, "bold"))
        return line

    def on_mount(self) -> None:
        self.update(Group(self._question_line(), self._body))

    def show_answer(self, answer) -> None:
        """Replace the placeholder with the answer.

        Args:
            answer: an assistant.answer.Answer.
        """
        self.answer = answer
        self._body = answer_renderable(answer)
        self.update(Group(self._question_line(), self._body))

    def show_error(self, message: str) -> None:
        """Replace the placeholder with an error.

        Args:
            message: what went wrong, shown literally.
        """
        self._body = literal(message, "red")
        self.update(Group(self._question_line(), self._body))


class AskPane(Vertical):
    """The conversation log; questions come from the app's one input and follow-ups continue the conversation."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "answers"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="conversation"):
            yield Static(Text("enter asks: 执行率低于60%的项目有哪些? then 其中得分最高的? · ctrl+r history",
                              style="dim"), id="ask-hint", markup=False)

    @property
    def exchanges(self) -> list[Exchange]:
        """Every exchange so far, oldest first."""
        return list(self.query(Exchange))

    def start_exchange(self, question: str) -> Exchange:
        """Show a question with a placeholder for its answer.

        Args:
            question: the question as typed.

        Returns:
            The exchange, to fill in when the answer arrives.
        """
        exchange = Exchange(question)
        log = self.query_one("#conversation", VerticalScroll)
        log.mount(exchange)
        log.scroll_end(animate=False)
        return exchange

    def scroll_to_end(self) -> None:
        """Keep the newest exchange in view."""
        self.query_one("#conversation", VerticalScroll).scroll_end(animate=False)
