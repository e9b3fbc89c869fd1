"""Turning a rectangular grid of cell texts with merged ranges into a Table of Rows."""

from __future__ import annotations

from dataclasses import dataclass

from store.readers.base import Row, Table


@dataclass(frozen=True)
class MergedRange:
    """A block of merged cells, 0-based and inclusive on both ends."""

    top: int
    left: int
    bottom: int
    right: int


def resolve_merges(grid: list[list[str]], merges: list[MergedRange]) -> None:
    """Give every merged block the shape the text rendering of a form has, in place.

    The block's text stays in its top-left cell and every other cell of the block is empty. A
    title spanning nine columns must not become nine title cells, or every later cell of that row
    would shift. Down the rows the text is not repeated either: text renderings and PDFs can only
    show a 一级指标 label merged over three rows as the label then blanks, and the parser carries
    labels down from blanks. Repeating would also put section labels such as 项目资金(万元) or
    年度总体目标 on every data row they flank, where they read as headers.

    Args:
        grid: rows of cell texts.
        merges: the merged blocks of this grid.
    """
    for block in merges:
        for r in range(block.top, min(block.bottom, len(grid) - 1) + 1):
            row = grid[r]
            for c in range(block.left, min(block.right, len(row) - 1) + 1):
                if (r, c) != (block.top, block.left):
                    row[c] = ""


def to_table(name: str | None, grid: list[list[str]], first_line: int = 1) -> Table:
    """Build a Table from a grid, dropping trailing empty rows and columns.

    Formatting in a spreadsheet often stretches its used range far beyond the form; those
    empty margins carry nothing, while interior empty rows are kept because they separate forms.

    Args:
        name: the table name (a sheet title).
        grid: rows of cell texts; rows may differ in length.
        first_line: the line number of the grid's first row.

    Returns:
        The table, its rows numbered from `first_line`.
    """
    last_row = max((i for i, row in enumerate(grid) if any(row)), default=-1)
    width = max(
        (max((j for j, cell in enumerate(row) if cell), default=-1) + 1 for row in grid[: last_row + 1]),
        default=0,
    )
    rows = []
    for i, row in enumerate(grid[: last_row + 1]):
        cells = list(row[:width]) + [""] * (width - len(row))
        rows.append(Row(tuple(cells), first_line + i))
    return Table(name, rows)
