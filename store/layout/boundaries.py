"""Where forms begin and end in a table, and which rows belong to no form."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.layout.header import is_name_row
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
    """A table cut into forms, plus the runs of rows before the first form."""

    segments: list[Segment] = field(default_factory=list)
    orphans: list[list[Row]] = field(default_factory=list)


def _preamble_start(rows: list[Row], name_index: int, floor: int, headers: HeaderTable) -> int:
    """The first row of a form's preamble: the topmost title, year or 附件 line directly above 项目名称.

    The walk upward stops at a row of the previous form's table and at a second title or year
    line, so neither the tail of the form before nor a list of other forms' titles heads it.
    """
    start = name_index
    titles = years = 0
    for index in range(name_index - 1, floor - 1, -1):
        row = rows[index]
        if is_blank(row):
            continue
        title, year = title_of(row, headers), year_of(row, headers)
        if looks_like_table(row) and title is None and year is None:
            break
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
    above it. Everything up to the next form's preamble belongs to it, so a page header
    repeated inside a form does not cut it. Rows before the first form belong to no form.

    Args:
        table: the rows of a file, sheet or document.
        headers: the synonym table.

    Returns:
        The segments, and the rows outside any form.
    """
    rows = table.rows
    names = [index for index, row in enumerate(rows) if is_name_row(row, headers) and title_of(row, headers) is None]
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
        segment.rows = [row for row in segment.rows]
        while segment.rows and is_blank(segment.rows[-1]):
            segment.rows.pop()
        result.segments.append(segment)
    return result


def document_year(tables: list[Table], headers: HeaderTable) -> int | None:
    """The one year a file's title and year lines state, or None when they state none or several."""
    years = {year for table in tables for row in table.rows if (year := year_of(row, headers)) is not None}
    return years.pop() if len(years) == 1 else None
