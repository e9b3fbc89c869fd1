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


def unapplied(ignored: list[str], rule_intent: str, rule_aggregate: str | None, lexicon) -> list[str]:
    """The statistic words left out of a reading that the rule-based reader does not apply either: the
    answer would be a plain list, so it refuses, naming them ("The median of the tagged projects?" names no measure).

    Args:
        ignored: the words the reading left (Reading.ignored).
        rule_intent: what the rule-based reader took the question to ask (list, count, aggregate, top, …).
        rule_aggregate: the statistic it applies, if any.
        lexicon: the words (aggregate and superlative phrases).

    Returns:
        The words, empty when none was left or the other reader applies one.
    """
    if rule_aggregate is not None or rule_intent in ("aggregate", "top", "count"):
        return []
    # a ranking word may say something else too (最后: finally), so only a statistic's word refuses
    words = {phrase for phrase, key in lexicon.keys("aggregate").items() if key.split("+")[0] in _ASKED}
    return [word for word in ignored if word.lower() in words]
