"""Text helpers for the terminal app: record text as literal Text, highlighting, width-aware clipping."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.text import Text

HIGHLIGHT_STYLE = "bold reverse"
MISSING = "—"


def literal(value: object, style: str = "") -> Text:
    """Record text as a Text object, so brackets such as [bold] are shown rather than obeyed.

    Args:
        value: any value; None shows as an em dash.
        style: a style for the whole text.

    Returns:
        The text.
    """
    return Text(MISSING if value is None or value == "" else str(value), style=style)


def highlighted(value: object, terms: Iterable[str], style: str = "") -> Text:
    """Record text with every occurrence of the terms marked.

    Args:
        value: the record text.
        terms: words to mark, matched case-insensitively.
        style: base style of the text.

    Returns:
        The text with matches styled.
    """
    text = literal(value, style)
    # Longest first, so a term containing a shorter one wins the overlap.
    words = sorted({term for term in terms if term and term.strip()}, key=len, reverse=True)
    if words:
        text.highlight_words(words, HIGHLIGHT_STYLE, case_sensitive=False)
    return text


def clip(value: str, width: int) -> str:
    """Cut a string to at most `width` terminal cells, ending with … when cut; wide characters count two.

    Args:
        value: the string.
        width: the cell budget.

    Returns:
        The clipped string.
    """
    if cell_len(value) <= width:
        return value
    kept, used = [], 0
    for character in value:
        size = cell_len(character)
        if used + size > width - 1:
            break
        kept.append(character)
        used += size
    return "".join(kept) + "…"


def common_prefix(values: Sequence[str]) -> str:
    """The longest prefix every value shares (empty for fewer than two values)."""
    if len(values) < 2:
        return ""
    first, last = min(values), max(values)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]
