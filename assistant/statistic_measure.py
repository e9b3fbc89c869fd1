"""What a statistic is taken of: the field its word names (平均执行率), over forms a name leaves out rather than looks up."""

from __future__ import annotations

from assistant import model as m


def named_measure(tokens: list, used: set, function: str | None) -> int | None:
    """Where the field a statistic is taken of stands: right after the statistic's word, else the first free field.

    A question may name another amount on the way ("leaving out the form whose 执行数 is wrong, 平均执行率是多少"):
    the word after 平均 says what is averaged.

    Args:
        tokens: the composed tokens.
        used: indices composition used.
        function: the statistic asked (avg, median, sum, …), or None.

    Returns:
        The index of the field token, or None when no field is free.
    """
    def free(k: int) -> bool:
        return tokens[k].kind == "field" and k not in used and tokens[k].key != "year"

    after = next((k + 1 for k, t in enumerate(tokens[:-1]) if t.kind == "aggregate" and t.key == function and free(k + 1)), None)
    return after if after is not None else next((k for k in range(len(tokens)) if free(k)), None)


def names_only_excluded(where) -> bool:
    """Whether every condition on a form's name is negated (excluding the 户籍档案 one): the forms named are left out of
    a total, not looked up.

    Args:
        where: the Select's condition.

    Returns:
        True when the condition names forms and each name is under a Not.
    """
    def named(node, negated: bool) -> list[bool]:
        if isinstance(node, m.Not):
            return named(node.item, not negated)
        if isinstance(node, (m.And, m.Or)):
            return [flag for item in node.items for flag in named(item, negated)]
        return [negated] if isinstance(node, m.Text) and node.field.name == "project_name" else []

    flags = named(where, False) if where is not None else []
    return bool(flags) and all(flags)
