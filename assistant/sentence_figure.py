"""The figure a sentence gives for a thing counted: the number with the asked unit nearest after the thing's words."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab

# A number belongs to the thing named just before it (信息采集设备240台); a few characters apart is still "just".
MAX_GAP = 6


def asked_unit(question: str) -> str | None:
    """The counting unit a question asks in (how many devices → 台, 多少份 → 份), if it names one.

    Args:
        question: as typed.

    Returns:
        The unit as the forms print it, or None.
    """
    lowered = question.lower()
    for word, unit in sorted(vocab.MEASURE_UNITS_EN.items(), key=lambda item: -len(item[0])):
        if re.search(rf"\b{re.escape(word)}\b", lowered) and unit != "元":
            return unit
    match = re.search(r"(?:多少|几)(" + "|".join(sorted(vocab.MEASURE_UNITS_ZH, key=len, reverse=True)) + ")", question)
    return vocab.MEASURE_UNITS_ZH[match.group(1)] if match and vocab.MEASURE_UNITS_ZH[match.group(1)] != "元" else None


def figure_in(sentence: str, words: list[str], unit: str | None) -> float | None:
    """The one figure a sentence gives for the words: the only number with the unit, else the one right after a word.

    Args:
        sentence: the evidence sentence (or an indicator row as rendered: 目标 =240.00(台)，实际 240.00(台)).
        words: the thing's words in the forms' language (设备, 信息采集).
        unit: the unit asked, or None for any counting unit.

    Returns:
        The number, or None when the sentence gives none or several with nothing to choose between them.
    """
    units = sorted(vocab.MEASURE_UNITS_ZH, key=len, reverse=True)
    found = []
    for match in re.finditer(r"(\d+(?:\.\d+)?)\s*[（(]?(" + "|".join(map(re.escape, units)) + ")", sentence):
        normal = vocab.MEASURE_UNITS_ZH[match.group(2)]
        if normal != "元" and (unit is None or normal == unit):
            found.append((match.start(), float(match.group(1))))
    if len({value for _, value in found}) == 1:
        return found[0][1]
    best = None
    for start, value in found:
        ends = [at.end() for word in words if word for at in re.finditer(re.escape(word), sentence[:start])]
        gap = start - max(ends) if ends else None
        if gap is not None and gap <= MAX_GAP and (best is None or gap < best[0]):
            best = (gap, value)
    return None if best is None else best[1]
