"""执行率高于平均水平的项目（不算户籍档案那张）: the forms a question leaves out are left out of the average it compares with."""

from __future__ import annotations

import dataclasses

from assistant import model as m


def overall_kept(where):
    """The condition with each statistic over every form (above the average) taken over the forms the question's
    exclusions keep: an exclusion says a form is out of consideration, its figures too.

    Args:
        where: a Select's condition, or None.

    Returns:
        The condition; unchanged when it excludes nothing or compares with no overall statistic.
    """
    if not isinstance(where, m.And):
        return where
    exclusions = [c for c in where.items if isinstance(c, m.Not)]
    if not exclusions:
        return where

    def kept(condition):
        if isinstance(condition, m.Compare) and isinstance(condition.right, m.Overall) and condition.right.where is None:
            return dataclasses.replace(condition, right=dataclasses.replace(condition.right, where=m.conjoin(*exclusions)))
        return condition
    return m.And(tuple(kept(c) for c in where.items))
