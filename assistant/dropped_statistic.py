"""A statistic or ranking word the composed query does not apply (the average … of a list): named, never dropped silently."""

from __future__ import annotations

from assistant import model as m

# Statistics whose word alone asks for a figure or an order; a count is answered by any list, a share word may ask
# for a figure in percent (目标值填的百分之多少).
_ASKED = ("avg", "median", "sum", "max", "min", "range")
# Nodes through which a condition applies a statistic itself (above the average, indicator scores added up).
_APPLIED_INSIDE = ("Overall(", "IndicatorSum(", "Ranked(")


def dropped_statistics(tokens: list, select: m.Select, together: list | None = None) -> list[str]:
    """The statistic and ranking words of a question whose Select applies no statistic, order or figure.

    Args:
        tokens: the question's tokens.
        select: the composed Select.
        together: statistics answered side by side, if any.

    Returns:
        The words, e.g. ["average"]; empty when the Select applies one or the question has none.
    """
    if select.aggregate is not None or select.order_by is not None or select.group_by is not None or select.both_ends \
            or select.groups or select.shown or together or any(node in repr(select.where) for node in _APPLIED_INSIDE):
        return []
    return [t.text for t in tokens if (t.kind == "aggregate" and t.key.split("+")[0] in _ASKED) or t.kind == "superlative"]
