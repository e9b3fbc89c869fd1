"""Sorting a form's rows into its blocks: header fields, funds, goal, indicator table, totals row."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.layout.explain import FormExplanation
from store.layout.funds import is_funds_header, is_funds_subheader
from store.layout.goal import is_goal_header
from store.layout.header import read_labels, starts_with_label, stores_a_field
from store.layout.indicators import is_indicator_header, is_indicator_subheader, is_total_row
from store.layout.labels import HeaderTable
from store.layout.rows import cells, is_attachment, is_blank, skip_reason, title_of, year_of
from store.measures import parse_figure
from store.readers.base import Row
from store.records import ParsedForm


@dataclass
class Blocks:
    """The rows of a form sorted into its blocks while walking it top to bottom."""

    funds_header: list[Row] = field(default_factory=list)
    funds: list[Row] = field(default_factory=list)
    before_funds: list[Row] = field(default_factory=list)
    goal: list[Row] = field(default_factory=list)
    indicator_header: list[Row] = field(default_factory=list)
    indicators: list[Row] = field(default_factory=list)
    total: Row | None = None


def sort_rows(rows: list[Row], form: ParsedForm, headers: HeaderTable, explain: FormExplanation) -> Blocks:
    """Walk a form's rows once, reading its header fields and sorting every other row into its block.

    Args:
        rows: the form's rows, as cut by split_forms.
        form: the form whose header fields (项目名称, 主管部门 …) are filled on the way.
        headers: the synonym table.
        explain: where to record skipped rows and the header fields read.

    Returns:
        The rows of each block.
    """
    blocks = Blocks()
    state: str | None = None
    for row in rows:
        if is_blank(row):
            continue
        if title_of(row, headers) or year_of(row, headers) is not None or is_attachment(row):
            explain.skip(row, "title or year line")
            continue
        if state == "indicators" and is_total_row(row, headers):
            blocks.total, state = row, "closed"
            continue
        # A row of labels holding a stored field (项目名称 beside 项目属性 checkboxes, 单位名称：… 自评总分：95)
        # is read whatever else it holds; one of filer labels only (填报人：…) is skipped below.
        reason = skip_reason(row, headers)
        if reason and stores_a_field(row, headers):
            reason = None
        if reason == "checkbox" and state == "indicators":
            reason = None  # a ticked "√" in the table is an answer; checkbox rows belong to the header block
        if reason:
            explain.skip(row, reason)
            if state == "indicators" and reason == "footnote":
                state = "closed"
            continue
        if is_indicator_header(row, headers):
            if blocks.indicator_header:
                explain.skip(row, "repeated header")
            else:
                blocks.indicator_header, state = [row], "indicators"
            continue
        if (state == "indicators" and len(blocks.indicator_header) == 1 and not blocks.indicators
                and is_indicator_subheader(row, blocks.indicator_header[0], headers)):
            blocks.indicator_header.append(row)
            continue
        if starts_with_label(row, headers):
            for name, value, label in read_labels(row, headers):
                _set_header_field(form, name, value, label, row, explain)
            if state != "indicators":
                state = None
            continue
        if state != "indicators" and is_goal_header(row, headers):
            blocks.goal, state = [row], "goal"
            continue
        if not blocks.funds_header and state != "indicators" and is_funds_header(row, headers):
            blocks.funds_header, state = [row], "funds"
            continue
        if state == "funds" and not blocks.funds and len(blocks.funds_header) == 1 and is_funds_subheader(row, headers):
            blocks.funds_header.append(row)
            continue
        first = cells(row)[0][1]
        if len(cells(row)) <= 2 and headers.prefix_field("anchor", first) == "indicators":
            explain.skip(row, "section label")
            continue
        if state == "funds":
            blocks.funds.append(row)
        elif state == "goal":
            blocks.goal.append(row)
        elif state == "indicators":
            blocks.indicators.append(row)
        elif state == "closed":
            explain.skip(row, "after the indicator table")
        else:
            if not blocks.funds_header:
                blocks.before_funds.append(row)
            explain.skip(row, "outside any block")
    return blocks


def _set_header_field(form: ParsedForm, name: str, value: str | None, label: str, row: Row,
                      explain: FormExplanation) -> None:
    if name == "ignore":
        explain.fields.append((row.line, f"{label} (not stored)", value or ""))
        return
    if name == "project_name":
        if not form.project_name:
            form.project_name = value or ""
    elif name == "department":
        form.department = form.department or value
    elif name == "implementing_unit":
        form.implementing_unit = form.implementing_unit or value
    elif name == "total_score":
        if value and form.total_score.printed is None:
            form.total_score = parse_figure(value)
    elif name == "grade":
        form.grade = form.grade or value
    explain.fields.append((row.line, name, value or ""))
