"""An exclusion clause (found by exclusion.py) before or after a text search (除了X，还有哪些表提到Y; "Y, not counting X"): X's forms left out."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.exclusion import split_clause

# The columns an excluded clause may name forms by: their names (a tag such as （党群中心） too) and units.
_NAMING = ("project_name", "implementing_unit", "department")


def _naming_only(where) -> bool:
    """Whether a condition is only negations of names, tags or units (Not(name contains …) and so on)."""
    items = where.items if isinstance(where, m.And) else (where,)
    return bool(items) and all(isinstance(item, m.Not) and isinstance(item.item, m.Text) and item.item.field.name in _NAMING
                               and item.item.mode in ("equals", "contains", "suffix") for item in items)


def _from_rules(query):
    """The negation of the names, tags and units the rule reader read in an exclusion clause alone, or None."""
    flt = query.form_filter
    if flt.text_contains or flt.ranges or flt.grades or flt.finding_codes or not (flt.name_contains or flt.units or flt.departments):
        return None
    items = [m.Not(m.Text(m.Field("project_name"), "contains", word)) for word in flt.name_contains]
    items += [m.Not(m.Text(m.Field("implementing_unit"), "contains", unit)) for unit in flt.units]
    items += [m.Not(m.Text(m.Field("department"), "contains", dept)) for dept in flt.departments]
    return m.conjoin(*items)


def _negated_clause(question: str, read) -> tuple[str, str] | None:
    """A clause of several that the query model reads as names negated only ("Of the forms that deferred payment to
    2024, which aren't 质保金 ones?"): an exclusion said with a plain negator; with the rest of the question.

    Returns:
        (clause, rest), or None when no such clause (or only one clause) is there.
    """
    marks = [0, *(match.end() for match in re.finditer(r"[，,;；:：]", question)), len(question)]
    spans = [(marks[k], marks[k + 1]) for k in range(len(marks) - 1) if question[marks[k]:marks[k + 1]].strip(" ，,;；:：?？")]
    if len(spans) < 2:
        return None
    for start, end in spans:
        clause = question[start:end].strip(" ，,;；:：?？")
        reading = read(clause)
        if reading is not None and not reading.ignored and reading.select.where is not None and _naming_only(reading.select.where):
            rest = (question[:start] + question[end:]).strip(" ，,;；:：")
            if end == len(question) and question[-1:] in "?？" and rest[-1:] not in "?？":
                rest += question[-1]
            return clause, rest
    return None


def excluded(question: str, read, interpret, store):
    """The forms a question's exclusion clause leaves, and the question without that clause.

    Args:
        question: the question as read.
        read: the query model's reader (question → reading or None).
        interpret: the rule reader (question → Query).
        store: a store.Store.

    Returns:
        (rest of the question, form ids kept, the clause), or None when there is no exclusion clause naming forms.
    """
    from assistant.sqlcompile import forms_meeting

    split = split_clause(question) or _negated_clause(question, read)
    if split is None:
        return None
    clause, rest = split
    reading = read(clause)
    where = reading.select.where if reading is not None and not reading.ignored else None
    if (where is None or not _naming_only(where)) and split_clause(question) is not None:
        where = _from_rules(interpret(clause))
    elif where is not None and not _naming_only(where):
        where = None
    if where is None:
        return None
    ids = forms_meeting(store, where)
    if ids is None:
        return None
    return rest, ids, clause


def narrowed(query, question: str, read, interpret, store):
    """The rule reader's query of a question with an exclusion clause: the rest of the question read alone, over the
    forms the clause leaves (除了平安志愿者经费，还有哪些表提到志愿者 → the forms mentioning 志愿者 but that one).

    Args:
        query: the rule reader's query of the whole question (its excluded names read as the forms asked about).
        question: the question as read.
        read: the query model's reader.
        interpret: the rule reader.
        store: a store.Store.

    Returns:
        The narrowed query, or None when the question has no exclusion clause naming forms.
    """
    if query is None or query.intent == "unknown" or query.follow_up:
        return None
    found = excluded(question, read, interpret, store)
    if found is None:
        return None
    rest, ids, clause = found
    kept = interpret(rest)
    if kept.intent == "unknown" and query.intent == "search":  # the rest alone is a narrative to search, as the whole was
        from assistant.rule_helpers import question_for_search

        kept.intent, kept.search_text = "search", question_for_search(rest, kept.lang)
    if kept.intent == "unknown":
        return None
    previous = kept.form_filter.form_ids
    kept.form_filter.form_ids = ids if previous is None else [i for i in previous if i in ids]
    kept.labels.insert(0, f"不含：{clause}" if kept.lang == "zh" else f"left out: {clause}")
    return kept
