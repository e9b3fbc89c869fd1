"""A score figure said as full marks (满10分, the full 10 points): the scored part's weight, not a figure of the total."""

from __future__ import annotations

import dataclasses
import re

from assistant.recognise import Token

# The score that grades a part named by another word: budget execution said as its rate is graded by its score.
_SCORED = {"execution_rate": "budget_score", "annual_budget": "budget_score", "executed": "budget_score"}


def _full_figure(tokens: list[Token], k: int, text: str, words: tuple) -> bool:
    """A points figure with a full-marks word just before it (拿满 10分, the full 10 points)."""
    token = tokens[k]
    if token.kind != "number" or token.unit != "score":
        return False
    before = text[:token.start].rstrip().lower()
    said_full = any(before.endswith(word) for word in words)
    return said_full or (k > 0 and tokens[k - 1] is not None and tokens[k - 1].kind == "full" and token.start - tokens[k - 1].end <= 1)


def full_marks(tokens: list[Token], text: str, words: tuple) -> list[Token]:
    """FULL N分 → FULL (the figure restates the full marks); [not|op] the full N points FIELD with no field before →
    FIELD' [not|op] FULL, FIELD' the score grading that part (fell short of the full 10 points for budget execution:
    the budget-execution score below its weight).

    Args:
        tokens: the question's tokens, stop words out.
        text: the question as read (the figure's left context).
        words: the full-marks words said before a figure (data: lexicon kind full_figure).

    Returns:
        The tokens, each full-marks figure read as full marks.
    """
    out = list(tokens)
    for k in range(len(out)):
        if not _full_figure(out, k, text, words):
            continue
        if k > 0 and out[k - 1] is not None and out[k - 1].kind == "full":
            out[k] = None  # 拿满10分: the 10 is the full marks already said
            continue
        out[k] = dataclasses.replace(out[k], kind="full", key="full", value=None, unit=None)
    out = [t for t in out if t is not None]
    for k in range(len(out) - 1):
        # fell short of full marks for budget execution (a predicate "score = weight"): the comparison said before it
        equal = re.fullmatch(r"([a-z_.]+) = ([a-z_.]+)", out[k + 1].key) if out[k + 1].kind == "predicate" else None
        if out[k] is not None and out[k].kind == "op" and out[k].key in ("<", "<=") and equal:
            out[k + 1] = dataclasses.replace(out[k + 1], key=f"{equal.group(1)} {out[k].key} {equal.group(2)}")
            out[k] = None
    out = [t for t in out if t is not None]
    for k in range(1, len(out) - 1):
        if None in (out[k - 1], out[k], out[k + 1]) or (k > 1 and out[k - 2] is None):
            continue
        # fell short of (the full 10 points / full marks) for budget execution: the part's score, said after
        field_before = k > 1 and out[k - 2].kind in ("field", "weak_field")
        if out[k].kind == "full" and out[k - 1].kind in ("op", "not") and field_before and out[k + 1].key in _SCORED \
                and out[k - 2].key in ("total_score", "indicator.score"):
            out[k - 2:k + 2] = [dataclasses.replace(out[k - 2], key=_SCORED[out[k + 1].key]), out[k - 1], out[k], None]
            continue  # scored less than the full 10 points on budget execution: that part's score
        if out[k].kind == "full" and out[k - 1].kind in ("op", "not") and not field_before \
                and out[k + 1].kind in ("field", "weak_field"):
            scored = dataclasses.replace(out[k + 1], kind="field", key=_SCORED.get(out[k + 1].key, out[k + 1].key))
            out[k - 1:k + 2] = [scored, out[k - 1], out[k]]
    return [t for t in out if t is not None]
