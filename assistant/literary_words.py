"""Question words said in their plain form before reading: written (literary) Chinese (指标为何 → 指标是什么) and English
shorthand (w exec below half → with execution rate below half)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _rows() -> list[tuple[re.Pattern, str]]:
    """The rows of assistant/data/literary_words.tsv: (pattern, replacement)."""
    return [(re.compile(cells[0]), cells[1]) for _, cells in data_files.rows(
        "literary_words.tsv", 2, "'pattern<TAB>replacement'")]


def plainly_said(question: str) -> str:
    """The question with its written question words and shorthand in their plain form, so 为何 closing a noun asks
    what, not why, and "w/o", "exec", "pts", "2+" are the words they stand for.

    Args:
        question: the question.

    Returns:
        The question rewritten (分值最高的三级指标为何？ → 分值最高的三级指标是什么？; # of projects w/o a grade → number of
        projects without a grade); unchanged when none is said.
    """
    for pattern, replacement in _rows():
        question = pattern.sub(replacement, question)
    return question
