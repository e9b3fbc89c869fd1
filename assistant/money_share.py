""""What percentage of the money allocated went unspent?", 结余占全年预算总额的比例: one amount as a share of another, pooled over the forms."""

from __future__ import annotations

from assistant import model as m

# Amounts that add up over forms, so one can be a share of another's total.
_AMOUNTS = ("annual_budget", "initial_budget", "executed", "unspent", "budget_change")
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
    amounts = [k for k, t in enumerate(tokens) if t.kind == "field" and k not in used and t.key in _AMOUNTS]
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
