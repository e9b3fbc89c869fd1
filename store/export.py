"""Serialise stored forms: the JSON export contract, CSV rows and Markdown tables."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence

from store.models import Form

CSV_COLUMNS = (
    "project_name", "year", "department", "implementing_unit", "amount_unit", "initial_budget", "annual_budget",
    "executed", "execution_rate", "budget_score", "total_score", "grade", "errors", "warnings", "source",
)


def form_to_dict(form: Form) -> dict:
    """The export contract: one object per form, amounts in the form's own unit as printed.

    Args:
        form: a stored form with its children loaded.

    Returns:
        A JSON-serialisable dict with the documented keys.
    """
    return {
        "id": form.id,
        "project_name": form.project_name,
        "year": form.year,
        "year_inferred": form.year_inferred,
        "department": form.department,
        "implementing_unit": form.implementing_unit,
        "amount_unit": form.amount_unit,
        "initial_budget": form.initial_budget,
        "annual_budget": form.annual_budget,
        "executed": form.executed,
        "budget_weight": form.budget_weight,
        "execution_rate": form.execution_rate,
        "budget_score": form.budget_score,
        "fiscal_executed": form.fiscal_executed,
        "carryover_executed": form.carryover_executed,
        "other_executed": form.other_executed,
        "printed": {
            "initial_budget": form.initial_budget_printed,
            "annual_budget": form.annual_budget_printed,
            "executed": form.executed_printed,
            "execution_rate": form.execution_rate_printed,
            "budget_score": form.budget_score_printed,
            "total_score": form.total_score_printed,
        },
        "goal": form.goal,
        "outcome": form.outcome,
        "indicators": [
            {
                "level1": row.level1,
                "level2": row.level2,
                "name": row.name,
                "target": row.target,
                "actual": row.actual,
                "weight": row.weight,
                "score": row.score,
                "deviation": row.deviation or None,
                "target_parsed": {"comparison": row.target_comparison, "number": row.target_number, "unit": row.target_unit},
                "actual_parsed": {"comparison": row.actual_comparison, "number": row.actual_number, "unit": row.actual_unit},
            }
            for row in form.indicators
        ],
        "total_score": form.total_score,
        "grade": form.grade or None,
        "source": {"file": form.source.path, "line_start": form.line_start, "line_end": form.line_end,
                   "table": form.source_table},
        "flags": [{"code": f.code, "severity": f.severity, "message": f.message} for f in form.findings],
    }


def _csv_row(form: Form) -> dict:
    return {
        "project_name": form.project_name, "year": form.year, "department": form.department,
        "implementing_unit": form.implementing_unit, "amount_unit": form.amount_unit,
        "initial_budget": form.initial_budget_printed, "annual_budget": form.annual_budget_printed,
        "executed": form.executed_printed, "execution_rate": form.execution_rate_printed,
        "budget_score": form.budget_score_printed, "total_score": form.total_score_printed, "grade": form.grade,
        "errors": form.error_count, "warnings": form.warning_count,
        "source": f"{form.source.path}:{form.line_start}",
    }


def to_json(forms: Sequence[Form]) -> str:
    """A JSON list of forms (the export contract)."""
    return json.dumps([form_to_dict(form) for form in forms], ensure_ascii=False, indent=1)


# A cell a spreadsheet would run as a formula (OWASP CSV injection): = + - @ and a leading tab or CR.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")


def spreadsheet_cell(value: object) -> object:
    """A CSV value that Excel, WPS or LibreOffice will show as text, never run as a formula.

    Text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, the OWASP
    rule; a plain number such as "-12.50" is left alone, since a spreadsheet reads it as a number.

    Args:
        value: a cell value.

    Returns:
        The value, prefixed with ' when it would start a formula.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def to_csv(forms: Sequence[Form]) -> str:
    """One CSV row per form with the figures as printed; no cell can start a formula."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows({key: spreadsheet_cell(value) for key, value in _csv_row(form).items()} for form in forms)
    return buffer.getvalue()


def markdown_cell(value: object) -> str:
    """A value safe inside a Markdown table cell: pipes escaped, line breaks flattened."""
    return "" if value is None else str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(forms: Sequence[Form]) -> str:
    """A Markdown table of forms with the figures as printed."""
    rows = [_csv_row(form) for form in forms]
    lines = ["| " + " | ".join(CSV_COLUMNS) + " |", "|" + "---|" * len(CSV_COLUMNS)]
    lines += ["| " + " | ".join(markdown_cell(row[column]) for column in CSV_COLUMNS) + " |" for row in rows]
    return "\n".join(lines) + "\n"


FORMATS = {"json": to_json, "csv": to_csv, "md": to_markdown}
