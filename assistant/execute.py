"""Query → Answer: runs a structured query against store.query (and search) and words the result."""

from __future__ import annotations

import dataclasses

import re
from collections import defaultdict

from assistant import vocabulary as vocab
from assistant.answer import Answer, AnswerRecord
from assistant.interpret import Query, field_label, format_value
from store import query as store_query
from store.query import FormFilter

SEARCH_K = 10
# How many records a list answer names in its sentence; all of them are in `records`.
NAMES_IN_TEXT = 12


def run(query: Query, store, search=None) -> Answer:
    """Answer a query from the store.

    Args:
        query: what the interpreter understood.
        store: a store.Store.
        search: an object with `search(query, k, mode, form_filter) -> list[Hit]`, or None.

    Returns:
        The answer: interpretation first, then the answer text/value/table, then the records it used.
    """
    handler = {
        "list": _list, "checks": _list, "count": _count, "aggregate": _aggregate, "top": _top,
        "lookup": _lookup, "indicators": _indicators, "search": _search, "wording": _wording,
    }.get(query.intent, _unknown)
    answer = handler(query, store, search)
    if query.notes:
        answer.text = answer.text + "\n" + "\n".join(query.notes)
    return answer


# ----- wording ----------------------------------------------------------------------------------------------


def _zh(query: Query) -> bool:
    return query.lang != "en"


def _forms_word(query: Query, count: int) -> str:
    return f"{count} 个项目" if _zh(query) else f"{count} form{'s' if count != 1 else ''}"


def _interpretation(query: Query, count: int | None, extra: str | None = None) -> str:
    parts = list(query.labels) or (["全部项目"] if _zh(query) else ["all forms"])
    if extra:
        parts.append(extra)
    if count is not None:
        parts.append(_forms_word(query, count))
    return " · ".join(parts)


def _names(forms, limit: int = NAMES_IN_TEXT) -> str:
    names = [form.project_name for form in forms[:limit]]
    more = len(forms) - limit
    return "、".join(names) + (f" 等（另 {more} 个）" if more > 0 else "")


def _value_of(form, field_name: str) -> float | None:
    attribute = {"initial_budget": "initial_budget_wan", "annual_budget": "annual_budget_wan",
                 "executed": "executed_wan"}.get(field_name, field_name)
    return getattr(form, attribute, None)


def _record(form, detail: str | None = None) -> AnswerRecord:
    return AnswerRecord(form_id=form.id, project_name=form.project_name, year=form.year, detail=detail)


def _figure_detail(form, fields: list[str], lang: str) -> str:
    return "；".join(f"{field_label(f, lang)} {format_value(f, _value_of(form, f))}" for f in fields)


def _display_fields(query: Query) -> list[str]:
    fields = []
    for name in [query.field] + [r.field for r in query.form_filter.ranges]:
        if name and name not in fields and name != "year":
            fields.append(name)
    return fields or ["annual_budget", "execution_rate", "total_score"]


def _table(query: Query, forms, fields: list[str]) -> tuple[list[str], list[list[str]]]:
    columns = ["项目" if _zh(query) else "project", "年度" if _zh(query) else "year"]
    columns += [field_label(f, query.lang) for f in fields]
    rows = [[form.project_name, str(form.year or "")] + [format_value(f, _value_of(form, f)) for f in fields] for form in forms]
    return columns, rows


def _error_caveat(query: Query, forms, field_name: str | None) -> str:
    """A warning when a figure used comes from a form whose arithmetic check failed."""
    if field_name not in ("executed", "execution_rate", "annual_budget", "initial_budget", "total_score", "budget_score"):
        return ""
    flagged = [form for form in forms if form.error_count]
    if not flagged:
        return ""
    names = "、".join(form.project_name for form in flagged)
    if _zh(query):
        return f"\n注意：{names} 有错误级检查结果（如单位填错），其数字按原表计入。"
    return f"\nNote: {names} has error-level check findings (e.g. a unit slip); its figures are counted as printed."


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


def _office(form) -> str:
    match = vocab.TAG_PATTERN.search(form.project_name)
    return match.group(0) if match else "（无标注）"


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
    if query.group_by == "office":
        groups: dict[str, list] = defaultdict(list)
        for form in forms:
            groups[_office(form)].append(form)
        grouped = []
        for key, members in groups.items():
            values = [_value_of(f, field_name) for f in members if field_name and _value_of(f, field_name) is not None]
            value = {"sum": sum(values) if values else None, "avg": sum(values) / len(values) if values else None,
                     "max": max(values, default=None), "min": min(values, default=None),
                     "count": float(len(members))}[function]
            grouped.append(store_query.AggregateRow(key, value, len(members)))
        grouped.sort(key=lambda row: -(row.value or 0))
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
        group_forms = [form for form in forms if _group_key(form, query.group_by) in {row.group for row in grouped}]
        records = [_record(form) for form in group_forms]
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms), f"{what} by {group_label}" if not _zh(query) else f"按{group_label}{what}"),
                  text=head + "\n" + "\n".join(lines) + caveat, kind="aggregate", records=records, value=value, unit=unit,
                  columns=columns, rows=table_rows)


def _group_key(form, group_by: str) -> str | None:
    if group_by == "office":
        return _office(form)
    value = getattr(form, group_by, None)
    return None if value is None else str(value)


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
        if form.outcome:
            lines.append(("  实际完成情况：" if _zh(query) else "  Outcome: ") + form.outcome[:160])
    columns, rows = _table(query, forms, fields)
    return Answer(question=query.question, interpretation=_interpretation(query, len(forms)), text="\n".join(lines),
                  kind="lookup", records=[_record(form, _figure_detail(form, fields, query.lang)) for form in forms],
                  columns=columns, rows=rows)


def _indicator_score(row, query: Query) -> float:
    """How well an indicator row fits a question that did not name it: unit asked for, then shared words."""
    score = 0.0
    if query.indicator_unit:
        units = f"{row.target_unit or ''} {row.actual_unit or ''} {row.target}"
        if query.indicator_unit == "元" and "元" in units:
            score += 10
        elif query.indicator_unit != "元" and (row.target_unit == query.indicator_unit or row.actual_unit == query.indicator_unit):
            score += 10
    hint = query.indicator_hint or ""
    if hint:
        shared = sum(1 for i in range(len(hint) - 1) if hint[i:i + 2] in row.name)
        score += 2 * shared + sum(0.2 for ch in set(hint) if ch in row.name)
    if row.target_number is not None:
        score += 0.5  # a measurable row answers "how many" better than a vague one
    return score


def _indicators(query: Query, store, search) -> Answer:
    pairs = store_query.list_indicators(store, query.indicator_names, query.form_filter,
                                        query.indicator_level1, query.indicator_level2)
    chosen = pairs
    if not query.indicator_names and not query.indicator_level1 and not query.indicator_level2 and pairs:
        # Nothing named the row: pick the best fit in each form.
        best: dict[int, tuple[float, object, object]] = {}
        for row, form in pairs:
            score = _indicator_score(row, query)
            if form.id not in best or score > best[form.id][0]:
                best[form.id] = (score, row, form)
        chosen = [(row, form) for _, row, form in sorted(best.values(), key=lambda item: -item[0])]
    parts = {"target": ("年度指标值", "target"), "actual": ("实际完成值", "actual")}
    lines, records, seen = [], [], {}
    for row, form in chosen:
        if query.indicator_part in parts:
            shown = row.target if query.indicator_part == "target" else row.actual
            body = f"{parts[query.indicator_part][0 if _zh(query) else 1]} {shown}"
        else:
            body = (f"年度指标值 {row.target}，实际完成值 {row.actual}" if _zh(query) else f"target {row.target}, actual {row.actual}")
        score = f"，得分 {row.score_printed}/{row.weight_printed}" if _zh(query) and row.weight_printed else (
            f", score {row.score_printed}/{row.weight_printed}" if row.weight_printed else "")
        reason = f"，偏差原因：{row.deviation}" if row.deviation and _zh(query) else (f", deviation: {row.deviation}" if row.deviation else "")
        line = f"{form.project_name} · {row.level1}/{row.level2} · {row.name}：{body}{score}{reason}"
        lines.append(line)
        detail = f"{row.name}: {row.target} → {row.actual}"
        if form.id in seen:
            records[seen[form.id]].detail += "; " + detail
        else:
            seen[form.id] = len(records)
            records.append(_record(form, detail))
    if not lines:
        text = "没有找到相应的指标。" if _zh(query) else "No matching indicator."
    else:
        text = "\n".join(lines[:40]) + (f"\n…（共 {len(lines)} 条）" if len(lines) > 40 else "")
    value = None
    if len(chosen) == 1:
        row = chosen[0][0]
        value = row.actual_number if query.indicator_part == "actual" else (row.target_number if row.target_number is not None else row.actual_number)
    columns = ["项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"] if _zh(query) else [
        "project", "level 1", "level 2", "indicator", "target", "actual"]
    rows = [[form.project_name, row.level1, row.level2, row.name, row.target, row.actual] for row, form in chosen]
    extra = f"{len(chosen)} 条指标" if _zh(query) else f"{len(chosen)} indicator row{'s' if len(chosen) != 1 else ''}"
    return Answer(question=query.question, interpretation=_interpretation(query, len(records), extra), text=text,
                  kind="lookup", records=records, value=value,
                  unit=(chosen[0][0].target_unit if len(chosen) == 1 else None), columns=columns, rows=rows)


def _search(query: Query, store, search) -> Answer:
    form_filter = None if query.form_filter.is_empty() else query.form_filter
    if search is None:
        return _search_fallback(query, store, form_filter)
    hits = search.search(query.search_text or query.question, k=SEARCH_K, mode="hybrid", form_filter=form_filter)
    records = [AnswerRecord(form_id=hit.form_id, project_name=hit.project_name, year=hit.year,
                            detail=f"{hit.field}: {hit.snippet}") for hit in hits]
    query.previous_form_ids = [hit.form_id for hit in hits]
    if not hits:
        text = "没有找到相关的项目。" if _zh(query) else "Nothing relevant found."
    else:
        lines = [f"{i}. {hit.project_name}（{hit.year}）— {hit.snippet}" for i, hit in enumerate(hits, 1)]
        text = ("最相关的项目（按相关度）：\n" if _zh(query) else "Most relevant forms, best first:\n") + "\n".join(lines)
    terms = sorted({term for hit in hits for term in hit.matched_terms})
    return Answer(question=query.question, interpretation=_interpretation(query, len(hits)), text=text, kind="search",
                  records=records, highlight_terms=terms)


def _search_fallback(query: Query, store, form_filter: FormFilter | None) -> Answer:
    """Without a search index, the forms whose text contains the question's words, most words first."""
    from index.backend import keyword_search

    hits = keyword_search(store, query.search_text or query.question, SEARCH_K, form_filter)
    forms = store_query.forms_by_id(store, [hit.form_id for hit in hits])
    chosen = [forms[hit.form_id] for hit in hits if hit.form_id in forms]
    query.previous_form_ids = [form.id for form in chosen]
    text = ("（检索索引不可用，按关键词匹配）" if _zh(query) else "(search index unavailable; keyword match) ") + (_names(chosen) or "—")
    return Answer(question=query.question, interpretation=_interpretation(query, len(chosen)), text=text, kind="search",
                  records=[_record(form) for form in chosen],
                  highlight_terms=sorted({term for hit in hits for term in hit.matched_terms}))


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


def _wording(query: Query, store, search) -> Answer:
    """How an indicator was worded: groups of similar wordings with their targets, projects and years."""
    from index.wording import lookup_wordings

    form_filter = dataclasses.replace(query.form_filter)
    if form_filter.name_contains or form_filter.form_ids is not None:
        # A project named in one year is the same project in the others: match it by its cross-year key.
        named = store_query.list_forms(store, FormFilter(name_contains=form_filter.name_contains, form_ids=form_filter.form_ids))
        form_filter.project_keys = sorted({form.project_key for form in named})
        form_filter.name_contains, form_filter.form_ids = [], None
    groups = lookup_wordings(store, query.search_text or "", search, form_filter=form_filter)
    uses = [use for group in groups for use in group.uses]
    zh = _zh(query)
    if not uses:
        return Answer(question=query.question, interpretation=_interpretation(query, 0),
                      text="没有找到这样的指标。" if zh else "No indicator like that was found.", kind="wording",
                      suggestions=["jixiao indicators 满意度", "社工项目的社工数量指标值"])
    lines = []
    for group in groups[:3]:
        variants = " / ".join(name for name, _ in group.wordings.most_common())
        targets = "、".join(dict.fromkeys(use.target for use in group.uses))
        lines.append(f"{variants}：{'目标' if zh else 'target'} {targets}（{len(group.uses)} {'处' if zh else 'uses'}）")
    columns = (["指标", "项目", "年度", "一级/二级", "年度指标值", "实际完成值", "分值"] if zh else
               ["indicator", "project", "year", "level 1/2", "target", "actual", "weight"])
    rows = [[use.name, use.project_name, str(use.year or ""), f"{use.level1}/{use.level2}", use.target, use.actual,
             "" if use.weight is None else f"{use.weight:g}"] for use in uses]
    records, seen = [], set()
    for use in uses:
        if use.form_id not in seen:
            seen.add(use.form_id)
            records.append(AnswerRecord(use.form_id, use.project_name, use.year, f"{use.name}：{use.target}"))
    return Answer(question=query.question, interpretation=_interpretation(query, len(records)),
                  text="\n".join(lines), kind="wording", records=records, columns=columns, rows=rows)
