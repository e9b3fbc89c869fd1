"""A follow-up naming only another statistic (中位数呢, what about the median?, 那平均是多少): the last statistic, swapped."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant.asking import Reading

_STATISTICS = ("avg", "median", "sum", "max", "min")
# Words a swap may hold besides the statistic: 那…呢, what about, is, how much.
_GLUE = ("follow", "swap", "op", "how_much", "noun", "plus")


def swapped_statistic(tokens: list, previous: m.Select | None) -> Reading | None:
    """The previous Select with its statistic replaced, when the question names one other statistic and nothing else.

    Args:
        tokens: the question's tokens, stop words out.
        previous: the Select of the previous answer.

    Returns:
        The reading, or None when the question is not such a swap.
    """
    if previous is None or previous.aggregate is None or previous.aggregate.function not in _STATISTICS \
            or previous.aggregate.expr is None or previous.group_by is not None or previous.groups:
        return None
    # 平均到每个项目: "each form" after the statistic says what it is over, as the last one was; no groups
    tokens = [t for k, t in enumerate(tokens) if not (t.kind == "group_cue" and k + 1 < len(tokens)
                                                     and tokens[k + 1].kind == "noun" and tokens[k + 1].key == "form")]
    asked = [t for t in tokens if t.kind == "aggregate"]
    if len(asked) != 1 or asked[0].key not in _STATISTICS or asked[0].key == previous.aggregate.function \
            or any(t.kind not in _GLUE and t.kind != "aggregate" for t in tokens):
        return None
    expr = previous.aggregate.expr
    if asked[0].key == "sum" and expr == m.Field("execution_rate"):
        expr = m.Field("executed")  # rates do not add up, the money executed does
    aggregate = dataclasses.replace(previous.aggregate, function=asked[0].key, expr=expr)
    return Reading(dataclasses.replace(previous, aggregate=aggregate))


def statistic_kept(reading: Reading, previous: m.Select | None, closes_on_a_question: bool) -> None:
    """其中平安办的呢, and if we leave out X? after a statistic: a narrowing asked again (exclusion.asks_again) that asks
    nothing of its own asks the same statistic of the narrower forms (the reading is completed in place).

    Args:
        reading: the follow-up's reading.
        previous: the Select of the previous answer.
        closes_on_a_question: whether the question asks the last statistic again (closes on 呢, what if, leaves out).
    """
    select = reading.select
    if closes_on_a_question and previous is not None and previous.aggregate is not None \
            and select.aggregate is None and select.order_by is None and not select.shown and select.group_by is None:
        select.aggregate, select.group_by, select.entity = previous.aggregate, previous.group_by, previous.entity
