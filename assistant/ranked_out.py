"""A ranking negated: "which forms aren't among the top 5 by budget" — the forms outside it."""

from __future__ import annotations

from assistant import model as m


def negated_ranking(select: m.Select, state) -> None:
    """A top N (or a statistic over it) right after an unread negation: the forms not among the first N.

    Args:
        select: the Select as shaped, changed in place.
        state: the ComposeState (tokens, and the indices read, to which the negation is added).
    """
    tokens = state.tokens
    end = next((k for k, t in enumerate(tokens) if t.kind in ("superlative", "limit")), None)
    if end is not None and end > 0 and tokens[end - 1].kind == "number":
        end -= 1  # not among the 3 lowest
    if end is None or end == 0 or tokens[end - 1].kind != "not" or end - 1 in state.used or select.group_by is not None:
        return
    if select.aggregate is None and select.order_by is not None and select.limit:
        state.used.add(end - 1)
        ranked = m.Ranked(select.order_by, select.descending, select.limit, select.where)
        select.where = m.conjoin(select.where, m.Not(ranked))
        select.order_by, select.limit, select.ties, select.offset, select.shown = None, None, False, 0, []
    elif isinstance(select.where, m.Ranked):  # the average budget outside the top 5
        state.used.add(end - 1)
        select.where = m.conjoin(select.where.within, m.Not(select.where))
