"""Reader for Word documents (.docx): the body as one Table, paragraphs and table rows in order."""

from __future__ import annotations

from pathlib import Path

from store.readers.base import Row, Table, UnreadableFile
from store.readers.cells import clean_cell


def read_docx(path: str | Path) -> list[Table]:
    """Read a document body into one table, numbering its rows in body order.

    A form's title and year usually sit in paragraphs above its table, so paragraphs become
    single-cell rows where they stand; the parser then sees title, year and table in the order a
    reader does. Empty paragraphs become empty rows, like blank lines of a text file.

    Args:
        path: the document to read.

    Returns:
        A single table named "body".

    Raises:
        UnreadableFile: when the file is not a readable .docx (corrupt, encrypted, legacy .doc).
    """
    import docx
    from docx.table import Table as DocxTable

    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises PackageNotFoundError, BadZipFile, KeyError...
        raise UnreadableFile(str(path), f"not a readable Word .docx document ({type(error).__name__}: {error})") from error
    texts: list[list[str]] = []
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            texts.extend(_table_rows(block))
        else:
            texts.append([clean_cell(block.text)])
    return [Table("body", [Row(tuple(cells), line) for line, cells in enumerate(texts, start=1)])]


def _table_rows(table) -> list[list[str]]:
    """Cell texts of each row of a Word table, merged cells shaped like the text rendering.

    python-docx hands back the same cell once per grid column it spans (horizontal merge) and
    the top cell of a vertical merge on every row it covers. Its text is kept where the cell is
    first met and blanked elsewhere, so columns do not shift and labels are not repeated (see
    grid.resolve_merges for why).
    """
    rows = []
    # _tc (the <w:tc> element) is the only identity python-docx offers for a merged cell. The
    # elements are kept referenced: lxml recycles a freed proxy's id for another element.
    seen: dict[int, object] = {}
    for row in table.rows:
        cells = [""] * row.grid_cols_before
        for cell in row.cells:
            first = id(cell._tc) not in seen
            seen[id(cell._tc)] = cell._tc
            cells.append(clean_cell(cell.text) if first else "")
        cells.extend([""] * row.grid_cols_after)
        rows.append(cells)
    return rows
