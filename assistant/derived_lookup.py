"""A derived measure asked of forms the rule reader names (给重精病人监护人发奖励的那个项目，年中预算减了多少万): the
measure (the top-up, the unspent balance, the points lost) of those forms, never the budget column the lookup shows."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant.conditions import DERIVED

# Measures no printed column holds: a lookup of a column is no answer to them.
_DERIVED = DERIVED | {"budget_points_lost", "indicator_points_lost", "total_points_lost"}
# A lookup naming more forms than this is a group, not the forms described.
_MOST_FORMS = 3


def asks_derived(select: m.Select) -> bool:
    """Whether a reading shows or totals a measure only the views compute (a difference of fields, unspent, top-up,
    points lost).

    Args:
        select: the query model's select.

    Returns:
        True when it does.
    """
    def derived(expr) -> bool:
        return isinstance(expr, m.Arith) or (isinstance(expr, m.Field) and expr.name in _DERIVED)

    return any(derived(shown) for shown in select.shown) or (select.aggregate is not None and derived(select.aggregate.expr))


def of_named(reading, query, store):
    """The query model's reading of a derived measure, over the forms the rule reader's lookup names, when the words
    the reading left are that description (鲁汇那个派出所搬新地方装修的项目 → 鲁汇派出所新址装修工程).

    Args:
        reading: the query model's reading, or None.
        query: the rule-based reading of the same question.
        store: a store.Store.

    Returns:
        The reading over those forms with nothing left unread, or None when this does not apply.
    """
    from store import query as store_query

    if reading is None or query.intent != "lookup" or query.form_filter.is_empty() or not asks_derived(reading.select) \
            or reading.select.entity != "forms" or reading.unread:
        return None
    forms = store_query.list_forms(store, query.form_filter)
    left_out = repr([c for c in (reading.select.where.items if isinstance(reading.select.where, m.And) else [reading.select.where])
                     if isinstance(c, m.Not)])
    if not forms or len(forms) > _MOST_FORMS or any(f"'{form.project_name}'" in left_out for form in forms):
        return None  # excluding 户籍档案…: the form the lookup names is one the reading leaves out
    items = list(reading.select.where.items) if isinstance(reading.select.where, m.And) else \
        [reading.select.where] if reading.select.where is not None else []
    kept = [item for item in items if not (isinstance(item, m.Text) and item.field == m.Field("project_name"))]
    named = [m.Text(m.Field("project_name"), "equals", form.project_name) for form in forms]
    where = m.conjoin(*kept, named[0] if len(named) == 1 else m.Or(tuple(named)))
    return dataclasses.replace(reading, select=dataclasses.replace(reading.select, where=where), ignored=[], unread=[])
