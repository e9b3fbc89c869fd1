"""A difference of two figures asked without a direction (之间差了多少, how far apart, the difference between A and B):
its size, never a negative figure; a change asked with its direction (raised by, 追加了多少) keeps its sign."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from assistant import model as m
from assistant.data_files import role_words


@cache
def _cues() -> dict[tuple[str, str], re.Pattern]:
    """The words of assistant/data/undirected_gap.tsv as one pattern per (language, role)."""
    words = role_words("undirected_gap.tsv", ("gap", "way", "differ"))
    return {key: re.compile(("" if key[0] == "zh" else r"\b") + "(?:" + "|".join(re.escape(w) for w in ws) + ")"
                            + ("" if key[0] == "zh" else r"\b"), re.IGNORECASE) for key, ws in words.items()}


def asks_size(question: str, lang: str) -> bool:
    """Whether the question asks how far apart two figures are, no word giving the difference a direction.

    Args:
        question: the question as read.
        lang: "zh" or "en".

    Returns:
        True for 年初预算和全年预算之间差了多少, "how far apart are the opening and full-year budgets".
    """
    cues = _cues()
    gap, way = cues.get((lang, "gap")), cues.get((lang, "way"))
    found = gap.search(question) if gap else None
    if found is None or (way is not None and way.search(question)):
        return False
    if lang == "en" and found.group().lower().startswith(("how much do", "how much did", "by how much")):
        return bool(cues.get(("en", "differ")) and cues[("en", "differ")].search(question))
    return True


def sized(reading, question: str, lang: str):
    """The reading with a shown difference of two fields made its size, when the question asks no direction.

    Only a figure shown (no ranking, total or condition on the difference) is changed: a ranking by a gap, or a
    condition on it, reads the signed difference as before.

    Args:
        reading: an assistant.asking.Reading, or None.
        question: the question as read.
        lang: "zh" or "en".

    Returns:
        The reading, its shown A − B written |A − B| when the question asks an undirected gap.
    """
    if reading is None or not asks_size(question, lang):
        return reading
    select = reading.select
    if select.order_by is not None or select.aggregate is not None or select.group_by is not None:
        return reading
    shown = [dataclasses.replace(expr, op="|-|") if isinstance(expr, m.Arith) and expr.op == "-"
             and isinstance(expr.left, m.Field) and isinstance(expr.right, m.Field) else expr for expr in select.shown]
    if shown == list(select.shown):
        return reading
    return dataclasses.replace(reading, select=dataclasses.replace(select, shown=shown))
