"""Read self-evaluation forms out of tables of rows, whatever the format and the template."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.layout.blocks import sort_rows
from store.layout.boundaries import Segment, document_year
from store.layout.boundaries import split_forms as _split
from store.layout.explain import FormExplanation
from store.layout.funds import is_funds_header, read_funds
from store.layout.goal import is_goal_header, read_goal
from store.layout.header import read_labels
from store.layout.indicators import IndicatorLayout, read_indicators, read_total
from store.layout.labels import HeaderTable
from store.layout.rows import is_blank, looks_like_table, row_text, title_of
from store.readers.base import Row, Table
from store.records import ParsedForm


class FormError(Exception):
    """A form that cannot be read; carries the line where reading failed."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


@dataclass
class ParseIssue:
    """A problem met while reading: an error loses a form, a warning keeps it."""

    source_file: str
    location: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.source_file}:{self.location}: {self.message}"


class IssueSplit:
    """Errors and warnings of anything holding an `issues` list."""

    issues: list[ParseIssue]

    @property
    def errors(self) -> list[ParseIssue]:
        return [issue for issue in self.issues if issue.severity == "error"]

    @property
    def warnings(self) -> list[ParseIssue]:
        return [issue for issue in self.issues if issue.severity == "warning"]


@dataclass
class ParseResult(IssueSplit):
    """The forms read from one file, the issues met on the way, and how each form was read."""

    forms: list[ParsedForm] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
    explanations: list[FormExplanation] = field(default_factory=list)


def split_forms(table: Table, headers: HeaderTable | None = None) -> list[Segment]:
    """Cut a table into one row run per form (see store.layout.boundaries.split_forms).

    Args:
        table: the rows of a file, sheet or document.
        headers: the synonym table; the packaged one by default.

    Returns:
        One segment per form.
    """
    return _split(table, headers or HeaderTable.default()).segments


def parse_segment(segment: Segment, source_file: str, document_year: int | None,
                  headers: HeaderTable | None = None, table: Table | None = None,
                  ) -> tuple[ParsedForm, FormExplanation, list[ParseIssue]]:
    """Read one form's rows into a ParsedForm, keeping whatever can be read.

    Args:
        segment: the rows of one form, as cut by split_forms.
        source_file: the file name recorded on the form.
        document_year: the one year the file states for all its forms, used when the form states none.
        headers: the synonym table; the packaged one by default.
        table: the table the segment came from, for locations in messages.

    Returns:
        The form, the explanation of how it was read, and warnings about rows that could not be read.

    Raises:
        FormError: when the form has no 项目名称 value; the message names the line.
    """
    headers = headers or HeaderTable.default()
    table = table or Table(None)
    rows = segment.rows
    form = ParsedForm(project_name="", title=segment.title, source_file=source_file,
                      line_start=rows[0].line, line_end=rows[-1].line, source_table=table.name)
    explain = FormExplanation(table.name, form.line_start, form.line_end)
    blocks = sort_rows(rows, form, headers, explain)
    explain.project_name = form.project_name or None
    if not form.project_name:
        name_row = next((row for row in rows if any(n == "project_name" for n, _, _ in read_labels(row, headers))), rows[0])
        raise FormError("form has no 项目名称 value", name_row.line)
    warnings: list[ParseIssue] = []
    form.year = segment.year
    explain.year, explain.year_source = segment.year, f"line {segment.year_line}" if segment.year_line else ""
    if form.year is None and document_year is not None:
        form.year, form.year_inferred = document_year, True
        explain.year, explain.year_source = document_year, "the one year the file states"
    elif form.year is None:
        explain.year_source = "no year printed"
        warnings.append(ParseIssue(source_file, table.location(form.line_start),
                                   f"form {form.project_name!r} states no year, nor does the file; year left empty",
                                   "warning"))
    missing = []
    if blocks.funds_header:
        read_funds(blocks.funds_header, blocks.funds, blocks.before_funds, form, headers, explain)
        if form.fund("total") is None:
            missing.append("no 年度资金总额 row in the funds block")
    else:
        missing.append("no funds block")
    if blocks.goal:
        read_goal(blocks.goal, form, headers, explain)
    else:
        missing.append("no goal block")
    layout = None
    if blocks.indicator_header:
        layout = IndicatorLayout.from_headers(blocks.indicator_header, headers)
        indicator_block = explain.block("indicators")
        indicator_block.header_lines = [row.line for row in blocks.indicator_header]
        indicator_block.columns = layout.printed
        for row, reason in read_indicators(layout, blocks.indicators, form, explain):
            warnings.append(ParseIssue(source_file, table.location(row.line),
                                       f"form {form.project_name!r}: indicator row not read ({reason}): {row_text(row)}",
                                       "warning"))
            # Kept on the form too, so the INCOMPLETE finding names the row after the ingest report is gone.
            missing.append(f"line {row.line} not read ({reason}): {row_text(row)}")
        if not form.indicators:
            missing.append("no indicator rows")
    else:
        missing.append("no indicator table")
    if blocks.total is not None:
        read_total(blocks.total, layout or IndicatorLayout(), form, headers)
    elif form.total_score.printed is None and form.indicators:
        missing.append("cut before the total")
    form.missing = missing
    explain.missing = missing
    return form, explain, warnings


def parse_tables(tables: list[Table], source_file: str, headers: HeaderTable | None = None) -> ParseResult:
    """Read every form found in the tables of one file.

    A form is stored as far as it can be read; only a form with no 项目名称 value is refused.
    Rows that belong to no form are reported, never merged into a neighbour.

    Args:
        tables: what a format reader produced for the file.
        source_file: the file name to record on each form and in messages.
        headers: the synonym table; the packaged one, extended by the user's, by default.

    Returns:
        The forms read, the issues met, and how each form was read.
    """
    if headers is None:
        from store.database import data_dir

        headers = HeaderTable.default(data_dir())
    result = ParseResult()
    year = document_year(tables, headers)
    for table in tables:
        boundaries = _split(table, headers)
        for orphan in boundaries.orphans:
            explain = FormExplanation(table.name, orphan[0].line, orphan[-1].line)
            for row in orphan:
                if not is_blank(row):
                    explain.skip(row, "outside any form")
            result.explanations.append(explain)
            result.issues.extend(_orphan_issues(orphan, source_file, table, headers))
        for segment in boundaries.segments:
            try:
                form, explain, warnings = parse_segment(segment, source_file, year, headers, table)
            except FormError as error:
                result.issues.append(ParseIssue(source_file, table.location(error.line), str(error)))
                continue
            result.forms.append(form)
            result.explanations.append(explain)
            result.issues.extend(warnings)
            if form.missing:
                result.issues.append(ParseIssue(
                    source_file, table.location(form.line_start),
                    f"form {form.project_name!r} stored as partial: " + "; ".join(form.missing), "warning"))
            if form.year_inferred:
                result.issues.append(ParseIssue(
                    source_file, table.location(form.line_start),
                    f"form {form.project_name!r} states no year; {form.year} taken from the document", "warning"))
    if not result.forms and not result.errors:
        result.issues.append(ParseIssue(source_file, "1", "no self-evaluation form found (no 项目名称 row)"))
    return result


def _orphan_issues(orphan: list[Row], source_file: str, table: Table, headers: HeaderTable) -> list[ParseIssue]:
    """Rows outside any form: an error when they hold a form's funds or goal block (a form without
    项目名称, such as a 部门整体绩效自评表), else a warning for table rows."""
    table_rows = [row for row in orphan if looks_like_table(row)]
    if not table_rows:
        return []
    title = next((title for row in orphan if (title := title_of(row, headers))), None)
    if any(is_funds_header(row, headers) or is_goal_header(row, headers) for row in orphan):
        named = f"form titled {title!r}" if title else "a form"
        return [ParseIssue(source_file, table.location(orphan[0].line),
                           f"{named} (lines {orphan[0].line}-{orphan[-1].line}) has no 项目名称 row; not read")]
    return [ParseIssue(source_file, table.location(table_rows[0].line),
                       f"{len(table_rows)} table rows (lines {table_rows[0].line}-{table_rows[-1].line}) belong to no form "
                       "(no 项目名称 row above them); not read", "warning")]


def parse_file(path: str, headers: HeaderTable | None = None) -> ParseResult:
    """Read one file and parse it, without storing anything (what `jixiao ingest --explain` shows).

    Args:
        path: a file of any supported format.
        headers: the synonym table; the packaged one, extended by the user's, by default.

    Returns:
        The parse result, with one explanation per form and per run of rows outside any form.

    Raises:
        UnreadableFile: when the file cannot be read at all.
    """
    from store.readers import read_tables

    return parse_tables(read_tables(path), str(path), headers)
