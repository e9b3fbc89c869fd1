"""One named indicator row's column over the forms holding it (其中这个指标分值最高的是哪张表, 这几张表里它的目标值): the
forms at the end a superlative keeps, or each of the previous answer's forms."""

from __future__ import annotations

import re

from assistant.answer import Answer, AnswerRecord
from assistant.row_column import form_fields, outside_names, points_shown
from assistant.row_vocabulary import LABELS, asked_columns, column_spans, pointer_words, says
from store.readonly_sql import run_select


def _printed_row(question: str, store) -> str | None:
    """The one indicator name (as printed on any form) a question says outside the forms' names, else None."""
    names = [name for (name,) in run_select(store, "SELECT project_name FROM forms").rows]
    rows = {name for (name,) in run_select(store, "SELECT DISTINCT name FROM indicators").rows if name and len(name) >= 3}
    said = [row for row in rows if row in question and outside_names(question, row, names)]
    longest = [row for row in said if not any(row != other and row in other for other in said)]
    return longest[0] if len(longest) == 1 else None


# A bound said on the row's column (超过10分, more than 10 points, 10分以上, at least 10): its operator and figure.
_BOUNDS = (
    (">=", re.compile(r"(?:不少于|不低于|至少|at least|no (?:less|fewer) than)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:分|points?|marks?)?\s*"
                      r"(?:及以上|或以上|以上（含）|or more|or above|and above)", re.IGNORECASE)),
    ("<=", re.compile(r"(?:不超过|不高于|不多于|至多|at most|no more than)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:分|points?|marks?)?\s*"
                      r"(?:及以下|或以下|or less|or fewer|or below)", re.IGNORECASE)),
    (">", re.compile(r"(?:超过|高于|大于|多于|more than|over|above|greater than|higher than)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*分?以上",
                     re.IGNORECASE)),
    ("<", re.compile(r"(?:低于|少于|小于|不到|不足|less than|under|below|fewer than|lower than)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*分?以下",
                     re.IGNORECASE)),
)
_COMPARE = {">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, "<": lambda a, b: a < b}


def _bound(question: str) -> tuple[str, float] | None:
    """The one bound a question puts on the row's column, else None (none said, or more than one)."""
    found = [(op, float(m.group(1) or m.group(2))) for op, pattern in _BOUNDS for m in pattern.finditer(question)]
    return found[0] if len({figure for _, figure in found}) == 1 else None


def across(question: str, lang: str, store, previous_question: str | None, previous_ids: list[int] | None,
           recogniser) -> Answer | None:
    """One named row's column over the forms holding it: the form(s) at the end a superlative keeps (其中这个指标分值最高
    的是哪张表), or, among the previous answer's forms, each one's (这几张表里它的目标值是怎么写的？都一样吗).

    Args:
        question: the question, forms named in full.
        lang: "zh" or "en".
        store: a store.Store.
        previous_question: the question asked before, whose one named row a pointer (这个指标, it) stands for.
        previous_ids: the forms of the previous answer.
        recogniser: the query model's recogniser, whose fields say a form's column asked beside the row's.

    Returns:
        The answer, or None when the question does not ask one row's column across forms.
    """
    columns = asked_columns(question)
    if len(columns) != 1:
        return None
    from assistant.interpret import normalize

    if form_fields(recogniser.tokens(normalize(question))[0], column_spans(normalize(question))):
        return None
    words = pointer_words()
    row = _printed_row(question, store)
    pointed = row is None and previous_question and says(question, words["pointer"])
    if pointed:
        row = _printed_row(previous_question, store)
    if row is None:
        return None
    among = bool(pointed or says(question, words["among"])) and previous_ids
    high, low = says(question, words["high"]), says(question, words["low"])
    if bool(high) == bool(low) and not among:
        return None  # no ranking and no earlier forms: the readers of a row by name answer it
    column = columns.pop()
    sql_column = {"target": "target", "actual": "actual", "weight": "weight", "score": "score"}[column]
    number = {"target": "target_number", "actual": "actual_number", "weight": "weight", "score": "score"}[column]
    escaped = row.replace("'", "''")
    found = run_select(store, f"SELECT f.form_id, f.project_name, f.year, i.{sql_column}, i.{number} FROM indicators AS i "
                              f"JOIN forms AS f ON f.form_id = i.form_id WHERE i.name = '{escaped}' ORDER BY f.form_id").rows
    if among:
        found = [r for r in found if r[0] in previous_ids]
    bound = _bound(question)
    if bound is not None:  # 其中它的分值超过10分的, in which of those did it carry more than 10 points: those forms
        op, figure = bound
        found = [r for r in found if r[4] is not None and _COMPARE[op](float(r[4]), figure)]
        high = low = None
    if not found and bound is None:
        return None
    zh = lang != "en"
    label = LABELS[column][0 if zh else 1]
    value = None
    if bool(high) != bool(low):
        figures = [r[4] for r in found if r[4] is not None]
        if not figures:
            return None
        value = max(figures) if high else min(figures)
        found = [r for r in found if r[4] == value]
    shown = lambda r: points_shown(r[3]) if column in ("weight", "score") else (r[3] or "—")  # noqa: E731 - one line's format
    lines = [f"{r[1]} · {row}{'：' if zh else ': '}{label} {shown(r)}" for r in found]
    printed = {shown(r) for r in found}
    if value is None and len(found) > 1:
        lines.append((f"{len(found)} 张表的{label}都一样：{printed.pop()}" if len(printed) == 1 else
                      f"{len(found)} 张表的{label}不完全一样") if zh else
                     (f"all {len(found)} forms print the same {label}: {printed.pop()}" if len(printed) == 1 else
                      f"the {len(found)} forms do not all print the same {label}"))
    if bound is not None:
        lines = lines or ["没有符合条件的项目" if zh else "no form meets it"]
        value = len(found)
    if value is None and len({r[4] for r in found}) == 1:
        value = found[0][4]
    end = ("最高" if high else "最低") if zh else ("highest" if high else "lowest")
    said = (f"指标 {row} · {label}" + (f"{end}" if high or low else "") + (" · 上一问的项目中" if among else "") + f" · {len(found)} 个项目") \
        if zh else (f"indicator {row} · {label}" + (f" {end}" if high or low else "") + (" · among the previous forms" if among else "")
                    + f" · {len(found)} form{'s' if len(found) != 1 else ''}")
    if bound is not None:
        said += f" · {bound[0]} {bound[1]:g}"
    return Answer(question=question, interpretation=said, text="\n".join(lines),
                  kind="list" if high or low or bound is not None else "lookup",
                  records=[AnswerRecord(r[0], r[1], r[2], f"{row}：{label} {shown(r)}") for r in found], value=value,
                  columns=["项目", "三级指标", label] if zh else ["project", "indicator", label],
                  rows=[[r[1], row, shown(r)] for r in found])
