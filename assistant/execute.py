"""Query → Answer: runs a rule-based Query against store.query and words the result."""

from __future__ import annotations

from assistant import vocabulary as vocab
from assistant.answer import Answer
from assistant.answer_indicators import _indicators, _wording
from assistant.answer_search import _search
from assistant.answer_text import (NAMES_IN_TEXT, _display_fields, _error_caveat, _figure_detail, _interpretation, _names,
                                   _record, _table, _value_of, _zh)
from assistant.labels import field_label, format_value
from assistant.rules_query import Query
from store import query as store_query


def run(query: Query, store, search=None) -> Answer:
    """Answer a query from the store.

    Args:
        query: what the interpreter understood.
        store: a store.Store.
        search: an object with `search(query, k, mode, form_filter) -> list[Hit]`, or None.

    Returns:
        The answer: interpretation first, then the answer text/value/table, then the records it used.
    """
    from assistant import described_form, form_text

    query = described_form.figure_lookup(query, store) or query
    if form_text.applies(query, store):
        # 安保经费的目标是什么 / why did X underspend: the named form's own words, not a row or a search
        answer = form_text.answer(query, store)
        answer.text += ("\n" + "\n".join(query.notes)) if query.notes else ""
        return answer
    handler = {
        "list": _list, "checks": _list, "count": _count, "aggregate": _aggregate, "top": _top,
        "lookup": _lookup, "indicators": _indicators, "search": _search, "wording": _wording,
    }.get(query.intent, _unknown)
    if query.intent in ("list", "count") and query.form_filter.text_contains and query.mentions_negated:
        _unmentioned(query, store)
    elif query.intent in ("list", "count") and query.form_filter.text_contains:
        _reworded_mentions(query, store)
    answer = handler(query, store, search)
    if query.intent in ("list", "count") and query.form_filter.text_contains:
        from assistant.empty_reread import reread

        answer = reread(answer, query, store, search)  # 提到要把进京的人稳在本地: no form prints the cut phrase
    if query.notes:
        answer.text = answer.text + "\n" + "\n".join(query.notes)
    return answer


def _unmentioned(query: Query, store) -> None:
    """哪些项目没提到资金紧张 / which forms do not mention X: every form the other conditions allow, less those whose
    text (in the part named) says it; the reading says "does not mention"."""
    import dataclasses

    saying = store_query.matching_form_ids(store, query.form_filter)
    others = dataclasses.replace(query.form_filter, text_contains=[], text_fields=[])
    allowed = store_query.matching_form_ids(store, None if others.is_empty() else others)
    query.form_filter = dataclasses.replace(others, form_ids=sorted(set(allowed) - set(saying)))
    negated = "没有提到“" if query.lang != "en" else "does not mention “"
    query.labels = [negated + label.split("“", 1)[1] if label.startswith(("提到“", "mentions “")) else label
                    for label in query.labels]


# A mention of this many words or more may be matched with one word reworded (the others in one sentence).
LONG_MENTION = 4


def _reworded_mentions(query: Query, store) -> None:
    """A mention no form writes verbatim (后续调整经费 for 后续及时调整经费): the forms with one sentence holding
    every word of it, named in the reading."""
    from assistant import evidence
    from assistant.synonyms import is_colloquial, synonyms

    if store_query.matching_form_ids(store, query.form_filter):
        return
    if any(is_colloquial(phrase) for phrase in query.form_filter.text_contains):
        # 写了钱不够: a colloquial phrase no form writes is mentioned in the forms' words for it (资金紧张, 资金不足)
        query.form_filter.text_contains = list(dict.fromkeys(word for phrase in query.form_filter.text_contains
                                                             for word in synonyms().get(phrase, (phrase,))))
        query.labels.append(("in the forms' words: " if query.lang == "en" else "按表中写法：")
                            + "、".join(query.form_filter.text_contains))
        return
    ids, words = set(), []
    for phrase in query.form_filter.text_contains:
        terms = evidence.key_terms(phrase, "zh", vocab.STOPWORDS_ZH)
        if len(terms) >= 2:
            found = {item.form_id for item in evidence.find_saying(store, terms)[0]}
            if not found and len(terms) >= LONG_MENTION:
                # 把赴京人员稳在本地 for 把赴京人员吸附在本地: a long mention reworded in one word is every other word
                for dropped in terms:
                    found |= {item.form_id for item in evidence.find_saying(store, [t for t in terms if t != dropped])[0]}
            ids |= found
            words += terms
    if ids:
        query.form_filter.text_contains = []
        query.form_filter.form_ids = sorted(ids if query.form_filter.form_ids is None else ids & set(query.form_filter.form_ids))
        query.labels.append(("words in one sentence: " if query.lang == "en" else "同一句中写到：") + "、".join(words))


# ----- handlers ---------------------------------------------------------------------------------------------


def _default_order(query: Query) -> tuple[str | None, bool]:
    if query.sort:
        return query.sort, query.descending
    for condition in query.form_filter.ranges:
        if condition.field != "year":
            return condition.field, condition.operator in (">", ">=")
    return None, False


def _list(query: Query, store, search) -> Answer:
    order_by, descending = _default_order(query)
    forms = store_query.list_forms(store, query.form_filter, order_by=order_by, descending=descending, limit=query.limit)
    fields = _display_fields(query)
    wanted_codes = set(query.form_filter.finding_codes)
    wanted_severities = set(query.form_filter.severities)
    records = []
    for form in forms:
        if query.intent == "checks":
            findings = [f for f in form.findings if (not wanted_codes or f.code in wanted_codes)
                        and (not wanted_severities or f.severity in wanted_severities)]
            detail = "；".join(f"{f.severity} {f.code}: {f.message}" for f in findings)
        else:
            detail = _figure_detail(form, fields, query.lang)
        records.append(_record(form, detail))
    if not forms:
        text = "没有符合条件的项目。" if _zh(query) else "No form matches."
    elif _zh(query):
        text = f"共 {len(forms)} 个项目：{_names(forms)}。"
    else:
        text = f"{len(forms)} form{'s' if len(forms) != 1 else ''}: {_names(forms)}."
    if query.intent == "checks" and forms:
        text += "\n" + "\n".join(f"· {r.project_name}: {r.detail}" for r in records[:NAMES_IN_TEXT])
    elif query.form_filter.text_contains and not query.mentions_negated:
        from assistant.mention_quotes import quoted_lines

        # 提到“资金紧张”的项目: each form with the words it prints where it says so
        text += "".join("\n" + line for line in quoted_lines(forms, query.form_filter.text_contains,
                                                             query.form_filter.text_fields, NAMES_IN_TEXT))
    columns, rows = _table(query, forms, fields)
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms)), text=text,
                  kind="checks" if query.intent == "checks" else "list", records=records, columns=columns, rows=rows,
                  highlight_terms=list(query.form_filter.text_contains))


def _count(query: Query, store, search) -> Answer:
    if query.count_indicators:
        pairs = store_query.list_indicators(store, query.indicator_names, query.form_filter or None,
                                            query.indicator_level1, query.indicator_level2)
        count = len(pairs)
        forms = list({form.id: form for _, form in pairs}.values())
        what = "个指标" if _zh(query) else " indicators"
        text = (f"共 {count} 个指标，分布在 {len(forms)} 个项目中。" if _zh(query)
                else f"{count} indicator{'s' if count != 1 else ''} across {len(forms)} form{'s' if len(forms) != 1 else ''}.")
        records = [_record(form, "、".join(i.name for i, f in pairs if f.id == form.id)) for form in forms]
        return Answer(question=query.question, interpretation=_interpretation(query, None, f"{count}{what}"), text=text,
                      kind="count", records=records, value=float(count), unit="个" if _zh(query) else None)
    forms = store_query.list_forms(store, query.form_filter, order_by=_default_order(query)[0],
                                   descending=_default_order(query)[1])
    count = len(forms)
    text = (f"共 {count} 个项目" + (f"：{_names(forms)}。" if forms else "。") if _zh(query)
            else f"{count} form{'s' if count != 1 else ''}" + (f": {_names(forms)}." if forms else "."))
    fields = _display_fields(query)
    columns, rows = _table(query, forms, fields)
    return Answer(question=query.question, interpretation=_interpretation(query, count), text=text, kind="count",
                  records=[_record(form, _figure_detail(form, fields, query.lang)) for form in forms],
                  value=float(count), unit="个" if _zh(query) else None, columns=columns, rows=rows)


_AGGREGATE_WORDS = {"sum": ("合计", "total"), "avg": ("平均", "average"), "max": ("最大值", "maximum"),
                    "min": ("最小值", "minimum"), "count": ("项目数", "number of forms")}


def _aggregate(query: Query, store, search) -> Answer:
    function, field_name = query.aggregate or "sum", query.field
    word = _AGGREGATE_WORDS[function][0 if _zh(query) else 1]
    unit = vocab.FIELD_LABELS[field_name][2] if field_name and function != "count" else None
    forms = store_query.list_forms(store, query.form_filter, order_by=field_name if field_name else None, descending=True)
    records = [_record(form, _figure_detail(form, [field_name], query.lang) if field_name else None) for form in forms]
    caveat = _error_caveat(query, forms, field_name)
    what = f"{field_label(field_name, query.lang)}{word}" if (field_name and _zh(query)) else (
        f"{word} {field_label(field_name, query.lang)}" if field_name else word)
    if not query.group_by:
        rows = store_query.aggregate(store, function, field_name, query.form_filter)
        value = rows[0].value if rows else None
        text = (f"{what}：{format_value(field_name, value) if function != 'count' else int(value or 0)}（{len(forms)} 个项目）"
                if _zh(query) else f"{what}: {format_value(field_name, value) if function != 'count' else int(value or 0)} "
                                    f"({len(forms)} form{'s' if len(forms) != 1 else ''})")
        return Answer(question=query.question, interpretation=_interpretation(query, len(forms), what),
                      text=text + caveat, kind="aggregate", records=records, value=value, unit=unit)
    group_label = vocab.GROUP_LABELS[query.group_by][0 if _zh(query) else 1]
    sql = None
    if query.group_by == "office":
        grouped, sql = _office_groups(store, function, field_name, [form.id for form in forms])
    else:
        grouped = store_query.aggregate(store, function, field_name, query.form_filter, group_by=query.group_by)
    if query.limit == 1 and grouped:
        ranked = sorted(grouped, key=lambda row: (row.value or 0), reverse=query.descending)
        grouped = [row for row in ranked if row.value == ranked[0].value]
    columns = [group_label, what if function != "count" else ("项目数" if _zh(query) else "forms"),
               "项目数" if _zh(query) else "forms"]
    table_rows = [[row.group or "—", format_value(field_name, row.value) if function != "count" else str(int(row.value or 0)),
                   str(row.count)] for row in grouped]
    if function == "count":
        columns, table_rows = columns[:2], [r[:2] for r in table_rows]
    lines = [f"{r[0]}：{r[1]}" if _zh(query) else f"{r[0]}: {r[1]}" for r in table_rows]
    head = (f"按{group_label}的{what}：" if _zh(query) else f"{what} by {group_label}:")
    value = grouped[0].value if len(grouped) == 1 else None
    if query.limit == 1:
        keys = _group_keys(store, forms, query.group_by)
        group_forms = [form for form in forms if keys.get(form.id) in {row.group for row in grouped}]
        records = [_record(form) for form in group_forms]
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms), f"{what} by {group_label}" if not _zh(query) else f"按{group_label}{what}"),
                  text=head + "\n" + "\n".join(lines) + caveat, kind="aggregate", records=records, value=value, unit=unit,
                  columns=columns, rows=table_rows, sql=sql)


def _office_groups(store, function: str, field_name: str | None, form_ids: list[int]):
    """An aggregate by the tag ending each project name, computed in SQL over the forms view."""
    from assistant import model
    from assistant.sqlcompile import aggregate_sql
    from store.readonly_sql import run_select

    select = model.Select(where=model.FormIds(tuple(form_ids)), group_by=model.Field("office_tag"),
                          aggregate=model.Aggregate(function, model.Field(field_name) if function != "count" else None))
    sql = aggregate_sql(select)
    rows = run_select(store, sql).rows
    return [store_query.AggregateRow(NO_TAG if group is None else str(group), None if value is None else float(value), count)
            for group, value, count in rows], sql


NO_TAG = "（无标注）"


def _group_keys(store, forms, group_by: str) -> dict[int, str | None]:
    """Each form's group; the office tag is read from the forms view, where it is defined once."""
    if group_by != "office":
        return {form.id: None if getattr(form, group_by, None) is None else str(getattr(form, group_by)) for form in forms}
    from store.readonly_sql import run_select

    ids = ", ".join(str(int(form.id)) for form in forms) or "NULL"
    rows = run_select(store, f"SELECT form_id, office_tag FROM forms WHERE form_id IN ({ids})").rows
    return {form_id: NO_TAG if tag is None else tag for form_id, tag in rows}


def _top(query: Query, store, search) -> Answer:
    field_name = query.field or "total_score"
    forms = [form for form in store_query.list_forms(store, query.form_filter, order_by=field_name, descending=query.descending)
             if _value_of(form, field_name) is not None]
    if query.ties and forms:
        extreme = _value_of(forms[0], field_name)
        chosen = [form for form in forms if _value_of(form, field_name) == extreme]
    else:
        chosen = forms[:query.limit or 1]
    value = _value_of(chosen[0], field_name) if chosen else None
    fields = _display_fields(query)
    records = [_record(form, _figure_detail(form, fields, query.lang)) for form in chosen]
    label = field_label(field_name, query.lang)
    if not chosen:
        text = "没有符合条件的项目。" if _zh(query) else "No form matches."
    elif _zh(query):
        text = "；".join(f"{form.project_name}（{label} {format_value(field_name, _value_of(form, field_name))}）" for form in chosen)
        if query.ties and len(chosen) > 1:
            text = f"{len(chosen)} 个项目并列，{label}均为 {format_value(field_name, value)}：" + _names(chosen)
    else:
        text = "; ".join(f"{form.project_name} ({label} {format_value(field_name, _value_of(form, field_name))})" for form in chosen)
        if query.ties and len(chosen) > 1:
            text = f"{len(chosen)} forms tie at {label} {format_value(field_name, value)}: " + _names(chosen)
    columns, rows = _table(query, chosen, fields)
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms)), text=text + _error_caveat(query, chosen, field_name),
                  kind="list", records=records, value=value, unit=vocab.FIELD_LABELS[field_name][2],
                  columns=columns, rows=rows)


def _lookup(query: Query, store, search) -> Answer:
    forms = store_query.list_forms(store, query.form_filter)
    if query.field:
        fields = [query.field]
        value = _value_of(forms[0], query.field) if len(forms) == 1 else None
        label = field_label(query.field, query.lang)
        lines = [f"{form.project_name}（{form.year}）{label}：{format_value(query.field, _value_of(form, query.field))}"
                 if _zh(query) else f"{form.project_name} ({form.year}) {label}: {format_value(query.field, _value_of(form, query.field))}"
                 for form in forms]
        text = "\n".join(lines) or ("没有找到这个项目。" if _zh(query) else "No such form.")
        columns, rows = _table(query, forms, fields)
        return Answer(question=query.question, interpretation=_interpretation(query, len(forms), label), text=text,
                      kind="lookup", records=[_record(form, _figure_detail(form, fields, query.lang)) for form in forms],
                      value=value, unit=vocab.FIELD_LABELS[query.field][2], columns=columns, rows=rows)
    fields = ["initial_budget", "annual_budget", "executed", "execution_rate", "total_score"]
    lines = []
    for form in forms:
        summary = _figure_detail(form, fields, query.lang)
        grade = f"；{'评分等级' if _zh(query) else 'grade'} {form.grade}" if form.grade else ""
        lines.append(f"{form.project_name}（{form.year}，{form.implementing_unit}）：{summary}{grade}")
        if form.goal and len(forms) == 1:  # one form shown: its goal too, where a document, a date or a share is said
            lines.append(("  年度总体目标：" if _zh(query) else "  Goal: ") + form.goal[:160])
        if form.outcome:
            lines.append(("  实际完成情况：" if _zh(query) else "  Outcome: ") + form.outcome[:160])
    columns, rows = _table(query, forms, fields)
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms)), text="\n".join(lines),
                  kind="lookup", records=[_record(form, _figure_detail(form, fields, query.lang)) for form in forms],
                  columns=columns, rows=rows)


SUGGESTIONS_ZH = ["执行率低于60%的项目", "信访办有几个项目", "各实施单位的执行数合计", "总分最低的3个项目",
                  "平安志愿者有多少人", "执行数超过预算的项目", "哪些项目推迟到2024年支付"]
SUGGESTIONS_EN = ["projects with an execution rate below 60%", "how many projects does 信访办 have",
                  "total executed by implementing unit", "the 3 projects with the lowest total score",
                  "which forms do not add up", "which projects were short of money"]


def _unknown(query: Query, store, search) -> Answer:
    if _zh(query):
        text = "我不知道怎么回答这个问题。可以问数字条件、统计、某个项目的指标，或检查结果，例如："
    else:
        text = "I don't know how to answer that. I can filter and total the forms' figures, look up indicators, report check findings, or search the narratives, e.g.:"
    suggestions = SUGGESTIONS_ZH if _zh(query) else SUGGESTIONS_EN
    return Answer(question=query.question, interpretation="未能理解" if _zh(query) else "not understood",
                  text=text + "\n" + "\n".join(f"· {s}" for s in suggestions), kind="unknown", suggestions=suggestions)
