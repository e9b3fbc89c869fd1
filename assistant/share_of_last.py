"""A follow-up asking a share of the last forms: the last total as a share of another amount of the same forms (As a
share of their combined budget? 占这些项目全年预算的比例呢?), or the forms' share of every form's money (它们占全部项目
全年预算的百分之几, what share of the total budget do they account for?) or of all forms — never 100% of themselves."""

from __future__ import annotations

from assistant import model as m

# Amounts (万元) whose totals may be put over one another.
_AMOUNTS = ("annual_budget", "initial_budget", "executed", "unspent", "fiscal_executed", "carryover_executed",
            "other_executed", "fiscal_budget", "carryover_budget", "other_budget")


def as_share_of_last(reading, tokens: list, previous: m.Select | None) -> bool:
    """Make a follow-up's total of an amount the previous total's share of it, when the follow-up asks a share.

    Args:
        reading: the follow-up's Reading, its select changed in place.
        tokens: the follow-up's tokens, stop words out.
        previous: the previous answer's Select.

    Returns:
        Whether the reading was changed: Σ executed (the last answer) over Σ full-year budget of the same forms.
    """
    if previous is None or previous.group_by is not None or not reading.follow_up:
        return False
    last, now = previous.aggregate, reading.select.aggregate
    named = next((m.Field(t.key) for t in tokens if t.kind == "field" and t.key in _AMOUNTS), None)
    if now is not None and now.function == "share" and now.expr is None and named is not None and now.condition in (None, m.And(())):
        now = m.Aggregate("share", named)  # 占这些项目全年预算的比例呢: a share of their budget, no share of forms
    if not (_amount_total(last) and now is not None and now.expr is not None and _amount(now.expr)) \
            or now.function not in ("sum", "share") or now.expr == last.expr or now.condition is not None:
        return False
    if not any((t.kind == "aggregate" and t.key == "share") or t.kind == "ratio" for t in tokens):
        return False
    reading.select.aggregate = m.Aggregate("pooled", m.Arith("/", last.expr, now.expr))
    return True


def share_of_whole(reading, tokens: list) -> bool:
    """Make a follow-up's share of no condition (它们占全部项目全年预算的百分之几, what share of the total budget do they
    account for?, 这些占全部项目的比例) the last forms' share of the whole: of every form's amount when one is named, else
    of every form. Call it after the follow-up's forms were set as its conditions.

    Args:
        reading: the follow-up's Reading, its select changed in place.
        tokens: the follow-up's tokens, stop words out.

    Returns:
        Whether the reading was changed: the share's condition is the last forms, over every form.
    """
    select = reading.select
    now = select.aggregate
    if not reading.follow_up or select.where is None or select.group_by is not None or now is None \
            or now.function != "share" or now.expr is not None or now.condition not in (None, m.And(())):
        return False
    named = next((m.Field(t.key) for t in tokens if t.kind == "field" and t.key in _AMOUNTS), None)
    select.aggregate, select.where = m.Aggregate("share", named, select.where), None
    return True


def asks_share_of_whole(reading, tokens: list, said_of_itself: bool = True) -> bool:
    """Whether a question pointing back (它们, do they) asks a share of no condition: "all forms" in it is the whole the
    share is of, not the forms it is said of.

    Args:
        reading: the question's Reading before the follow-up is applied.
        tokens: its tokens.
        said_of_itself: False when a previous answer stands: a share of no condition at all (What share of all forms
            is that?, 占全部项目的百分之几？) can then only be of the last forms, pointer or not.

    Returns:
        True for 它们占全部项目全年预算的百分之几, "what percentage of all forms' budget do those represent?".
    """
    now = reading.select.aggregate
    return now is not None and now.function == "share" and now.expr is None and now.condition in (None, m.And(())) \
        and reading.select.where is None and (any(t.kind == "follow" for t in tokens) or not said_of_itself)


def _amount_total(aggregate) -> bool:
    return aggregate is not None and aggregate.function == "sum" and aggregate.expr is not None and _amount(aggregate.expr)


def _amount(expr) -> bool:
    return isinstance(expr, m.Field) and expr.entity == "form" and expr.name in _AMOUNTS


def figure_of_one(reading, tokens: list, previous: m.Select | None, previous_ids: list[int] | None) -> bool:
    """What's that as a percentage of its original budget? after one form's figure (the biggest top-up, 169.89): that
    figure over the form's amount, in percent.

    Args:
        reading: the follow-up's Reading, its select replaced.
        tokens: the follow-up's tokens, stop words out.
        previous: the previous answer's Select (a ranking whose first form was answered).
        previous_ids: the previous answer's form ids.

    Returns:
        Whether the reading was changed: 100 × the ranked measure / the named amount, of that one form.
    """
    if previous is None or previous.order_by is None or previous.limit != 1 or previous.aggregate is not None \
            or not previous_ids or len(previous_ids) != 1 or previous.group_by is not None:
        return False
    if not any(t.kind == "ratio" or (t.kind == "aggregate" and t.key == "share") for t in tokens) \
            or any(t.kind in ("number", "op", "superlative", "aggregate") and t.key not in ("share", "=") for t in tokens):
        return False
    named = [t.key for t in tokens if t.kind in ("field", "weak_field")]
    if len(named) != 1 or named[0] not in _AMOUNTS or m.Field(named[0]) == previous.order_by:
        return False
    reading.select = m.Select(where=m.FormIds(tuple(previous_ids)),
                              aggregate=m.Aggregate("pooled", m.Arith("/", previous.order_by, m.Field(named[0]))))
    reading.follow_up = False
    return True
