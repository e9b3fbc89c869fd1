"""Questions about what the forms' text does, not what it says: a sentence written twice, no reason given, paid in its year;
and the early answer read before the readers, a figure the question quotes converted."""

from __future__ import annotations

from assistant import model as m
from assistant import quoted_conversion


def answer(question: str, lang: str, store, reading, query, naming: tuple | None = None):
    """The answer to a question about the text itself, when it is one (同一段话重复写了两遍; 执行率低于60%但未作任何说明),
    naming the words no reader placed as every answer does.

    Args:
        question: as asked (courtesies off).
        lang: "zh" or "en".
        store: a store.Store.
        reading: the query model's reading (its conditions pick the forms a "no reason" question is about), or None.
        query: the rule-based reading (its conditions, when the query model read none).
        naming: (the previous answer's form ids, the QuestionReader, the test of which words the forms' text holds)
            to name the words no reader placed, or None.

    Returns:
        An assistant.answer.Answer, or None when the question is of neither kind.
    """
    from assistant import paid_in_year, repeated_text, score_formula, shortfall_reasons, shortfall_said, unexplained

    named = naming is not None and naming[1] is not None and any(  # 劝导队那张表没达标的指标: the readers' lookup
        token.kind in ("project", "quoted_project", "unit", "tag", "department", "topic") for token in naming[1].recogniser.tokens(question)[0])
    found = (None if named or shortfall_said.asks(question, lang) else shortfall_reasons.answer(question, lang, store)) or repeated_text.answer(question, lang, store) or score_formula.answer(question, lang, store, reading) or paid_in_year.answer(
        question, lang, store, query, naming[0] if naming is not None else None)  # 那笔补贴当年发下去了没有
    found = found or shortfall_said.answer(question, lang, store)  # fewer members than planned: rows of people, text
    if found is None and (unexplained.asks(question) or unexplained.asks_explained(question)):
        where = _conditions(reading.select.where) if reading is not None and reading.select.where is not None else None
        found = unexplained.answer(query, store, where) or unexplained.answer_explained(query, store, where)
    if found is None or naming is None or naming[1] is None:
        return found
    from assistant.unread_words import named_or_refused

    previous_ids, reader, says = naming
    return named_or_refused(question, found, reading, previous_ids, reader, says)


def quoted_figure(question: str, lang: str):
    """The early answer read before the asker's remarks come off, while the question's words are still its own: a
    figure it quotes, converted (执行数写的是256,175.00，换算成万元是多少？ → 25.6175 万元), never a list of the form it names.

    Args:
        question: the question, its background and observations off (assistant/conversation.py).
        lang: "zh" or "en".

    Returns:
        An assistant.answer.Answer (assistant/quoted_conversion.py), or None when no single figure is quoted to convert.
    """
    return quoted_conversion.answer(question, lang)


def _conditions(where):
    """The conditions of a reading that pick forms, less its guesses at the reason asked about (an indicator row
    with a deviation reason: 未作任何说明 read as a column)."""
    items = list(where.items) if isinstance(where, m.And) else [where]
    kept = [item for item in items if "deviation" not in repr(item)]
    return m.conjoin(*kept) if kept else None
