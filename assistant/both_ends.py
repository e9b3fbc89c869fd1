"""The highest and the lowest asked together: both ends listed (最高和最低分别是), or the gap between them (最高的跟最低的差多少)."""

from __future__ import annotations

from assistant import model as m


def both_ends(select: m.Select, tokens: list) -> None:
    """Completes a Select ordered by a measure whose question names both ends: the range MAX − MIN when it asks how far
    apart they are (差多少, 高多少, the difference between the highest and the lowest), else both ends with their ties.

    Args:
        select: the Select, ordered by the measure (changed in place).
        tokens: the question's tokens.
    """
    if any(t.kind in ("by_how_much", "difference") for t in tokens):
        select.aggregate = m.Aggregate("range", select.order_by)
        select.order_by, select.limit, select.ties, select.shown = None, None, False, []
        return
    select.both_ends, select.ties, select.offset = True, True, 0
