"""Answers from the query model: a Select compiled to SQL, run read-only over the views, worded."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant import several_statistics, sqlcompile
from assistant.answer import Answer, AnswerRecord
from assistant.compose import Reading
from assistant.explain import Explainer
from assistant.lexicon import Lexicon
from assistant.written_figure import with_written
from store.readonly_sql import run_select

NAMES_IN_TEXT = 12
# Indicator class columns (一级/二级指标): a condition on them is quoted as the rows of that class.
CLASS_COLUMNS = ("level1", "level2")


def _number(value) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 1e-9 else f"{value:,.0f}"


# The form's figures the documented views keep as printed too (store/views.py: <field>_printed).
_PRINTED = ("initial_budget", "annual_budget", "executed", "execution_rate", "total_score")


def _printed(store, node, records) -> dict[int, str]:
    """The figure of a shown form field as each form prints it, by form id ({} when the view keeps no printed copy)."""
    if not isinstance(node, m.Field) or node.entity != "form" or node.name not in _PRINTED or not records:
        return {}
    ids = ", ".join(str(int(record.form_id)) for record in records)
    return {row[0]: row[1] for row in run_select(
        store, f"SELECT form_id, {node.name}_printed FROM forms WHERE form_id IN ({ids})").rows if row[1]}


def _as_printed(value, printed: str | None, zh: bool) -> str:
    """A figure as its form prints it when only a thousands separator would differ (999902.41, not 999,902.41), else
    the number, with the printed text beside it when that is another number: a figure is never silently changed."""
    if value is None or not printed:
        return _number(value)
    try:
        same = abs(float(printed.replace(",", "")) - float(value)) < 1e-9
    except ValueError:
        same = False
    if same:  # only the thousands separator differs (999902.41 printed, not 999,902.41): as printed
        return printed if "," in _number(value) and "," not in printed else _number(value)
    return f"{_number(value)}（表上印作 {printed}）" if zh else f"{_number(value)} (printed {printed})"


def _unit(lexicon: Lexicon, select) -> str | None:
    aggregate = select.aggregate
    if aggregate is None or aggregate.function in ("count",):
        return "个" if aggregate is not None else None
    if aggregate.function in ("share", "pooled"):
        return "%"
    expr = aggregate.expr
    key = getattr(expr, "name", None) if getattr(expr, "entity", "form") == "form" else None
    info = lexicon.fields.get(key) if key else None
    return (info.unit or None) if info else None


def text_conditions(node, row: m.Cond | None = None, classes: bool = False) -> list[tuple[m.Text, m.Cond]]:
    """The conditions on indicator text columns (filled in, containing) inside a form condition, each with the whole
    row condition it sits in (满意度指标 rows whose target is filled in: the satisfaction targets); with `classes`, a
    condition on the indicator class too (X的时效指标: the rows of that class)."""
    if isinstance(node, m.Text) and node.field.entity == "indicator" and (
            node.mode in ("present", "contains") or (node.mode == "equals" and node.field.name in _UNIT_COLUMNS)
            or (classes and node.mode == "equals" and node.field.name in CLASS_COLUMNS)):
        return [(node, row if row is not None else node)]
    if isinstance(node, (m.And, m.Or)):
        return [found for item in node.items for found in text_conditions(item, row, classes)]
    if isinstance(node, m.HasIndicator) and node.where is not None:
        return text_conditions(node.where, node.where, classes)
    return []


def _row_evidence(where, records: list[AnswerRecord], store, zh: bool, classes: bool) -> list[tuple[str, str, str]]:
    """What the matching indicator rows say in the column a condition named: the evidence for each form listed.

    Args:
        where: the Select's condition.
        records: the forms found.
        store: a store.Store.
        zh: word the figures in Chinese.
        classes: quote the rows of an indicator class the condition names (a listing, not a count of rows).

    Returns:
        (project, indicator name, text) for every matching row, at most three a form per condition.
    """
    names = {record.form_id: record.project_name for record in records[:NAMES_IN_TEXT]}
    if not names:
        return []
    found = []
    conditions = list(dict.fromkeys(text_conditions(where, classes=classes)))
    # A class beside another condition on the same rows (满意度指标 whose target is given): that one quotes the rows.
    conditions = [(text, row) for text, row in conditions if text.field.name not in CLASS_COLUMNS
                  or not any(other is not text and other_row == row and other.field.name not in CLASS_COLUMNS
                             for other, other_row in conditions)]
    for text, row in conditions:
        # A class asked for (X的时效指标): its rows are quoted by name, with their figures.
        column = "i.name" if text.field.name in (*CLASS_COLUMNS, *_UNIT_COLUMNS) else sqlcompile.expression(text.field, "i")
        # The row's target and actual come along: "what target was set" is answered by the row found.
        sql = (f"SELECT i.form_id, i.name, {column}, {_FIGURES} FROM indicators AS i WHERE "
               f"{sqlcompile.condition(row, 'i')} AND i.form_id IN (" + ", ".join(str(int(i)) for i in names) + ") "
               "ORDER BY i.form_id, i.position")
        found += [(names[row_[0]], row_[1] or "", _with_figures(str(row_[2]), row_[1] or "", row_[3:], zh))
                  for row_ in _three_a_form(run_select(store, sql).rows)]
    for row in _figure_rows(where):
        # 得分低于分值的指标, actual below target: the rows that met it, with their printed figures
        sql = (f"SELECT i.form_id, i.name, i.target, i.actual, i.score, i.weight FROM indicators AS i WHERE "
               f"{sqlcompile.condition(row, 'i')} AND i.form_id IN (" + ", ".join(str(int(i)) for i in names) + ") "
               "ORDER BY i.form_id, i.position")
        found += [(names[r[0]], r[1] or "", f"{r[2] or '—'} → {r[3] or '—'}, {_number(r[4])}/{_number(r[5])}")
                  for r in _three_a_form(run_select(store, sql).rows)]
    return list(dict.fromkeys(found))


def _three_a_form(rows: list) -> list:
    """At most three rows of each form (rows ordered by form): every form listed shows the rows it was kept for."""
    shown: dict = {}
    return [row for row in rows if shown.setdefault(row[0], []).append(row) or len(shown[row[0]]) <= 3]


# The unit a row is printed in (单位是小时的指标): its rows are quoted by name with their figures, as a class's are.
_UNIT_COLUMNS = ("target_unit", "actual_unit")
_FIGURES = "i.target, i.target_comparison, i.target_number, i.target_unit, i.actual, i.actual_number, i.actual_unit"


def _with_figures(said: str, name: str, figures: tuple, zh: bool) -> str:
    """The column a condition named, then the row's target and actual as printed and as people write them."""
    target, comparison, target_number, target_unit, actual, actual_number, actual_unit = figures
    target_shown = with_written(target or "—", comparison, target_number, target_unit, zh)
    actual_shown = with_written(actual or "—", None, actual_number, actual_unit, zh)
    if not target and not actual:
        return said
    if said in (target, actual):  # the column asked for is a figure: it alone, in both forms
        return target_shown if said == target else actual_shown
    shown = f"目标 {target_shown}，实际 {actual_shown}" if zh else f"target {target_shown}, actual {actual_shown}"
    return shown if said == name else f"{said}{'；' if zh else '; '}{shown}"


def _asked_row_figure(where, records: list[AnswerRecord], store) -> float | None:
    """“来登去消”那个指标的目标值: one form, one row whose target (or actual) the question asked for: that figure."""
    if len(records) != 1:
        return None
    for text, row in text_conditions(where):
        if text.field.name in ("target", "actual") and text.mode == "present":
            sql = (f"SELECT i.{text.field.name}_number FROM indicators AS i WHERE {sqlcompile.condition(row, 'i')} "
                   f"AND i.form_id = {int(records[0].form_id)}")
            found = run_select(store, sql).rows
            if len(found) == 1 and found[0][0] is not None:
                return float(found[0][0])
    return None


def _common_figure(rows) -> float | None:
    """The figure every shown form has (what score did each of them get? — all three 90 → 90), else None.

    Args:
        rows: the select's rows, the shown figure fourth.

    Returns:
        The one figure, or None when there is no row, a row has none, or the rows differ.
    """
    figures = {row[3] for row in rows}
    if len(figures) != 1 or None in figures:
        return None
    return float(figures.pop())


def _figure_rows(node) -> list:
    """Row conditions comparing figures of the rows themselves (score < weight, actual < target)."""
    if isinstance(node, (m.And, m.Or)):
        return [found for item in node.items for found in _figure_rows(item)]
    if isinstance(node, m.HasIndicator) and node.where is not None and not text_conditions(node) and _on_rows(node.where):
        return [node.where]
    return []


def _on_rows(node) -> bool:
    if isinstance(node, m.Compare):
        return all(isinstance(side, m.Number) or (isinstance(side, m.Field) and side.entity == "indicator")
                   for side in (node.left, node.right)) and any(isinstance(side, m.Field) for side in (node.left, node.right))
    if isinstance(node, (m.And, m.Or)):
        return all(_on_rows(item) or isinstance(item, m.Text) for item in node.items) and any(_on_rows(i) for i in node.items)
    return False


def answer(reading: Reading, question: str, lang: str, store, lexicon: Lexicon) -> Answer:
    """Run a reading against the store and word the result.

    Args:
        reading: what the composer built.
        question: the question as typed.
        lang: "zh" or "en".
        store: a store.Store.
        lexicon: field labels and units.

    Returns:
        The answer, carrying the SQL it ran.
    """
    if reading.together:  # the average and the median: each over the same forms
        return several_statistics.answer_each(reading, reading.together, lambda one: answer(one, question, lang, store, lexicon), lang)
    select, zh = reading.select, lang != "en"
    records_sql = sqlcompile.records_sql(select)
    found = run_select(store, records_sql)
    records = [AnswerRecord(form_id=row[0], project_name=row[1], year=row[2]) for row in found.rows]
    names = "、".join(r.project_name for r in records[:NAMES_IN_TEXT]) + (
        (f" 等（另 {len(records) - NAMES_IN_TEXT} 个）" if zh else f" and {len(records) - NAMES_IN_TEXT} more")
        if len(records) > NAMES_IN_TEXT else "")
    reading_text = Explainer(lexicon, lang).select(select)
    unit = _unit(lexicon, select)
    columns, rows, value, sql = [], [], None, records_sql
    if select.aggregate is not None:
        sql = sqlcompile.aggregate_sql(select)
        result = run_select(store, sql)
        if select.group_by is not None or select.groups:
            if select.group_by is not None and (select.limit or select.having is not None):
                # The top groups only, or the groups kept: the records are their forms.
                picked = tuple(m.Text(select.group_by, "equals", str(g)) for g, _v, _n in result.rows if g is not None)
                narrowed = dataclasses.replace(select, where=m.conjoin(select.where, m.Or(picked) if picked else m.FormIds(())))
                records = [AnswerRecord(form_id=row[0], project_name=row[1], year=row[2])
                           for row in run_select(store, sqlcompile.records_sql(narrowed)).rows]
            columns = ["分组" if zh else "group", "值" if zh else "value", "项目数" if zh else "forms"]
            rows = [["—" if g is None else str(g), _number(v), str(n)] for g, v, n in result.rows]
            value = float(result.rows[0][1]) if len(result.rows) == 1 and result.rows[0][1] is not None else None
            text = "\n".join(f"{r[0]}：{r[1]}" if zh else f"{r[0]}: {r[1]}" for r in rows) or ("没有数据。" if zh else "No data.")
            if select.limit:
                # The groups picked, then every group's figure: "how many per unit, and which has the most".
                every = run_select(store, sqlcompile.aggregate_sql(dataclasses.replace(select, limit=None))).rows
                if len(every) > len(rows):
                    text += ("\n各组：" if zh else "\nall groups: ") + ("；" if zh else "; ").join(
                        f"{'—' if g is None else g} {_number(v)}" for g, v, _n in every)
        else:
            raw, covered = result.rows[0] if result.rows else (None, 0)
            value = None if raw is None else float(raw)
            shown = _number(value) + ("" if unit in (None, "个") else (unit if unit == "%" else f" {unit}"))
            if value is not None and isinstance(select.aggregate.expr, m.Field) and select.aggregate.expr.name == "year":
                shown = f"{value:.0f}"  # the forms' year: 2023, never 2,023
            text = (f"{shown}（{covered} 个项目）" if zh else f"{shown} ({covered} form{'s' if covered != 1 else ''})")
            if select.aggregate == m.Aggregate("sum", m.Field("actual_number", "indicator")):
                # "how many devices": one row's figure; several rows (人数, 装备数) are listed, not added up
                listed = run_select(store, sqlcompile.rows_sql(select, "i.actual")).rows
                if len(listed) > 1:
                    value = None
                    text = "；".join(f"{p} · {n}：{a}" if zh else f"{p} · {n}: {a}" for p, n, a in listed)
            elif select.entity == "indicators" and select.aggregate.function == "share":
                text = (f"{_number(value)}%（指标行中的占比，分布在 {covered} 个项目中）" if zh
                        else f"{_number(value)}% of indicator rows (across {covered} forms)")
            elif select.entity == "indicators" and select.aggregate.function == "count":
                text = (f"{_number(value)} 个指标，分布在 {covered} 个项目中" if zh
                        else f"{_number(value)} indicator rows across {covered} forms")
    elif select.order_by is not None:
        value = found.rows[0][3] if found.rows else None
        value = None if value is None or not select.limit or select.both_ends else float(value)
        key = getattr(select.order_by, "name", None) if getattr(select.order_by, "entity", "form") == "form" else None
        unit = (lexicon.fields[key].unit or None) if value is not None and key in lexicon.fields else None
        details = [f"{row[1]}{' · ' + row[4] if len(row) > 4 else ''}（{_number(row[3])}）" for row in found.rows]
        text = ("；".join(details) if zh else "; ".join(details)) or ("没有符合条件的项目。" if zh else "No form matches.")
        for record, row in zip(records, found.rows):
            record.detail = _number(row[3])
    elif select.shown:
        label = Explainer(lexicon, lang).label(select.shown[0])
        key = getattr(select.shown[0], "name", None)
        unit = (lexicon.fields[key].unit or None) if key in lexicon.fields else None
        text_column = key in lexicon.fields and lexicon.fields[key].kind == "text"  # 评分等级: printed as the form has it
        printed = _printed(store, select.shown[0], records)
        for record, row in zip(records, found.rows):
            record.detail = f"{label} {'—' if row[3] is None else row[3]}" if text_column else \
                f"{label} {_as_printed(row[3], printed.get(record.form_id), zh)}" + (f" {unit}" if unit else "")
        value = _common_figure(found.rows) if not text_column else None
        text = "\n".join(f"{r.project_name}：{r.detail}" if zh else f"{r.project_name}: {r.detail}" for r in records) \
            or ("没有符合条件的项目。" if zh else "No form matches.")
    else:
        value = float(len(records))
        text = (f"共 {len(records)} 个项目：{names}。" if zh else f"{len(records)} form{'s' if len(records) != 1 else ''}: {names}.") \
            if records else ("没有符合条件的项目。" if zh else "No form matches.")
    evidence = _row_evidence(select.where, records, store, zh, classes=select.aggregate is None)
    if evidence:
        text += "\n" + "\n".join(f"{name} · {indicator}" + ("" if said == indicator else (f"：{said}" if zh else f": {said}"))
                                  for name, indicator, said in evidence)
    flagged = [row[0] for row in run_select(store, "SELECT project_name FROM forms WHERE error_count > 0 AND form_id IN ("
                                            + (", ".join(str(int(r.form_id)) for r in records) or "NULL") + ")").rows]
    if flagged and (select.aggregate is not None or select.order_by is not None):
        text += (f"\n注意：{'、'.join(flagged)} 有错误级检查结果（如单位填错），其数字按原表计入。" if zh else
                 f"\nNote: {', '.join(flagged)} has error-level check findings (e.g. a unit slip); its figures are counted as printed.")
    if reading.ignored:
        text += ("\n未使用：" if zh else "\nignored: ") + "、".join(dict.fromkeys(reading.ignored))
    forms = len({record.form_id for record in records})  # indicator rows ranked: several rows of one form are one form
    count = f"{forms} 个项目" if zh else f"{forms} form{'s' if forms != 1 else ''}"
    return Answer(question=question, interpretation=f"{reading_text} · {count}", text=text,
                  kind="aggregate" if select.aggregate is not None else "list", records=records,
                  value=value if select.aggregate is not None or select.limit or select.shown else _asked_row_figure(
                      select.where, records, store),
                  unit=unit, columns=columns, rows=rows, sql=sql)
