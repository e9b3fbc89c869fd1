"""Reader for text renderings of forms: tab-separated rows, any common Chinese encoding."""

from __future__ import annotations

from pathlib import Path

from store.readers.base import Row, Table, UnreadableFile

# Tried in order; GB18030 is a superset of GBK and GB2312, the encodings government files use.
_ENCODINGS = ("utf-8-sig", "gb18030")


def decode(data: bytes, path: str) -> str:
    """Decode bytes of a text file without being told the encoding.

    Args:
        data: the raw file content.
        path: the file name, for error messages.

    Returns:
        The text.

    Raises:
        UnreadableFile: when the content is binary or in no encoding we can recognise.
    """
    if b"\x00" in data[:8192]:
        raise UnreadableFile(path, "binary file (contains NUL bytes), not a text rendering of a form")
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile(path, "cannot determine the text encoding")
    return str(best)


def read_text(path: str | Path) -> list[Table]:
    """Read a tab-separated text rendering into one table whose row lines are the file's lines.

    Args:
        path: the file to read.

    Returns:
        A single table holding every line of the file.
    """
    text = decode(Path(path).read_bytes(), str(path))
    rows = [
        Row(tuple(cell.strip() for cell in line.split("\t")), number)
        for number, line in enumerate(text.splitlines(), start=1)
    ]
    return [Table(None, rows)]
