"""The one shape every format reader produces: tables of rows of cell texts with their positions."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


class UnreadableFile(Exception):
    """A file that cannot be read as forms at all (binary, scanned PDF, unsupported format)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class Row:
    """One table row: its cells as text (merged cells already resolved) and its 1-based line number.

    For text files `line` is the line in the file; for spreadsheets the sheet row; for documents
    and PDFs the row's position in its table.
    """

    cells: tuple[str, ...]
    line: int

    @cached_property
    def filled(self) -> tuple[tuple[int, str], ...]:
        """The non-empty cells as (column, stripped text), worked out once: the parser asks about a row many times."""
        return tuple((index, text) for index, cell in enumerate(self.cells) if (text := cell.strip()))

    @cached_property
    def memo(self) -> dict:
        """What the parser worked out about this row, kept by `store.layout.rows.once_per_row` (not part of the row)."""
        return {}


@dataclass
class Table:
    """A run of rows that may hold one or more forms: a text file, a sheet, a document table, a PDF page."""

    name: str | None
    rows: list[Row] = field(default_factory=list)

    def location(self, line: int) -> str:
        """Human-readable position of a line inside this table, for error messages."""
        return f"{self.name}:{line}" if self.name else str(line)
