"""A parsed form as the rows it is stored as: its identity keys, content hash, columns, children and findings."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass

from store.checks import check_form
from store.records import Figure, ParsedForm

_YEAR_IN_NAME = re.compile(r"(?:19|20)\d{2}\s*年?度?")
_TO_WAN = {"万元": 1.0, "元": 0.0001}


def project_key(name: str, unit: str | None) -> str:
    """Identity of a project across years: its name without years or spaces, and its unit."""
    return f"{_YEAR_IN_NAME.sub('', name).replace(' ', '')}|{unit or ''}"


def form_key(form: ParsedForm) -> str:
    """Identity of a project-year, used to tell a replaced form from a new one."""
    return f"{project_key(form.project_name, form.implementing_unit)}|{form.year or ''}"


def content_hash(form: ParsedForm) -> str:
    """A digest of what the form says, ignoring where in the file it stood."""
    # repr of the records (dataclasses all the way down) is deterministic and far cheaper than asdict + JSON.
    located = dataclasses.replace(
        form, source_file="", source_table=None, line_start=0, line_end=0, notes=[],
        funds=[dataclasses.replace(row, line=0) for row in form.funds],
        indicators=[dataclasses.replace(row, line=0) for row in form.indicators],
    )
    return hashlib.sha256(repr(located).encode()).hexdigest()


def _figure_columns(prefix: str, figure: Figure | None) -> dict:
    figure = figure or Figure.empty()
    return {prefix: figure.value, f"{prefix}_printed": figure.printed}


@dataclass
class StoredRows:
    """A parsed form as the rows it is stored as: the form's columns, its fund rows, indicators and findings.

    Every row of a kind has the same keys, so a batch of forms is written with one INSERT per table.
    """

    form: dict
    funds: list[dict]
    indicators: list[dict]
    findings: list[dict]


def stored_rows(parsed: ParsedForm) -> StoredRows:
    """The rows that store a parsed form (with its fund rows, indicators and check findings).

    Built where the form is parsed (in the worker processes of a large ingest), so the process writing the
    store only inserts them.

    Args:
        parsed: the form as read.

    Returns:
        The rows: the form's without its `source_id`, its children without their form id (both known
        only once the rows they belong to are written).
    """
    total = parsed.fund("total")
    fiscal, carryover, other = (parsed.fund(kind) for kind in ("fiscal", "carryover", "other"))
    scale = _TO_WAN.get(parsed.amount_unit, 1.0)
    findings = check_form(parsed)
    form = dict(
        form_key=form_key(parsed),
        project_key=project_key(parsed.project_name, parsed.implementing_unit),
        content_hash=content_hash(parsed),
        project_name=parsed.project_name,
        department=parsed.department,
        implementing_unit=parsed.implementing_unit,
        year=parsed.year,
        year_inferred=parsed.year_inferred,
        title=parsed.title,
        amount_unit=parsed.amount_unit,
        **_figure_columns("initial_budget", total.initial_budget if total else None),
        **_figure_columns("annual_budget", total.annual_budget if total else None),
        **_figure_columns("executed", total.executed if total else None),
        **_figure_columns("budget_weight", total.weight if total else None),
        **_figure_columns("execution_rate", total.execution_rate if total else None),
        **_figure_columns("budget_score", total.score if total else None),
        fiscal_executed=fiscal.executed.value if fiscal else None,
        carryover_executed=carryover.executed.value if carryover else None,
        other_executed=other.executed.value if other else None,
        initial_budget_wan=_scaled(total.initial_budget.value if total else None, scale),
        annual_budget_wan=_scaled(total.annual_budget.value if total else None, scale),
        executed_wan=_scaled(total.executed.value if total else None, scale),
        goal=parsed.goal,
        outcome=parsed.outcome,
        **_figure_columns("total_weight", parsed.total_weight),
        **_figure_columns("total_score", parsed.total_score),
        grade=parsed.grade,
        source_table=parsed.source_table,
        line_start=parsed.line_start,
        line_end=parsed.line_end,
        notes="\n".join(parsed.notes),
        error_count=sum(finding.severity == "error" for finding in findings),
        warning_count=sum(finding.severity == "warning" for finding in findings),
    )
    funds = [
        dict(position=position, label=row.label, kind=row.kind, line=row.line,
             **_figure_columns("initial_budget", row.initial_budget),
             **_figure_columns("annual_budget", row.annual_budget),
             **_figure_columns("executed", row.executed),
             **_figure_columns("weight", row.weight),
             **_figure_columns("execution_rate", row.execution_rate),
             **_figure_columns("score", row.score))
        for position, row in enumerate(parsed.funds, start=1)
    ]
    indicators = [
        dict(
            position=row.position, level1=row.level1, level2=row.level2, name=row.name,
            target=row.target.printed, target_comparison=row.target.comparison,
            target_number=row.target.number, target_unit=row.target.unit,
            actual=row.actual.printed, actual_comparison=row.actual.comparison,
            actual_number=row.actual.number, actual_unit=row.actual.unit,
            **_figure_columns("weight", row.weight), **_figure_columns("score", row.score),
            deviation=row.deviation, line=row.line,
        )
        for row in parsed.indicators
    ]
    return StoredRows(form, funds, indicators,
                      [dict(code=f.code, severity=f.severity, message=f.message) for f in findings])


def _scaled(value: float | None, scale: float) -> float | None:
    return None if value is None else round(value * scale, 6)
