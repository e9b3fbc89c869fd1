"""An order asked (按执行率从低到高排序, sort them by budget, sort them by how much was cut, 按总分从低到高，第一个是哪个):
the rows in that order — all of them, or the first and any tied with it."""

from __future__ import annotations

import re

from assistant import model as m

# A predicate comparing two fields (annual_budget > initial_budget: topped up), whose gap is the size of the change.
_TWO_FIELDS = re.compile(r"^([a-z_]+) ([<>]) ([a-z_]+)$")


def sort_rows(state, select: m.Select, limit: int | None) -> bool | None:
    """Order the Select by the field (or measure: the size of the cut) a sort word or direction names.

    Args:
        state: the ComposeState (tokens, used, measures).
        select: the Select, completed in place.
        limit: how many rows the question asked for, if it did.

    Returns:
        None when no sort word or direction is said; False when it names nothing to sort by; True when sorted.
    """
    from assistant.asking import asks_size, field_node

    tokens = state.tokens
    sort = next((k for kind in ("sort", "direction") for k, t in enumerate(tokens) if t.kind == kind), None)
    if sort is None:
        return None
    state.used.add(sort)
    named = next((field_node(t.key) for t in tokens[sort + 1:] if t.kind == "field"), None) or \
        next((field_node(t.key) for t in reversed(tokens[:sort]) if t.kind == "field"), None)
    # sort them by how much was cut, 按调减了多少排: the size of the change the question measures
    measured = named is None and state.measures and asks_size(tokens)
    named = state.measures[0] if measured else named or _gap_of(tokens[sort + 1:sort + 2])
    if named is None:
        return False
    direction = next((t for t in tokens if t.kind == "direction"), None)
    state.used.update(k for k, t in enumerate(tokens) if t.kind == "direction" or (t.kind == "field" and t.key != "year"
                                                                                and field_node(t.key) == named))
    first = next((k for k, t in enumerate(tokens) if t.kind == "first_one"), None)
    if first is not None:  # 按执行率从低到高排，最前面的是哪个: the first row of that order, and any tied with it
        state.used.add(first)
        limit, select.ties = limit or 1, limit is None
    select.order_by, select.descending, select.limit = named, direction is None or direction.key == "desc", limit
    select.shown = [named]
    return True


def _gap_of(tokens: list) -> m.Arith | None:
    """sort them by the size of the top-up / by the cut: the gap a predicate comparing two fields speaks of, the larger
    less the smaller (全年预算数 − 年初预算数 for a top-up)."""
    found = _TWO_FIELDS.match(tokens[0].key) if tokens and tokens[0].kind == "predicate" else None
    if found is None:
        return None
    left, op, right = m.Field(found.group(1)), found.group(2), m.Field(found.group(3))
    return m.Arith("-", left, right) if op == ">" else m.Arith("-", right, left)
