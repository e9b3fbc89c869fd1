"""Named groups: "平安办和信访办各有几个项目" asks the statistic once for each thing named, not once for all of them."""

from __future__ import annotations

from assistant import model as m
from assistant.recognise import Token


# The columns that name a form's owner or kind: two of them joined by "and" under "respectively" are two groups.
_NAME_COLUMNS = ("project_name", "implementing_unit", "department", "office_tag", "grade")


def _asks_each(tokens: list[Token]) -> bool:
    """分别 / respectively (the lexicon's "each" words), or 各 / each as a group cue with no group after it."""
    return any(t.kind == "each" for t in tokens) or any(
        t.kind == "group_cue" and t.text.lower() in ("各", "each") for t in tokens)


def lists_each(tokens: list[Token]) -> bool:
    """每个平安办项目的执行率 / the rate of each 信访办 project / execution rates for every project: a group cue right
    before a thing named or a word for forms lists the forms one by one (a figure per form), where 每个单位 before a
    group word would group.

    Args:
        tokens: the question's tokens.

    Returns:
        Whether a group cue stands right before a unit, department, tag or a word for forms, or a thing named is
        asked about each (信访办项目的执行率分别是多少).
    """
    return any(t.kind == "group_cue" and k + 1 < len(tokens) and (tokens[k + 1].kind in ("tag", "unit", "department") or (
        tokens[k + 1].kind == "noun" and tokens[k + 1].key == "form")) for k, t in enumerate(tokens)) or (
        any(t.kind == "each" for t in tokens) and any(t.kind in ("tag", "unit", "department") for t in tokens))


def _glue_of_every_form(token: Token) -> bool:
    """A token that may stand beside a field asked of every form: the field, each, a word for forms, their, "of"."""
    return token.kind in ("field", "each", "group_cue", "follow") or (token.kind, token.key) == ("noun", "form") \
        or (token.kind, token.key, token.text.lower()) == ("op", "=", "of")


def every_form_listed(text: str, tokens: list[Token], whole: dict[str, str]):
    """各项目的全年预算数 / 所有项目的执行率 / every project's total score: one figure asked of every form, nothing else
    said, read as that figure listed form by form.

    Args:
        text: the question as read.
        tokens: its tokens, stop words gone.
        whole: the lexicon's words for every form (所有项目, all projects).

    Returns:
        The reading (a Select showing the field for every form), or None.
    """
    from assistant.asking import field_node
    from assistant.compose import Reading

    fields = [t for t in tokens if t.kind == "field" and t.key != "year"]
    said_every = any(t.kind == "each" for t in tokens) or any(word in text.lower() for word in whole)
    if len(fields) != 1 or not said_every or any(not _glue_of_every_form(t) for t in tokens) \
            or fields[0].key.startswith("indicator."):
        return None
    return Reading(m.Select(shown=[field_node(fields[0].key)]))


def split(select: m.Select, tokens: list[Token]) -> bool:
    """Turn a statistic over "A or B" into one statistic per alternative when the question says each.

    Args:
        select: the Select shaped so far (a statistic, no grouping), changed in place.
        tokens: the question's tokens.

    Returns:
        Whether the Select now carries named groups.
    """
    if select.aggregate is None or select.group_by is not None or select.where is None or not _asks_each(tokens):
        return False
    items = select.where.items if isinstance(select.where, m.And) else (select.where,)
    alternatives = [c for c in items if isinstance(c, m.Or)]
    if len(alternatives) == 1 and len(alternatives[0].items) >= 2:
        named = list(alternatives[0].items)
    else:
        # "the budget of 平安办 and of 信访办 respectively": names joined by "and" are the groups, not one condition
        named = [c for c in items if isinstance(c, m.Text) and c.field.name in _NAME_COLUMNS and c.mode in ("suffix", "contains", "equals")]
        if len(named) < 2 or alternatives:
            return False
    select.where = m.conjoin(*(c for c in items if c not in named and c not in alternatives))
    select.groups = tuple(named)
    return True


def label(condition: m.Cond) -> str:
    """The name a group is shown under: the value named (平安办, 信访办), else the condition's position.

    Args:
        condition: one alternative.

    Returns:
        The label.
    """
    if isinstance(condition, m.Text) and condition.value:
        return condition.value.strip("（）()")
    if isinstance(condition, m.Compare) and isinstance(condition.right, m.Number):
        return condition.right.printed or f"{condition.right.value:g}"
    return ""
