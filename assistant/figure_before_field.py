"""A figure said before the row column it gives (a 100% satisfaction target, a 20-point weight, 100%的满意度目标): that
column equal to it, as when the figure is said after the column."""

from __future__ import annotations

from dataclasses import replace

# What may stand before the figure for it to be a bare attribute (no comparison, count or ranking of its own).
_BOUND_BEFORE = {"op", "number", "limit", "superlative", "aggregate", "how_much", "not", "ordinal"}
# The figures a row column is said in.
_UNITS = ("percent", "score")


def figure_after_field(tokens: list) -> list:
    """The tokens with a figure said right before a row column (an indicator class may stand between) moved after it
    with a word of equality; unchanged when the column is compared already or the figure is bound by something else.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, the first such figure moved.
    """
    for k, token in enumerate(tokens):
        if token.kind != "number" or token.unit not in _UNITS or (k and tokens[k - 1].kind in _BOUND_BEFORE):
            continue
        field = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].kind == "class")
        if field >= len(tokens) or tokens[field].kind != "field" or not tokens[field].key.startswith("indicator."):
            continue
        if field + 1 < len(tokens) and tokens[field + 1].kind in ("op", "number", "compare_cue"):
            continue  # a 100% target above 90: the column has its own comparison
        equal = replace(token, kind="op", key="=", text="=", value=None, unit=None)
        return tokens[:k] + tokens[k + 1:field + 1] + [equal, token] + tokens[field + 1:]
    return tokens


def reached_before_figure(tokens: list) -> list:
    """The tokens without a row's actual read from a verb of reaching (achieved, delivered) when a figure and a form's
    own field follow it (achieved exactly 100% execution): the form's field is reached, no row's actual is asked.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a verb taken out.
    """
    for k, token in enumerate(tokens):
        if token.kind != "field" or token.key != "indicator.actual_number":
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].kind == "op":
            j += 1
        if j + 1 < len(tokens) and tokens[j].kind == "number" and tokens[j + 1].kind == "field" \
                and not tokens[j + 1].key.startswith("indicator."):
            return tokens[:k] + tokens[k + 1:]
    return tokens
