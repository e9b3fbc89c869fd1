"""A Chinese gloss in brackets inside an English field phrase (the opening (年初) budget, the full-year (全年) one): taken off."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon

# An English word, a bracket holding Chinese only, and the English word after it.
_GLOSS = re.compile(r"(?<=[A-Za-z])\s*[（(]\s*(?P<gloss>[\u4e00-\u9fff]{1,8})\s*[)）]\s*(?=[A-Za-z])")


@lru_cache(maxsize=1)
def _field_phrases() -> tuple[str, ...]:
    """The Chinese phrases of the lexicon's fields (全年预算数, 年初预算, 执行数 …)."""
    return tuple(phrase for phrase in lexicon.load().keys("field") if phrase and not phrase.isascii())


def without_field_glosses(question: str) -> str:
    """The question with each bracketed Chinese gloss inside an English phrase taken off when the gloss is (the start
    of) a field's Chinese name: the English words around it are the field, the gloss repeats them.

    Args:
        question: the question.

    Returns:
        e.g. "List all the forms where the opening budget was zero." for "… the opening (年初) budget was zero."; a
        bracket naming anything else (forms (平安办) whose …) stays a condition.
    """
    def gloss(match: re.Match) -> str:
        said = match.group("gloss")
        return " " if any(phrase.startswith(said) for phrase in _field_phrases()) else match.group(0)

    return _GLOSS.sub(gloss, question)
