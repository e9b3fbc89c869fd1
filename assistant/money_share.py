""""What percentage of the money allocated went unspent?", 平安办的预算占全部预算的几成: a share of money, pooled over the forms."""

from __future__ import annotations

from assistant import model as m

# Amounts that add up over forms, so one can be a share of another's total.
AMOUNTS = ("annual_budget", "initial_budget", "executed", "unspent", "budget_change")
# A measure taken from another amount, named alone when the question says the whole with it ("allocation left unspent",
# "what percentage of the money was spent": of the full-year budget, the pooled execution rate).
_BASE = {"unspent": "annual_budget", "executed": "annual_budget"}


def pooled_share(select: m.Select, tokens: list, used: set, counted: list) -> bool:
    """A share asked of money, naming two amounts and counting no condition: 100 × Σpart ÷ Σwhole over the forms.

    The whole is the amount after 占 (结余占全年预算的比例), else the one the share word opens with (the percentage of
    the money allocated … went unspent); the other is the part.

    Args:
        select: the Select, its aggregate set in place.
        tokens: the composed tokens.
        used: indices composition used; the amounts read are added.
        counted: the conditions the share would count (none, for a share of money).

    Returns:
        Whether the share was read so.
    """
    if counted:
        return False
    amounts = [k for k, t in enumerate(tokens) if t.kind == "field" and k not in used and t.key in AMOUNTS]
    keys = list(dict.fromkeys(tokens[k].key for k in amounts))
    if len(keys) == 1 and keys[0] in _BASE:  # the allocation left unspent: the base the measure is taken from is the whole
        keys.insert(0, _BASE[keys[0]])
    if len(keys) != 2:
        return False
    ratio = next((k for k, t in enumerate(tokens) if t.kind == "ratio"), None)
    if ratio is not None and any(k < ratio for k in amounts) and any(k > ratio for k in amounts):
        part, whole = tokens[max(k for k in amounts if k < ratio)].key, tokens[min(k for k in amounts if k > ratio)].key
    else:
        whole, part = keys
    select.aggregate = m.Aggregate("pooled", m.Arith("/", m.Field(part), m.Field(whole)))
    used.update(amounts)
    return True


def subset_share(select: m.Select, tokens: list, used: set, ratio: int | None) -> bool:
    """A share asked of the forms read, naming one amount no condition used: 100 × Σ amount over them ÷ Σ over every form.

    平安办的全年预算占所有项目全年预算的百分之几, "what fraction of the money budgeted for the year went to the 平安办
    forms": the share of the money the subset holds, never the share of forms (a year word names no second amount). The
    whole is said by 占 / "went to", by the amount named before the forms, or by the amount named twice. A form left out ("leaving out the form with the slip", 不含户籍档案那张) is left out of the whole as well.

    Args:
        select: the Select; its conditions become the share's, its aggregate is set in place.
        tokens: the composed tokens.
        used: indices composition used; the amount words read are added.
        ratio: the index of an unused 占 / "went to", if any.

    Returns:
        Whether the share was read so.
    """
    whole = [k for k, t in enumerate(tokens) if t.kind == "field" and k not in used and k != ratio and t.key != "year"
             and not _base_of_a_figure(tokens, k)]
    asked = next((k for k, t in enumerate(tokens) if t.kind == "aggregate" and t.key == "share"), None)
    if asked is not None and asked + 1 < len(tokens) and tokens[asked + 1].kind == "noun" and tokens[asked + 1].key == "form" \
            and not (asked + 2 < len(tokens) and tokens[asked + 2].kind == "field" and asked + 2 in whole):
        return False  # "what percentage of all forms …": a share of forms, said so (占所有项目全年预算: of their money)
    conditions = min((k for k in used if tokens[k].kind not in ("aggregate", "how_much", "ratio")), default=len(tokens))
    if whole and ratio is None and len(whole) < 2 and whole[-1] > conditions:
        return False  # "what percentage of the 城管办 money was spent": the forms' own money is the whole (pooled_share)
    if select.where is None or not whole or tokens[whole[0]].key not in AMOUNTS \
            or not all(tokens[k].key == tokens[whole[0]].key or tokens[k].text in tokens[whole[0]].text for k in whole):
        return False
    items = list(select.where.items) if isinstance(select.where, m.And) else [select.where]
    left_out = [c for c in items if isinstance(c, m.Not)]  # leaving out the form with the slip: out of the whole too
    part = [c for c in items if not isinstance(c, m.Not)]
    if not part:  # 不是信访办的项目的预算占比: the negation is the part itself
        part, left_out = left_out, []
    select.aggregate = m.Aggregate("share", m.Field(tokens[whole[0]].key), m.conjoin(*part))
    select.where = m.conjoin(*left_out)
    used.update(whole + ([ratio] if ratio is not None else []))
    return True


def _base_of_a_figure(tokens: list, k: int) -> bool:
    """An amount a figure is taken of (less than half of their final appropriation, 一半的预算): the base of a rate
    the conditions compare, not the money a share is of."""
    before = [t for t in tokens[max(0, k - 3):k] if not (t.kind == "follow" or (t.kind == "op" and t.key == "="))]
    return bool(before) and before[-1].kind == "number"


def named_within(select: m.Select) -> bool:
    """A money share whose part names forms one by one and also a group they belong to (安保经费占平安办项目全年预算的
    比例, what share of the 信访办 forms' budget went to 维稳经费): the named forms' share of the group's money, the group
    being the whole; a form named alone (安保经费占全部预算) stays a share of every form's money.

    Args:
        select: the composed Select, changed in place.

    Returns:
        Whether the group was moved from the part to the whole.
    """
    aggregate = select.aggregate
    if aggregate is None or aggregate.function != "share" or aggregate.expr is None or aggregate.condition is None:
        return False
    items = list(aggregate.condition.items) if isinstance(aggregate.condition, m.And) else [aggregate.condition]
    named = [c for c in items if names_forms(c)]
    group = [c for c in items if c not in named and not isinstance(c, m.Not)]
    if not named or not group:
        return False
    select.where = m.conjoin(select.where, *group)
    select.aggregate = m.Aggregate("share", aggregate.expr, m.conjoin(*named, *[c for c in items if isinstance(c, m.Not)]))
    return True


def names_forms(condition: m.Cond) -> bool:
    """A form named in full (项目名称 = …), or either of several so named.

    Args:
        condition: a condition of the query model.

    Returns:
        Whether it names forms one by one.
    """
    if isinstance(condition, m.Or):
        return all(names_forms(c) for c in condition.items)
    return isinstance(condition, m.Text) and condition.field.name == "project_name" and condition.mode == "equals"
