"""The unit a question asks its figure in (多少分, how many points; 减了多少万): read as asked, never as a figure."""

from __future__ import annotations

import re


# Asking points: 多少分 / 几分 / how many points (not 几分之几, a fraction).
_ASKS_POINTS = re.compile(r"(?:多少|几)分(?![之值])|\bhow many (?:points|marks)\b", re.I)


def asks_points(question: str) -> bool:
    """Whether a question asks a figure in points: "预算执行一共扣了多少分", "how many points were lost"."""
    return bool(_ASKS_POINTS.search(question))


# 几个百分点 / 多少个百分点: a difference of percentages asked.
_POINTS_OF_PERCENT = re.compile(r"(?:几个|多少个?)百分点")


def without_asked_scale(text: str, by_how_much: dict[str, str]) -> str:
    """年中预算减了多少万 / 比年初多了多少万元 / 高了几个百分点: the unit after a by-how-much word is the unit the size is
    asked in (amounts are answered in 万元, rates in percent), taken off so it is no word left unread.

    Args:
        text: the normalised question.
        by_how_much: the lexicon's by-how-much phrases (减了多少, 多了多少).

    Returns:
        The text without such a unit.
    """
    text = _POINTS_OF_PERCENT.sub("多少", text)  # 高了几个百分点: by how much, in the percent the figures are in
    asked = "|".join(re.escape(phrase) for phrase in sorted(by_how_much, key=len, reverse=True) if phrase.endswith("多少"))
    if not asked:
        return text
    return re.sub(rf"({asked})(?:万元|万块钱|万块|万|块钱)(?![\u4e00-\u9fff])", r"\1", text)
