"""The amount a predicate speaks of (钱没花完: the unspent balance), ranked when a superlative names no field of its own."""

from __future__ import annotations

import re

from assistant import model as m

# "unspent > 0", "initial_budget != 0": a predicate saying an amount is there.
_SOME_AMOUNT = re.compile(r"^(unspent|executed|annual_budget|initial_budget|budget_change) (?:>|!=) 0$")


def predicate_measure(tokens: list) -> m.Field | None:
    """钱没花完、剩得最多的 / of those that spent something, the most: the one amount a predicate of the question says is
    there, as the measure a superlative ranks by; None when no predicate, or several, say so.

    Args:
        tokens: the composed tokens.

    Returns:
        The form field, or None.
    """
    found = {match.group(1) for t in tokens if t.kind == "predicate" and (match := _SOME_AMOUNT.match(t.key))}
    return m.Field(found.pop()) if len(found) == 1 else None
