"""Where forms begin and end in a table, and which rows belong to no form."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.layout.funds import is_funds_header
from store.layout.goal import is_goal_header
from store.layout.header import is_label_row, is_name_row, read_labels
from store.layout.indicators import is_indicator_header
from store.layout.labels import HeaderTable
from store.layout.rows import is_attachment, is_blank, looks_like_table, title_of, year_of
from store.readers.base import Row, Table


@dataclass
class Segment:
    """The rows of one form, with the title and year printed above its 项目名称 row."""

    rows: list[Row]
    title: str | None = None
    year: int | None = None
    year_line: int | None = None


@dataclass
class Boundaries:
    """A table cut into forms, plus the runs of rows that belong to no form (before the first, or unnamed)."""

    segments: list[Segment] = field(default_factory=list)
    orphans: list[list[Row]] = field(default_factory=list)


def _preamble_start(rows: list[Row], name_index: int, floor: int, headers: HeaderTable) -> int:
    """The first row of a form's preamble: the topmost title, year, 附件 or label line directly above 项目名称.

    The walk upward stops at a row of the previous form's table and at a second title or year
    line, so neither the tail of the form before nor a list of other forms' titles heads it.
    A line of header labels between the title and 项目名称 (单位名称：… | 自评总分：95) is part of it.
    """
    start = name_index
    titles = years = 0
    for index in range(name_index - 1, floor - 1, -1):
        row = rows[index]
        if is_blank(row):
            continue
        title, year = title_of(row, headers), year_of(row, headers)
        labels = is_label_row(row, headers) and not is_name_row(row, headers)
        if looks_like_table(row) and title is None and year is None and not labels:
            break
        if labels and (titles or years):
            break  # above the title: the closing lines of the form before (评分等级 | 优)
        # A form has one title and one year line: another above them heads something else.
        titles, years = titles + bool(title), years + (year is not None and not title)
        if titles > 1 or years > 1:
            break
        if title or year is not None or is_attachment(row):
            start = index
    return start


def split_forms(table: Table, headers: HeaderTable) -> Boundaries:
    """Cut a table into one segment per form.

    A form is anchored on its 项目名称 row; its title and year lines are the ones directly
    above it. Everything up to the next form's preamble belongs to it, so a title or a header
    block repeated at the top of a page does not cut it. Rows before the first form belong to no form.

    Args:
        table: the rows of a file, sheet or document.
        headers: the synonym table.

    Returns:
        The segments, and the rows outside any form.
    """
    rows = table.rows
    names = [index for index, row in enumerate(rows) if is_name_row(row, headers) and title_of(row, headers) is None]
    names = _drop_repeated_headers(rows, names, headers)
    starts = []
    floor = 0
    for name_index in names:
        starts.append(_preamble_start(rows, name_index, floor, headers))
        floor = name_index + 1
    result = Boundaries()
    first = starts[0] if starts else len(rows)
    if any(not is_blank(row) for row in rows[:first]):
        result.orphans.append(rows[:first])
    for position, (start, name_index) in enumerate(zip(starts, names)):
        end = starts[position + 1] if position + 1 < len(starts) else len(rows)
        segment = Segment(rows[start:end])
        for row in reversed(rows[start:name_index]):
            if segment.title is None and (title := title_of(row, headers)):
                segment.title = title
            if segment.year is None and (year := year_of(row, headers)) is not None:
                segment.year, segment.year_line = year, row.line
        unnamed = _unnamed_form_start(segment.rows, name_index - start, headers)
        if unnamed is not None:
            result.orphans.append(segment.rows[unnamed:])
            segment.rows = segment.rows[:unnamed]
        while segment.rows and is_blank(segment.rows[-1]):
            segment.rows.pop()
        result.segments.append(segment)
    return result


def _unnamed_form_start(rows: list[Row], name_position: int, headers: HeaderTable) -> int | None:
    """Where a form with a title but no 项目名称 row begins inside the rows of the form above, if it does.

    A title below a form's own funds or goal block that opens a funds or goal block of its own
    heads another form; a title with only table rows after it is a page header and stays.
    """
    opened = False
    for position in range(name_position + 1, len(rows)):
        row = rows[position]
        if title_of(row, headers) and opened and any(_opens_funds_or_goal(later, headers) for later in rows[position + 1:]):
            return position
        opened = opened or _opens_funds_or_goal(row, headers)
    return None


def _drop_repeated_headers(rows: list[Row], names: list[int], headers: HeaderTable) -> list[int]:
    """Keep the 项目名称 rows that begin a form, not those a print layout repeats at the top of each page.

    A 项目名称 row naming the same project as the form above, with no funds or goal block before
    the next 项目名称 row, is that form's page header: the form goes on below it.
    """
    kept: list[int] = []
    for position, index in enumerate(names):
        end = names[position + 1] if position + 1 < len(names) else len(rows)
        if kept and _name_value(rows[index], headers) == _name_value(rows[kept[-1]], headers) and not any(
                _opens_funds_or_goal(row, headers) for row in rows[index + 1:end]):
            continue
        kept.append(index)
    return kept


def _opens_funds_or_goal(row: Row, headers: HeaderTable) -> bool:
    # An indicator header names 分值 and 得分 too, which alone would read as a funds header.
    return not is_indicator_header(row, headers) and (is_funds_header(row, headers) or is_goal_header(row, headers))


def _name_value(row: Row, headers: HeaderTable) -> str | None:
    return next((value for name, value, _ in read_labels(row, headers) if name == "project_name"), None)


def document_year(tables: list[Table], headers: HeaderTable) -> int | None:
    """The one year a file's title and year lines state, or None when they state none or several."""
    years = {year for table in tables for row in table.rows if (year := year_of(row, headers)) is not None}
    return years.pop() if len(years) == 1 else None
