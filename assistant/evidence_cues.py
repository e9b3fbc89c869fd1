"""The phrases by which a narrative question says what it asks (assistant/data/evidence_cues.tsv): one form, a frame
word, a filler, a deferral, a topic, a saying verb."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    """Phrases by kind from assistant/data/evidence_cues.tsv (singular, frame), longest first."""
    text = resources.files("assistant").joinpath("data", "evidence_cues.tsv").read_text(encoding="utf-8")
    cues: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise ValueError(f"assistant/data/evidence_cues.tsv:{number}: expected kind and phrases, got {len(cells)} cells")
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
    return uses_cue(question, "singular")
