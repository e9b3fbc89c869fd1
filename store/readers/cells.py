"""Cell text normalisation shared by the binary-format readers: one line of text per cell."""

from __future__ import annotations

import re
import unicodedata

# Excel stores Alt+Enter as \n, legacy .xls sometimes as \r or \x0b; Word and PDFs give \n.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\u2028\u2029]")


def _is_wide(char: str) -> bool:
    """True for CJK ideographs and full-width punctuation, which are written without spaces."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def join_lines(lines: list[str]) -> str:
    """Join the visual lines of one cell back into one line of text.

    A break between two CJK characters was only a wrap, so it disappears; a break between
    Latin words or numbers stands for a space.

    Args:
        lines: the cell's lines, in order.

    Returns:
        The lines joined, with each line stripped and empty lines dropped.
    """
    text = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if text and not (_is_wide(text[-1]) or _is_wide(line[0])):
            text += " "
        text += line
    return text


def clean_cell(text: str | None) -> str:
    """Normalise one cell's text the way the text reader sees cells: stripped, on one line.

    Args:
        text: the raw cell text from a spreadsheet, document or PDF; None for an empty cell.

    Returns:
        The text on a single line, surrounding whitespace removed.
    """
    if not text:
        return ""
    return join_lines(_LINE_BREAKS.split(text))
