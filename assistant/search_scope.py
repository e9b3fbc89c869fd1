"""A text search with a figure's condition beside it (拖到明年才付、今年一分钱都没花出去的): the forms it picks first."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.sqlcompile import forms_meeting


# A figure followed by a span of time (24年, 5 years after) is a date or a duration the text gives, not an amount.
_SPAN_OF_TIME = re.compile(r"^\s*(?:年|个月|月|天|日|周|years?\b|months?\b|days?\b|weeks?\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# Spending nothing (一分钱都没花, spent nothing) is a condition however it is said; the columns it is read on.
_NOTHING_SPENT = ("executed", "execution_rate")


def _comparisons(where, question: str) -> list:
    """The comparisons of a condition's conjuncts of a column with a figure the question prints (not a year: 24年,
    2024 are what the text says), or of spending with nothing. A comparison the query model made of narrative words
    (budget squeeze → a cut budget, adjusted → a changed one, 没用完 → a rate under 100%) prints no figure: left out."""
    items = list(where.items) if isinstance(where, m.And) else [where]
    kept = []
    for item in items:
        if not (isinstance(item, m.Compare) and isinstance(item.left, m.Field) and isinstance(item.right, m.Number)) \
                or item.left.name == "year" or item.left.entity != "form":
            continue
        printed = item.right.printed
        nothing = item.right.value == 0 and item.op == "=" and item.left.name in _NOTHING_SPENT
        # a bound (超过50万元, under 50%) printed in the question; a bare figure read as equal to a column is a figure
        # the text gives (paid 2.5% of the cost, paid in 2024), not a condition
        shown = item.op != "=" and bool(printed) and any(ch.isdigit() for ch in printed) and printed in question \
            and not _YEAR.fullmatch(printed.strip()) \
            and not _SPAN_OF_TIME.search(question[question.find(printed) + len(printed):])
        if nothing or shown:
            kept.append(item)
    return kept


def _read(query, field: str) -> bool:
    """Whether the rule reader already holds a condition on the field (执行率 < 60%: its filter applies it)."""
    return any(rng.field == field for rng in query.form_filter.ranges)


def scoped(query, reading, store, lexicon):
    """A text search limited to the forms meeting the figures' conditions the query model read and the rule
    reader did not (一分钱都没花出去 → 全年执行数 = 0), each named in the interpretation.

    Args:
        query: the rule-based reading (intent "search").
        reading: the query model's reading of the same question, or None.
        store: a store.Store.
        lexicon: the query model's lexicon (to say the conditions in words).

    Returns:
        The query, its filter narrowed to those forms' ids when there are such conditions.
    """
    if query.intent != "search" or reading is None or reading.select.where is None:
        return query
    kept = [item for item in _comparisons(reading.select.where, query.question)
            if not (isinstance(item.left, m.Field) and _read(query, item.left.name))]
    if not kept:
        return query
    from assistant.explain import Explainer

    where = m.conjoin(*kept)
    ids = forms_meeting(store, where)
    if ids is None:
        return query  # a condition the views cannot hold: the search goes on over the rule reader's forms
    previous = query.form_filter.form_ids
    query.form_filter.form_ids = ids if previous is None else [i for i in previous if i in ids]
    words = Explainer(lexicon, query.lang).condition(where)
    query.labels.insert(0, words)
    return query
