"""The funds block: columns by header (one or two header rows), rows by their labels, the amount unit."""

from __future__ import annotations

import re

from store.layout.explain import FormExplanation
from store.layout.labels import HeaderTable, label_weight
from store.layout.rows import cells, is_figure, is_number
from store.measures import parse_figure
from store.normalize import label_key
from store.readers.base import Row
from store.records import Figure, FundRow, ParsedForm

_FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
_UNIT = re.compile(r"(?:\(|单位:)(万元|元)\)?")


def is_funds_header(row: Row, headers: HeaderTable) -> bool:
    """True for the row that opens the funds block: its anchor label or two of its column headers."""
    nonempty = cells(row)
    if not nonempty:
        return False
    if headers.prefix_field("anchor", nonempty[0][1]) == "funds":
        return True
    return sum(headers.field("funds", cell) is not None for _, cell in nonempty) >= 2


def is_funds_subheader(row: Row, headers: HeaderTable) -> bool:
    """True for a second header row under the first: column headers, no numbers, and no row label
    unless every cell is a header (中央 | 省、地 | 本级 | 其他 | 合计 under 年度预算)."""
    nonempty = cells(row)
    known = sum(headers.field("funds", cell) is not None for _, cell in nonempty)
    return (
        known >= 2
        and not any(is_number(cell) for _, cell in nonempty)
        and (known == len(nonempty) or not any(headers.contained_field("fund_row", cell) for _, cell in nonempty))
    )


def _columns(header_rows: list[Row], headers: HeaderTable) -> dict[int, tuple[str, str | None]]:
    """Column → (header as printed, field or None), reading a second header row under the first."""
    top = header_rows[0]
    sub = header_rows[1] if len(header_rows) > 1 else None
    width = max(len(row.cells) for row in header_rows)
    columns: dict[int, tuple[str, str | None]] = {}
    carried = ""
    for index in range(width):
        above = top.cells[index].strip() if index < len(top.cells) else ""
        below = sub.cells[index].strip() if sub is not None and index < len(sub.cells) else ""
        # The block's own label (项目资金（万元）) above the sub-headers groups no columns.
        if above and below and headers.prefix_field("anchor", above) == "funds":
            above = ""
        elif headers.prefix_field("anchor", above) != "funds":
            carried = above or carried
        if above or below:
            name, printed = headers.column_field("funds", above, below, carried)
            columns[index] = (printed, name)
    return columns


def _unit(rows: list[Row]) -> str | None:
    for row in rows:
        for _, cell in cells(row):
            match = _UNIT.search(label_key(cell))
            if match:
                return match.group(1)
    return None


def _row_label(row: Row, headers: HeaderTable) -> tuple[int, str, str] | None:
    for index, cell in cells(row):
        if is_figure(cell):
            continue
        kind = headers.contained_field("fund_row", cell)
        if kind:
            return index, cell, kind
    return None


def read_funds(header_rows: list[Row], rows: list[Row], unit_rows: list[Row], form: ParsedForm,
               headers: HeaderTable, explain: FormExplanation) -> None:
    """Read the funds block into form.funds, and the amount unit and budget weight from its labels.

    Values are paired with their headers in order when a row has one value per header (cells
    shifted by empty columns still land right), and by column position otherwise.

    Args:
        header_rows: the block's header row, and its second header row if it has one.
        rows: the rows below the header up to the next block.
        unit_rows: the rows above the funds block, where a "单位：元" line may stand.
        form: the form to fill.
        headers: the synonym table.
        explain: where to record the layout and skipped rows.
    """
    unit = _unit(header_rows) or _unit(unit_rows)
    if unit:
        form.amount_unit = unit
    anchor_weight = next((weight for row in header_rows for _, cell in cells(row)
                          if headers.prefix_field("anchor", cell) == "funds" and (weight := label_weight(cell))), None)
    columns = _columns(header_rows, headers)
    labelled = [(row, _row_label(row, headers)) for row in rows]
    label_columns = [found[0] for _, found in labelled if found]
    first_value_column = max(label_columns) + 1 if label_columns else 0
    # Header cells other than the block's own label, and those right of the row labels: a header
    # printed over the label column ("年度预算数（万元）" above 总额) names no column of figures.
    all_columns = sorted((index, printed, name) for index, (printed, name) in columns.items()
                         if headers.prefix_field("anchor", printed) != "funds")
    value_columns = [column for column in all_columns if column[0] >= first_value_column]
    layout = explain.block("funds")
    layout.header_lines = [row.line for row in header_rows]
    layout.columns = [(index, printed, name or "(not read)") for index, printed, name in value_columns]
    fields = [(index, name) for index, _, name in value_columns]
    mapped = _first_claims(fields)
    for row, found in labelled:
        if found is None:
            if any(is_figure(cell) for _, cell in cells(row)) and form.fund("total") is None and not label_columns:
                found = (-1, "", "total")  # a single unlabelled row of figures is the block's total
            else:
                explain.skip(row, "no funds row label")
                continue
        label_index, label, kind = found
        values = [(index, cell) for index, cell in cells(row) if index > label_index]
        fund = FundRow(label=label, kind=kind, line=row.line)
        in_order = next((candidate for candidate in (fields, [(i, n) for i, _, n in all_columns])
                         if len(candidate) == len(values)), None)
        if in_order is not None:
            claimed = _first_claims(in_order)
            pairs = [(name, text) for (index, name), (_, text) in zip(in_order, values) if (index, name) in claimed]
        else:
            pairs = [(name, row.cells[index] if index < len(row.cells) else "") for index, name in mapped]
            if values and len(values) > len(fields):
                form.notes.append(f"line {row.line}: funds row has {len(values)} values for {len(fields)} columns; read by position")
        for name, text in pairs:
            setattr(fund, name, parse_figure(text))
        form.funds.append(fund)
    total = form.fund("total")
    if total is not None and total.weight.printed is None and anchor_weight is not None:
        # The budget's weight printed only in the block label, as in "预算执行情况（万元）（20分）".
        total.weight = Figure(f"{anchor_weight}分", float(anchor_weight))
        explain.fields.append((header_rows[0].line, "budget_weight", f"{anchor_weight} (from the block label)"))


def _first_claims(fields: list[tuple[int, str | None]]) -> list[tuple[int, str]]:
    """The columns that name a funds field, the leftmost one winning when two name the same."""
    claimed: list[tuple[int, str]] = []
    for index, name in fields:
        if name in _FIELDS and name not in {taken for _, taken in claimed}:
            claimed.append((index, name))
    return claimed
