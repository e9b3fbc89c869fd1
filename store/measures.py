"""Parse printed figures and indicator values (targets, actuals) into numbers, keeping the print."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from store.normalize import fold_width
from store.records import Figure, Measure

# Cells repeat across forms and each is read several times ("10", "100%", "≥90%"): the readers below are pure, so a
# cell's reading is remembered (bounded, per process).
_REMEMBERED_CELLS = 1 << 16

# Cells that mean "not applicable" in the funds block and score columns.
PLACEHOLDERS = frozenset({"", "—", "－", "-", "/", "——", "–", "无", "N/A", "n/a", "\\"})

_NUMBER = r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_FIGURE = re.compile(rf"^({_NUMBER})\s*(%)?$")
# A figure printed with its unit ("3359.62万", "120元", "10分"): the number is read, the print keeps the unit.
_AMOUNT_WITH_UNIT = re.compile(rf"^({_NUMBER})\s*(?:万元|万|元|分)$")
_COMPARISONS = {
    "=": "=", "≥": "≥", "≤": "≤", ">": ">", "<": "<", ">=": "≥", "<=": "≤",
    "大于等于": "≥", "不低于": "≥", "不少于": "≥", "至少": "≥", "以上": "≥",
    "小于等于": "≤", "不高于": "≤", "不超过": "≤", "不多于": "≤", "以内": "≤", "内": "≤",
    "大于": ">", "高于": ">", "小于": "<", "低于": "<", "少于": "<", "等于": "=",
}
_PREFIX_OPS = "|".join(sorted((re.escape(op) for op in _COMPARISONS), key=len, reverse=True))
_MEASURE = re.compile(
    rf"^(?P<op>{_PREFIX_OPS})?\s*(?P<num>{_NUMBER})\s*"
    r"(?:\((?P<paren_unit>[^()]*)\)|(?P<unit>[^\d\s()\-][^()\d]*?))?\s*(?P<suffix>以上|以内|内)?$"
)
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "百分之九十", "不低于百分之九十", "满意率百分百": a rate's name may lead, 百分百 is a hundred percent.
_PERCENT_WORDS = re.compile(r"^(?:[\u4e00-\u9fff]{{1,8}}?率)?(?P<op>{ops})?\s*(?:百分之(?P<num>[零〇一二两三四五六七八九十百点]+)|(?P<full>百分百))$"
                            .format(ops=_PREFIX_OPS))
_UNIT_SYNONYMS = {"百分比": "%", "百分率": "%", "％": "%"}


def finite_number(digits: str) -> float | None:
    """The value of a matched digit string, or None when it is too large to be a finite float.

    Every printed figure goes through here: a figure of 309 digits would otherwise become
    infinity and poison every check that divides or rounds it.
    """
    value = float(digits.replace(",", ""))
    return value if math.isfinite(value) else None


@lru_cache(maxsize=_REMEMBERED_CELLS)
def parse_number(text: str) -> float | None:
    """Parse a plain printed number such as "2,087.07", "95.53" or "95.53%"; None for anything else."""
    # NFKC reads full-width digits ("１００") as the digits they are; the print is kept elsewhere.
    match = _FIGURE.match(fold_width(unicodedata.normalize("NFKC", text.strip())))
    if not match:
        return None
    return finite_number(match.group(1))


@lru_cache(maxsize=_REMEMBERED_CELLS)
def parse_figure(cell: str | None) -> Figure:
    """Read a funds or score cell: the print is kept, placeholders and words give no value.

    Args:
        cell: the cell text as printed (None or "" when the cell is absent).

    Returns:
        A Figure whose `printed` is None for an empty or placeholder cell.
    """
    if cell is None:
        return Figure.empty()
    text = cell.strip()
    if text in PLACEHOLDERS:
        return Figure(text or None, None)
    value = parse_number(text)
    if value is None and (match := _AMOUNT_WITH_UNIT.match(fold_width(unicodedata.normalize("NFKC", text)))):
        value = float(match.group(1).replace(",", ""))
    return Figure(text, value)


def chinese_number(text: str) -> float | None:
    """Convert a small Chinese numeral ("九十", "九十五", "一百", "九十五点五") to a number."""
    integer_part, _, fraction = text.partition("点")
    total, current = 0, 0
    for char in integer_part:
        if char in _CHINESE_DIGITS:
            current = _CHINESE_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    value = float(total + current)
    if fraction:
        digits = [_CHINESE_DIGITS.get(char) for char in fraction]
        if None in digits:
            return None
        value += float("0." + "".join(str(digit) for digit in digits))
    return value


@lru_cache(maxsize=_REMEMBERED_CELLS)
def parse_measure(cell: str | None) -> Measure:
    """Parse a target or actual: "=97.00(人)", "≥90.00(%)", "90%", "百分之九十", "24小时内", or words.

    Args:
        cell: the value as printed.

    Returns:
        A Measure with comparison, number and unit when the value is quantitative; the print only otherwise.
    """
    printed = (cell or "").strip()
    text = fold_width(unicodedata.normalize("NFKC", printed)).replace(" ", "")
    words = _PERCENT_WORDS.match(text)
    if words:
        number = 100.0 if words.group("full") else chinese_number(words.group("num"))
        if number is not None:
            return Measure(printed, _COMPARISONS.get(words.group("op") or "", None), number, "%")
    match = _MEASURE.match(text)
    if not match:
        return Measure(printed)
    unit = (match.group("paren_unit") or match.group("unit") or "").strip() or None
    if unit is not None and re.search(r"\d", unit):
        # "100.00(1次)" style units carry a stray count; keep the print, trust only the number.
        unit = re.sub(r"^\d+", "", unit) or None
    unit = _UNIT_SYNONYMS.get(unit, unit) if unit else None
    operator = match.group("op") or match.group("suffix")
    comparison = _COMPARISONS.get(operator) if operator else None
    number = finite_number(match.group("num"))
    if number is None:
        return Measure(printed)
    return Measure(printed, comparison, number, unit)
