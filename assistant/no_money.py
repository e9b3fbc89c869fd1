"""An amount said to be missing (年初没预算, 年初预算没有钱, 还没花钱): that field is zero."""

from __future__ import annotations

import dataclasses

# The amounts a form can lack; the money words after the negation (预算, 钱, 资金) say it is money that is missing.
_AMOUNTS = ("initial_budget", "annual_budget", "executed")
_LACKING = ("没", "没有", "无", "未")
# Amounts a negation before them says are nil (没花钱, 没有结余).
_NOTHING = {"executed": "=", "unspent": "<="}


def no_money(tokens: list) -> list:
    """FIELD 没 MONEY with no figure after it (年初没预算, 年初预算没有钱) read as the predicate FIELD = 0.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each such run of three replaced by one predicate token.
    """
    out, k = [], 0
    while k < len(tokens):
        token = tokens[k]
        if k + 2 < len(tokens) and token.kind == "field" and token.key in _AMOUNTS \
                and tokens[k + 1].kind == "not" and tokens[k + 1].text in _LACKING \
                and tokens[k + 2].kind in ("field", "weak_field") and tokens[k + 2].key in _AMOUNTS \
                and not (k + 3 < len(tokens) and tokens[k + 3].kind in ("op", "op_after", "number")):
            money = tokens[k + 2]
            out.append(dataclasses.replace(token, kind="predicate", key=f"{token.key} = 0", end=money.end,
                                           text=token.text + tokens[k + 1].text + money.text))
            k += 3
            continue
        # 还没有花钱的项目, 没支出的: nothing executed; 没有结余的, no money left: nothing unspent
        at = k + 2 if k + 2 < len(tokens) and tokens[k + 1].kind == "weak_field" and tokens[k + 2].key == "unspent" else k + 1
        if at < len(tokens) and token.kind == "not" and (token.text in _LACKING or token.text == "no") \
                and tokens[at].kind == "field" and tokens[at].key in _NOTHING \
                and not (at + 1 < len(tokens) and tokens[at + 1].kind in ("op", "op_after", "number")) \
                and not (k and tokens[k - 1].kind in ("field", "weak_field")):
            amount = tokens[at]
            # nothing left is the opposite of some left (有结余: unspent > 0), an overspent form included
            out.append(dataclasses.replace(amount, kind="predicate", key=f"{amount.key} {_NOTHING[amount.key]} 0", start=token.start,
                                           text=token.text + amount.text))
            k = at + 1
            continue
        out.append(token)
        k += 1
    return out
