"""A loose English word glossed by a statistic in brackets ("the typical (median) budget"): the statistic named."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon

# The statistics a bracket may name (a count word, 几个, is no gloss of a word before it).
_STATISTICS = ("avg", "median", "sum", "min", "max")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """One English word, then a bracket holding only an English statistic word of the lexicon. (A Chinese word before
    a bracket has no edge a pattern can find: 执行率（平均） would lose the field, so Chinese is left to the readers.)"""
    words = lexicon.load().keys("aggregate")
    named = "|".join(sorted((re.escape(w) for w, key in words.items() if key in _STATISTICS and w.isascii()),
                            key=len, reverse=True))
    return re.compile(rf"\b[A-Za-z][A-Za-z-]*\s*[（(]\s*(?P<named>{named})\s*[)）]", re.IGNORECASE)


def statistic_named(text: str) -> str:
    """The text with "WORD (STATISTIC)" written as the statistic alone: the bracket says which statistic the loose
    word before it means ("the customary (mean) score" → "the mean score"). A bracket holding more than the statistic
    word stays.

    Args:
        text: the question.

    Returns:
        The question rewritten.
    """
    return _pattern().sub(lambda found: found.group("named"), text)
