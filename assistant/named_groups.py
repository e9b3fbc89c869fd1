"""Named groups: "平安办和信访办各有几个项目" asks the statistic once for each thing named, not once for all of them."""

from __future__ import annotations

from assistant import model as m
from assistant.recognise import Token

# The words saying "for each of the things named" (各, 分别, each, respectively), as group cues or loose tokens.
EACH_WORDS = ("各", "各自", "分别", "各有", "each", "each of", "respectively", "apiece", "individually", "per each")


def _asks_each(tokens: list[Token]) -> bool:
    return any(t.kind in ("group_cue", "noun", "stop") and t.text.lower() in EACH_WORDS for t in tokens) \
        or any(t.text in ("各", "分别") for t in tokens)


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
    if len(alternatives) != 1 or len(alternatives[0].items) < 2:
        return False
    select.where = m.conjoin(*(c for c in items if c is not alternatives[0]))
    select.groups = tuple(alternatives[0].items)
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
