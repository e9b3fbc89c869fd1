"""Ranked follow-ups naming no field: 排第一的是哪个, the lowest one?, the top two — the previous list's ends."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant.asking import Reading
from assistant.follow_ups import compared_field
from assistant.recognise import Token

# Kinds such a follow-up may hold besides its cue (是, which one, 项目, 排名).
_GLUE = ("follow", "swap", "op", "noun", "sort", "first_one", "superlative", "limit", "number")


def pick(tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading | None:
    """The first N of the previous list: in its own order when it had one; "top"/最低 with no order of its own ranks
    it by the field its condition compared (执行率低于80%的 → the highest rate among them), and so does 排第一的;
    the first two of a list in no order are its first rows as listed.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer listed, in its order.

    Returns:
        The reading, or None when the question is no such follow-up (a field named is a question of its own).
    """
    superlative = next((t for t in tokens if t.kind == "superlative"), None)
    ordinal = any(t.kind in ("first_one", "limit") for t in tokens)
    if (superlative is None and not ordinal) or not all(t.kind in _GLUE for t in tokens) \
            or (previous is None and not previous_ids) or any(t.kind == "noun" and t.key != "form" for t in tokens):
        return None  # 其中指标最多的: a noun other than the forms' is what is ranked (their indicators), not a list's end
    # 前两个是哪两个: the same count said twice is one count; "one" after a superlative (the lowest one) is no count
    counts = {t.value for t in tokens if t.kind == "number" and t.unit in (None, "count") and t.value}
    if len(counts) > 1 or any(t.kind == "number" and t.unit not in (None, "count") for t in tokens) \
            or any(not float(n).is_integer() or n > 100 for n in counts):
        return None
    n = int(counts.pop()) if counts else 1
    if previous is None or previous.aggregate is not None or previous.group_by is not None:
        return Reading(m.Select(where=m.FormIds(tuple((previous_ids or [])[:n]))), follow_up=True) \
            if superlative is None and previous_ids else None
    order, descending = previous.order_by, previous.descending
    field = compared_field(previous)
    # 排第一的 / the top one of a list in no order: first by the figure its condition compared, like "top"
    first = any(t.kind == "first_one" for t in tokens) and order is None and field is not None
    if superlative is not None or first:
        if order is None and field is None:
            return None  # "the highest" of a list with no figure to rank it by: not this follow-up's to guess
        order = order if order is not None else m.Field(field)
        descending = superlative is None or superlative.key == "max"
    select = dataclasses.replace(previous, order_by=order, descending=descending, limit=n, ties=n == 1 and order is not None)
    return Reading(select, follow_up=True)
