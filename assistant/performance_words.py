"""How well a form did, said with no figure (best performers, the weakest projects, 表现最差的): its total score at that end."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _rows() -> tuple[re.Pattern, tuple[tuple[re.Pattern, str], ...]]:
    """The guard and the (pattern, replacement) rows of assistant/data/performance_words.tsv."""
    guards: list[str] = []
    rewrites: list[tuple[re.Pattern, str]] = []
    for _, cells in data_files.rows("performance_words.tsv", None, "'guard<TAB>pattern' or 'rewrite<TAB>pattern<TAB>words'",
                                    lambda cells: (cells[0], len(cells)) in (("guard", 2), ("rewrite", 3))):
        if cells[0] == "guard":
            guards.append(cells[1])
        else:
            rewrites.append((re.compile(cells[1]), cells[2]))
    return re.compile("|".join(guards) or r"(?!)", re.IGNORECASE), tuple(rewrites)


def performance_said(question: str) -> str:
    """The question with a performance word written as the total score it ranks by.

    Args:
        question: the question after the other plain rewrites.

    Returns:
        "Worst performers?" → "projects with the lowest total score?", 表现最好 → 总分最高; unchanged when the question
        names another measure (performed worst on execution), which the readers rank instead.
    """
    guard, rewrites = _rows()
    if guard.search(question):
        return question
    for pattern, words in rewrites:
        question = pattern.sub(words, question)
    return question
