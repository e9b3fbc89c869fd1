"""A class's indicator rows counted per form (平均每个项目有几个时效指标): the measure of a statistic over the forms."""

from __future__ import annotations

from assistant import model as m


def class_rows_per_form(select: m.Select, row_where: m.Cond | None, tokens: list) -> m.IndicatorCount | None:
    """The count of the rows of the class named, per form, when a statistic names no field; every form counts (a form
    without such rows has 0), so the condition that the form has one is taken out of `select.where`.

    Args:
        select: the Select being shaped (its where is changed in place).
        row_where: the rows' condition read from the class words.
        tokens: the question's tokens.

    Returns:
        The measure, or None when no class is named.
    """
    if row_where is None or not any(t.kind == "class" for t in tokens):
        return None
    items = list(select.where.items) if isinstance(select.where, m.And) else [select.where] if select.where is not None else []
    select.where = m.conjoin(*(c for c in items if c != m.HasIndicator(row_where)))
    return m.IndicatorCount(row_where)
