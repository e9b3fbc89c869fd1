"""A question asking what the forms' text says, answered by a text search instead of its readings of the figures."""

from __future__ import annotations

from assistant import reading_choice as choice
from assistant.ignored_text import asks_text
from assistant.interpret import Query
from assistant.other_years import paid_years, without_years, years_compared
from assistant.purpose_said import aim
from assistant.rule_helpers import question_for_search
from assistant.topic_union import as_search


def searched_instead(question: str, asked: str, lang: str, query: Query, reading,
                     form_years: list[int | None]) -> tuple[object, list[int]]:
    """Turn the rule-based reading into a text search, dropping the query model's, when the question asks what the
    forms' text says: words neither reader places, a purpose, topics, a later year of payment, a reason given.

    Args:
        question: the question as the readers had it (the previous answer's forms named).
        asked: the question before those forms were named.
        lang: the answer's language, "zh" or "en".
        query: the rule-based reading, changed in place into a text search where one answers.
        reading: the query model's reading (an assistant.compose.Reading), or None.
        form_years: the years of the store's forms.

    Returns:
        (reading, paid): the query model's reading, None when a text search answers instead (a later year of payment
        taken off its condition); the later years the forms' text says money was paid in, or empty.
    """
    if reading is not None and choice.narrative_left(reading) and (query.intent == "unknown" or (
            query.intent == "count" and query.form_filter.is_empty() and not query.indicator_names)):
        # 哪些项目的钱拖到2024年才付, "which project says the number of people … fell short": a year, or a count of
        # every form, and words neither reader can place are a narrative to search
        query.intent, query.search_text = "search", question_for_search(question, query.lang)
        if (ids := choice.previous_ids_read(reading)) is not None:
            query.form_filter.form_ids = ids  # said of the previous answer's forms: searched among them
            query.labels.insert(0, f"上一个回答的 {len(ids)} 个项目中" if query.lang == "zh"
                                else f"among the {len(ids)} forms of the previous answer")
        reading = None
    if (purpose := aim(question, lang)) is not None and (reading is None or not choice.structured(reading.select)
                                                          or reading.ignored or "Text" in repr(reading.select.where)):
        # 为了改善派出所民警办公条件的项目, "exists to pay the volunteers": what the goal says, never a row's name
        query.intent, query.search_text = "search", question_for_search(purpose, query.lang)
        query.form_filter.name_contains = [n for n in query.form_filter.name_contains if n not in purpose]  # its words
        query.labels = [("purpose, searched: " if lang == "en" else "用途（按文本检索）：") + purpose]
        reading = None
    if as_search(asked, lang, query, reading, question != asked):
        reading = None  # 信访、维稳这一块的项目都调出来: every form about each topic, found by its words, not a name
    held = [y for y in form_years if y is not None]
    paid = paid_years(question, years_compared(reading.select.where) if reading is not None else [], held)
    if paid:
        # 执行率为0，2024年支付的项目: a date the forms' text gives, searched over the forms the figures pick
        query.form_filter.years = [y for y in query.form_filter.years if y not in paid]
        query.intent, query.search_text = "search", question_for_search(question, query.lang)
        reading.select.where = without_years(reading.select.where, paid)
    if query.intent in ("list", "count") and not query.form_filter.text_contains and asks_text(reading, question, query.lang):
        # spent under 90% and blamed it on money being tight: the figures pick the forms, the text says the rest
        query.intent, query.search_text = "search", question_for_search(question, query.lang)
    return reading, paid
