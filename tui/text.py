"""Text helpers for the terminal app: record text as literal Text, highlighting, width-aware clipping."""

from __future__ import annotations

import re
from pathlib import Path
from collections.abc import Iterable

from rich.cells import cell_len
from rich.text import Text

from store.safe_text import terminal_safe

HIGHLIGHT_STYLE = "bold reverse"
# Leading province / city / district / town names repeat on every row of a local corpus; narrow places
# show the distinctive rest (the form view shows the full name).
_DIVISIONS = re.compile(r"^(?:[^省市]{2,8}[省市])?(?:[^区县市]{2,8}[区县])?(?:[^镇乡]{2,8}[镇乡])?")
MISSING = "—"


def literal(value: object, style: str = "") -> Text:
    """Record text as a Text object, so brackets such as [bold] and control characters are shown rather than obeyed.

    Args:
        value: any value; None shows as an em dash.
        style: a style for the whole text.

    Returns:
        The text.
    """
    return Text(MISSING if value is None or value == "" else terminal_safe(value), style=style)


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


def clip_middle(value: str, width: int) -> str:
    """Cut a string to at most `width` cells by dropping its middle, so its start and its distinctive end both show.

    Args:
        value: the string, e.g. 上海市闵行区浦江镇人民政府(汇总).
        width: the cell budget.

    Returns:
        e.g. 上海市闵行区…(汇总); the string unchanged when it fits.
    """
    if cell_len(value) <= width:
        return value
    if width < 4:
        return clip(value, width)
    # Names differ most at the start (the project) and then at the end (…（平安办）, …(汇总)): two thirds to the start.
    head_budget = (width - 1) * 2 // 3
    tail_budget = width - 1 - head_budget
    head, used = [], 0
    for character in value:
        if used + cell_len(character) > head_budget:
            break
        head.append(character)
        used += cell_len(character)
    tail, used = [], 0
    for character in reversed(value[len(head):]):
        if used + cell_len(character) > tail_budget:
            break
        tail.append(character)
        used += cell_len(character)
    return "".join(head) + "…" + "".join(reversed(tail))


def short_name(name: str | None) -> str:
    """A department or unit name without its leading administrative divisions, when enough remains.

    Args:
        name: e.g. 上海市闵行区浦江镇社区党群服务中心.

    Returns:
        e.g. 社区党群服务中心; the name unchanged when stripping would leave under three characters.
    """
    if not name:
        return MISSING
    rest = _DIVISIONS.sub("", name, count=1)
    return rest if len(rest) >= 3 else name


def display_path(path: str) -> str:
    """A source path relative to the working directory when it lies below it, else as stored."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path
