"""A figure the question quotes from a form, converted as asked (执行数写的是256,175.00，换算成万元是多少？): the figure itself, converted."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import Answer

from . import data_files

# A figure with thousands separators or decimals (256,175.00, 1234.5): a quoted printed figure, never a count word
# nor a bare year (the whole of 2023).
_FIGURE = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|(?!(?:19|20)\d\d(?!\d))\d{4,})"
# A figure that picks forms (which, how many, 以上, 的项目): a condition, not a quotation.
_PICKS = re.compile(r"哪些|哪几|哪个|哪张|几个|多少个|以上|以下|以内|超过|低于|高于|不到|(?:^|[.?!]\s*)(?:which|how many)\b|\b(?:or more|or less|and above|and below)\b", re.I)
# 万元 → 元 and back.
_FACTOR = 10000.0


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], str]:
    """The rows of assistant/data/quoted_conversion.tsv by (language, role)."""
    return data_files.role_patterns("quoted_conversion.tsv", ("quoted", "to_wan", "to_yuan"))


def _quoted(question: str, lang: str) -> list[float]:
    """The figures the question quotes (a quotation word right before a printed figure)."""
    words = _patterns().get((lang, "quoted"))
    if not words:
        return []
    found = re.findall(rf"(?:{words})\s*[“\"'‘]?\s*{_FIGURE}", question, re.I)
    return [float(figure.replace(",", "")) for figure in found]


def answer(question: str, lang: str) -> Answer | None:
    """The one quoted figure in the unit the question asks for, when it quotes one and asks it converted.

    Args:
        question: the question (courtesies and remarks off).
        lang: "zh" or "en".

    Returns:
        A value Answer (256,175.00 元 → 25.6175 万元); None when no single figure is quoted or no conversion is asked.
    """
    if _PICKS.search(question):
        return None  # 执行数是1234.5万元的项目，换算成元: a figure picking forms, the readers' question
    figures = _quoted(question, lang)
    to_wan, to_yuan = (re.search(_patterns().get((lang, role), "(?!)"), question, re.I) for role in ("to_wan", "to_yuan"))
    if len(figures) != 1 or bool(to_wan) == bool(to_yuan):
        return None
    figure = figures[0]
    value, unit = (figure / _FACTOR, "万元") if to_wan else (figure * _FACTOR, "元")
    shown = f"{value:,.6f}".rstrip("0").rstrip(".")
    said = f"{figure:,.2f}"
    text = (f"{said} 按元计，换算成万元是 {shown} 万元（÷ 10,000）。" if to_wan else f"{said} 万元换算成元是 {shown} 元（× 10,000）。") \
        if lang == "zh" else (f"{said} taken as yuan is {shown} 万元 (÷ 10,000)." if to_wan else f"{said} 万元 is {shown} yuan (× 10,000).")
    return Answer(question=question, interpretation=("引用的数字换算" if lang == "zh" else "the quoted figure converted") + f" · {unit}",
                  text=text, kind="aggregate", value=value, unit=unit)
