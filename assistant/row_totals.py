"""Indicator rows added up when a total is asked of them (三类人员合计多少人, 以平方米计的面积加起来, how many people in
all): every row in the unit asked whose name shares the question's words, summed, each addend shown."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.described_row import bigrams


@lru_cache(maxsize=1)
def _total_words() -> re.Pattern:
    """The lexicon's words of a sum (合计, 加起来, in total): Chinese ones of two characters or more, English whole words."""
    from assistant.lexicon import load

    words = [w for w, key in load().keys("aggregate").items() if key == "sum"]
    chinese = [re.escape(w) for w in words if not w.isascii() and len(w) >= 2]
    english = [rf"\b{re.escape(w)}\b" for w in words if w.isascii()]
    return re.compile("|".join(sorted(chinese + english, key=len, reverse=True)), re.I)



def _in_unit(row, unit: str) -> bool:
    return row.target_unit == unit or row.actual_unit == unit


def total_asked(question: str, unit: str | None) -> bool:
    """Whether a question asks a total of rows counted in a unit (合计多少人, how many square metres in all).

    Args:
        question: the question as typed.
        unit: the unit asked for (query.indicator_unit), or None.

    Returns:
        True when a unit other than money is asked with a word of a sum.
    """
    return bool(unit) and unit != "元" and _total_words().search(question) is not None


def summed_rows(question: str, unit: str | None, words: str, pairs: list) -> list | None:
    """The rows a total is asked of: with a total word and a unit asked (多少人, 多少平方米), the rows in that unit whose
    names share a pair of characters with the question's words (all of them when it says none), when two or more.

    Args:
        question: the question as typed.
        unit: the unit asked for (query.indicator_unit), or None.
        words: the question's words about the rows (the hint and the names it read), in Chinese.
        pairs: (row, form) of every indicator row of the forms asked about.

    Returns:
        The (row, form) pairs to add up, or None when no total of several rows is asked.
    """
    if not total_asked(question, unit):
        return None
    said = bigrams(words)
    rows = [(row, form) for row, form in pairs if _in_unit(row, unit) and (not said or said & bigrams(row.name))]
    return rows if len(rows) >= 2 else None


def total_line(rows: list, part: str | None, zh: bool) -> tuple[float, str] | None:
    """The sum of the rows' actual figures (their targets when the target is asked), with each addend named.

    Args:
        rows: (row, form) pairs, from `summed_rows`.
        part: "target" when the target is asked, else the actual is summed.
        zh: answer in Chinese.

    Returns:
        (the sum, the line saying it), or None when a row has no figure to add.
    """
    figures = [(row.target_number if part == "target" else row.actual_number, row, form) for row, form in rows]
    if any(value is None for value, _, _ in figures):
        return None
    total = sum(value for value, _, _ in figures)
    unit = rows[0][0].target_unit or rows[0][0].actual_unit or ""
    forms = {form.id for _, _, form in figures}
    addends = " + ".join(f"{row.name if len(forms) == 1 else form.project_name + '·' + row.name} {value:g}"
                         for value, row, form in figures)
    column = ("年度指标值" if part == "target" else "实际完成值") if zh else ("target" if part == "target" else "actual")
    line = (f"合计 {total:g}{unit}（{column}：{addends}）" if zh else f"In total {total:g} {unit} ({column}: {addends})")
    return total, line
