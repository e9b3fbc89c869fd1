"""The budget-execution part of the form named with a score or weight word (预算执行部分得分, the budget-execution
section's score, 预算执行这块的分值): that part's own score or weight, not the total score."""

from __future__ import annotations

import dataclasses
import re

from assistant.recognise import Token

# The fields that name the budget-execution part of the form, said alone or with a word for a part (部分, section).
_PART = ("budget_score", "budget_weight", "execution_rate")
# The rate's own word: the rate said, not the part named.
_RATE = re.compile(r"率|rate", re.IGNORECASE)
# A score or weight word after the part → the part's column.
_COLUMN = {"indicator.score": "budget_score", "total_score": "budget_score", "budget_score": "budget_score",
           "indicator.weight": "budget_weight", "budget_weight": "budget_weight"}


def part_scores(tokens: list[Token]) -> list[Token]:
    """PART [part word] [的] SCORE-or-WEIGHT → one field token for the part's score or weight; SCORE OP NUMBER on
    PART part-word ("scoring under 9 on the budget-execution section") → the part's score compared.

    Args:
        tokens: the question's tokens, stop words out (a part word kept only after a field or class).

    Returns:
        The tokens, each such stretch read as the part's column.
    """
    out, i = [], 0
    tokens = _budget_then_executed(tokens)
    while i < len(tokens):
        token = tokens[i]
        parted = i + 1 < len(tokens) and tokens[i + 1].kind == "class_part"
        after = i + 1 + parted
        # the rate said with a part word, or by the part's name (预算执行, budget execution — no 率 / rate), before a
        # score word (预算执行上拿了多少分, earn for budget execution, in points)
        if token.kind == "field" and token.key in _PART and (
                token.key != "execution_rate" or parted or not _RATE.search(token.text) and token.text.isascii()) \
                and after < len(tokens) and tokens[after].kind == "field" and tokens[after].key in _COLUMN \
                and (not tokens[after].joined_by or _unit_after(tokens, after)):
            out.append(dataclasses.replace(token, key=_COLUMN[tokens[after].key], end=tokens[after].end,
                                           text=f"{token.text}{tokens[after].text}"))
            i = after + 1
            continue
        if token.kind == "field" and token.key == "execution_rate" and not token.joined_by \
                and (parted or not _figure_after(tokens, i + 1)):
            # "scoring under 9 on the budget-execution section", scored under 6 on budget execution: a score said
            # before the part it is on (a rate with its own figure after it is a condition of its own)
            back = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind == "field"), None)
            # how many points did X get for budget execution: the form named between the points and the part
            if back is not None and out[back].key in ("total_score", "indicator.score") and len(out) - back <= 4 \
                    and all(t.kind in ("op", "number", "op_after", "project", "noun") for t in out[back + 1:]) \
                    and sum(t.kind in ("project", "noun") for t in out[back + 1:]) <= 2:
                out[back] = dataclasses.replace(out[back], key="budget_score")
                i += 1 + parted
                continue
        if token.kind == "field" and token.key in ("budget_score", "budget_weight") and not token.joined_by:
            # how many points did X get for the budget execution item: the points are that part's, not the total;
            # marked below 6 on the budget-execution component: the bound said between is that part's too
            back = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind == "field"), None)
            if back is not None and out[back].key == "total_score" and len(out) - back <= 4 and not out[back].joined_by \
                    and all(t.kind in ("op", "number", "op_after", "project", "noun") for t in out[back + 1:]) \
                    and sum(t.kind in ("project", "noun") for t in out[back + 1:]) <= 2 \
                    and (not out[back + 1:] or out[-1].kind != "op"):  # the total not equal to the part: two fields compared
                out[back] = dataclasses.replace(out[back], key=token.key)
                i += 1
                continue
        out.append(token)
        i += 1
    return out


def _figure_after(tokens: list[Token], k: int) -> bool:
    """Whether a comparison or a figure follows at k (执行率低于90%: the rate's own condition)."""
    return k < len(tokens) and tokens[k].kind in ("op", "op_after", "number", "compare_cue")


def _budget_then_executed(tokens: list[Token]) -> list[Token]:
    """预算 read as the budget and 执行 as a weak rate word, written together (它在预算执行上拿了多少分): the
    budget-execution part, as 预算执行得分 reads it."""
    out: list[Token] = []
    for token in tokens:
        if len(out) >= 2 and token.kind == "field" and token.key in ("total_score", "indicator.score") \
                and out[-1].kind == "weak_field" and out[-1].key == "execution_rate" and out[-2].kind == "field" \
                and out[-2].key == "annual_budget" and out[-2].end == out[-1].start and not out[-2].joined_by:
            out[-2:] = [dataclasses.replace(out[-2], key="budget_score", end=token.end, text=out[-2].text + out[-1].text + token.text)]
            continue
        out.append(token)
    return out


def _unit_after(tokens: list[Token], k: int) -> bool:
    """Whether the points word at k ends the question after a comma (…for budget execution, in points): the unit the
    figure is asked in, not a clause of its own."""
    return tokens[k].joined_by == "," and k == len(tokens) - 1 and tokens[k].text.lower() in ("points", "marks", "分")
