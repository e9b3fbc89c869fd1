"""A yes/no question whether a named form reached its target (达到了没有, did it reach its goal): the outcome the form
reports, and the described row's actual against its target, not the goal or the target alone."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files
from store.readonly_sql import run_select


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    """lang → the pattern of a reached-or-not question (assistant/data/reach_cues.tsv)."""
    found: dict[str, list[str]] = {}
    for _, (lang, pattern) in data_files.rows("reach_cues.tsv", 2, "a language and a pattern, tab-separated"):
        found.setdefault(lang, []).append(pattern)
    return {lang: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for lang, patterns in found.items()}


def asks_reached(question: str) -> bool:
    """Whether a question asks if a target or goal was reached.

    Args:
        question: as asked.

    Returns:
        True for 人数目标达到了没有 / did it reach its goal.
    """
    return any(pattern.search(question) for pattern in _cues().values())


def reached_lines(question: str, lang: str, form_id: int, answered: str, store) -> list[str]:
    """The lines answering whether one form reached its target: its outcome sentence and the rows the question
    describes (target and actual as printed), each unless the answer quotes it already.

    Args:
        question: as asked.
        lang: "zh" or "en".
        form_id: the one form the answer rests on.
        answered: the answer's text so far.
        store: a store.Store.

    Returns:
        Lines to add (empty when the question asks no such thing).
    """
    from assistant.described_row import described_rows

    if not asks_reached(question):
        return []
    lines = described_rows(question, lang, form_id, "", store, asked=True)
    outcome = run_select(store, f"SELECT outcome FROM forms WHERE form_id = {int(form_id)}").rows
    if outcome and outcome[0][0] and outcome[0][0] not in answered:
        lines.append(("实际完成情况：" if lang != "en" else "Outcome reported (实际完成情况): ") + outcome[0][0])
    return [line for line in lines if line not in answered]
