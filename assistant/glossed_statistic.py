"""A loose English word glossed by a statistic in brackets ("the typical (median) budget"), or a statistic written as a function
(SUM(全年执行数)): the statistic named."""

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


@lru_cache(maxsize=1)
def _call_pattern() -> re.Pattern:
    """An English statistic word of the lexicon written as a function, its bracket right after it: SUM(全年执行数)."""
    words = lexicon.load().keys("aggregate")
    named = "|".join(sorted((re.escape(w) for w, key in words.items() if key in _STATISTICS and w.isascii() and " " not in w),
                            key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?P<named>{named})[（(]\s*(?P<field>[^()（）]{{1,40}}?)\s*[)）]", re.IGNORECASE)


# What a bracket after a statistic may hold that names no field (a unit: sum(万元)).
_UNIT = re.compile(r"^(?:万元|元|%|百分比|万|yuan|10k yuan|percent)$", re.IGNORECASE)


def statistic_called(text: str) -> str:
    """SUM(全年执行数), median(执行率): a statistic written as a function of a field is that statistic of it ("sum of
    全年执行数"); a unit in the bracket (sum(万元)) stays.

    Args:
        text: the question.

    Returns:
        The question rewritten.
    """
    def said(found: re.Match) -> str:
        if _UNIT.match(found.group("field")):
            return found.group(0)
        return f"{found.group('named')} of {found.group('field')} "

    return _call_pattern().sub(said, text)
