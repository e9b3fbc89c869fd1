"""An amount said to be missing (年初没预算, 年初预算没有钱, 还没花钱): that field is zero."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files

# The amounts a form can lack; the money words after the negation (预算, 钱, 资金) say it is money that is missing.
_AMOUNTS = ("initial_budget", "annual_budget", "executed")
_LACKING = ("没", "没有", "无", "未")
# A verb of giving between the negation and the money (年初没排预算): the money was not given.
_GIVING = ("排", "安排", "给", "列", "编", "拨")
# The smallest coin (一分钱没花) and the words for spending a negation after it says never happened.
_CENT = ("一分",)
_SPENDING = ("executed", "execution_rate")
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
        cent = _not_a_cent(tokens, k)
        if cent is not None:  # 一分钱都没执行, 一分都没用: not one cent spent
            out.append(dataclasses.replace(tokens[cent - 1], kind="predicate", key="executed = 0", start=token.start,
                                           text=" ".join(t.text for t in tokens[k:cent])))
            k = cent
            continue
        at = k + 3 if k + 3 < len(tokens) and tokens[k + 2].text in _GIVING else k + 2  # 年初没排预算
        if at < len(tokens) and token.kind == "field" and token.key in _AMOUNTS \
                and tokens[k + 1].kind == "not" and tokens[k + 1].text in _LACKING \
                and tokens[at].kind in ("field", "weak_field") and tokens[at].key in _AMOUNTS \
                and not (at + 1 < len(tokens) and tokens[at + 1].kind in ("op", "op_after", "number")):
            money = tokens[at]
            out.append(dataclasses.replace(token, kind="predicate", key=f"{token.key} = 0", end=money.end,
                                           text="".join(t.text for t in tokens[k:at + 1])))
            k = at + 1
            continue
        # began the year with no budget, opened the year with zero allocation, began the year without any budget: the
        # field the cue names (the opening one) is nil, the money word after the negation only says it is money
        if token.kind == "field_cue" and token.key in _AMOUNTS:
            negated = token.text.lower().endswith("without")
            at = k + 1 if negated else k + 2
            if at < len(tokens) and (negated or _none_said(tokens[k + 1])) \
                    and tokens[at].kind in ("field", "weak_field") and tokens[at].key in _AMOUNTS \
                    and not (at + 1 < len(tokens) and tokens[at + 1].kind in ("op", "op_after", "number")):
                out.append(dataclasses.replace(token, kind="predicate", key=f"{token.key} = 0", end=tokens[at].end,
                                               text=" ".join(t.text for t in tokens[k:at + 1])))
                k = at + 1
                continue
        # "no money in the initial budget", "zero money in its opening budget": that amount is nil
        if k + 2 < len(tokens) and token.kind == "not" and token.text.lower() in ("no", "zero") \
                and tokens[k + 1].kind == "weak_field" and tokens[k + 1].key in _AMOUNTS \
                and tokens[k + 2].kind == "field" and tokens[k + 2].key in _AMOUNTS \
                and not (k + 3 < len(tokens) and tokens[k + 3].kind in ("op", "op_after", "number")):
            field = tokens[k + 2]
            out.append(dataclasses.replace(field, kind="predicate", key=f"{field.key} = 0", start=token.start,
                                           text=" ".join(t.text for t in tokens[k:k + 3])))
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
        # zero actuals, nil outturn, zero-actuals forms: the figure zero right before an amount says that amount is nil
        if k + 1 < len(tokens) and token.kind == "number" and _none_said(token) \
                and tokens[k + 1].kind == "field" and tokens[k + 1].key in (*_AMOUNTS, "unspent") \
                and not (k and tokens[k - 1].kind in ("op", "op_after", "compare_cue")) \
                and not (k + 2 < len(tokens) and tokens[k + 2].kind in ("op", "op_after", "number")):
            amount = tokens[k + 1]
            out.append(dataclasses.replace(amount, kind="predicate", key=f"{amount.key} = 0", start=token.start,
                                           text=f"{token.text} {amount.text}"))
            k += 2
            continue
        out.append(token)
        k += 1
    return out


def _none_said(token) -> bool:
    """Whether a token says none of what follows it: a negation (no, 没有) or the figure zero (zero budget)."""
    if token.kind == "not":
        return token.text.lower() in ("no", "without") or token.text in _LACKING
    return token.kind == "number" and token.text.lower() in ("zero", "0", "零", "nil")


def _not_a_cent(tokens: list, k: int) -> int | None:
    """The end of 一分(钱) [都/也] 没 SPEND starting at k (the smallest coin, then a negated spending word); None when
    there is none. 一分 is read as one point elsewhere; before a negated spending word it is no figure."""
    if tokens[k].kind != "number" or not tokens[k].text.startswith(_CENT):
        return None
    j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].kind == "weak_field" and tokens[k + 1].key == "annual_budget")
    if j + 1 < len(tokens) and tokens[j].kind == "not" and tokens[j].text in _LACKING \
            and tokens[j + 1].kind in ("field", "weak_field") and tokens[j + 1].key in _SPENDING:
        return j + 2
    return None


@lru_cache(maxsize=1)
def _opening_lacking() -> re.Pattern:
    """A time word of the year's opening (the zh_opening row of assistant/data/zero_idioms.tsv: 开年, 年头, 刚开始), its
    时/的时候, then a negated amount of money (没有预算, 没安排钱)."""
    words = {cells[0]: cells[1] for _, cells in data_files.rows("zero_idioms.tsv", 2, "'role<TAB>pattern'")}
    lacking = "|".join(sorted(_LACKING, key=len, reverse=True))
    giving = "|".join(sorted(_GIVING, key=len, reverse=True))
    return re.compile(rf"(?:{words['zh_opening']})(?:的时候|时候|那会儿?|时)?(?=[都也就还]?(?:{lacking})(?:{giving})?(?:{words['zh_noun']}))")


def opening_said(question: str) -> str:
    """The opening of the year said in any words before money it lacked written 年初 (开年的时候没有预算 → 年初没有预算).

    Args:
        question: the question as typed.

    Returns:
        The question, each such time word written 年初; the lexicon reads 年初没有预算 as the opening budget nil.
    """
    return _opening_lacking().sub("年初", question)
