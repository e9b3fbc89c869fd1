"""Reader for PDFs with a text layer: table rows and the text lines around them, in page order."""

from __future__ import annotations

from pathlib import Path

from store.readers.base import Row, Table, UnreadableFile
from store.readers.cells import clean_cell

# Share of characters without a Unicode mapping above which the text layer is useless.
_MAX_UNMAPPED_SHARE = 0.5


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
    except Exception as error:  # pdfminer raises PDFSyntaxError, PSEOF, PDFPasswordIncorrect...
        reason = "encrypted PDF" if "Password" in type(error).__name__ else "not a readable PDF"
        raise UnreadableFile(str(path), f"{reason} ({type(error).__name__}: {error})") from error
    texts: list[list[str]] = []
    chars = unmapped = 0
    with pdf:
        try:
            for page in pdf.pages:
                chars += len(page.chars)
                unmapped += sum(1 for char in page.chars if char["text"].startswith("(cid:"))
                texts.extend(_page_rows(page))
        except UnreadableFile:
            raise
        except Exception as error:  # a damaged page stream surfaces only when the page is read
            raise UnreadableFile(str(path), f"damaged PDF ({type(error).__name__}: {error})") from error
    if chars == 0:
        raise UnreadableFile(str(path), "scanned PDF without a text layer; run OCR first")
    if unmapped > chars * _MAX_UNMAPPED_SHARE:
        raise UnreadableFile(str(path), "PDF text layer has no Unicode mapping (fonts without ToUnicode); run OCR first")
    return [Table("document", [Row(tuple(cells), line) for line, cells in enumerate(texts, start=1)])]


def _page_rows(page) -> list[list[str]]:
    """Rows of one page, top to bottom: each table row, and each text line outside the tables."""
    if not page.chars:
        return []
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    placed: list[tuple[float, int, list[str]]] = []
    for table in tables:
        for row, cells in zip(table.rows, table.extract()):
            # None marks a grid position covered by a merged cell: empty, like the text rendering.
            placed.append((row.bbox[1], len(placed), [clean_cell(cell) for cell in cells]))

    def outside_tables(obj: dict) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    for line in page.filter(outside_tables).extract_text_lines():
        text = clean_cell(line["text"])
        if text:
            placed.append((line["top"], len(placed), [text]))
    placed.sort(key=lambda item: (item[0], item[1]))
    return [cells for _, _, cells in placed]
