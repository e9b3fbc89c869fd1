"""The amount a predicate speaks of (钱没花完: the unspent balance; lost points: the points lost), ranked when a superlative
names no field of its own."""

from __future__ import annotations

import re

from assistant import model as m

# "unspent > 0", "initial_budget != 0": a predicate saying an amount is there.
_SOME_AMOUNT = re.compile(r"^(unspent|executed|annual_budget|initial_budget|budget_change) (?:>|!=) 0$")
# A predicate saying points were lost (lost points on budget execution): the points lost, which the most lost ranks by.
_LOST = {"budget_score < budget_weight": "budget_points_lost", "indicator: score < weight": "indicator_points_lost"}


def predicate_measure(tokens: list) -> m.Field | None:
    """钱没花完、剩得最多的 / of those that spent something, the most: the one amount a predicate of the question says is
    there, as the measure a superlative ranks by; None when no predicate, or several, say so.

    Args:
        tokens: the composed tokens.

    Returns:
        The form field, or None.
    """
    found = {match.group(1) for t in tokens if t.kind == "predicate" and (match := _SOME_AMOUNT.match(t.key))}
    found |= {_LOST[t.key] for t in tokens if t.kind == "predicate" and t.key in _LOST}
    return m.Field(found.pop()) if len(found) == 1 else None


def field_after(tokens: list, at: int, fields: dict) -> m.Field | None:
    """The smallest outturn that is not zero, the lowest rate above 50%: the field right after a superlative, already
    read by the condition that follows it, is still what the superlative ranks by.

    Args:
        tokens: the composed tokens.
        at: the superlative's index.
        fields: the lexicon's fields.

    Returns:
        The form field, or None.
    """
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    name = after.key if after is not None and after.kind == "field" else None
    return m.Field(name) if name in fields and name != "year" and "." not in name else None
