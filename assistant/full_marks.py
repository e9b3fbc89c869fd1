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
    if token.kind != "number" or token.unit not in ("score", None) or any(ch in token.text for ch in "%％"):
        return False
    before = text[:token.start].rstrip().lower()
    said_full = any(before.endswith(word) for word in words)
    if token.unit is None:
        return said_full  # the full 10 for budget execution: a bare figure only with the full-marks word before it
    beside = [tokens[j] for j in (k - 1, k + 1) if 0 <= j < len(tokens) and tokens[j] is not None and tokens[j].kind == "full"]
    return said_full or any(abs(token.start - t.end) <= 1 or abs(t.start - token.end) <= 1 for t in beside)


def _part_after(tokens: list, j: int) -> bool:
    """Whether the field at j is the part full marks are said of, not a condition of its own: no "and" before it, no
    figure or comparison after it (full marks and a budget execution rate of 100%)."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return not tokens[j].joined_by and (after is None or after.kind not in ("op", "op_after", "number", "compare_cue", "full"))


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
    part = any(t.kind in ("field", "weak_field") and t.key in (*_SCORED, "budget_score", "budget_weight") for t in tokens)
    for k in range(len(out)):
        if not _full_figure(out, k, text, words):
            continue
        full = [j for j in (k - 1, k + 1) if 0 <= j < len(out) and out[j] is not None and out[j].kind == "full"]
        if full:
            if part or (full[0] > 0 and out[full[0] - 1] is not None and out[full[0] - 1].kind == "not"):
                out[k] = None  # 拿满10分, 那10分全部拿到, 总分没拿满100分: the full marks said again (满分100分 is a score)
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
        if None in (out[k - 1], out[k], out[k + 1]) or (k > 1 and out[k - 2] is None) or not _part_after(out, k + 1):
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
        elif out[k].kind == "full" and out[k - 1].kind not in ("field", "weak_field") and out[k + 1].key in _SCORED \
                and out[k + 1].kind in ("field", "weak_field"):
            # got the full 10 for budget execution: that part's score at its full marks
            out[k:k + 2] = [dataclasses.replace(out[k + 1], kind="field", key=_SCORED[out[k + 1].key]), out[k]]
    return [t for t in out if t is not None]
