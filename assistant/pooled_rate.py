"""A rate over several forms taken together (合计的执行率, 整体执行率, the overall execution rate): total over total."""

from __future__ import annotations

import re

from assistant import model as m

# The views' rates and the amounts they divide: 执行率 = 100 × 全年执行数 ÷ 全年预算数, on every store.
RATES = {"execution_rate": ("executed", "annual_budget")}
# Amounts a total can be of besides a rate's own (执行率最低的三个项目结余加起来: the unspent balances of a ranking).
_OTHER_AMOUNTS = ("initial_budget", "unspent", "budget_change")
# A field word naming the rate itself (执行率, execution rate), not the spending ("total execution": the money).
_RATE_WORD = re.compile(r"率|rate|ratio|比例|比率")


def pooled(function: str | None, measure, tokens: list) -> tuple[str | None, object]:
    """The statistic and measure a total of a rate asks for: 合计的执行率 / 整体执行率 pool the amounts (Σ执行数 ÷
    Σ预算数, in percent); "total execution" / 执行合计 is the money executed; "overall" before another field is its total.

    Args:
        function: the statistic read (sum, pooled, …).
        measure: the field it is of.
        tokens: the question's tokens not read by a condition.

    Returns:
        (function, measure) to use.
    """
    if function == "share" and not any(t.kind == "ratio" for t in tokens):
        # what percent of the 平安办 budget was spent, 平安办的钱花掉了百分之多少: the rate's two amounts, both unread
        fields = {t.key for t in tokens if t.kind == "field"}
        pooled_parts = next((parts for parts in RATES.values() if set(parts) <= fields), None)
        return ("pooled", m.Arith("/", m.Field(pooled_parts[0]), m.Field(pooled_parts[1]))) if pooled_parts else (function, measure)
    if function not in ("sum", "pooled"):
        return function, measure
    parts = RATES.get(getattr(measure, "name", None)) if getattr(measure, "entity", None) == "form" else None
    if parts is None:
        return "sum", measure  # the overall budget: its total
    # the rate named and its money not (执行率最低的三个一共花了多少钱 totals the money of a ranking by rate)
    named = any(t.kind == "field" and t.key == measure.name and _RATE_WORD.search(t.text) for t in tokens) \
        and not any(t.kind == "field" and t.key in (*parts, *_OTHER_AMOUNTS) for t in tokens)  # 执行率最低的三个，结余合计
    if function == "pooled" or named:
        return "pooled", m.Arith("/", m.Field(parts[0]), m.Field(parts[1]))
    return "sum", m.Field(parts[0])  # rates do not add up, the money executed does


def parts_named(tokens: list) -> list:
    """The tokens without a rate's two amounts named right after a word pooling them ("if you combine the spending and
    budgets of A and B", 把执行数和预算合起来算): they say what is pooled, no comparison of one with the other; an "of"
    after them goes too.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such amounts left out.
    """
    out, k = [], 0
    while k < len(tokens):
        out.append(tokens[k])
        named = tokens[k + 1:k + 3]
        if tokens[k].kind == "aggregate" and tokens[k].key == "pooled" and len(named) == 2 \
                and all(t.kind == "field" for t in named) and {t.key for t in named} in (set(pair) for pair in RATES.values()):
            k += 3
            if k < len(tokens) and tokens[k].kind == "op" and tokens[k].text.lower() == "of":
                k += 1
            continue
        k += 1
    return out
