"""Two statistics asked at once (平均值和中位数, the highest and the lowest, the total and the average): each answered."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant.answer import Answer

# The statistics an answer can give side by side over the same forms and field.
_STATISTICS = ("avg", "median", "sum", "max", "min")
# What a count of the forms may be asked beside (not a sum: 一共有几个 is one count).
_WITH_COUNT = ("share", "avg", "median")
_LABELS = {"count": ("数量", "count"), "share": ("占比", "share"), "avg": ("平均", "average"), "median": ("中位数", "median"), "sum": ("合计", "total"), "max": ("最大值", "maximum"),
           "min": ("最小值", "minimum")}


def asked_together(tokens: list) -> list[str]:
    """The statistics a question joins ("the average and the median execution rate", 平均执行率和中位数, 最大值、最小值),
    in the order asked; empty unless two different ones are joined by a conjunction.

    Args:
        tokens: the question's tokens (stop words out), with joined_by set.

    Returns:
        Statistic names such as ["avg", "median"].
    """
    found = [t for t in tokens if t.kind == "aggregate" and t.key in _STATISTICS]
    joined = any(t.joined_by in ("and", ",") for t in found[1:])  # 中位数是多少，平均数呢
    functions = list(dict.fromkeys(t.key for t in found))
    if joined and len(functions) > 1:
        return functions
    # 总分低于95分的有几个，占多少比例 / 有多少个，平均执行率多少: how many forms, beside a share or statistic of them
    counted = [t for t in tokens if t.kind == "aggregate" and (t.key in _WITH_COUNT or t.key == "count" and t.text != "多少")]
    keys = list(dict.fromkeys(t.key for t in counted))
    if len(keys) != 2 or "count" not in keys:
        return []
    # two questions, joined (有几个，平均…; how many, and what share): 信访办几个项目的总分平均 is one question
    first, second = tokens.index(counted[0]), tokens.index(next(t for t in counted if t.key != counted[0].key))
    return keys if any(t.joined_by in ("and", ",") for t in tokens[first + 1:second + 1]) else []


def answerable(select: m.Select, functions: list[str]) -> bool:
    """Whether one statistic over one field (no grouping, no ranking of groups) was read: the others swap in for it.

    Args:
        select: the reading's Select.
        functions: from asked_together.

    Returns:
        True when each statistic can be answered over the same forms.
    """
    aggregate = select.aggregate
    if aggregate is None or select.group_by is not None or select.groups or select.order_by is not None:
        return False
    if sorted(functions) == ["count", "share"]:  # the share's forms counted, beside their share
        return aggregate.function == "share" and aggregate.expr is None and aggregate.condition is not None
    if "count" in functions:  # the forms counted, beside a statistic of a field over them
        return aggregate.function in functions and isinstance(aggregate.expr, m.Field) and aggregate.expr.entity == "form"
    return bool(functions) and aggregate.function in functions and aggregate.expr is not None


def words(tokens: list) -> list[str]:
    """The joined statistics as written, for a refusal naming them (平均值和中位数)."""
    found = [t.text for t in tokens if t.kind == "aggregate" and t.key in _STATISTICS]
    return ["和".join(found) if not all(w.isascii() for w in found) else " and ".join(found)] if found else []


def answer_each(reading, functions: list[str], answer_one, lang: str) -> Answer:
    """Each statistic answered over the same forms; the value is the first one asked, the text and SQL hold all.

    Args:
        reading: the Reading (its Select holds one of the statistics).
        functions: the statistics, in the order asked.
        answer_one: Reading → Answer for a single statistic.
        lang: "zh" or "en".

    Returns:
        One answer holding every statistic.
    """
    answers = []
    for function in functions:
        select = dataclasses.replace(reading.select, aggregate=dataclasses.replace(reading.select.aggregate, function=function))
        if function == "count" and reading.select.aggregate.function == "share":  # the forms the share counts
            select = dataclasses.replace(reading.select, where=m.conjoin(reading.select.where, reading.select.aggregate.condition),
                                         aggregate=m.Aggregate("count"))
        elif function == "count":
            select = dataclasses.replace(reading.select, aggregate=m.Aggregate("count"))
        answers.append(answer_one(dataclasses.replace(reading, select=select, together=[])))
    first, zh = answers[0], lang != "en"
    label = {f: _LABELS[f][0 if zh else 1] for f in functions}
    figures = [f"{label[f]}：{a.text.splitlines()[0]}" if zh else f"{label[f]}: {a.text.splitlines()[0]}"
               for f, a in zip(functions, answers)]
    notes = dict.fromkeys(line for a in answers for line in a.text.splitlines()[1:])  # the same note once
    first.text = "\n".join([*figures, *notes])
    first.interpretation = (" / " if zh else " / ").join([first.interpretation] + [label[f] for f in functions[1:]])
    first.sql = ";\n".join(a.sql for a in answers if a.sql)
    return first
