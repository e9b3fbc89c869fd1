"""A figure compared with 比…还高 / 定得比…低 / set higher than: the bound it says (高于 / 低于 the figure, above / below)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _rows() -> list[tuple[re.Pattern, str]]:
    """The rows of assistant/data/comparative_than.tsv: (pattern, replacement)."""
    return [(re.compile(cells[1], re.I), cells[2]) for _, cells in data_files.rows(
        "comparative_than.tsv", 3, "'zh|en<TAB>pattern<TAB>replacement'", lambda cells: cells[0] in ("zh", "en"))]


def bound_said(question: str) -> str:
    """The question with a comparison against a figure written as its bound.

    Args:
        question: the question.

    Returns:
        有没有哪张表的满意度目标定得比90%还高的？ → 有没有哪张表的满意度目标高于90%的？; unchanged when none is said.
    """
    for pattern, replacement in _rows():
        question = pattern.sub(replacement, question)
    return question
