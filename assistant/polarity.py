"""The polarity invariant: a negator or removal word left unplaced beside a condition forbids applying that condition."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# Clauses are cut at these marks: a negator counts against the conditions of its own clause only.
_CLAUSE = re.compile(r"[，,;；:：。?？!！]")
# The token kinds that make a condition (what a negator in the same clause would have turned around).
_CONDITION_KINDS = frozenset({"field", "tag", "unit", "department", "project", "quoted_project", "grade", "class", "predicate",
                              "op", "op_after", "number", "weak_field", "defect", "miss", "lost"})


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """kind → the words of assistant/data/polarity.tsv (en, zh, zh_removal, filled)."""
    found: dict[str, tuple[str, ...]] = {}
    for _, (kind, words) in data_files.rows("polarity.tsv", 2, "'kind<TAB>words'"):
        found[kind] = tuple(w.strip().lower() for w in words.split("|") if w.strip())
    return found


def negator_words(kind: str) -> tuple[str, ...]:
    """The words of one row of assistant/data/polarity.tsv.

    Args:
        kind: the row's kind (en, zh, reread_en …).

    Returns:
        Its words, lower case.
    """
    return _words().get(kind, ())


def is_negator(word: str) -> bool:
    """Whether a word left unplaced says not, never, fail or aside (不, 没, 剔掉…).

    Args:
        word: one word the reading left (a Reading's ignored word).

    Returns:
        Whether it turns a condition around or takes forms out.
    """
    low = word.strip().lower()
    if low.isascii():
        return any(part in _words().get("en", ()) or part.endswith("n't") for part in re.split(r"[\s\-,]+", low))
    return low in _words().get("zh", ()) or low.startswith(_words().get("zh_removal", ()))


def _before_filled(question: str, at: int, word: str) -> bool:
    """Whether a negator stands before a word of emptiness (not empty, 不为空): together they are one reading, filled."""
    after = question[at + len(word):at + len(word) + 12].lower()
    return any(re.match(rf"\s*(?:为|是|be|is)?\s*{re.escape(filled)}", after) for filled in _words().get("filled", ()))


def turned_conditions(question: str, words: list[str], recogniser) -> list[str]:
    """The negators among words left unplaced whose clause also built a condition ("Setting … aside, which scored
    below 97?" with "setting, aside" left; "failed to reach 60%" with "failed" left): the answer would apply the
    condition positively, so it refuses naming them.

    Args:
        question: the question as the recogniser read it.
        words: the words left unplaced.
        recogniser: the query model's Recogniser (tokens of a clause).

    Returns:
        Those negators; empty when none, or when a negator's clause holds no condition.
    """
    turned = []
    low = question.lower()
    marks = [0, *(m.end() for m in _CLAUSE.finditer(question)), len(question)]
    for word in words:
        if not is_negator(word):
            continue
        at = low.find(word.strip().lower())
        if at < 0 or _before_filled(low, at, word.strip()):
            continue
        start = max(m for m in marks if m <= at)
        end = min(m for m in marks if m > at) if any(m > at for m in marks) else len(question)
        tokens, _ = recogniser.tokens(question[start:end])
        if any(t.kind in _CONDITION_KINDS for t in tokens):
            turned.append(word)
    return turned
