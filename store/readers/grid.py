"""Turning a rectangular grid of cell texts with merged ranges into a Table of Rows."""

from __future__ import annotations

from dataclasses import dataclass

from store.readers.base import Row, Table, UnreadableFile

# A sheet holding a few thousand forms has well under a million cells; a stray cell at XFD1048576
# would otherwise make a 17 KB workbook cost seventeen billion.
MAX_CELLS_PER_SHEET = 4_000_000


@dataclass(frozen=True)
class MergedRange:
    """A block of merged cells, 0-based and inclusive on both ends."""

    top: int
    left: int
    bottom: int
    right: int


def empty_grid(path: str, sheet: str, height: int, width: int,
               max_cells: int = MAX_CELLS_PER_SHEET) -> list[list[str]]:
    """An empty grid for a sheet's used range, refused when the range is larger than any sheet of forms.

    Args:
        path: the file, for the error message.
        sheet: the sheet name, for the error message.
        height: rows from the first to the last row holding a value.
        width: columns from the first to the last column holding a value.
        max_cells: the largest grid allowed.

    Returns:
        height rows of width empty strings.

    Raises:
        UnreadableFile: when height × width exceeds max_cells; the message names the sheet and its range.
    """
    if height * width > max_cells:
        raise UnreadableFile(
            path,
            f"sheet {sheet!r} has values spread over {height:,} rows × {width:,} columns, more than the "
            f"{max_cells:,} cells a sheet of forms can hold; delete the stray cells far from the forms",
        )
    return [[""] * width for _ in range(height)]


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

    Raises:
        ValueError: when the blocks overlap so much that they cover more cells than the grid has.
    """
    width = max((len(row) for row in grid), default=0)
    covered = sum(
        max(0, min(block.bottom, len(grid) - 1) - block.top + 1) * max(0, min(block.right, width - 1) - block.left + 1)
        for block in merges
    )
    if covered > len(grid) * width:
        raise ValueError(f"merged ranges overlap: they cover {covered:,} cells of a {len(grid):,}-row grid")
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
