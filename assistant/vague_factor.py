"""A factor said in words between two fields (执行数比预算数大了好多倍, "many times its budget"): at least twice."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _rows() -> list[tuple[str, re.Pattern, str]]:
    """The rows of assistant/data/vague_factors.tsv: (language, pattern, what it is written as)."""
    return [(cells[0], re.compile(cells[1], re.I), cells[2])
            for _, cells in data_files.rows("vague_factors.tsv", 3, "'zh|en<TAB>pattern<TAB>written'",
                                            lambda cells: cells[0] in ("zh", "en"))]


def factors_said(question: str) -> str:
    """The question with a factor said in words written as "at least twice", which the readers take as a ratio.

    Args:
        question: the question.

    Returns:
        e.g. "有个项目执行数是预算数的两倍以上，是哪个？" for "有个项目执行数比预算数高出好多倍，是哪个？".
    """
    for _, pattern, written in _rows():
        question = pattern.sub(lambda found: written.format(**found.groupdict()), question)
    return question
