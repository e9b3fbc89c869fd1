"""Format dispatch: any supported file in, the tables of rows the one form parser reads out."""

from __future__ import annotations

import importlib
from pathlib import Path

from store.readers.base import Row, Table, UnreadableFile

# Suffix → reader name; readers are imported only when a file of that kind shows up, because
# openpyxl, python-docx and pdfplumber together add a noticeable delay to start-up.
_READERS = {
    ".txt": "text",
    ".tsv": "text",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".docx": "docx",
    ".pdf": "pdf",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)
# A file named without a suffix is tried as text (the text reader refuses binary content), but
# directory walks only pick up the suffixes above.
_READERS[""] = "text"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["Row", "SUPPORTED_SUFFIXES", "Table", "UnreadableFile", "read_tables"]


def _sniff(path: Path, suffix: str) -> str:
    """Choose the reader from the suffix, correcting the cases where the content says otherwise.

    Government sites often publish files whose name lies about their content: an .xlsx saved
    with an .xls name, or an HTML table saved as .xls.
    """
    reader = _READERS[suffix]
    with path.open("rb") as handle:
        head = handle.read(512)
    if reader == "xls" and head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if reader == "xls" and head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<", b"mime-version")):
        raise UnreadableFile(str(path), "an HTML/MHT web page saved with an .xls name; open it in Excel and save as .xlsx")
    if reader in ("xlsx", "docx") and head.startswith(_OLE_MAGIC):
        kind = "workbook" if reader == "xlsx" else "document"
        raise UnreadableFile(
            str(path),
            f"an OLE2 file, not a {suffix} zip: a password-protected {kind} or a legacy Office file renamed; "
            "remove the password or save it again in the right format",
        )
    if reader == "pdf" and b"%PDF" not in head[:1024]:
        raise UnreadableFile(str(path), "not a PDF (no %PDF header)")
    return reader


def read_tables(path: str | Path) -> list[Table]:
    """Read any supported file into the tables the form parser consumes.

    Args:
        path: a .txt/.tsv text rendering, an .xlsx/.xlsm/.xls workbook, a .docx document or a PDF.

    Returns:
        The file's tables: one for a text file, document or PDF, one per sheet for a workbook.

    Raises:
        UnreadableFile: for a missing file, an unsupported format, or content that cannot be read
            (corrupt, encrypted, scanned); the message names the file and the reason.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise UnreadableFile(
            str(path), f"unsupported format {suffix}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if not path.is_file():
        raise UnreadableFile(str(path), "no such file" if not path.exists() else "not a regular file")
    try:
        reader = _sniff(path, suffix)
    except OSError as error:
        raise UnreadableFile(str(path), f"cannot open ({error.strerror or error})") from error
    module = importlib.import_module(f"store.readers.{reader}")
    try:
        return getattr(module, f"read_{reader}")(path)
    except UnreadableFile:
        raise
    except Exception as error:  # MemoryError and RecursionError included
        # Each library fails in its own ways on damaged files (struct.error, KeyError, zlib.error,
        # decimal errors...); whatever it raises, the user gets the file name and the reason.
        raise UnreadableFile(str(path), f"damaged or unsupported content ({type(error).__name__}: {error})") from error
