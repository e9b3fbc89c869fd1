"""The results table: one row per form, sortable by any column, keyboard-navigable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from store.models import Form
from tui.text import clip_middle, literal, short_name

def flags_cell(form: Form) -> Text:
    """Errors, warnings and notes of a form, e.g. "1E 1W 2i", coloured by severity."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in form.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    cell = Text()
    for severity, suffix, style in (("error", "E", "bold red"), ("warning", "W", "yellow"), ("info", "i", "dim")):
        if counts[severity]:
            cell.append(f"{' ' if cell else ''}{counts[severity]}{suffix}", style=style)
    return cell


def _flag_rank(form: Form) -> tuple[int, int, int]:
    return (form.error_count, form.warning_count, len(form.findings))


@dataclass(frozen=True)
class Column:
    """A results column: what it shows, how wide, and the value it sorts by."""

    key: str
    label: str
    width: int
    justify: str
    cell: Callable[[Form], Text]
    sort_value: Callable[[Form], object]


COLUMNS: tuple[Column, ...] = (
    Column("project", "project", 0, "left", lambda f: literal(f.project_name), lambda f: f.project_name),
    Column("year", "year", 4, "right", lambda f: literal(f.year), lambda f: f.year),
    Column("budget", "budget", 8, "right", lambda f: literal(f.annual_budget_printed), lambda f: f.annual_budget_wan),
    Column("executed", "executed", 8, "right", lambda f: literal(f.executed_printed), lambda f: f.executed_wan),
    Column("rate", "rate %", 6, "right", lambda f: literal(f.execution_rate_printed), lambda f: f.execution_rate),
    Column("total", "total", 6, "right", lambda f: literal(f.total_score_printed), lambda f: f.total_score),
    Column("grade", "grade", 5, "center", lambda f: literal(f.grade), lambda f: f.grade),
    Column("flags", "flags", 7, "left", flags_cell, _flag_rank),
    Column("unit", "unit", 18, "left", lambda f: literal(short_name(f.implementing_unit)),
           lambda f: f.implementing_unit),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)
_BY_KEY = {column.key: column for column in COLUMNS}
_PROJECT_WIDTH = (14, 44)
# A query column is as wide as its widest value up to this; longer values are cut in the middle in the table and
# shown whole under it for the highlighted row.
QUERY_COLUMN_MAX = 40


def sorted_forms(forms: Sequence[Form], column_key: str | None, descending: bool) -> list[Form]:
    """Forms ordered by a column; forms missing the value go last in either direction.

    Args:
        forms: the forms in their base order.
        column_key: a key of COLUMNS, or None to keep the base order.
        descending: largest first.

    Returns:
        A new list.
    """
    if column_key is None:
        return list(forms)
    value_of = _BY_KEY[column_key].sort_value
    present = [form for form in forms if value_of(form) not in (None, "")]
    missing = [form for form in forms if value_of(form) in (None, "")]
    return sorted(present, key=value_of, reverse=descending) + missing


class ResultsTable(DataTable):
    """Forms of the current search, answer or listing; Enter opens one, a header click sorts."""

    BINDINGS = [
        Binding("s", "cycle_sort", "Sort", tooltip="Sort by the next column"),
        Binding("r", "reverse_sort", "Reverse", show=False),
        Binding("o", "original_order", "Original order", show=False),
    ]

    class SortChanged(Message):
        """The sort column or direction changed."""

        def __init__(self, column_key: str | None, descending: bool) -> None:
            super().__init__()
            self.column_key = column_key
            self.descending = descending

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True, fixed_columns=1)
        self.forms: list[Form] = []
        self.shown: list[Form] = []
        self.sort_key: str | None = None
        self.sort_descending = False
        self._project_width = _PROJECT_WIDTH[0]
        # A query's result shown instead of forms: column names, rows, and the form of each row when it names one.
        self.query_columns: list[str] | None = None
        self.query_rows: list[tuple] = []
        self.row_forms: list[Form | None] = []

    def on_mount(self) -> None:
        self._build_columns()

    def _label(self, column: Column) -> Text:
        if column.key != self.sort_key:
            return Text(column.label, style="bold")
        return Text(column.label + (" ▼" if self.sort_descending else " ▲"), style="bold underline")

    def _build_columns(self) -> None:
        self.clear(columns=True)
        if self.query_columns is not None:
            # Widths are set here, not left to the table's sizing after new rows, so every render is the same.
            for index, width in enumerate(self.query_widths()):
                name = self.query_columns[index]
                label = Text(name, style="bold underline" if self.sort_key == f"c{index}" else "bold")
                self.add_column(label, width=width, key=f"c{index}")
            return
        for column in COLUMNS:
            width = self._project_width if column.key == "project" else column.width
            self.add_column(self._label(column), width=width, key=column.key)

    def _fit_project_width(self) -> int:
        others = sum(column.width + 2 * self.cell_padding for column in COLUMNS if column.key != "project")
        unit = _BY_KEY["unit"].width + 2 * self.cell_padding
        # The scrollbar takes two cells; when even the narrowest project column leaves no room for the unit,
        # the unit scrolls off to the right instead (80 columns).
        available = self.size.width - 2 - others - 2 * self.cell_padding
        if available < _PROJECT_WIDTH[0]:
            available += unit
        return max(_PROJECT_WIDTH[0], min(_PROJECT_WIDTH[1], available))

    def on_resize(self) -> None:
        width = self._fit_project_width()
        if width != self._project_width:
            self._project_width = width
            self._refill()

    @property
    def current_form(self) -> Form | None:
        """The form under the cursor, if any."""
        if self.query_columns is not None:
            shown = self._sorted_query()
            return shown[self.cursor_row][1] if 0 <= self.cursor_row < len(shown) else None
        if not self.shown or not 0 <= self.cursor_row < len(self.shown):
            return None
        return self.shown[self.cursor_row]

    def show_forms(self, forms: Sequence[Form]) -> None:
        """Replace the rows, keeping the sort and, when it is still listed, the form under the cursor.

        Args:
            forms: the forms in base order (relevance, or ingest order).
        """
        if self.query_columns is not None:
            self.query_columns, self.query_rows, self.row_forms = None, [], []
            self.sort_key = None
        self.forms = list(forms)
        self._refill()

    def show_rows(self, columns: Sequence[str], rows: Sequence[tuple], row_forms: Sequence[Form | None] = ()) -> None:
        """Show a query's result instead of forms; every value is shown literally.

        Args:
            columns: the column names.
            rows: the rows.
            row_forms: the form each row names (a form_id column), so enter opens it; empty when none do.
        """
        self.query_columns = list(columns)
        self.query_rows = list(rows)
        self.row_forms = list(row_forms) or [None] * len(self.query_rows)
        self.forms, self.shown = [], [form for form in self.row_forms if form is not None]
        self.sort_key, self.sort_descending = None, False
        self._refill()

    def query_widths(self) -> list[int]:
        """Each query column's width: its name or widest value, at most QUERY_COLUMN_MAX cells."""
        widths = [cell_len(name) for name in self.query_columns or []]
        for row in self.query_rows:
            for index, value in enumerate(row):
                widths[index] = max(widths[index], cell_len(literal(value).plain))
        return [min(width, QUERY_COLUMN_MAX) for width in widths]

    @property
    def current_row(self) -> tuple | None:
        """The query row under the cursor, if a query's result is shown."""
        if self.query_columns is None:
            return None
        shown = self._sorted_query()
        return shown[self.cursor_row][0] if 0 <= self.cursor_row < len(shown) else None

    def _sorted_query(self) -> list[tuple[tuple, Form | None]]:
        pairs = list(zip(self.query_rows, self.row_forms))
        if self.sort_key is None:
            return pairs
        index = int(self.sort_key[1:])
        present = [pair for pair in pairs if pair[0][index] is not None]
        missing = [pair for pair in pairs if pair[0][index] is None]
        # Numbers before text, so a column mixing both still sorts.
        key = lambda pair: (isinstance(pair[0][index], str), pair[0][index])  # noqa: E731
        return sorted(present, key=key, reverse=self.sort_descending) + missing

    def _refill(self) -> None:
        if self.query_columns is not None:
            self._build_columns()
            widths = self.query_widths()
            for row, _form in self._sorted_query():
                self.add_row(*(Text(clip_middle(literal(value).plain, width)) for value, width in zip(row, widths)))
            return
        keep = self.current_form.id if self.current_form else None
        self.shown = sorted_forms(self.forms, self.sort_key, self.sort_descending)
        self._build_columns()
        for form in self.shown:
            cells = []
            for column in COLUMNS:
                cell = column.cell(form)
                if column.key in ("project", "unit"):
                    width = self._project_width if column.key == "project" else column.width
                    cell = Text(clip_middle(cell.plain, width), style=cell.style)
                cells.append(cell)
            self.add_row(*cells, key=str(form.id))
        ids = [form.id for form in self.shown]
        if keep in ids:
            self.move_cursor(row=ids.index(keep), animate=False)

    def sort_by(self, column_key: str | None, descending: bool | None = None) -> None:
        """Sort by a column; choosing the sorted column again flips its direction.

        Args:
            column_key: a column key, or None for the base order.
            descending: force a direction; None flips on a repeat and starts ascending otherwise.
        """
        if descending is None:
            descending = not self.sort_descending if column_key == self.sort_key else False
        self.sort_key, self.sort_descending = column_key, descending
        self._refill()
        self.post_message(self.SortChanged(column_key, descending))

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.sort_by(str(event.column_key.value))

    def action_cycle_sort(self) -> None:
        """Sort by the next column (after the last, back to the original order)."""
        keys = COLUMN_KEYS if self.query_columns is None else tuple(f"c{i}" for i in range(len(self.query_columns)))
        if self.sort_key is None:
            self.sort_by(keys[0], False)
            return
        index = keys.index(self.sort_key) + 1
        self.sort_by(keys[index] if index < len(keys) else None, False)

    def action_reverse_sort(self) -> None:
        """Flip the sort direction."""
        if self.sort_key is not None:
            self.sort_by(self.sort_key, not self.sort_descending)

    def action_original_order(self) -> None:
        """Back to relevance or ingest order."""
        self.sort_by(None, False)
