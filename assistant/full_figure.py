"""Full marks said as filled up to a figure (预算执行没拿满10分): the full marks; "the full 10" is full_marks.py's."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    """(pattern, words it is written as) from assistant/data/full_figure.tsv, in file order.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return [(re.compile(cells[1], re.IGNORECASE), cells[2]) for _, cells in data_files.rows(
        "full_figure.tsv", 3, "'en|zh<TAB>pattern<TAB>written as'", lambda cells: cells[0] in ("en", "zh") and bool(cells[2]))]


def as_full_marks(text: str) -> str:
    """The text with each full-marks figure written as the words for full marks, which every reader places on the
    score named beside them (full marks for budget execution: the budget score equal to its weight).

    Args:
        text: the question.

    Returns:
        e.g. "which projects didn't get full marks for budget execution" for "… didn't get the full 10 for …".
    """
    for pattern, written in _patterns():
        text = pattern.sub(written, text)
    return text
