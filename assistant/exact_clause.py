"""A clause after a figure that only says the figure is exact (not one more, not four and not six, 一条不多): off."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files
from .english_numbers import value as _word_value

_FIGURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|[A-Za-z]+)\s*(?:%|[A-Za-z]+)?\s*$")
_CLAUSE_EN = re.compile(r"([,;—-]+)\s*([A-Za-z0-9.' %]+?)(?=\s*(?:[,.?!;:]|$))")
_ZH_FIGURE = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)\s*[个条项张分点份%]?[^，,。？?]{0,6}$")


@lru_cache(maxsize=1)
def _words() -> dict:
    """(lang, kind) → the words of data/exact_clause.tsv (alternations in English, a pattern in Chinese)."""
    return {(lang, kind): pattern for _, (lang, kind, pattern) in data_files.rows("exact_clause.tsv", 3, "lang<TAB>kind<TAB>pattern")}


def _number(word: str):
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return _word_value(word.lower())


def _only_exactness(clause: str, figure) -> bool:
    """Whether an English clause holds only a negator, a comparative or the figure's neighbours, units and glue."""
    words = _words()
    kinds = {kind: re.compile(rf"(?:{words[('en', kind)]})", re.I)
             for kind in ("negator", "comparative", "glue", "unit") if ("en", kind) in words}
    negated = shifted = False
    for token in re.findall(r"n't|[A-Za-z]+|\d+(?:\.\d+)?|%", clause.replace("n't", " n't")):
        value = _number(token) if token.lower() not in ("a", "one") else None
        if kinds["negator"].fullmatch(token):
            negated = True
        elif kinds["comparative"].fullmatch(token):
            shifted = True
        elif value is not None and figure is not None and abs(value - figure) == 1:
            shifted = True  # not four, not six: the figure's neighbours ruled out
        elif not (kinds["glue"].fullmatch(token) or kinds["unit"].fullmatch(token)):
            return False
    return negated and shifted


def without_exact_clause(text: str) -> str:
    """The text without a clause after a figure that only rules out more or less than it.

    Args:
        text: the question.

    Returns:
        e.g. "Which forms list precisely five indicators?" for "Which forms list precisely five indicators, not one
        more?"; "指标恰好12条的表有几张？" for "指标恰好12条、一条不多的表有几张？"; unchanged when no figure precedes.
    """
    zh = _words().get(("zh", "clause"))
    if zh:
        pattern = re.compile(rf"[，,、]\s*{zh}(?=[，,。？?的]|$)")
        text = pattern.sub(lambda m: "" if _ZH_FIGURE.search(text[:m.start()]) else m.group(0), text)
    out, last, kept = [], 0, None
    for found in _CLAUSE_EN.finditer(text):
        before = _FIGURE.search(text[:found.start()].rstrip())
        if kept is not None and found.start() == last:
            figure = kept  # not eleven, not thirteen: the second clause is about the same figure
        elif before is None:
            before_words = re.findall(r"\d+(?:\.\d+)?|[A-Za-z]+", text[:found.start()])
            figure = next((v for v in (_number(w) for w in reversed(before_words[-4:])) if v is not None), None)
        else:
            figure = _number(before.group(1))
        if figure is not None and _only_exactness(found.group(2), figure):
            out.append(text[last:found.start()].rstrip())
            last, kept = found.end(), figure
    return ("".join(out) + text[last:]) if out else text
