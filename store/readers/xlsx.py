"""Reader for Excel workbooks (.xlsx/.xlsm): one Table per worksheet, cells as the sheet displays them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.readers.base import Table, UnreadableFile
from store.readers.cells import clean_cell
from store.readers.grid import MergedRange, resolve_merges, to_table
from store.readers.numfmt import format_datetime, format_number


def cell_text(value: object, number_format: str | None) -> str:
    """Render one openpyxl cell value as displayed text.

    Args:
        value: the (cached) cell value: str, number, bool, date/time or None.
        number_format: the cell's number format code.

    Returns:
        The text; "" for an empty cell or a formula whose result was never saved.
    """
    if value is None:
        return ""
    if isinstance(value, bool):  # before numbers: bool is an int subclass
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return format_number(value, number_format)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return format_datetime(value)
    return clean_cell(str(value))


def read_xlsx(path: str | Path) -> list[Table]:
    """Read every worksheet of a workbook into a table whose row lines are sheet row numbers.

    Formulas are never evaluated or returned: the value Excel cached when the file was saved is
    used, and a formula without one reads as an empty cell for the parser to flag.

    Args:
        path: the workbook to read.

    Returns:
        One table per worksheet, named by its sheet title, in workbook order.

    Raises:
        UnreadableFile: when the file is not a readable workbook (corrupt, encrypted, not a zip).
    """
    import openpyxl

    # A file handle rather than the path: openpyxl refuses names not ending in .xlsx, and
    # workbooks published as .xls are often really .xlsx.
    with Path(path).open("rb") as handle:
        try:
            # read_only=False because read-only mode does not expose merged ranges.
            workbook = openpyxl.load_workbook(handle, data_only=True, read_only=False)
        except Exception as error:  # openpyxl raises anything from BadZipFile to KeyError on bad input
            raise UnreadableFile(str(path), f"not a readable Excel workbook ({type(error).__name__}: {error})") from error
        try:
            return [_read_sheet(sheet) for sheet in workbook.worksheets]
        finally:
            workbook.close()


def _read_sheet(sheet) -> Table:
    """Turn one worksheet into a table."""
    # Walk the stored cells rather than iter_rows(): a sheet whose formatting reaches row 1048576
    # would otherwise materialise a million empty cells.
    cells = [cell for cell in sheet._cells.values() if cell.value is not None]
    merges = [
        MergedRange(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in sheet.merged_cells.ranges
    ]
    height = max([cell.row for cell in cells] + [m.bottom + 1 for m in merges], default=0)
    width = max([cell.column for cell in cells] + [m.right + 1 for m in merges], default=0)
    grid = [[""] * width for _ in range(height)]
    for cell in cells:
        grid[cell.row - 1][cell.column - 1] = cell_text(cell.value, cell.number_format)
    resolve_merges(grid, merges)
    return to_table(sheet.title, grid)
