"""A plural said as optional (form(s), which one(s), 哪个（些）): read as the plural, never as a bracket left unread."""

from __future__ import annotations

import re

# An English word with its plural ending in brackets right after it (project(s), one(s), box(es)).
_EN = re.compile(r"\b([A-Za-z]+)\s?\((e?s)\)", re.IGNORECASE)
# A Chinese measure word with its plural one in brackets (哪个（些）, 哪（几）个): the plural.
_ZH = re.compile(r"([哪这那])(?:个|一个)?[（(](些|几个)[）)](?:个)?")


def plural_said(question: str) -> str:
    """The question with each optional plural read as the plural.

    Args:
        question: as asked.

    Returns:
        The question, form(s) written forms and 哪个（些） written 哪些; unchanged when none is said.
    """
    question = _EN.sub(lambda found: found.group(1) + found.group(2).lower(), question)
    return _ZH.sub(lambda found: found.group(1) + found.group(2), question)
