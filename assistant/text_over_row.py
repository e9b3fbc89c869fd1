"""A question about one form whose words its text says and no indicator row does (实际体检人数达到预期了吗): the
sentences of its goal and outcome that say them, instead of a row that merely fits best."""

from __future__ import annotations

import re

from assistant.described_row import bigrams

_SENTENCE_END = re.compile(r"(?<=[。；;！!？?])|\n")
# A sentence must share at least this many pairs of characters with the question, and more than any row does.
MIN_SHARED = 3
_FIGURE_ASKED = re.compile(r"几|多少|\bhow (?:many|much)\b|\bwhat (?:number|amount|percentage)\b", re.IGNORECASE)



def said_in_text(question: str, words: str, form, rows: list) -> list[str]:
    """The goal and outcome sentences of a form that share more of the question's words than any of its rows, when the
    question asks no figure.

    Args:
        question: the question as asked.
        words: the question's words beside the form's name (the rule reading's indicator hint), in Chinese.
        form: the form (goal and outcome as printed).
        rows: the form's indicator rows.

    Returns:
        The best sentences, as printed (several when tied), or [] when a row fits as well.
    """
    asked = bigrams(words)
    if len(asked) < MIN_SHARED or _FIGURE_ASKED.search(question):
        return []  # 要租几台执法仪: a figure asked is read from its sentence elsewhere (clause_figure)
    best_row = max((len(asked & bigrams(f"{row.name} {row.target} {row.actual}")) for row in rows), default=0)
    sentences = [s.strip() for part in (form.goal, form.outcome) for s in _SENTENCE_END.split(part or "") if s.strip()]
    scored = [(len(asked & bigrams(s)), s) for s in sentences]
    top = max((score for score, _ in scored), default=0)
    if top < MIN_SHARED or top <= best_row:
        return []
    return list(dict.fromkeys(s for score, s in scored if score == top))
