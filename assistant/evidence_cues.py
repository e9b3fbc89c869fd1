"""The phrases by which a narrative question says what it asks (assistant/data/evidence_cues.tsv): one form, a frame
word, a filler, a deferral, a topic, a saying verb."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    """Phrases by kind from assistant/data/evidence_cues.tsv (singular, frame), longest first."""
    cues: dict[str, list[str]] = {}
    for _, cells in data_files.rows("evidence_cues.tsv", 2, "kind and phrases"):
        cues.setdefault(cells[0], []).extend(phrase.strip().lower() for phrase in cells[1].split("|") if phrase.strip())
    return {kind: tuple(sorted(phrases, key=len, reverse=True)) for kind, phrases in cues.items()}


def cues(kind: str) -> tuple[str, ...]:
    """Phrases of one kind from assistant/data/evidence_cues.tsv (singular, frame, deferral), longest first.

    Args:
        kind: the first cell of the data file's rows.

    Returns:
        The phrases, lower-case.
    """
    return _cues().get(kind, ())


def singular_cues() -> tuple[str, ...]:
    """Phrases by which a question asks for one form, longest first."""
    return cues("singular")


def uses_cue(question: str, kind: str) -> bool:
    """Whether a question uses a phrase of one kind of assistant/data/evidence_cues.tsv (English as whole words).

    Args:
        question: as typed.
        kind: the first cell of the data file's rows (singular, deferral, topic, saying, figure).

    Returns:
        True when it does.
    """
    lowered = question.lower()
    return any((cue in lowered) if not cue.isascii() else re.search(rf"\b{re.escape(cue)}\b", lowered)
               for cue in cues(kind))


def is_singular(question: str) -> bool:
    """Whether a question asks for one form (哪个项目, which project, the project that…).

    Args:
        question: as typed.

    Returns:
        True when it names one form.
    """
    if uses_cue(question, "singular"):
        return True
    from assistant import form_nouns

    nouns = "|".join(map(re.escape, form_nouns.singular_en()))
    return re.search(rf"\bwhich\s+(?:[a-z'’-]+\s+){{0,3}}(?:{nouns})\b(?!s)", question.lower()) is not None
