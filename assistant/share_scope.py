"""The forms a share is taken over, as the question marks them: among the graded forms, 在有评分等级的项目中, leaving aside those that spent nothing."""

from __future__ import annotations

import re
from typing import Callable

from assistant import model as m

# "what percentage of graded forms …", "the share of the (平安办)-tagged projects that …": the words between the share
# and the noun for forms describe the forms counted over.
_OF_THE_FORMS = re.compile(r"\b(?:percentage|percent|share|proportion|fraction|pct|%)\s+of\s+(?:all\s+|the\s+)*"
                           r"(?P<scope>[^,?]{2,60}?\s*\b(?:forms|projects|programmes|programs|schemes|scorecards|lines))\b",
                           re.IGNORECASE)
# "Among the graded forms, …", "Of those that spent something, …", "In the (党群中心) projects, …": a clause opening the question.
_AMONG = re.compile(r"^\s*(?:among|amongst|within|out of|of|in)\s+(?P<scope>[^,?]{2,80}?)\s*,", re.IGNORECASE)
# 在有评分等级的项目中，… / 名称带（平安办）的项目里，…: the forms named before 中 / 里 / 当中.
_AMONG_ZH = re.compile(r"^\s*(?:在|从)?(?P<scope>[^，,？?]{2,40}?(?:项目|表|的))(?:之中|当中|中间|里面|中|里)[，,]?")
# "Leaving aside the projects that disbursed nothing, …", 不算零执行的项目，…: an exclusion opening the question.
_LEAVING = re.compile(r"^\s*(?P<scope>(?:leaving aside|leaving out|setting aside|excluding|not counting|ignoring|apart from|"
                      r"except for|other than|without)\s[^,?]{2,80}?)\s*,", re.IGNORECASE)
_LEAVING_ZH = re.compile(r"^\s*(?P<scope>(?:不算|剔除|排除|除去|去掉|扣除|除了|除)[^，,？?]{2,40}?)[，,]")


# Conditions that say which forms a share is taken over ("of the 平安办 projects") by what they are, not what is counted.
_SCOPE_FIELDS = {"project_name", "implementing_unit", "department", "year"}


def is_scope(condition: m.Cond) -> bool:
    """Whether a share's condition names its population by itself: a name, unit, department, year or earlier answer.

    Args:
        condition: one condition of the share.

    Returns:
        True for those; a figure, grade or exclusion is the population only where the question marks it (scoped_share).
    """
    return isinstance(condition, (m.Text, m.Or, m.FormIds)) and not (
        isinstance(condition, m.Text) and condition.field.name not in _SCOPE_FIELDS) or (
        isinstance(condition, m.Compare) and condition.left == m.Field("year"))


def _items(condition: m.Cond | None) -> list:
    if condition is None:
        return []
    return list(condition.items) if isinstance(condition, m.And) else [condition]


def scope_text(question: str) -> str | None:
    """The words of a question marking the forms a share is over, None when it marks none.

    Args:
        question: as typed.

    Returns:
        E.g. "graded forms", "有评分等级的项目", "Leaving aside the projects that disbursed nothing".
    """
    for pattern in (_LEAVING, _LEAVING_ZH, _AMONG, _AMONG_ZH, _OF_THE_FORMS):
        found = pattern.search(question)
        if found is not None:
            return found.group("scope")
    return None


def scoped_share(select: m.Select, question: str, read: Callable[[str], object]) -> bool:
    """Move the conditions the question says the share is over from what is counted into `where`.

    A share's conditions on names, units and years are its scope already (asking.py); a condition on a figure, a grade
    or an exclusion is the scope only where the question marks it so ("among the graded forms, what share …"). The
    marked words are read alone; the conditions they give that the share counts are moved.

    Args:
        select: the composed Select, changed in place.
        question: as typed.
        read: reads words alone into a Reading (or None).

    Returns:
        Whether a condition was moved.
    """
    aggregate = select.aggregate
    if aggregate is None or aggregate.function != "share" or aggregate.expr is not None or aggregate.condition is None:
        return False
    words = scope_text(question)
    if words is None:
        return False
    alone = read(words)
    if alone is None or not alone.reads_nearly_all() or alone.select.aggregate is not None or alone.select.where is None:
        return False
    counted, scope = _items(aggregate.condition), _items(alone.select.where)
    moved = [c for c in scope if c in counted]
    kept = [c for c in counted if c not in moved]
    if not moved or not kept or len(moved) != len(scope):
        return False  # the marked words read as something the share does not count, or as all it counts
    select.where = m.conjoin(select.where, *moved)
    select.aggregate = m.Aggregate("share", condition=m.conjoin(*kept))
    return True
