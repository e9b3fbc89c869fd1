"""Questions asking which forms say a clause: "which project says turnout fell short", 哪个项目说…所以执行率低."""

from __future__ import annotations

import re

from assistant.evidence_set import concepts, cues

# A clause is a narrative when it says at least this many things (concepts): "says 资金紧张" is one mention,
# which the mention filter reads exactly; "says the health-check turnout fell short" is a sentence to find.
MIN_CONCEPTS = 2
_FORM_WORDS_EN = r"(?:projects?|forms?|ones?|which|that|who)"
_FORM_WORDS_ZH = r"(?:项目|哪个|哪些|哪一个|哪项|的表|自评表|表里|表中)"


def _pattern(lang: str) -> re.Pattern:
    verbs = [verb for verb in cues("saying") if verb.isascii() == (lang == "en")]
    joined = "|".join(re.escape(verb) for verb in sorted(verbs, key=len, reverse=True))
    if lang == "en":
        return re.compile(rf"\b{_FORM_WORDS_EN}\s+(?:{joined})\b\s*(?:that\s+)?(?P<clause>.+)$", re.IGNORECASE)
    return re.compile(rf"{_FORM_WORDS_ZH}(?:里|中)?(?:{joined})(?:了|过)?(?P<clause>.+)$")


def said_clause(question: str, lang: str, stopwords: set[str]) -> tuple[int, int] | None:
    """Where the clause a question asks the forms to say lies in it, when it asks that.

    Args:
        question: as typed (or normalised: the span refers to this text).
        lang: "zh" or "en".
        stopwords: Chinese words with no content of their own.

    Returns:
        (start, end) of the clause, or None when the question asks no such thing.
    """
    match = _pattern(lang).search(question)
    if match is None:
        return None
    clause = match.group("clause")
    if len(concepts(clause, lang, stopwords)) < MIN_CONCEPTS:
        return None
    return match.start("clause"), match.end("clause")
