"""Glosses in brackets that repeat what is said beside them: a Chinese or English gloss inside an English field phrase
(the opening (年初) budget, the opening (initial) budget) and an English gloss after a Chinese value (the 优 (excellent)
grade): taken off."""

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


# An English word, a bracket holding English words only, and the English word after it (opening (initial) budget).
_ENGLISH_INSIDE = re.compile(r"(?P<first>[A-Za-z][A-Za-z-]*)\s*[（(]\s*(?P<gloss>[A-Za-z][A-Za-z -]{0,30}?)\s*[)）]\s*"
                             r"(?P<last>[A-Za-z][A-Za-z-]*)")


@lru_cache(maxsize=1)
def _english_field_phrases() -> frozenset[str]:
    """The English phrases of the lexicon's fields (opening budget, full-year budget, execution rate …)."""
    return frozenset(phrase.lower() for phrase in lexicon.load().keys("field") if phrase and phrase.isascii())


def without_english_field_glosses(question: str) -> str:
    """The question with an English gloss in brackets inside an English field phrase read as one field: the words
    around the bracket when they name a field (opening (initial) budget: opening budget), else the gloss with the word
    after it when those do (revised (full-year) budget: full-year budget).

    Args:
        question: the question.

    Returns:
        The question, each such phrase one field's words; any other bracket (forms (not cut) whose …) stays.
    """
    fields = _english_field_phrases()

    def gloss(match: re.Match) -> str:
        first, said, last = match.group("first"), match.group("gloss").strip(), match.group("last")
        heads = (last, last[:-1]) if last.lower().endswith("s") else (last,)  # original (start-of-year) budgets
        if any(f"{first} {head}".lower() in fields for head in heads):
            return f"{first} {last}"
        if any(f"{said} {head}".lower() in fields for head in heads):
            return f"{said} {last}"
        return match.group(0)

    return _ENGLISH_INSIDE.sub(gloss, question)


# A Chinese word, then a bracket holding English words only: an English asker's translation of it.
_ENGLISH_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[（(]\s*(?P<gloss>[A-Za-z][A-Za-z '’.-]{1,40}?)\s*[)）]")


@lru_cache(maxsize=1)
def _condition_words() -> frozenset[str]:
    """English words of the lexicon that make a bracket a condition of its own (not, only, except, excluding …)."""
    words = lexicon.load()
    kinds = ("not", "not_after", "limit", "complement", "op", "op_after", "compare_cue", "or", "plus", "superlative")
    from assistant.data_files import rows

    kept = {word for _, cells in rows("english_glosses.tsv", 1, "'word|word…'") for word in cells[0].split("|") if word}
    return frozenset(kept | {phrase for kind in kinds for phrase in words.keys(kind) if phrase.isascii()})


def without_english_glosses(question: str) -> str:
    """The question with an English gloss in brackets after a Chinese word taken off (the 优 (excellent) grade,
    劝导队经费 (the persuasion team) forms): the Chinese names the value, the English repeats it for the reader.

    Args:
        question: the question.

    Returns:
        The question without such glosses; a bracket with a word of a condition (not, only, except, above) stays.
    """
    def gloss(match: re.Match) -> str:
        words = match.group("gloss").lower().split()
        said = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}
        return match.group(0) if said & _condition_words() else " "

    return _ENGLISH_GLOSS.sub(gloss, question)
