"""The header block of a form: project name, 主管部门, 实施单位, and totals printed in the header."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.layout.labels import HeaderTable
from store.layout.rows import cells, is_checkbox, once_per_row
from store.readers.base import Row

_COLON = re.compile(r"[:：]")
# A label and its figure in one cell without a colon: "自评得分 98", "自评总分98分".
_LABEL_FIGURE = re.compile(r"^(?P<label>\D{2,20}?)\s*(?P<value>\d+(?:\.\d+)?\s*分?)$")
_LONGEST_LABEL = 20


@dataclass(frozen=True)
class LabelCell:
    """A header label found in a row: its column, the field it names, the label and any value after its colon."""

    column: int
    name: str
    label: str
    inline: str | None  # the value printed in the same cell; None when it sits in a later cell


def _pairs(cell: str, headers: HeaderTable) -> list[tuple[str, str, str]]:
    """The "label：value" pairs of one cell ("单位名称：X  填报日期：Y  自评总分：95"), as (field, label, value).

    A colon counts when the longest known label ends right before it; the value runs to the next such label.
    The cell's text must open with its first label, so prose holding a colon is never read as a label.
    """
    first = _COLON.search(cell)
    if first is None or first.start() > _LONGEST_LABEL or not headers.field("header", cell[: first.start()].strip()):
        return []  # prose, or a cell not opening with a label
    found = []
    for match in _COLON.finditer(cell):
        end = match.start()
        after_previous = found[-1][2] if found else 0
        for start in range(max(after_previous, end - _LONGEST_LABEL), end - 1):
            label = cell[start:end].strip()
            if label and (name := headers.field("header", label)):
                found.append((start, end, match.end(), name, label))
                break
    if not found or cell[: found[0][0]].strip():
        return []
    pairs = []
    for position, (_, _, after, name, label) in enumerate(found):
        until = found[position + 1][0] if position + 1 < len(found) else len(cell)
        pairs.append((name, label, cell[after:until].strip()))
    return pairs


@once_per_row
def label_cells(row: Row, headers: HeaderTable) -> tuple[LabelCell, ...]:
    """The header labels in a row, several per cell when a cell prints "label：value" pairs one after another.

    Args:
        row: any row.
        headers: the synonym table.

    Returns:
        One entry per label, left to right.
    """
    found = []
    for index, cell in cells(row):
        name = headers.field("header", cell)
        if name:
            found.append(LabelCell(index, name, cell, None))
            continue
        for name, label, value in _pairs(cell, headers):
            found.append(LabelCell(index, name, label, value or None))
        figure = _LABEL_FIGURE.match(cell) if len(cell) <= _LONGEST_LABEL + 10 else None
        if figure and not _COLON.search(cell) and (name := headers.field("header", figure.group("label"))):
            found.append(LabelCell(index, name, figure.group("label").strip(), figure.group("value")))
    return tuple(found)


def starts_with_label(row: Row, headers: HeaderTable) -> bool:
    """True when the row's first non-empty cell is a header label (项目名称, 主管部门 …)."""
    labels = label_cells(row, headers)
    nonempty = cells(row)
    return bool(labels) and bool(nonempty) and labels[0].column == nonempty[0][0]


def is_label_row(row: Row, headers: HeaderTable) -> bool:
    """True for a row of header labels only: each cell a label, "label：value" pairs, or the value after a label.

    Such a row above the 项目名称 row (单位名称：… | 填报日期：… | 自评总分：95) belongs to the form below.
    """
    labels = label_cells(row, headers)
    if not starts_with_label(row, headers):
        return False
    labelled = {label.column for label in labels}
    nonempty = cells(row)
    values = {next((column for column, _ in nonempty if column > label.column), None)
              for label in labels if label.inline is None}
    return all(column in labelled or column in values for column, _ in nonempty)


def is_name_row(row: Row, headers: HeaderTable) -> bool:
    """True for the 项目名称 row that begins a form."""
    return any(label.name == "project_name" for label in label_cells(row, headers))


def stores_a_field(row: Row, headers: HeaderTable) -> bool:
    """True when the row opens with a label and holds one whose value is stored (not only labels such as 填报人)."""
    return starts_with_label(row, headers) and any(label.name != "ignore" for label in label_cells(row, headers))


def read_labels(row: Row, headers: HeaderTable) -> list[tuple[str, str | None, str]]:
    """Read each labelled value of a header row: the text after the colon, else the next cell.

    The next cell only counts when it is not itself a label, so an empty 主管部门 followed by
    实施单位 stays empty; a checkbox cell (☑1、常年性) is the answer of a label such as 项目属性,
    never the value of a name.

    Args:
        row: a header row.
        headers: the synonym table.

    Returns:
        (field, value, label as printed) triples, value None when the form leaves it blank.
    """
    labels = label_cells(row, headers)
    labelled = {label.column for label in labels}
    nonempty = cells(row)
    values = []
    for label in labels:
        if label.inline is not None:
            values.append((label.name, label.inline, label.label))
            continue
        following = next(((column, text) for column, text in nonempty if column > label.column), None)
        value = None
        if following is not None and following[0] not in labelled and (label.name == "ignore" or not is_checkbox(following[1])):
            value = following[1]
        values.append((label.name, value, label.label))
    return values
