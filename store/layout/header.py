"""The header block of a form: project name, 主管部门, 实施单位, and totals printed in the header."""

from __future__ import annotations

import re

from store.layout.labels import HeaderTable
from store.layout.rows import cells
from store.readers.base import Row

_INLINE = re.compile(r"^(?P<label>[^:：]{2,20})[:：]\s*(?P<value>.*)$", re.S)


def label_cells(row: Row, headers: HeaderTable) -> list[tuple[int, str, str | None]]:
    """The header labels in a row: (column, field, value printed in the same cell after a colon).

    Args:
        row: any row.
        headers: the synonym table.

    Returns:
        One entry per labelled cell; the value is None when it sits in a later cell.
    """
    found = []
    for index, cell in cells(row):
        name = headers.field("header", cell)
        if name:
            found.append((index, name, None))
            continue
        match = _INLINE.match(cell)
        if match and (name := headers.field("header", match.group("label"))):
            found.append((index, name, match.group("value").strip() or None))
    return found


def starts_with_label(row: Row, headers: HeaderTable) -> bool:
    """True when the row's first non-empty cell is a header label (项目名称, 主管部门 …)."""
    labels = label_cells(row, headers)
    nonempty = cells(row)
    return bool(labels) and bool(nonempty) and labels[0][0] == nonempty[0][0]


def is_name_row(row: Row, headers: HeaderTable) -> bool:
    """True for the 项目名称 row that begins a form."""
    return any(name == "project_name" for _, name, _ in label_cells(row, headers))


def read_labels(row: Row, headers: HeaderTable) -> list[tuple[str, str | None, str]]:
    """Read each labelled value of a header row: the text after the colon, else the next cell.

    The next cell only counts when it is not itself a label, so an empty 主管部门 followed by
    实施单位 stays empty.

    Args:
        row: a header row.
        headers: the synonym table.

    Returns:
        (field, value, label as printed) triples, value None when the form leaves it blank.
    """
    labels = label_cells(row, headers)
    labelled = {index for index, _, _ in labels}
    nonempty = cells(row)
    values = []
    for index, name, inline in labels:
        label = row.cells[index].strip()
        if inline is not None:
            values.append((name, inline, label))
            continue
        after = next((text for column, text in nonempty if column > index), None)
        following = next((column for column, _ in nonempty if column > index), None)
        values.append((name, None if following in labelled else after, label))
    return values
