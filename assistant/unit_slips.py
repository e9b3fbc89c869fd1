"""A unit slip said with the unit it should have been in ("typed in yuan instead of 10k yuan", 把元填进了万元那一栏): the slip alone."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _rows() -> list[tuple[re.Pattern, str]]:
    """The rows of assistant/data/unit_slips.tsv: (pattern, replacement)."""
    return [(re.compile(cells[1], re.I), cells[2]) for _, cells in data_files.rows(
        "unit_slips.tsv", 3, "'zh|en<TAB>pattern<TAB>replacement'", lambda cells: cells[0] in ("zh", "en"))]


def slip_said(question: str) -> str:
    """The question with a unit slip written as the slip alone, so "10k yuan" is never read as a figure of 1 万元.

    Args:
        question: the question.

    Returns:
        The question rewritten ("…typed in yuan instead of 10k yuan?" → "…typed in yuan?"); unchanged when no slip is said.
    """
    for pattern, replacement in _rows():
        question = pattern.sub(replacement, question)
    return question
