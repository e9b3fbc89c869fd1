"""A total of the previous list naming no figure (这几个一共多少钱, how much do they add up to?): its money, summed."""

from __future__ import annotations

from assistant import model as m
from assistant.asking import Reading
from assistant.follow_ups import compared_field, previous_forms
from assistant.recognise import Token

# Kinds such a follow-up may hold besides its words for a total (是, these, 钱, 多少).
_GLUE = ("follow", "swap", "op", "noun", "aggregate", "how_much")
# The figure a list's money means when its question compared none: what the forms were given.
_DEFAULT_FIELD = "annual_budget"


def total(tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None, lexicon) -> Reading | None:
    """The sum over the previous answer's forms of the amount its question compared (全年预算数超过200万的 → their
    budgets), else of their full-year budget; 加起来多少 is that sum, not a count.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.
        lexicon: the fields, to tell an amount from a rate.

    Returns:
        The reading, or None when the question names a field, a figure or forms of its own, or points at no list.
    """
    sums = any(t.kind in ("aggregate", "how_much") and t.key == "sum" for t in tokens)
    # 这几个一共有多少个三级指标: a count of things named is no total of money
    if not sums or not all(t.kind in _GLUE for t in tokens) or (previous is None and not previous_ids) \
            or any(t.kind == "aggregate" and t.key not in ("sum", "count") for t in tokens) \
            or any(t.kind == "aggregate" and t.key == "count" and t.text != "多少" for t in tokens) \
            or any(t.kind == "noun" and t.key != "form" for t in tokens):
        return None
    if previous is not None and previous.aggregate is not None and previous.aggregate.expr is not None:
        return None  # "in total?" after a statistic is asked of that statistic, not of a list
    field = compared_field(previous)
    if field is None or lexicon.fields.get(field) is None or lexicon.fields[field].kind != "amount" \
            or _fixed(previous, field):
        field = _DEFAULT_FIELD  # 年初预算为零的 → what's the total?: their budget, never a sum of the zeros they share
    return Reading(m.Select(where=previous_forms(previous, previous_ids), aggregate=m.Aggregate("sum", m.Field(field))),
                   follow_up=True)


def _fixed(previous: m.Select, field: str) -> bool:
    """Whether the previous question set the field to one figure (年初预算数 = 0): every form's is the same."""
    items = list(previous.where.items) if isinstance(previous.where, m.And) else [previous.where]
    return any(isinstance(c, m.Compare) and isinstance(c.left, m.Field) and c.left.name == field and c.op == "="
               for c in items)

