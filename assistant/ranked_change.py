"""which one by the most? / 哪个最多 after a list of forms topped up or cut: the size of that change, ranked."""

from __future__ import annotations

import dataclasses

from assistant import model as m

# Words such a follow-up may hold besides its superlative: which one, by, how much, a count, the forms' noun.
_GLUE = ("follow", "group_cue", "by_how_much", "how_much", "number", "noun", "op", "swap", "first_one")


def _change(where) -> m.Compare | None:
    """The comparison of two fields (annual budget above the initial one) the condition holds, if any."""
    items = where.items if isinstance(where, m.And) else (where,)
    return next((c for c in items if isinstance(c, m.Compare) and isinstance(c.left, m.Field)
                 and isinstance(c.right, m.Field) and c.op in ("<", ">")), None)


def ranked_change(tokens: list, previous: m.Select | None):
    """The previous forms ranked by the size of the change their condition names, when the question says only a
    superlative ("which one by the most?", "the biggest one?", 哪个最多).

    Args:
        tokens: the question's tokens, stop words out.
        previous: the Select of the previous answer.

    Returns:
        The reading, or None when the question is not such a follow-up.
    """
    from assistant.asking import Reading  # (here, not above: asking composes with ranked_measure_statistic below)
    from assistant.conditions import difference

    superlative = [t for t in tokens if t.kind == "superlative"]
    change = _change(previous.where) if previous is not None and previous.where is not None else None
    if change is None or len(superlative) != 1 or any(t.kind not in _GLUE + ("superlative",) for t in tokens) \
            or any(t.kind == "noun" and t.key != "form" for t in tokens):
        return None
    counts = [t for t in tokens if t.kind == "number" and t.value and float(t.value).is_integer() and t.value < 1000]
    size = difference(change)
    select = dataclasses.replace(previous, aggregate=None, group_by=None, having=None, order_by=size,
                                 descending=superlative[0].key == "max", limit=int(counts[0].value) if counts else 1,
                                 ties=not counts, shown=[size], offset=0)
    return Reading(select, follow_up=True)


def ranked_measure_statistic(state, select: m.Select, superlative, limit: int, function: str) -> bool:
    """砍得最多的前两个项目一共被砍了多少 / the three largest top-ups added up: a statistic of the measure a condition read
    (a change's size) over the first N forms ranked by it, when no field names another ranking.

    Args:
        state: the composition so far (its measures).
        select: the Select holding the conditions, completed in place.
        superlative: the word saying which end (最多, 最少), or 前 (the top).
        limit: how many forms.
        function: the statistic (sum, avg, median).

    Returns:
        Whether such a measure was there to rank.
    """
    if not state.measures or any(t.kind == "field" and k not in state.used for k, t in enumerate(state.tokens)):
        return False
    measure = state.measures[0]
    select.where = m.Ranked(measure, superlative.key != "min", limit, select.where)
    select.aggregate = m.Aggregate(function, measure)
    return True
