"""Reader for legacy Excel 97-2003 workbooks (.xls): one Table per sheet, cells as displayed."""

from __future__ import annotations

from pathlib import Path

from store.readers.base import Table, UnreadableFile
from store.readers.cells import clean_cell
from store.readers.grid import MergedRange, empty_grid, resolve_merges, to_table
from store.readers.numfmt import format_datetime, format_number


def read_xls(path: str | Path) -> list[Table]:
    """Read every sheet of a legacy workbook into a table whose row lines are sheet row numbers.

    Formula cells carry the result Excel saved with the file; formulas are never evaluated.

    Args:
        path: the workbook to read.

    Returns:
        One table per sheet, named by its sheet name, in workbook order.

    Raises:
        UnreadableFile: when the file is not a readable BIFF workbook.
    """
    import xlrd

    try:
        # formatting_info=True is what makes xlrd report merged cells and number formats.
        # ragged_rows=True keeps each row as long as its last stored cell, not the widest row.
        book = xlrd.open_workbook(str(path), formatting_info=True, ragged_rows=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct.error... on bad input
        raise UnreadableFile(str(path), f"not a readable .xls workbook ({type(error).__name__}: {error})") from error
    try:
        return [_read_sheet(str(path), book, book.sheet_by_index(i)) for i in range(book.nsheets)]
    finally:
        book.release_resources()


def _cell_text(book, sheet, row: int, col: int) -> str:
    """Render one xlrd cell as displayed text."""
    import xlrd

    kind = sheet.cell_type(row, col)
    value = sheet.cell_value(row, col)
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_TEXT:
        return clean_cell(value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERROR")
    if kind == xlrd.XL_CELL_DATE:
        try:
            return format_datetime(xlrd.xldate_as_datetime(value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            pass  # an out-of-range serial: show the number rather than lose the cell
    xf = book.xf_list[sheet.cell_xf_index(row, col)]
    number_format = book.format_map.get(xf.format_key)
    return format_number(value, number_format.format_str if number_format else None)


def _read_sheet(path: str, book, sheet) -> Table:
    """Turn one sheet into a table, its grid as large as the cells that hold something."""
    cells = [
        (r, c, text)
        for r in range(sheet.nrows)
        for c in range(sheet.row_len(r))
        if (text := _cell_text(book, sheet, r, c))
    ]
    height = max((r + 1 for r, _, _ in cells), default=0)
    width = max((c + 1 for _, c, _ in cells), default=0)
    grid = empty_grid(path, sheet.name, height, width)
    for r, c, text in cells:
        grid[r][c] = text
    # xlrd gives (row_lo, row_hi, col_lo, col_hi) with exclusive upper bounds.
    merges = [MergedRange(rlo, clo, rhi - 1, chi - 1) for rlo, rhi, clo, chi in sheet.merged_cells]
    resolve_merges(grid, merges)
    return to_table(sheet.name, grid)
