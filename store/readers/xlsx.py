"""Reader for Excel workbooks (.xlsx/.xlsm): one Table per worksheet, cells as the sheet displays them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from store.readers.base import Table, UnreadableFile
from store.readers.cells import clean_cell
from store.readers.grid import MAX_CELLS_PER_SHEET, MergedRange, empty_grid, resolve_merges, to_table
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
    used, and a formula without one reads as an empty cell for the parser to flag. Cells are
    streamed (read-only mode) and merged ranges read from the sheet XML, so the work follows the
    values actually present, never the dimension or merge extents a file declares.

    Args:
        path: the workbook to read.

    Returns:
        One table per worksheet, named by its sheet title, in workbook order.

    Raises:
        UnreadableFile: when the file is not a readable workbook (corrupt, encrypted, not a zip) or a
            sheet's values span more cells than a sheet of forms can hold.
    """
    import openpyxl

    # A file handle rather than the path: openpyxl refuses names not ending in .xlsx, and
    # workbooks published as .xls are often really .xlsx.
    with Path(path).open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, data_only=True, read_only=True)
        except Exception as error:  # openpyxl raises anything from BadZipFile to KeyError on bad input
            raise UnreadableFile(str(path), f"not a readable Excel workbook ({type(error).__name__}: {error})") from error
        try:
            return [_read_sheet(str(path), sheet) for sheet in workbook.worksheets]
        finally:
            workbook.close()


# <mergeCell ref="A1:I1"/>, with or without a namespace prefix.
_MERGE_CELL = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3}\d{1,7}(?::[A-Za-z]{1,3}\d{1,7})?)"')
_CHUNK = 1 << 20


def _merged_ranges(sheet) -> list[MergedRange]:
    """The merged ranges of a read-only worksheet, scanned from its XML in chunks.

    Read-only mode does not expose merges, and the full mode materialises every cell a merge
    covers: A1:XFD1048576 would cost minutes and gigabytes. Only the corners are needed.
    """
    from openpyxl.utils.cell import range_boundaries

    merges: list[MergedRange] = []
    tail = b""
    with sheet._get_source() as source:  # the worksheet's XML inside the archive
        while chunk := source.read(_CHUNK):
            text = tail + chunk
            consumed = 0
            for match in _MERGE_CELL.finditer(text):
                consumed = match.end()
                try:
                    left, top, right, bottom = range_boundaries(match.group(1).decode())
                except ValueError:
                    continue
                merges.append(MergedRange(top - 1, left - 1, bottom - 1, right - 1))
            # Keep the end of the chunk: a tag may be cut in two; never a tag already matched.
            tail = text[max(consumed, len(text) - 512):]
    return merges


def _read_sheet(path: str, sheet) -> Table:
    """Turn one worksheet into a table."""
    sheet.reset_dimensions()  # the declared <dimension> may claim A1:XFD1048576; trust the cells
    cells: list[tuple[int, int, str]] = []
    seen = 0
    for row in sheet.iter_rows():
        seen += len(row)  # rows come padded up to their last cell: that padding is work too
        if seen > MAX_CELLS_PER_SHEET:
            raise UnreadableFile(path, f"sheet {sheet.title!r} holds more than {MAX_CELLS_PER_SHEET:,} cells; "
                                       "split it or delete the stray cells far from the forms")
        cells.extend((cell.row, cell.column, cell_text(cell.value, cell.number_format))
                     for cell in row if getattr(cell, "value", None) is not None)
    height = max((row for row, _, _ in cells), default=0)
    width = max((column for _, column, _ in cells), default=0)
    grid = empty_grid(path, sheet.title, height, width)
    for row, column, text in cells:
        grid[row - 1][column - 1] = text
    resolve_merges(grid, _merged_ranges(sheet))
    return to_table(sheet.title, grid)
