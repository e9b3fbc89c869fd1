"""A follow-up's condition that cannot hold with one of the previous answer's (那没评等级的…呢 after 评了优的, how many under
10 万元? after above 500 万元) replaces it: a follow-up is never an AND no form can meet, unless it says "among those"."""

from __future__ import annotations

import math

from assistant import model as m

# Each comparison as the interval of values it keeps: (low, low kept, high, high kept).
_INTERVALS = {">": lambda v: (v, False, math.inf, False), ">=": lambda v: (v, True, math.inf, False),
              "<": lambda v: (-math.inf, False, v, False), "<=": lambda v: (-math.inf, False, v, True),
              "=": lambda v: (v, True, v, True)}


def joined(base: m.Cond | None, where: m.Cond | None, narrowing: bool) -> m.Cond | None:
    """The previous conditions and the follow-up's, a previous one the follow-up's contradict left out.

    Args:
        base: the previous answer's conditions (or its forms).
        where: the follow-up's own conditions.
        narrowing: the follow-up says it is among the previous forms (其中, of those): then every condition holds.

    Returns:
        The conditions of the follow-up.
    """
    new = _items(where)
    kept = _items(base) if narrowing else [item for item in _items(base) if not any(contradicts(item, n) for n in new)]
    return m.conjoin(*kept, where)


def contradicts(one: m.Cond, other: m.Cond) -> bool:
    """Whether no form can meet both conditions: a condition and its negation, one column's two values or a value and
    its blank, one figure's disjoint ranges (> 500 and < 10), one field against another both ways.

    Args:
        one: a condition.
        other: another.

    Returns:
        True when they cannot both hold.
    """
    if isinstance(one, m.Not) or isinstance(other, m.Not):
        negated, plain = (one, other) if isinstance(one, m.Not) else (other, one)
        return repr(negated.item) == repr(plain) if isinstance(negated, m.Not) else False
    if isinstance(one, m.Text) and isinstance(other, m.Text) and one.field == other.field:
        modes = {one.mode, other.mode}
        if modes == {"equals"}:
            return one.value != other.value
        return "missing" in modes and len(modes) == 2 and bool(modes & {"equals", "contains", "suffix", "present"})
    if isinstance(one, m.Compare) and isinstance(other, m.Compare) and repr(one.left) == repr(other.left):
        if isinstance(one.right, m.Number) and isinstance(other.right, m.Number):
            return _disjoint(one.op, one.right.value, other.op, other.right.value)
        if repr(one.right) == repr(other.right):
            return _disjoint(one.op, 0.0, other.op, 0.0)
    return False


def _disjoint(op: str, value: float, other_op: str, other_value: float) -> bool:
    """Whether two comparisons of one figure keep no value in common."""
    if op not in _INTERVALS or other_op not in _INTERVALS:
        return False
    low, low_in, high, high_in = _INTERVALS[op](value)
    low2, low2_in, high2, high2_in = _INTERVALS[other_op](other_value)
    start, start_in = max((low, low_in), (low2, low2_in), key=lambda end: (end[0], not end[1]))
    end, end_in = min((high, high_in), (high2, high2_in), key=lambda end: (end[0], end[1]))
    return start > end or (start == end and not (start_in and end_in))


def _items(condition: m.Cond | None) -> list:
    return [] if condition is None else list(condition.items) if isinstance(condition, m.And) else [condition]


def narrows(tokens: list) -> bool:
    """Whether a follow-up says it is among the previous forms (其中, 这些里, of those, among them): the pointers a
    question may open with (assistant/data/member_pointers.tsv, role lead) said as a word of it.

    Args:
        tokens: the question's tokens.

    Returns:
        True when one of its words is such a pointer.
    """
    from assistant.member_pointer import leads

    return any(t.text.lower() in leads() for t in tokens)
