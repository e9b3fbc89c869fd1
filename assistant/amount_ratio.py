"""One amount as a share of another on each form, compared with a figure (结余占全年预算比例超过5%, unspent share of the budget above 30%)."""

from __future__ import annotations

import dataclasses

# Amounts a form prints or derives, each a share of another: the same set money_share pools. Executed against the
# full-year budget is the printed execution rate, read as such elsewhere (spent_share, compose).
_AMOUNTS = ("annual_budget", "initial_budget", "executed", "unspent", "budget_change")
_TOP_UP = "annual_budget > initial_budget"
# The budgets a top-up is a share of (made up more than 20% of the full-year budget).
_BUDGETS = ("annual_budget", "initial_budget")


def _amount(token) -> bool:
    return token.kind == "field" and token.key in _AMOUNTS


def _compared(tokens: list, k: int) -> bool:
    """Whether a figure is compared at k: OP NUMBER, or NUMBER OP_AFTER (三成以上)."""
    while k < len(tokens) and tokens[k].kind == "op" and tokens[k].key == "=" and k + 1 < len(tokens) and tokens[k + 1].kind == "op":
        k += 1  # is above
    return k + 1 < len(tokens) and ((tokens[k].kind == "op" and tokens[k + 1].kind == "number")
                                    or (tokens[k].kind == "number" and tokens[k + 1].kind == "op_after"))


def _top_up_share(tokens: list, k: int) -> bool:
    """Whether the top-up said at k is an amount a share is taken of: 年中追加的钱占…, 追加部分占… (a raise word before 占),
    the top-up made up more than 20% of the full-year budget (a percentage of an amount after it)."""
    token, after = tokens[k], tokens[k + 1:k + 4]
    raised = (token.kind == "predicate" and token.key == _TOP_UP) or (token.kind == "compare_cue" and token.key == ">")
    if not raised or not after:
        return False
    if after[0].kind == "ratio":
        return k + 2 < len(tokens) and _amount(tokens[k + 2])
    b = k + 3
    while b < len(tokens) and (tokens[b].kind == "follow" or (tokens[b].kind == "op" and tokens[b].key == "=")):
        b += 1
    return token.kind == "predicate" and len(after) == 3 and after[0].kind == "op" and after[0].key != "=" \
        and not after[0].after_separator and after[1].kind == "number" and after[1].unit == "percent" and b > k + 3 \
        and b < len(tokens) and tokens[b].kind == "field" and tokens[b].key in _BUDGETS  # …, less than half of it spent: no share


def amount_ratios(tokens: list) -> list:
    """Each share of one amount in another that a figure is compared with, as AMOUNT 占 AMOUNT OP NUMBER: a condition
    on each form (100 × A ÷ B), never the pooled share of the forms read; a share asked with no figure stays a statistic.

    Args:
        tokens: the question's tokens, stop words out, the share spent already the execution rate.

    Returns:
        The tokens, e.g. 结余 占 全年预算 比例 超过 5% → 结余 占 全年预算 超过 5%; unspent share of their budget above 30%
        → unspent 占 budget above 30%; 年中追加的 占 … → the top-up's amount 占 …; executed less than half of their opening
        budget → executed 占 opening budget less than half.
    """
    out = list(tokens)
    for k in range(len(out)):
        token = out[k]
        if _top_up_share(out, k):
            out[k] = dataclasses.replace(token, kind="field", key="budget_change")  # 年中追加的钱占全年预算三成以上
    k = 0
    while k < len(out):
        token = out[k]
        # A 占 B 比例 超过 5%: the share word after B repeats the ratio
        if token.kind == "ratio" and k and _amount(out[k - 1]) and k + 2 < len(out) and _amount(out[k + 1]) \
                and out[k + 2].kind == "aggregate" and out[k + 2].key == "share" and _compared(out, k + 3):
            del out[k + 2]
        # A share of (their) B above 30%
        elif _amount(token) and k + 1 < len(out) and out[k + 1].kind == "aggregate" and out[k + 1].key == "share":
            b = k + 2
            while b < len(out) and out[b].kind == "follow":
                b += 1
            if b < len(out) and _amount(out[b]) and out[b].key != token.key and _compared(out, b + 1):
                out[k + 1:b] = [dataclasses.replace(out[k + 1], kind="ratio", key="ratio")]
        # A less than half of (their) B
        elif _amount(token) and k + 2 < len(out) and out[k + 1].kind == "op" and out[k + 1].key != "=" \
                and out[k + 2].kind == "number" and out[k + 2].unit == "percent":
            b = k + 3
            while b < len(out) and (out[b].kind == "follow" or (out[b].kind == "op" and out[b].key == "=")):
                b += 1
            if b > k + 3 and b < len(out) and _amount(out[b]) and out[b].key != token.key \
                    and (token.key, out[b].key) != ("executed", "annual_budget") \
                    and (b + 1 == len(out) or out[b + 1].kind not in ("op", "number", "ratio")):
                ratio = dataclasses.replace(out[k + 1], kind="ratio", key="ratio", text="占")
                out[k + 1:b + 1] = [ratio, out[b], out[k + 1], out[k + 2]]
        k += 1
    return out
