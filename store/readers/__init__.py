"""Format readers: every supported file becomes tables of rows for the one form parser."""

from __future__ import annotations

from pathlib import Path

from store.readers.base import Row, Table, UnreadableFile

SUPPORTED_SUFFIXES = (".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".docx", ".pdf")


def read_tables(path: str | Path) -> list[Table]:
    """Read a file of any supported format into tables of rows.

    Args:
        path: the file.

    Returns:
        Its tables.

    Raises:
        UnreadableFile: for an unsupported, corrupt or scanned file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".txt", ".tsv", ""):
        from store.readers.text import read_text

        return read_text(path)
    if suffix in (".xlsx", ".xlsm"):
        from store.readers.xlsx import read_xlsx

        return read_xlsx(path)
    if suffix == ".xls":
        from store.readers.xls import read_xls

        return read_xls(path)
    if suffix == ".docx":
        from store.readers.docx import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        from store.readers.pdf import read_pdf

        return read_pdf(path)
    raise UnreadableFile(str(path), f"unsupported format {suffix}; supported: {', '.join(SUPPORTED_SUFFIXES)}")


__all__ = ["Row", "Table", "UnreadableFile", "SUPPORTED_SUFFIXES", "read_tables"]
