"""A share whose numerator is a picked entity (the largest form, the two largest projects, 最小的那个项目, two named forms) over the whole or the stated base."""

from __future__ import annotations

import dataclasses

from assistant import governed, model as m
from assistant.money_share import AMOUNTS

# Tokens that name a set of forms a share may be taken over (a tag, a unit, a name's word).
_SCOPES = ("tag", "unit", "department")


def _items(cond) -> list:
    return list(cond.items) if isinstance(cond, m.And) else [cond] if cond is not None else []


def _named(cond) -> bool:
    return isinstance(cond, (m.Text, m.FormIds)) and (not isinstance(cond, m.Text) or (
        cond.field.name == "project_name" and cond.mode == "equals"))


def named_together(select: m.Select) -> bool:
    """Two or more forms named in a share's numerator are their union, never all at once (社工和社工点经费合起来占几成).

    Args:
        select: the reading's Select; its share condition is rewritten in place.

    Returns:
        Whether the condition was so.
    """
    aggregate = select.aggregate
    items = _items(aggregate.condition)
    names = [c for c in items if _named(c)]
    if len(names) < 2:
        return False
    select.aggregate = dataclasses.replace(aggregate, condition=m.conjoin(m.Or(tuple(names)), *[c for c in items if c not in names]))
    return True


def picked(select: m.Select, asked) -> bool:
    """A superlative ranking forms by an amount, in a share with no other numerator: the form ahead's share of the
    amount over the whole, or over the base said before the superlative (of the X forms' budget, the largest of them).

    Args:
        select: the reading's Select, a share; rebuilt in place.
        asked: the question's asked frame (its amounts, and the text, language and tokens it was read from).

    Returns:
        Whether the share was rebuilt so.
    """
    text, lang, tokens = asked.said
    aggregate = select.aggregate
    superlatives = [t for t in tokens if t.kind == "superlative" and t.key in ("max", "min")]
    if len(superlatives) != 1 or "Ranked" in repr(select) or any(_named(c) for c in _items(aggregate.condition)):
        return False
    superlative = superlatives[0]
    if governed.change_of(text, lang, tokens, superlative) in ("<", ">"):
        return False
    by = governed.change_of(text, lang, tokens, superlative)
    amount = (aggregate.expr.name if isinstance(aggregate.expr, m.Field) else None) or next(iter(asked.amounts), None)
    by = by if by in AMOUNTS else amount or "annual_budget"
    amount = amount or by
    scope = m.conjoin(select.where, aggregate.condition)
    said = [t for t in tokens if t.kind in _SCOPES]
    # said before the superlative (English: "of the X forms' budget … the largest of them") or after 占 (Chinese): the base
    ratio = next((t.start for t in tokens if t.kind == "ratio" or (t.kind == "aggregate" and t.key == "share")), None)
    base = scope if scope is not None and said and (
        all(t.start < superlative.start for t in said) if lang == "en"
        else ratio is not None and all(t.start > ratio for t in said)) else None
    select.where = base
    select.aggregate = m.Aggregate("share", m.Field(amount), m.Ranked(m.Field(by), superlative.key == "max", _how_many(tokens, superlative), scope))
    return True


def _how_many(tokens: list, superlative) -> int:
    """How many forms the superlative picks: a count said right beside it (the two largest projects, 最大的两个项目),
    else one."""
    at = tokens.index(superlative)
    beside = [t for t in (tokens[at - 1] if at > 0 else None, tokens[at + 1] if at + 1 < len(tokens) else None)
              if t is not None and t.kind == "number" and t.unit in (None, "", "count") and t.value and float(t.value).is_integer()
              and 1 < t.value < 1000]
    return int(beside[0].value) if beside else 1


def set_restricted(select: m.Select, asked) -> bool:
    """A form left out of a share (除去X，执行数占全年预算的比例; excluding X, what share …) restricts the set the share
    is taken over when two amounts are named and nothing else is counted: the share is pooled (Σpart ÷ Σwhole) over the rest.

    Args:
        select: the reading's Select, a share; rebuilt in place.
        asked: the question's asked frame (the amounts it names, in order).

    Returns:
        Whether a left-out form was moved to the set.
    """
    aggregate = select.aggregate
    items = _items(aggregate.condition)
    out = [c for c in items if isinstance(c, m.Not) and all(_named(n) for n in _items(c.item) or [c.item])]
    if not out:
        return False
    left = m.conjoin(*[c for c in items if c not in out])
    amounts = [a for a in asked.amounts if a in AMOUNTS]
    part = aggregate.expr.name if isinstance(aggregate.expr, m.Field) else amounts[0] if amounts else None
    if left is not None or len(amounts) != 2 or part not in amounts:
        return False  # 除了社工以外的表占全部预算的几成: the forms left are the numerator
    whole = next(a for a in amounts if a != part)
    select.where = m.conjoin(select.where, *out)
    select.aggregate = m.Aggregate("pooled", m.Arith("/", m.Field(part), m.Field(whole)))
    return True
