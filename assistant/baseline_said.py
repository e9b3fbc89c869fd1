"""A change's baseline named again after it ("the biggest budget increases, compared with what they were given at the
start", 比年初): the side the change is measured from, no field of its own to rank, total or show."""

from __future__ import annotations

import re

from assistant.recognise import Token

# A predicate comparing two fields: "annual_budget > initial_budget".
_BETWEEN_FIELDS = re.compile(r"^([a-z_.]+) (?:<|>|<=|>=|!=|=) ([a-z_.]+)$")


def said_baseline(tokens: list[Token]) -> list[Token]:
    """A field that is one side of a change predicate before it, with no figure or comparison of its own: the
    restated baseline of that change, taken out.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens without such restated sides.
    """
    out, sides = [], set()
    for k, token in enumerate(tokens):
        found = _BETWEEN_FIELDS.match(token.key) if token.kind == "predicate" else None
        if found is not None:
            sides |= {found.group(1), found.group(2)}
        elif sides and token.kind in ("field", "weak_field") and token.key in sides and not _compared(tokens, k):
            continue
        out.append(token)
    return out


def _compared(tokens: list[Token], k: int) -> bool:
    """Whether a figure, comparison, question or the other side follows the field (追加预算且年初预算超过10万, 追加了的
    项目年初预算是多少, 被调减预算的项目？全年预算数比年初预算数少的)."""
    return (k + 1 < len(tokens) and tokens[k + 1].kind in (
        "op", "op_after", "number", "compare_cue", "by_how_much", "how_much", "aggregate", "superlative", "each", "field",
        "weak_field")) or _after_a_comparison(tokens, k) or _spent_against(tokens, k)


def _spent_against(tokens: list[Token], k: int) -> bool:
    """spent the reduced amount in full, did not spend the whole revised amount: the budget is what the spending is
    set against (assistant.colloquial_fields.spent_in_full), no baseline said again."""
    j = k - 1
    while j >= 0 and tokens[j].kind == "follow":
        j -= 1
    return j >= 0 and tokens[j].kind == "field" and tokens[j].key == "executed"


def _after_a_comparison(tokens: list[Token], k: int) -> bool:
    """spent more than (their) initial budget: the field is the other side of a comparison written out."""
    j = k - 1
    while j >= 0 and tokens[j].kind == "follow":
        j -= 1
    return j >= 0 and tokens[j].kind in ("op", "compare_cue")
