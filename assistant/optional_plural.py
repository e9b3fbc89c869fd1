"""A plural said as optional (form(s), which one(s), 哪个（些）): read as the plural, never as a bracket left unread."""

from __future__ import annotations

import re

# An English word with its plural ending in brackets right after it (project(s), one(s), box(es)).
_EN = re.compile(r"\b([A-Za-z]+)\s?\((e?s)\)", re.IGNORECASE)
# A Chinese measure word with its plural one in brackets (哪个（些）, 哪（几）个): the plural.
_ZH = re.compile(r"([哪这那])(?:个|一个)?[（(](些|几个)[）)](?:个)?")


# 哪两个 after the same count said before it (调减最多的前2个项目是哪两个): the count restated, asking which ones.
_WHICH_N = re.compile(r"哪([两二三四五六七八九十]|\d+)(?:个|项|张|家|份)")
_COUNT = re.compile(r"([两二三四五六七八九十]|\d+)\s*(?:个|项|张|家|份)")
_NUMERALS = {"两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}


def _restated_count(question: str) -> str:
    """哪两个 closing a question that said the same count before (前2个项目是哪两个): 哪些 (the count is read once)."""
    def which(found: re.Match) -> str:
        said = {_NUMERALS.get(n, n) for n in _COUNT.findall(question[:found.start()])}
        return "哪些" if _NUMERALS.get(found.group(1), found.group(1)) in said else found.group(0)
    return _WHICH_N.sub(which, question)


def plural_said(question: str) -> str:
    """The question with each optional plural read as the plural.

    Args:
        question: as asked.

    Returns:
        The question, form(s) written forms and 哪个（些） written 哪些, as 哪两个 after 前2个; unchanged when none is said.
    """
    question = _EN.sub(lambda found: found.group(1) + found.group(2).lower(), question)
    return _restated_count(_ZH.sub(lambda found: found.group(1) + found.group(2), question))
