"""Which reading answers a question: predicates over the query model's reading and the rule-based reading."""

from __future__ import annotations

from assistant import model
from assistant.interpret import Query


def explanation_of_nothing(answer, reading, question: str) -> bool:
    """Whether the query model's conditions picked no form while the question also asks for the reason a form gives
    (what explanation did the form give, 表里怎么解释): what it asks is in the forms' text, for the text search."""
    from assistant.evidence_set import uses_cue

    return not answer.records and bool(reading.ignored) and reading.select.aggregate is None and uses_cue(question, "explains")


def narrative_left(reading) -> bool:
    """Whether the query model read no more than a year or the previous forms (or nothing), asking at most for a count, and left two or
    more words it could not place: what the question asks is in the forms' text."""
    select = reading.select
    if any(ch.isdigit() for word in reading.unread for ch in word) and len(reading.ignored) >= 3:
        return True  # a figure it could not place among words it could not read: not the question it would answer
    items = list(select.where.items) if isinstance(select.where, model.And) else [select.where] if select.where else []
    # a year, or the previous answer's forms (how many of those are retention payments): where the text is read
    years_only = all((isinstance(c, model.Compare) and c.left == model.Field("year")) or isinstance(c, model.FormIds)
                     for c in items)
    return years_only and select.aggregate in (None, model.Aggregate("count")) and select.order_by is None \
        and not select.shown and select.group_by is None and not reading.reads_nearly_all() and len(reading.ignored) >= 2


def structured(select) -> bool:
    """Whether a reading holds more than names: a comparison, negation, indicator-row condition, statistic, order or
    grouping, or a measure only the views compute (the unspent balance of a form named)."""
    from assistant.conditions import DERIVED

    def held(node) -> bool:
        if isinstance(node, model.Compare):
            return node.left != model.Field("year")  # a year alone is where a narrative is said, not what it asks
        if isinstance(node, (model.Not, model.HasIndicator)):
            return True
        return isinstance(node, (model.And, model.Or)) and any(held(item) for item in node.items)

    return held(select.where) or select.aggregate is not None or select.order_by is not None \
        or select.group_by is not None or any(getattr(f, "name", None) in DERIVED for f in select.shown)


def conditions_besides_years(where) -> bool:
    """Whether a reading holds a condition other than a year."""
    items = list(where.items) if isinstance(where, model.And) else [where] if where is not None else []
    return any(not (isinstance(c, model.Compare) and c.left == model.Field("year")) for c in items)


def asks_a_rows_figure(query: Query) -> bool:
    """“来登去消”那个指标，目标值填的百分之多少: an indicator named and its target or actual asked is that row's figure,
    not a statistic (a share, a count) the words around it resemble."""
    return query.intent == "indicators" and bool(query.indicator_names) and query.indicator_part is not None \
        and len(query.form_filter.name_contains) < 2  # two forms named: a statistic over their rows (加起来是多少)


def compares_figures(where) -> bool:
    """Whether a condition compares something with a figure other than 0: a check finding carries no figure of the
    question's (零执行却满分 is a check; "executed more than half of the budget" is not overspending)."""
    if isinstance(where, model.Compare):  # a figure, or a sum of parts (总分与各项得分之和对不上, 资金来源加起来与执行数不符)
        return (isinstance(where.right, model.Number) and where.right.value != 0) or "IndicatorSum" in repr(where.right) \
            or (isinstance(where.right, model.Arith) and where.right.op == "+")
    if isinstance(where, (model.And, model.Or)):
        return any(compares_figures(item) for item in where.items)
    if isinstance(where, (model.Not, model.HasIndicator)):
        return compares_figures(where.item if isinstance(where, model.Not) else where.where)
    return False


def names_values(where, said: str) -> bool:
    """Whether a condition names a value of a form's column (graded 优) that the rule-based reading does not hold: a
    check finding cannot give it, so "spent nothing yet graded 优" is the nil spenders graded 优, not every form the check
    found.

    Args:
        where: the query model's condition.
        said: the rule-based reading's filter, as text.
    """
    if isinstance(where, model.Text):
        return where.field.entity == "form" and where.mode in ("equals", "contains", "suffix") and bool(where.value) \
            and where.value.strip("（）() ") not in said
    if isinstance(where, model.And):
        return any(names_values(item, said) for item in where.items)
    return False


def negates(where) -> bool:
    """Whether a condition holds a negation (哪些项目没有超支): the opposite of a check, which its findings cannot give."""
    if isinstance(where, model.Not):
        return True
    return isinstance(where, (model.And, model.Or)) and any(negates(item) for item in where.items)


def asks_narrative(query: Query) -> bool:
    """哪个项目说… / 拖到2024年才付 / deferred payment / a deviation reason mentioning …: the question asks what the
    text says (in the part of the form it names); figures it names (2024) are in the sentence, not conditions."""
    from assistant import vocabulary as vocab
    from assistant import text_scope
    from assistant.evidence_set import uses_cue
    from assistant.saying import asks_deferral, counts_a_thing, said_clause

    return query.intent == "search" and (asks_deferral(query.question) or counts_a_thing(query.question)
                                         or said_clause(query.question, query.lang, vocab.STOPWORDS_ZH) is not None
                                         # a named part with a verb of saying: where that is said ("fills in
                                         # the deviation-reason column" names the column itself)
                                         or (text_scope.read(query.question) is not None
                                             and uses_cue(query.question, "saying")))


def quotes_a_column(reading, query: Query) -> bool:
    """劝导队经费的偏差原因是怎么写的: the query model names the indicator column asked about and quotes it row by row,
    which a wording or narrative search would only approximate."""
    from assistant.answer_select import text_conditions

    return query.intent in ("wording", "search") and not reading.unread and bool(text_conditions(reading.select.where))


def names_more(query: Query) -> bool:
    """The rule-based reading names something specific the query model may have missed (a project, quoted text,
    an indicator, a check) or asks for a lookup or wording; a narrative search or an indicator listing does not."""
    found = query.form_filter
    return query.intent in ("lookup", "wording", "checks") or bool(
        found.name_contains or found.text_contains or found.finding_codes or found.severities or found.project_keys
        or found.form_ids is not None or query.indicator_names or query.follow_up)


def names_beyond(query: Query, reading) -> bool:
    """Whether the rule-based reading names something the query model's reading does not hold: a name or text
    fragment, an indicator, a check, a form set, or a wording or check question."""
    found = query.form_filter
    held = repr(reading.select)
    return query.intent in ("wording", "checks") or bool(
        found.finding_codes or found.severities or found.project_keys or found.form_ids is not None
        or found.text_contains  # words the forms' text says: the query model reads names, not narratives
        or any(fragment not in held for fragment in found.name_contains + query.indicator_names))


def _only_excluded(query: Query, reading) -> bool:
    """Whether every name the rule-based reading holds (a project, a part of names, a unit) is one the query model's
    reading leaves out (Not …), and the rule reading asks nothing else of its own: it read an exclusion (the 优 forms,
    excluding the 信访办 ones) as the forms asked about, so it reads no more than the query model."""
    found = query.form_filter
    if reading is None or query.intent not in ("lookup", "list", "count", "aggregate") or found.text_contains \
            or found.finding_codes or found.severities or found.form_ids is not None or query.indicator_names or query.follow_up:
        return False
    where = reading.select.where
    items = list(where.items) if isinstance(where, model.And) else [where] if where is not None else []
    negated = [repr(item.item) for item in items if isinstance(item, model.Not)]
    held = [repr(item) for item in items if not isinstance(item, model.Not)]
    names = [*found.name_contains, *found.units, *found.departments, *(k.split("|")[0] for k in found.project_keys)]
    return bool(names) and all(any(name in text for text in negated) and not any(name in text for text in held)
                               for name in names)


def reads_more(query: Query, reading=None) -> bool:
    """The rule-based reading uses words the query model has no place for: project names, quoted text, indicator
    names, check findings, or a lookup, narrative search or wording question; not names the query model's reading
    (when given) leaves out, which the rule reading took for the forms asked about."""
    if _only_excluded(query, reading):
        return False
    if query.intent in ("lookup", "indicators", "search", "wording", "checks"):
        return True
    found = query.form_filter
    return bool(found.name_contains or found.text_contains or found.finding_codes or found.severities
                or found.project_keys or found.form_ids is not None or query.indicator_names or query.follow_up)


def previous_ids_read(reading) -> list[int] | None:
    """The previous answer's forms a reading is limited to (how many of those …), or None when it is not."""
    where = reading.select.where
    items = list(where.items) if isinstance(where, model.And) else [where] if where is not None else []
    held = [item for item in items if isinstance(item, model.FormIds)]
    return list(held[0].ids) if held else None


def drops_topic_verb(reading, query: Query) -> bool:
    """Whether the rule-based reading searches for a one-character topic verb (租 of 总分不到100的项目里有几个是租东西的)
    that the query model's reading holds nowhere: answering the model's count would drop what the forms must say."""
    from assistant.evidence_set import cues
    from index.tokenize import cut_words

    if query.intent != "search" or reading is None:
        return False
    held = repr(reading.select)
    return any(word in cues("single") and word not in held for word in cut_words(query.search_text or query.question))


def model_answers(question: str, query: Query, reading, asked_for, paid: list[int], store, reader, says) -> bool:
    """Whether the query model's reading answers rather than the rule-based one: it read every condition (or left
    only glue), the question asks of no check finding, no text and no figure only a form's text gives.

    Args:
        question: the question as the readers had it.
        query: the rule-based reading.
        reading: the query model's reading (an assistant.compose.Reading), or None.
        asked_for: the quantity the question asks for (assistant/asked_quantity.py), or None.
        paid: later years the forms' text says money was paid in (assistant/search_instead.py), or empty.
        store: a store.Store.
        reader: the query model's reader (assistant.reader.QuestionReader).
        says: the words of a stretch the forms' text holds (assistant.interpret.Interpreter.content_words).

    Returns:
        True when the query model's reading answers.
    """
    from assistant import asked_quantity, derived_lookup, described_form, form_text
    from assistant.evidence_set import uses_cue
    from assistant.leftovers import only_glue_left

    # A check's words read whole by the query model with a figure of the question's ("executed more than half of
    # their budget" is no overspending) are that comparison; other questions about findings stay with the rules.
    checks = bool(query.form_filter.finding_codes or query.form_filter.severities) and not (
        reading is not None and not reading.ignored and (compares_figures(reading.select.where) or negates(reading.select.where) or names_values(reading.select.where, repr(query.form_filter))
                                                          or "HasFinding" in repr(reading.select.where)))  # the check it names
    # A reading that left only glue answers (a lookup too when it shows the figure: the underspend of X).
    glue = reading is not None and query.intent != "indicators" and structured(reading.select) \
        and (query.intent != "lookup" or (reading.select.shown and not uses_cue(question, "figure"))) \
        and only_glue_left(reading, question, reader, says) and not names_beyond(query, reading)
    counted = reading is not None and not reading.ignored and ("Indicator" in repr(reading.select.where) or (  # 指标写了十条以上
        reading.select.entity == "indicators" and reading.select.aggregate is not None and "level" in repr(reading.select.where)))
    return bool(reading is not None and not checks and not paid and (counted or not asks_narrative(query)) and not form_text.applies(query, store) \
            and not drops_topic_verb(reading, query) \
            and ((derived := derived_lookup.asks_derived(reading.select)) or described_form.aggregates_read(reading)
                 or described_form.figure_lookup(query, store) is None) \
            and not (asks_a_rows_figure(query) and reading.select.aggregate is not None) and (
            not reading.ignored or not reads_more(query, reading) or (reading.reads_nearly_all() and not (names_more(query) and not derived))
            or quotes_a_column(reading, query) or glue or asked_quantity.only_reading_answers(asked_for, reading, query)))
