"""Forms named one by one (人才活动和人才健康体检一共花了多少): one form has one name, so the names are a list (OR)."""

from __future__ import annotations

from assistant import model as m


def _names_a_form(condition) -> bool:
    return isinstance(condition, m.Text) and condition.mode == "equals" and condition.field.name == "project_name"


def named_list(where):
    """The condition with two or more "project name equals" conditions of one AND joined by OR instead: an AND of them
    matches nothing, and a question naming forms one by one means each of them (a total over both, a list of both).

    Args:
        where: a Select's condition, or None.

    Returns:
        The condition, the names made alternatives; unchanged when it names fewer than two forms this way.
    """
    if not isinstance(where, m.And):
        return where
    names = [c for c in where.items if _names_a_form(c)]
    if len(names) < 2 or len({c.value for c in names}) < 2:
        return where
    others = [c for c in where.items if not _names_a_form(c)]
    return m.conjoin(m.Or(tuple(names)), *others)
