"""Forms that do not say a thing (哪些项目没有说资金紧张但执行率低于60%): the forms in scope less those whose text says it."""

from __future__ import annotations

import dataclasses
import re

# A negator right before a verb of saying (没有说, 没提过, 未写到): the forms are those that do not say what follows.
# (有没有说 asks whether a form says it: a yes/no frame, no negation)
_NEGATED_SAYING = re.compile(r"(?<![有是])(?:没有|没|未曾|并未|从未|不曾|未)(?:说|提|讲|写)(?:到|过|及|了)?")


def negated_saying(text: str):
    """Where a Chinese question negates its verb of saying (没有说), or None.

    Args:
        text: the narrative part of a question.

    Returns:
        The match, or None.
    """
    return _NEGATED_SAYING.search(text)


def answer(query, store, search, searched):
    """The forms in scope whose text does not say what the question says they do not.

    Args:
        query: the rule-based Query, intent "search".
        store: the store.
        search: the search backend, or None.
        searched: the text search (query, store, search) → Answer, asked the same question said positively.

    Returns:
        The answer, or None when the question negates no verb of saying (or is English: its readers place "not").
    """
    from assistant.answer import Answer, AnswerRecord
    from assistant.answer_text import _interpretation
    from store import query as store_query

    if query.lang == "en" or query.mentions_negated:
        return None
    text = query.search_text or query.question
    match = negated_saying(text)
    if match is None:
        return None
    said = text[:match.start()] + "说" + text[match.end():]
    positive = searched(dataclasses.replace(query, question=said, search_text=said, labels=list(query.labels)), store, search)
    saying = {record.form_id for record in positive.records}
    scope = None if query.form_filter.is_empty() else query.form_filter
    forms = [form for form in store_query.list_forms(store, scope) if form.id not in saying]
    head = "文本没有这样说的项目（除去：" + ("、".join(r.project_name for r in positive.records) or "无") + "）"
    query.previous_form_ids = [form.id for form in forms]
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms), head), kind="search",
                  text=head + "\n" + "\n".join(f"· {form.project_name}（{form.year}）" for form in forms),
                  records=[AnswerRecord(form.id, form.project_name, form.year) for form in forms])
