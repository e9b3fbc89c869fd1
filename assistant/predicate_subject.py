"""A field said right before a predicate about it (全年预算数未执行完毕): the predicate's subject, no field of its own."""

from __future__ import annotations

import dataclasses

# The measures a predicate may be about, and the amounts each is made of (the unspent balance is budget − executed).
_MADE_OF = {"unspent": ("annual_budget", "executed"), "execution_rate": ("annual_budget", "executed"),
            "executed": ("annual_budget", "executed"), "annual_budget": ("annual_budget", "initial_budget"),
            "initial_budget": ("initial_budget",)}


def subjects_folded(tokens: list, text: str) -> list:
    """Each field written straight before a predicate on a measure made of it (全年预算数未执行完毕: the budget not
    fully spent) read as part of that predicate, so no ranking or lookup takes the field for the one asked about.

    Args:
        tokens: the question's tokens, stop words out.
        text: the text they were read from.

    Returns:
        The tokens, each such field folded into the predicate after it.
    """
    out = []
    for token in tokens:
        before = out[-1] if out else None
        if token.kind == "predicate" and before is not None and before.kind == "field" and before.end == token.start \
                and before.key in _MADE_OF.get(token.key.split()[0], ()):
            out[-1] = dataclasses.replace(token, start=before.start, text=text[before.start:token.end])
            continue
        out.append(token)
    return out
