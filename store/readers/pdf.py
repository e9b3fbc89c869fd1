"""Reader for PDFs with a text layer: table rows and the text lines around them, in page order."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from store.readers.base import Row, Table, UnreadableFile
from store.readers.cells import clean_cell

# Share of characters without a Unicode mapping above which the text layer is useless.
_MAX_UNMAPPED_SHARE = 0.5
# Ruling lines of one column drawn on different pages differ by rounding only.
_SNAP = 2.0


@dataclass
class _TableRow:
    """One row of a ruled table: its cells as (left edge, text), and where the table is."""

    page: int
    table: int  # index of the table on its page
    last_on_page: bool  # whether the table is the page's last one
    extent: tuple[int, int]  # left and right edge of the table
    cells: list[tuple[float, str]]
    group: int = 0  # tables continuing one another across pages share a group


def read_pdf(path: str | Path) -> list[Table]:
    """Read a PDF into one table: ruled tables as rows of cells, other text lines as one-cell rows.

    A form often continues on the next page, so all pages go into one table and rows are
    numbered through the document. Cells spanned by a merged cell are empty, as in the text
    rendering; wrapped lines inside a cell are joined. Tables are found from their ruling lines,
    so a table drawn without lines comes out as plain text lines.

    Args:
        path: the PDF to read.

    Returns:
        A single table named "document".

    Raises:
        UnreadableFile: when the file is not a readable PDF, is encrypted, or has no usable text
            layer (a scan that needs OCR first).
    """
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as error:  # pdfplumber wraps pdfminer's PDFSyntaxError, PDFPasswordIncorrect...
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if "Password" in type(cause).__name__:
            raise UnreadableFile(str(path), "encrypted PDF (needs a password to open)") from error
        raise UnreadableFile(str(path), f"not a readable PDF ({type(cause).__name__}: {cause})") from error
    items: list[str | _TableRow] = []
    chars = unmapped = 0
    try:
        for number, page in enumerate(pdf.pages):
            chars += len(page.chars)
            unmapped += sum(1 for char in page.chars if char["text"].startswith("(cid:"))
            items.extend(_page_items(page, number))
    except Exception as error:  # a damaged page stream surfaces only when the page is read
        raise UnreadableFile(str(path), f"damaged PDF ({type(error).__name__}: {error})") from error
    finally:
        # Closing a damaged PDF can raise too; that must not replace the error that says why.
        with contextlib.suppress(Exception):
            pdf.close()
    if chars == 0:
        raise UnreadableFile(str(path), "scanned PDF without a text layer; run OCR first")
    if unmapped > chars * _MAX_UNMAPPED_SHARE:
        raise UnreadableFile(str(path), "PDF text layer has no Unicode mapping (fonts without ToUnicode); run OCR first")
    columns = _columns(items)
    rows = []
    for line, item in enumerate(items, start=1):
        if isinstance(item, str):
            rows.append(Row((item,), line))
            continue
        edges = columns[item.group]
        cells = [""] * len(edges)
        for left, text in item.cells:
            cells[_column_of(edges, left)] = text
        rows.append(Row(tuple(cells), line))
    return [Table("document", rows)]


def _page_items(page, number: int) -> list[str | _TableRow]:
    """One page top to bottom: each table row, and each text line outside the tables."""
    if not page.chars:
        return []
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    placed: list[tuple[float, int, str | _TableRow]] = []
    for index, table in enumerate(tables):
        extent = (round(table.bbox[0]), round(table.bbox[2]))
        for row, texts in zip(table.rows, table.extract()):
            # pdfplumber gives None for a grid position covered by a merged cell: we keep only the
            # real cells and their left edges, and place them on a column grid later.
            cells = [(box[0], clean_cell(text)) for box, text in zip(row.cells, texts) if box is not None]
            last = index == len(tables) - 1
            placed.append((row.bbox[1], len(placed), _TableRow(number, index, last, extent, cells)))

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    for line in page.filter(outside_tables).extract_text_lines():
        text = clean_cell(line["text"])
        if text:
            placed.append((line["top"], len(placed), text))
    placed.sort(key=lambda item: (item[0], item[1]))
    return [item for _, _, item in placed]


def _columns(items: list[str | _TableRow]) -> dict[int, list[float]]:
    """Group table parts that continue one another across pages and give each group one grid.

    pdfplumber only knows the columns that some cell of a table starts at; the part of a form
    that continues on the next page lacks the columns only its first part uses, so its cells
    would shift left under the header. A table that is the first on its page and as wide as the
    last table of the previous page continues it (running headers and footers in between are
    ignored); the group's grid has a column wherever any of its cells starts.

    Returns:
        Column left edges by group, and each table row's `group` set.
    """
    lefts: dict[int, list[float]] = {}
    group, previous = -1, None
    for item in items:
        if not isinstance(item, _TableRow):
            continue
        if previous is None or (item.page, item.table) != (previous.page, previous.table):
            continues = (
                previous is not None
                and item.table == 0
                and item.page == previous.page + 1
                and previous.last_on_page
                and item.extent == previous.extent
            )
            group += 0 if continues else 1
        item.group = group
        previous = item
        lefts.setdefault(group, []).extend(left for left, _ in item.cells)
    columns = {}
    for key, values in lefts.items():
        edges: list[float] = []
        for value in sorted(values):
            if not edges or value - edges[-1] > _SNAP:
                edges.append(value)
        columns[key] = edges
    return columns


def _column_of(edges: list[float], left: float) -> int:
    """Index of the column whose left edge is nearest `left`."""
    return min(range(len(edges)), key=lambda index: abs(edges[index] - left))
