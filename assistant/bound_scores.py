"""Which score a score word belongs to: the rate's (execution-rate score), or the rows' (an indicator lost points)."""

from __future__ import annotations

import dataclasses

# A field and the score it is graded by: "execution-rate score" is the budget-execution score, not the total.
_SCORE_OF = {"execution_rate": "budget_score"}
# The field a bare score word is read as, and the words for points a losing word may take.
_SCORE_WORD, _POINTS = "total_score", ("points", "point", "marks", "mark", "分", "分数")
# The rows' predicate: an indicator scored below its weight; the same said of the budget-execution line.
_ROW_LOST, _BUDGET_LOST = "indicator: score < weight", "budget_score < budget_weight"
# The fields naming the budget-execution line a "full marks" phrase may be said for (less than full marks for execution).
_BUDGET_LINE = ("execution_rate", "budget_score")
# What joins a full-marks phrase to the part it is said of.
_FOR = ("for", "on", "in")


def scores_bound(tokens: list, text: str) -> list:
    """A rate named and then "score" with nothing between (execution-rate score, 执行率 得分): the rate's own score;
    an indicator named as the subject of a losing word (no performance indicator lost any points): the rows' predicate,
    the points word after it included; "less than full marks for execution": the budget-execution line's.

    Args:
        tokens: the question's tokens, stop words out.
        text: the text they were read from.

    Returns:
        The tokens, each such pair or run read as one.
    """
    out, k = [], 0
    while k < len(tokens):
        token = tokens[k]
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.kind == "field" and token.key in _SCORE_OF and after is not None and after.kind == "field" \
                and after.key == _SCORE_WORD and not text[token.end:after.start].strip(" -"):
            out.append(dataclasses.replace(token, key=_SCORE_OF[token.key], end=after.end, text=text[token.start:after.end]))
            k += 2
            continue
        if token.kind == "predicate" and token.key == _ROW_LOST and after is not None and after.kind == "field" \
                and after.key in _BUDGET_LINE and text[token.end:after.start].strip().lower() in _FOR:
            # got less than full marks for execution: the budget-execution line's score, not an indicator's
            out.append(dataclasses.replace(token, key=_BUDGET_LOST, end=after.end, text=text[token.start:after.end]))
            k += 2
            continue
        if token.kind == "noun" and token.key == "indicator" and after is not None and after.kind == "lost":
            end = k + 2
            if end < len(tokens) and tokens[end].kind == "field" and tokens[end].text.lower() in _POINTS:
                end += 1  # lost any points: the points are what was lost
            out.append(dataclasses.replace(token, kind="predicate", key=_ROW_LOST, end=tokens[end - 1].end,
                                           text=text[token.start:tokens[end - 1].end]))
            k = end
            continue
        out.append(token)
        k += 1
    return out
