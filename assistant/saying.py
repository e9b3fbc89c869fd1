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


def _uses(question: str, kind: str) -> bool:
    """Whether a question uses a cue of one kind of assistant/data/evidence_cues.tsv (English as whole words)."""
    lowered = question.lower()
    return any((cue in lowered) if not cue.isascii() else re.search(rf"\b{re.escape(cue)}\b", lowered)
               for cue in cues(kind))


def asks_deferral(question: str) -> bool:
    """Whether a question asks what was put off (拖到, 推迟, deferred): the text says that, no figure does.

    Args:
        question: as typed.

    Returns:
        True when it uses a deferral cue.
    """
    return _uses(question, "deferral")


def asks_topic(question: str) -> bool:
    """Whether a question asks for the forms about a thing (跟…有关的项目, projects related to …).

    Args:
        question: as typed.

    Returns:
        True when it uses a topic cue.
    """
    return _uses(question, "topic")
