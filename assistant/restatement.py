"""Brackets that restate a condition: "年中追加过预算（全年预算数高于年初预算数）" says the same thing twice."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.conditions import negate


def _items(where: m.Cond | None) -> list:
    if where is None:
        return []
    return list(where.items) if isinstance(where, m.And) else [where]


def _names(where: m.Cond | None) -> list[str]:
    """The forms a condition names in full, one or several (项目名称 = …); empty for any other condition."""
    items = list(where.items) if isinstance(where, m.Or) else [where]
    named = [c.value for c in items if isinstance(c, m.Text) and c.field.name == "project_name" and c.mode == "equals"]
    return named if len(named) == len(items) else []


def _parts_holding(where: m.Cond, names: list[str]) -> bool:
    """Whether a condition is only parts of names every form a bracket names holds (两个人才项目（人才活动、人才健康体检）:
    人才): the words before the bracket point at the forms it names."""
    items = _items(where)
    return all(isinstance(c, m.Text) and c.field.name == "project_name" and c.mode == "contains"
               and all(c.value.lower() in name.lower() for name in names) for c in items)


def headed(clause: str) -> str:
    """A bracket's clause given the forms' noun as its head (年中调减的 → 年中调减的项目, "cut mid-year" → "forms cut
    mid-year"): a relative clause restating a condition reads as one only about forms.

    Args:
        clause: the bracket's inside.

    Returns:
        The clause with the noun.
    """
    if clause.isascii():
        return "forms " + re.sub(r"^(?:i\.?e\.?|that is|namely|so|or)[,\s]+", "", clause.strip(), flags=re.IGNORECASE)
    return re.sub(r"^(?:即|也就是|就是|亦即)", "", clause.strip()).rstrip("的") + "的项目"


def read_brackets(reading, brackets: list, read_alone) -> None:
    """Use the brackets the reading left: one restating a condition already read is dropped, one that reads whole as
    a condition of its own (a definition the words around it did not give) is added; any other stays ignored.

    Args:
        reading: the Reading of the whole question, changed in place.
        brackets: the bracket tokens of the question.
        read_alone: text → Reading or None, the same reader on the bracket's inside.
    """
    for bracket in brackets:
        if bracket.text not in reading.ignored:
            continue
        if bracket.value is not None:  # 100%（百分百）: the figure said twice
            reading.ignored.remove(bracket.text)
            if bracket.text in reading.unread:
                reading.unread.remove(bracket.text)
            continue
        inner = read_alone(bracket.key) or read_alone(headed(bracket.key))  # （年中调减的）: a clause with no head noun
        if inner is None or inner.ignored or inner.select.where is None or inner.select.aggregate is not None \
                or inner.select.order_by is not None or inner.select.shown:
            continue
        kept = _items(reading.select.where)
        kept += [negate(item) for item in kept]  # 没花钱（执行数为0）的项目剔掉: the bracket restates what is left out
        new = [item for item in _items(inner.select.where) if item not in kept]
        if new and reading.select.aggregate is None and reading.select.order_by is None and not reading.select.groups:
            reading.select.where = m.conjoin(reading.select.where, *new)
        elif new and (names := _names(inner.select.where)) and (reading.select.where is None or _parts_holding(reading.select.where, names)):
            # 两个人才项目（人才活动、人才健康体检）合并起来算: the bracket names the forms the words before it point at
            reading.select.where = inner.select.where
            reading.ignored = [w for w in reading.ignored if w == bracket.text or not any(w.strip() in n for n in names)]
            reading.unread = [w for w in reading.unread if w in reading.ignored]
        elif new:
            continue  # a statistic's conditions are not widened by a bracket's
        reading.ignored.remove(bracket.text)
        if bracket.text in reading.unread:
            reading.unread.remove(bracket.text)
