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
