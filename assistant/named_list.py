"""Forms named one by one (人才活动和人才健康体检一共花了多少, 搞人才活动、给人才做体检的那两个项目): one form has one name,
so names no single name can satisfy together are a list (OR)."""

from __future__ import annotations

from assistant import model as m


def _names_a_form(condition) -> bool:
    return isinstance(condition, m.Text) and condition.mode in ("equals", "contains") and condition.field.name == "project_name"


def _together_impossible(names: list[m.Text], projects: tuple[str, ...]) -> bool:
    """Whether no one name satisfies every condition: two names in full that differ, a name in full lacking a part, or
    parts that no name the store holds has together (鲁汇…装修 and 杜行…修缮: two forms, each named by a part)."""
    whole = {c.value for c in names if c.mode == "equals"}
    parts = [c.value.lower() for c in names if c.mode == "contains"]
    return len(whole) > 1 or any(part not in name.lower() for name in whole for part in parts) \
        or (len(parts) > 1 and bool(projects) and not any(all(part in name.lower() for part in parts) for name in projects)
            and all(any(part in name.lower() for name in projects) for part in parts))


def named_list(where, projects: tuple[str, ...] = ()):
    """The condition with the project-name conditions of one AND joined by OR when no one name can meet them all: an
    AND of them matches nothing, and a question naming forms one by one means each of them (a total over both).

    Args:
        where: a Select's condition, or None.
        projects: the project names the store holds (parts no one of them holds together name several forms).

    Returns:
        The condition, the names made alternatives; unchanged when they can hold together (派出所 and 修缮).
    """
    if not isinstance(where, m.And):
        return where
    names = [c for c in where.items if _names_a_form(c)]
    if len(names) < 2 or not _together_impossible(names, projects):
        return where
    others = [c for c in where.items if not _names_a_form(c)]
    return m.conjoin(m.Or(tuple(names)), *others)
