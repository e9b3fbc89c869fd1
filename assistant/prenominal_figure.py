"""A figure said before a row's class and column (a 100% satisfaction target, 95% quality targets): that column's figure."""

from __future__ import annotations

import re

from assistant.recognise import Token

# The row columns a figure before them may be of (a 100% satisfaction target, a 90% quality actual).
_COLUMNS = ("indicator.target_number", "indicator.actual_number")
# A class phrase that says its target too (quality target, timeliness targets).
_TARGET = re.compile(r"\btargets?$", re.IGNORECASE)


def figure_after_column(tokens: list[Token]) -> list[Token]:
    """Move a figure said before a class and a row column (with the operators opening it) after the column: "a 100%
    satisfaction target" reads as "satisfaction target 100%", "at least a 95% quality target" as "quality target at least
    95%".

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each such figure after the column it is of.
    """
    out, k = list(tokens), 0
    while k + 1 < len(out):
        figure, kind = out[k], out[k + 1]
        column = out[k + 2] if k + 2 < len(out) else None
        if not (figure.kind == "number" and figure.unit == "percent" and figure.value is not None
                and kind.kind == "class"):
            k += 1
            continue
        if column is not None and column.kind == "field" and column.key in _COLUMNS:
            said = [kind, column]
        elif _TARGET.search(kind.text):  # a 95% quality target: the class said with its target column
            said = [kind, Token("field", "indicator.target_number", kind.end, kind.end, "target")]
            column = None
        else:
            k += 1
            continue
        first = k
        while first > 0 and out[first - 1].kind == "op":
            first -= 1
        if first > 0 and out[first - 1].kind in ("field", "weak_field", "class", "measure"):
            k += 1
            continue  # a budget over 50, … a timeliness target: the figure is the field's before it
        end = k + 3 if column is not None else k + 2
        out[first:end] = said + out[first:k + 1]
        k = end
    return out
