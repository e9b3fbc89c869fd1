"""Follow-ups over the previous answer: narrowing it (其中…), swapping its conditions (what about …, 那…呢), its complement."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant.asking import Reading
from assistant.recognise import Token

# Kinds a complement follow-up ("and which don't?", 反过来呢) may hold besides its own word.
_GLUE = ("follow", "op", "noun", "complement")


def complement(tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading | None:
    """"and which don't?", 其余的呢: the forms the previous answer left out, asked the same way.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.

    Returns:
        The reading, or None when the question is no complement follow-up.
    """
    if not any(t.kind == "complement" for t in tokens) or not all(t.kind in _GLUE for t in tokens) \
            or (previous is None and previous_ids is None):
        return None
    base = _base(previous, previous_ids)
    select = dataclasses.replace(previous, where=m.Not(base), aggregate=None, limit=None, order_by=None) \
        if previous is not None and previous.aggregate is None else m.Select(where=m.Not(base))
    return Reading(select, follow_up=True)


def apply(reading: Reading, tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading:
    """The reading of a follow-up over the previous answer: a swap (那信访办呢, what about the ones with a top-up?)
    asks the previous question of other forms; a narrowing (其中…, only those…) adds its conditions.

    Args:
        reading: the question's own reading.
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.

    Returns:
        The reading, completed in place.
    """
    if previous is not None and tokens and tokens[0].kind == "swap":
        select = reading.select
        asks = select.aggregate is not None or select.order_by is not None or select.shown or select.group_by is not None
        reading.select = select if asks else dataclasses.replace(previous, where=select.where)
        reading.follow_up = True
        return reading
    if reading.follow_up and (previous is not None or previous_ids is not None):
        reading.select.where = m.conjoin(_base(previous, previous_ids), reading.select.where)
    return reading


def _base(previous: m.Select | None, previous_ids: list[int] | None) -> m.Cond:
    """The previous answer's forms: its conditions when it listed them all, else the forms it showed."""
    if previous is not None and previous.aggregate is None and not previous.limit and previous.where is not None:
        return previous.where
    return m.FormIds(tuple(previous_ids or ()))
