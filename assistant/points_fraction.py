"""A share of the form's 100 points said as a fraction (more than half of the total points, 满分的四分之一): that many points."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.data_files import rows

# Every form is scored out of this many points.
_FULL = 100.0
# A share said in percent (40% of the total points, 总分的40%).
_PERCENT = r"\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)"


@lru_cache(maxsize=1)
def _words() -> dict:
    """(lang, kind) → {word: share in percent, or None for a whole's word} of data/points_fractions.tsv."""
    said: dict = {}
    for _, (lang, kind, words) in rows("points_fractions.tsv", 3, "lang<TAB>kind<TAB>words"):
        for word in filter(None, words.split("|")):
            name, _, share = word.partition("=")
            said.setdefault((lang, kind), {})[name] = float(share) if share else None
    return said


def _alternation(words) -> str:
    """The words as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _share(said: str, fractions: dict) -> float | None:
    """The share in percent a fraction or a percentage says."""
    if said in fractions:
        return fractions[said]
    found = re.match(r"\d+(?:\.\d+)?", said)
    return float(found.group(0)) if found else None


def _points(share: float | None) -> str:
    """The points a share of the full score is, as the readers read a figure of points."""
    return f"{_FULL * share / 100:g} points in total" if share is not None else ""  # a share of the whole: a block's sum


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The English and Chinese patterns of a fraction of the points."""
    words = _words()
    en_fraction, en_whole = _alternation(words[("en", "fraction")]), _alternation(words[("en", "whole")])
    zh_fraction, zh_whole = _alternation(words[("zh", "fraction")]), _alternation(words[("zh", "whole")])
    english = re.compile(rf"\b(?P<share>{en_fraction}|{_PERCENT})\s+of\s+(?:the\s+|a\s+|its\s+|their\s+|all\s+(?:the\s+)?)?"
                         rf"(?:form's\s+|forms'\s+)?(?:{en_whole})\b", re.IGNORECASE)
    chinese = re.compile(rf"(?:{zh_whole})的(?P<share>{zh_fraction}|{_PERCENT})")
    return english, chinese


def points_said(question: str) -> str:
    """A fraction of the form's points (half of the total points, a quarter of the 100 points, 满分的四分之一, 总分的
    40%) written as the points it is.

    Args:
        question: the question.

    Returns:
        The question, each such fraction written as "N points in total" (N分 in Chinese): a share of the whole form
        is what a block of rows adds up to, never one row.
    """
    english, chinese = _patterns()
    words = _words()
    question = english.sub(lambda found: _points(_share(found.group("share").lower(), words[("en", "fraction")]))
                           or found.group(0), question)
    return chinese.sub(lambda found: _points(_share(found.group("share"), words[("zh", "fraction")])).replace(" points in total", "分")
                       or found.group(0), question)
