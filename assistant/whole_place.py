"""A place every stored form's department lies in (for Pujiang town, 浦江镇2023年的自评表): no condition, taken off."""

from __future__ import annotations

import re

from assistant import data_files
from assistant.pinyin_names import pattern as pinyin_pattern

# An administrative division closing a stretch of a department's name: 上海市 / 闵行区 / 浦江镇
_DIVISIONS = ("街道", "省", "市", "区", "县", "镇", "乡")
_PLACE = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:{'|'.join(_DIVISIONS)})")


def common_places(departments: list[str]) -> list[str]:
    """The places every department names (上海市闵行区浦江镇人民政府 and its (汇总) → 上海市, 闵行区, 浦江镇).

    Args:
        departments: the distinct departments of the stored forms.

    Returns:
        The places all of them hold, longest first; empty for no departments.
    """
    found = [set(_PLACE.findall(re.sub(r"[（(][^）)]*[）)]", "", d))) for d in departments if d]
    if not found or len(found) < len([d for d in departments if d]):
        return []
    return sorted(set.intersection(*found), key=len, reverse=True)


def without_whole_place(question: str, departments: list[str]) -> str:
    """The question without a place every form lies in, said in English as the scope of the forms asked ("how many
    forms do we have for Pujiang town?"), so it adds no condition. A question naming no form noun (the population
    of Pujiang town) keeps it: a fact of the place, which no form holds.

    Args:
        question: the question.
        departments: the distinct departments of the stored forms.

    Returns:
        The question; unchanged when no such place is said.
    """
    words = data_files.role_words("whole_place.tsv", ("lead", "noun", "owned", *_DIVISIONS))
    question = _without_possessive(question, departments, words)
    if not re.search(rf"\b(?:{'|'.join(map(re.escape, words[('en', 'noun')]))})\b", question, re.I):
        return question
    divisions = {end: "|".join(map(re.escape, words.get(("en", end), []))) for end in _DIVISIONS}
    lead = "|".join(map(re.escape, words[("en", "lead")]))
    for place in common_places(departments):
        ending = next((end for end in divisions if place.endswith(end)), None)
        spelled = pinyin_pattern(place[: -len(ending)] if ending else place, {})
        if spelled is None:
            continue
        said = rf"(?:{re.escape(place)}|{spelled.pattern}(?:\s+(?:{divisions.get(ending) or '(?!)'}))?)"
        question = re.sub(rf"\s*\b(?:{lead})\s+(?:the\s+)?{said}(?![a-z])", "", question, flags=re.I)
    return question


def _without_possessive(question: str, departments: list[str], words: dict) -> str:
    """The question without the possessive of a division every form lies in said before the forms or their figures
    (what share of the town's total full-year budget, how many of the township's forms): the forms' own scope."""
    ends = {end for place in common_places(departments) for end in _DIVISIONS if place.endswith(end)}
    said = "|".join(re.escape(word) for end in ends for word in words.get(("en", end), []))
    if not said:
        return question
    owned = "|".join(map(re.escape, words[("en", "owned")]))
    return re.sub(rf"\b(?:the\s+)?(?:whole\s+|entire\s+)?(?:{said})(?:'s|’s)\s+(?=(?:(?:total|combined|overall|whole|entire)\s+)?(?:{owned})\b)",
                  "", question, flags=re.I)
