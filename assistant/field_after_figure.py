"""A form's field said after the figure it is compared with (which didn't reach 100% execution): that field's bound, never a row's."""

from __future__ import annotations


def field_after_figure(tokens: list) -> list:
    """The tokens with a form field said right after a compared figure moved before its comparison, when a row class
    is said earlier in the question.

    "Among projects that have a sustainability indicator, which less than 100% execution?": the 100% belongs to the
    execution said after it, not to the target of the indicator said before, which the composer would otherwise bind
    it to as the nearest earlier thing with a figure. A field of the rows (indicator.*) stays where it is.

    Args:
        tokens: the question's tokens, stop words still in.

    Returns:
        The tokens, [op, number, field] written [field, op, number] where that applies.
    """
    tokens = list(tokens)
    spoken = [k for k, t in enumerate(tokens) if t.kind != "stop"]
    for n in range(2, len(spoken)):
        op, number, field = (tokens[spoken[n - 2]], tokens[spoken[n - 1]], tokens[spoken[n]])
        if field.kind != "field" or str(field.key).startswith("indicator.") or number.kind != "number" or op.kind != "op":
            continue
        if not any(tokens[k].kind == "class" for k in spoken[:n - 2]):
            continue  # nothing earlier to take the figure: the composer already binds it to the field after it
        if n + 1 < len(spoken) and tokens[spoken[n + 1]].kind in ("op", "number"):
            continue  # "execution above 90% budget …": the field opens a comparison of its own
        tokens[spoken[n - 2]], tokens[spoken[n - 1]], tokens[spoken[n]] = field, op, number
    return tokens


# What bounds a range of its own when said right before it: a field it already belongs to, a comparison, a figure.
_BOUND = ("field", "weak_field", "op", "op_after", "number")


def field_after_range(tokens: list) -> list:
    """The tokens with a field said right after a range of two figures (between 50% and 75% on execution, landed between
    half and three-quarters on execution ratio) moved before the range, as when it is said first; unchanged when the
    range follows a field or a comparison of its own.

    Args:
        tokens: the question's tokens, stop words still in (a range's ends each with its bound, ≥ 50% ≤ 75%).

    Returns:
        The tokens, [≥ low ≤ high field] written [field ≥ low ≤ high] where that applies.
    """
    tokens = list(tokens)
    spoken = [k for k, t in enumerate(tokens) if t.kind != "stop"]
    for n in range(len(spoken)):
        run = _range_at(tokens, spoken, n)
        if not run or n + run >= len(spoken) or tokens[spoken[n + run]].kind != "field" \
                or (n and tokens[spoken[n - 1]].kind in _BOUND):
            continue
        if n + run + 1 < len(spoken) and tokens[spoken[n + run + 1]].kind in ("op", "number"):
            continue  # the field opens a comparison of its own
        moved = [tokens[spoken[n + run]]] + [tokens[k] for k in spoken[n:n + run]]
        for k, token in zip(spoken[n:n + run + 1], moved):
            tokens[k] = token
        return tokens
    return tokens


def _range_at(tokens: list, spoken: list, n: int) -> int:
    """How many spoken tokens from n say a range of two figures (low high, or ≥ low ≤ high); 0 when none does."""
    kinds = [tokens[k].kind for k in spoken[n:n + 4]]
    if kinds[:4] == ["op", "number", "op", "number"]:
        ends = [tokens[spoken[n]].key, tokens[spoken[n + 2]].key]
        low, high = tokens[spoken[n + 1]], tokens[spoken[n + 3]]
        ok = ends[0] in (">", ">=") and ends[1] in ("<", "<=") and tokens[spoken[n + 2]].start - low.end <= 5
        return 4 if ok and "year" not in (low.unit, high.unit) else 0
    if kinds[:2] == ["number", "number"]:
        low, high = tokens[spoken[n]], tokens[spoken[n + 1]]
        return 2 if high.start - low.end <= 5 and "year" not in (low.unit, high.unit) else 0
    return 0
