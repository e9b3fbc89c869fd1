"""Rule-based answers about indicator rows: a row picked for a question, and how an indicator was worded."""

from __future__ import annotations

import dataclasses
import re

from assistant.answer import Answer, AnswerRecord
from assistant.answer_text import _interpretation, _record, _zh
from assistant.row_totals import summed_rows, total_asked, total_line
from assistant.rules_query import Query
from assistant.text_over_row import said_in_text
from assistant.written_figure import with_written
from index.glossary import expand_english
from store import query as store_query
from store.query import FormFilter

# Up to this many indicator rows are listed one by one (a form's class of rows); more are summarised by wording.
ROWS_IN_TEXT = 12


def _indicator_score(row, query: Query) -> float:
    """How well an indicator row fits a question that did not name it: unit asked for, then shared words."""
    score = 0.0
    # The unit asked for (多少份, how many people) outweighs any number of shared words: it says what the row counts.
    if query.indicator_unit:
        units = f"{row.target_unit or ''} {row.actual_unit or ''} {row.target}"
        if query.indicator_unit == "元" and "元" in units:
            score += 100
        elif query.indicator_unit != "元" and (row.target_unit == query.indicator_unit or row.actual_unit == query.indicator_unit):
            score += 100
    # The words left over, in the forms' Chinese (satisfaction → 满意度), and any the question said the form mentions.
    hint = query.indicator_hint or ""
    if hint and not re.search(r"[\u4e00-\u9fff]", hint):
        hint = "".join(re.findall(r"[\u4e00-\u9fff]+", expand_english(hint)))
    hint += "".join(query.form_filter.text_contains)
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
        if len(chosen) == 1 and (quoted := said_in_text(query.question, query.indicator_hint or "", chosen[0][1], [r for r, _ in pairs])):
            return _quoted(query, chosen[0][1], quoted)  # 实际体检人数达到预期了吗: what its text says of that
    # 三类人员合计多少人, 以平方米计的面积加起来: every row of that unit the words point at, added up
    # rows named outright are the addends when several are; else the rows of the unit the words point at
    summed = total = None
    if total_asked(query.question, query.indicator_unit):  # read every row only when a total is asked of them
        every = pairs if len(pairs) >= 2 and query.indicator_names else store_query.list_indicators(
            store, [], query.form_filter, query.indicator_level1, query.indicator_level2)
        summed = summed_rows(query.question, query.indicator_unit, (query.indicator_hint or "") + "".join(query.indicator_names), every)
        total = total_line(summed, query.indicator_part, _zh(query)) if summed else None
    if total is not None:
        chosen = summed
    parts = {"target": ("年度指标值", "target"), "actual": ("实际完成值", "actual")}
    lines, records, seen = [], [], {}
    for row, form in chosen:
        # Printed first (the source), then the short form a reader writes (≥90%, 97人) when it differs.
        target = with_written(row.target, row.target_comparison, row.target_number, row.target_unit, _zh(query))
        actual = with_written(row.actual, row.actual_comparison, row.actual_number, row.actual_unit, _zh(query))
        if query.indicator_part in parts:
            shown = target if query.indicator_part == "target" else actual
            body = f"{parts[query.indicator_part][0 if _zh(query) else 1]} {shown}"
        else:
            body = (f"年度指标值 {target}，实际完成值 {actual}" if _zh(query) else f"target {target}, actual {actual}")
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
    if total is not None:
        value, text = total[0], total[1] + "\n" + text
    elif len(chosen) == 1:
        row = chosen[0][0]
        value = row.weight if query.indicator_part == "weight" else row.actual_number if query.indicator_part == "actual" else (
            row.target_number if row.target_number is not None else row.actual_number)
    columns = ["项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"] if _zh(query) else [
        "project", "level 1", "level 2", "indicator", "target", "actual"]
    rows = [[form.project_name, row.level1, row.level2, row.name, row.target, row.actual] for row, form in chosen]
    extra = f"{len(chosen)} 条指标" if _zh(query) else f"{len(chosen)} indicator row{'s' if len(chosen) != 1 else ''}"
    return Answer(question=query.question, interpretation=_interpretation(query, len(records), extra), text=text,
                  kind="lookup", records=records, value=value,
                  unit=(chosen[0][0].target_unit if len(chosen) == 1 else None), columns=columns, rows=rows)


def _quoted(query: Query, form, sentences: list[str]) -> Answer:
    """One form's sentences that say what the question asks, as printed."""
    zh = _zh(query)
    label = "文本中相关的句子" if zh else "what its text says"
    text = "\n".join(f"{form.project_name}（{form.year}）：{s}" if zh else f"{form.project_name} ({form.year}): {s}" for s in sentences)
    return Answer(question=query.question, interpretation=_interpretation(query, 1, label), text=text, kind="lookup",
                  records=[_record(form, sentences[0])])


# A Chinese fragment in an English question names a form when it is part of at most this many projects' names.
MAX_FRAGMENT_FORMS = 3


def _named_in_passing(query: Query, store, form_filter: FormFilter, words: str) -> str:
    """"the floor-area indicator for the 鲁汇 police-station fit-out": a Chinese fragment of a project name the reader
    did not take names that form (form_filter gets its key); the English words then pick the row of that form whose
    name holds the most of their Chinese terms, and that row's name is returned as the words to look up (else the words
    left beside the fragment)."""
    runs = re.findall(r"[\u4e00-\u9fff]{2,}", query.question)
    forms = [form for form in store_query.list_forms(store) if any(run in form.project_name for run in runs)]
    keys = sorted({form.project_key for form in forms})
    if not runs or not 0 < len(keys) <= MAX_FRAGMENT_FORMS:
        return words
    form_filter.project_keys = keys
    # Each English word's Chinese terms; a word whose terms are in the form's name describes the form, not the row.
    named = " ".join(form.project_name for form in forms)
    asked = [terms for token in re.findall(r"[a-z][a-z'-]*", words.lower())
             if (terms := re.findall(r"[\u4e00-\u9fff]+", expand_english(token)))
             and not any(term in named for term in terms)]
    rows = [row for row, _ in store_query.list_indicators(store, form_filter=form_filter)]
    best = max(rows, key=lambda row: sum(any(term in row.name for term in terms) for terms in asked), default=None)
    left = re.sub("|".join(map(re.escape, runs)), " ", words).strip()  # the fragment names the form, not the row
    return best.name if best is not None and any(any(t in best.name for t in terms) for terms in asked) else left


def _wording(query: Query, store, search) -> Answer:
    """How an indicator was worded: groups of similar wordings with their targets, projects and years."""
    from index.wording import lookup_wordings

    form_filter = dataclasses.replace(query.form_filter)
    if form_filter.name_contains or form_filter.form_ids is not None:
        # A project named in one year is the same project in the others: match it by its cross-year key.
        named = store_query.list_forms(store, FormFilter(name_contains=form_filter.name_contains, form_ids=form_filter.form_ids))
        form_filter.project_keys = sorted({form.project_key for form in named})
        form_filter.name_contains, form_filter.form_ids = [], None
    words = query.search_text or ""
    if query.lang == "en" and not (form_filter.project_keys or form_filter.name_contains):
        words = _named_in_passing(query, store, form_filter, words)
    level1, level2 = query.indicator_level1, query.indicator_level2
    if not query.indicator_names and not query.indicator_hint and (level1 or level2):
        words = ""  # "X的时效指标是怎么写的": the class named is the condition, its rows the answer
    elif query.indicator_names:
        level1 = level2 = None  # a row named outright is more exact than its class
    groups = lookup_wordings(store, words, search, form_filter=form_filter, level1=level1, level2=level2)
    uses = [use for group in groups for use in group.uses]
    zh = _zh(query)
    if not uses:
        text = "没有找到这样的指标。" if zh else "No indicator like that was found."
        if not words and form_filter.project_keys:
            # The form has no row of the class asked: say which classes it does have, not just "nothing".
            held = dict.fromkeys(row.level2 for row, _ in store_query.list_indicators(store, form_filter=form_filter))
            if held:
                text = (f"该项目没有{level2 or level1}类指标（它的二级指标：{'、'.join(held)}）。" if zh else
                        f"That form has no {level2 or level1} indicator (its level-2 classes: {', '.join(held)}).")
        return Answer(question=query.question, interpretation=_interpretation(query, 0),
                      text=text, kind="wording",
                      suggestions=["jixiao indicators 满意度", "社工项目的社工数量指标值"])
    if len(uses) <= ROWS_IN_TEXT:
        # Few rows: each one as printed, so the answer holds the target and actual a reader asked for.
        lines = [f"{use.project_name} · {use.level1}/{use.level2} · {use.name}：" + (
            f"年度指标值 {with_written(use.target, use.target_comparison, use.target_number, use.target_unit, zh)}，"
            f"实际完成值 {use.actual or '—'}" if zh else
            f"target {with_written(use.target, use.target_comparison, use.target_number, use.target_unit, zh)}, "
            f"actual {use.actual or '—'}") for use in uses]
    else:
        lines = []
    for group in groups[:3] if not lines else ():
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
