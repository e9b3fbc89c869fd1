"""Wording shared by the rule-based answers: interpretation lines, names, figures, tables, caveats."""

from __future__ import annotations

from assistant.answer import AnswerRecord
from assistant.labels import field_label, format_value
from assistant.rules_query import Query
from store import query as store_query

# How many records a list answer names in its sentence; all of them are in `records`.
NAMES_IN_TEXT = 12



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
    # The store's one field map says which column a figure lives in (amounts in 万元).
    return getattr(form, store_query.NUMERIC_FIELDS.get(field_name, field_name), None)


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
