"""A change asked relative to its starting figure (全年预算较年初上调了百分之几, by what percentage was X raised): the
change as a percentage of the field it is measured from, not a share of forms."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows
from assistant.money_share import names_forms


@lru_cache(maxsize=1)
def _asking() -> re.Pattern:
    """The words of assistant/data/relative_change.tsv, both languages in one pattern (English as whole words)."""
    words = []
    for _, cells in rows("relative_change.tsv", 2, "'zh|en<TAB>words'", lambda cells: cells[0] in ("zh", "en")):
        words += [rf"\b{re.escape(w)}\b" if cells[0] == "en" else re.escape(w) for w in cells[1].split("|") if w]
    return re.compile("|".join(sorted(words, key=len, reverse=True)), re.I)


# The fields a change is measured from, whichever side of the difference they are on.
_STARTS = ("initial_budget",)
# "by how many percent": the size asked in percent, read as "by how much percent".
_HOW_MANY_PERCENT = re.compile(r"\bby how many(?=\s+(?:per\s?cent|percentage)\b)", re.IGNORECASE)


def percent_said(text: str) -> str:
    """By how many percent was X cut: "by how much percent", the size of the change asked in percent.

    Args:
        text: the question.

    Returns:
        The question rewritten.
    """
    return _HOW_MANY_PERCENT.sub("by how much", text)


def _items(condition) -> list:
    return [] if condition is None else list(condition.items) if isinstance(condition, m.And) else [condition]


def _field_pair(condition) -> bool:
    return isinstance(condition, m.Compare) and condition.op in ("<", ">") \
        and isinstance(condition.left, m.Field) and isinstance(condition.right, m.Field)


def relative(select: m.Select, question: str) -> bool:
    """Read a change asked in percent as 100 × (A − B) / B, B the field it is measured from (年初预算 for 全年预算较年初):
    over the forms named, or over the forms changed that way when none is named.

    Args:
        select: the composed Select, changed in place.
        question: the question as read.

    Returns:
        Whether the change was read relative to its start.
    """
    if not _asking().search(question):
        return False
    aggregate = select.aggregate
    if aggregate is not None and aggregate.function != "share":
        return False
    conditions = _items(select.where) + (_items(aggregate.condition) if aggregate is not None else [])
    pair = next((c for c in conditions if _field_pair(c)), None)
    shown = next((s for s in select.shown if isinstance(s, m.Arith) and s.op == "-"
                  and isinstance(s.left, m.Field) and isinstance(s.right, m.Field)), None) if aggregate is None else None
    if pair is not None:
        larger, smaller = (pair.left, pair.right) if pair.op == ">" else (pair.right, pair.left)
        change, start = m.Arith("-", larger, smaller), pair.right
    elif shown is not None:  # a cut shown as initial − full-year is still measured from the initial budget
        change, start = shown, shown.left if shown.left.name in _STARTS else shown.right
    else:
        return False
    named = [c for c in conditions if names_forms(c)]
    if aggregate is not None and not named:
        return False  # 百分之多少的项目花超了: a share of forms, asked of no form in particular
    kept = [c for c in conditions if c is not pair and not (aggregate is not None and aggregate.expr is None and c is aggregate.condition)]
    if pair is not None and not named:
        kept.append(pair)  # no form named: the forms changed that way
    select.where = m.conjoin(*dict.fromkeys(kept))
    select.aggregate = None
    select.shown = [m.Arith("*", m.Number(100.0), m.Arith("/", change, start))] + [s for s in select.shown if s is not shown]
    return True
