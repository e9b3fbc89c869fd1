"""A budget change sized against a share of its baseline (调减幅度超过年初预算5%, cut by over 2% of the opening figure)."""

from __future__ import annotations

import dataclasses
import re

_CHANGE = {"<": "annual_budget < initial_budget", ">": "annual_budget > initial_budget"}
# What comes between a change's figure and the amount it is a share of: of, over, 的, their.
_JOIN = ("follow", "stop")
# The budget word said with no year word: for a change, the budget before it, i.e. the initial one.
_PLAIN_BUDGET = re.compile(r"^(?:预算|预算数|budget|budgets|the budget)$", re.I)
_BEFORE = ("field", "weak_field", "number", "by_how_much", "how_much")


def _baseline(token) -> bool:
    """Whether a field token names the amount a change is measured from: the initial budget, or a plain budget word."""
    return token.kind == "field" and (token.key == "initial_budget" or (token.key == "annual_budget" and bool(_PLAIN_BUDGET.match(token.text))))


def _change(tokens: list, k: int) -> str | None:
    """The predicate of the change said at k: a change word (调减幅度, 被砍掉) not qualifying a field before it, or a
    budget-change predicate."""
    token = tokens[k]
    if token.kind == "predicate" and token.key in _CHANGE.values():
        return token.key
    before = tokens[k - 1] if k else None
    if before is not None and before.kind == "field" and before.key == "annual_budget" and not before.text:
        before = tokens[k - 2] if k > 1 else None  # 被砍掉超过5万: the budget the change verbs said
    if token.kind == "compare_cue" and token.key in _CHANGE and (before is None or before.kind not in _BEFORE):
        return _CHANGE[token.key]
    return None


def changes_of_a_base(tokens: list) -> list:
    """Each change said with a figure and the amount it is measured from read as the change's size: the baseline the
    change predicate measures from is its own (the initial budget), so the amount's word is taken off and the figure
    follows the change (调减幅度超过年初预算5% → cut, > 5%; topped up by more than 30万元 over their opening budget →
    topped up, > 30万元; 被砍掉超过一成预算 → cut, > 10%).

    Args:
        tokens: the question's tokens, stop words out, change verbs already read.

    Returns:
        The tokens, each such run as PREDICATE OP NUMBER.
    """
    out, k = list(tokens), 0
    while k < len(out):
        key = _change(out, k)
        if key is None:
            k += 1
            continue
        j = k + 1
        while j < len(out) and out[j].kind == "group_cue":
            j += 1  # cut by more than
        if j >= len(out) or out[j].kind != "op":
            k += 1
            continue
        op_at = j
        # 超过年初预算5%: the amount between the comparison and the share
        if op_at + 2 < len(out) and _baseline(out[op_at + 1]) and out[op_at + 2].kind == "number" and out[op_at + 2].unit == "percent":
            number = op_at + 2
            drop = {op_at + 1}
        elif op_at + 1 < len(out) and out[op_at + 1].kind == "number" and out[op_at + 1].unit in ("percent", "amount"):
            number = op_at + 1
            tail = number + 1
            while tail < len(out) and (out[tail].kind in _JOIN or (out[tail].kind == "op" and out[tail].key in ("=", ">"))):
                tail += 1  # of their, over their
            drop = set(range(number + 1, tail + 1)) if tail < len(out) and _baseline(out[tail]) else set()
        else:
            k += 1
            continue
        if not drop:
            k += 1
            continue
        start = k - 1 if k and out[k - 1].kind == "field" and not out[k - 1].text else k
        change = dataclasses.replace(out[k], kind="predicate", key=key)
        kept = [t for n, t in enumerate(out[k + 1:], k + 1) if n not in drop]
        out = out[:start] + [change] + kept
        k = start + 1
    return out
