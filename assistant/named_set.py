"""Forms named together (人才活动和人才健康体检这两张表): the set of them, never a form bearing both names."""

from __future__ import annotations

from assistant import model as m


def named_together(select: m.Select) -> None:
    """Join by OR the conditions that name different forms in full (project name equals A, equals B): a form has one
    name, so their AND would pick nothing; the question asks about both forms.

    Args:
        select: the reading's Select, changed in place.
    """
    items = list(select.where.items) if isinstance(select.where, m.And) else []
    named = [c for c in items if isinstance(c, m.Text) and c.field == m.Field("project_name") and c.mode == "equals"]
    if len({c.value for c in named}) < 2:
        return
    rest = [c for c in items if c not in named]
    select.where = m.conjoin(m.Or(tuple(named)), *rest)
