"""The indicator table: columns by header (one or two rows), rows realigned, placeholders skipped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.layout.explain import FormExplanation
from store.layout.labels import HeaderTable, clean_label
from store.layout.rows import cells, is_figure, is_number, is_placeholder
from store.measures import PLACEHOLDERS, parse_figure, parse_measure
from store.normalize import label_key
from store.readers.base import Row
from store.records import IndicatorRow, ParsedForm

_NUMERIC = ("weight", "score")
_COLON = re.compile(r"[:：]")
# A 指标性质 cell that is a comparison (joined into the target), not a kind such as 定量指标.
_OPERATOR = re.compile(r"^(?:[=≥≤<>≧≦═﹦＝＞＜]{1,2}|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|不多于)$")
# Shifts tried, nearest first, when a row's cells do not sit under their headers.
_OFFSETS = (0, -1, 1, -2, 2, -3, 3)


def _fields(row: Row, headers: HeaderTable) -> list[tuple[int, str, str]]:
    return [(index, cell, name) for index, cell in cells(row) if (name := headers.field("indicators", cell))]


def is_indicator_header(row: Row, headers: HeaderTable) -> bool:
    """True for the indicator table's header: three column headers or more, one of them the name or levels."""
    names = {name for _, _, name in _fields(row, headers)}
    return len(names - {"ignore"}) >= 3 and ("name" in names or {"level1", "level2"} <= names)


def is_indicator_subheader(row: Row, top: Row, headers: HeaderTable) -> bool:
    """True for a second header row under `top`: 指标性质 | 指标值 | 度量单位, 单项得分 | 权重 | 折算得分,
    or the second half of headers wrapped over two rows (年度 / 指标值)."""
    nonempty = cells(row)

    def known(index: int, cell: str) -> bool:
        above = top.cells[index].strip() if index < len(top.cells) else ""
        return headers.field("indicators", cell) is not None or (
            bool(above) and headers.field("indicators", above + cell) is not None)

    return bool(nonempty) and not any(is_number(cell) for _, cell in nonempty) and all(
        known(index, cell) for index, cell in nonempty)


@dataclass
class IndicatorLayout:
    """Where each field of an indicator row stands: field → column."""

    columns: dict[str, int] = field(default_factory=dict)
    printed: list[tuple[int, str, str]] = field(default_factory=list)  # (column, header as printed, field)

    @classmethod
    def from_headers(cls, header_rows: list[Row], headers: HeaderTable) -> "IndicatorLayout":
        """Map columns to fields; under a two-row header the lower cell names its column.

        Args:
            header_rows: the header row, and the row under it when it is a second header row.
            headers: the synonym table.

        Returns:
            The layout; the first column claiming a field keeps it.
        """
        top = header_rows[0]
        sub = header_rows[1] if len(header_rows) > 1 else None
        width = max(len(row.cells) for row in header_rows)
        layout = cls()
        carried = ""
        for index in range(width):
            above = top.cells[index].strip() if index < len(top.cells) else ""
            below = sub.cells[index].strip() if sub is not None and index < len(sub.cells) else ""
            carried = above or carried
            if not above and not below:
                continue
            name, printed = headers.column_field("indicators", above, below, carried)
            layout.printed.append((index, printed, name or "(not read)"))
            if name and name != "ignore" and name not in layout.columns:
                layout.columns[name] = index
        return layout

    def cell(self, row: Row, name: str, offset: int = 0) -> str:
        """The text of a field in a row read with its cells shifted by `offset`; "" when absent."""
        index = self.columns.get(name)
        if index is None:
            return ""
        index += offset
        return row.cells[index].strip() if 0 <= index < len(row.cells) else ""

    def target(self, row: Row, offset: int) -> str:
        """The target as printed; split over 指标性质 | 指标值 | 度量单位 it is the three cells joined."""
        value = self.cell(row, "target_value", offset) or self.cell(row, "target", offset)
        if not value:
            return ""
        operator = self.cell(row, "target_op", offset)
        unit = self.cell(row, "target_unit", offset)
        prefix = operator if _OPERATOR.match(operator) else ""
        suffix = unit if unit and not value.endswith(unit) else ""
        return prefix + value + suffix

    def fits(self, row: Row, offset: int) -> bool:
        """Whether the row, shifted by `offset`, has a name and numbers under its 分值/得分 headers."""
        if not self.cell(row, "name", offset):
            return False
        weight, score = self.cell(row, "weight", offset), self.cell(row, "score", offset)
        if "weight" in self.columns:
            # A weight is points, never a percentage: "100%" there means the row was shifted onto its values.
            return is_figure(weight) and not weight.endswith(("%", "％")) and (is_figure(score) or score in PLACEHOLDERS)
        if "score" in self.columns:
            return is_figure(score)
        return offset == 0

    def spanned_name(self, row: Row) -> str:
        """The name of a scored row whose label spans the level columns ("预算执行率" over 一级/二级/三级).

        Returns:
            The label left of the empty name cell when the row has numbers under 分值/得分, else "".
        """
        name_column = self.columns.get("name")
        numeric = [self.cell(row, name) for name in _NUMERIC if name in self.columns]
        if (name_column is None or self.cell(row, "name") or self.cell(row, "level2")
                or not numeric or not all(is_figure(text) for text in numeric)):
            return ""
        # The label must stand in the first level column (or left of it), with nothing up to the name column.
        first_level = min((self.columns[name] for name in ("level1", "level2") if name in self.columns), default=name_column)
        labels = [index for index in range(min(name_column, len(row.cells))) if row.cells[index].strip()]
        return row.cells[labels[-1]].strip() if labels and labels[-1] <= first_level else ""

    def section_label(self, row: Row) -> str:
        """The text of a section row printed left of the 一级 column ("项目决策（2分）" across a shifted table)."""
        nonempty = cells(row)
        if "level1" not in self.columns or len(nonempty) != 1:
            return ""
        index, text = nonempty[0]
        return text if index < self.columns["level1"] and not is_figure(text) and not is_placeholder(text) else ""

    def loosely_fits(self, row: Row) -> bool:
        """Whether the row, unshifted, has nothing but numbers or blanks under its 分值/得分 headers."""
        return all(is_figure(text) or text in PLACEHOLDERS for text in (self.cell(row, name) for name in _NUMERIC))


def is_total_row(row: Row, headers: HeaderTable) -> bool:
    """True for the closing 总分 / 合计 row, or a row of two bare numbers whose label was lost."""
    nonempty = cells(row)
    if not nonempty:
        return False
    if _is_total_label(nonempty[0][1], headers):
        return True
    texts = [cell for _, cell in nonempty if not is_number(cell)]
    return len(nonempty) - len(texts) == 2 and all(label_key(text) in GRADES for text in texts)


def _is_total_label(cell: str, headers: HeaderTable) -> bool:
    """总分, 合计, "总分（100分）", "总分：100" — but not an indicator named 合计完成率."""
    key = label_key(cell).lower()
    return any(key == label or (key.startswith(label) and key[len(label)] in "(:0123456789")
               for label in headers.labels.get("total", {}))


GRADES = ("优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较好", "一般", "较差")


def read_total(row: Row, layout: IndicatorLayout, form: ParsedForm, headers: HeaderTable) -> None:
    """Read the totals row: weight and score under their headers, else by count; the grade beside them.

    Args:
        row: the totals row.
        layout: the indicator table's layout.
        form: the form to fill.
        headers: the synonym table.
    """
    nonempty = cells(row)
    numbers = [(index, cell) for index, cell in nonempty if is_figure(cell)]
    weight, score = layout.cell(row, "weight"), layout.cell(row, "score")
    under_headers = [text for text in (weight, score) if is_figure(text)]
    if numbers and len(under_headers) == len(numbers):
        form.total_weight = parse_figure(weight) if is_figure(weight) else form.total_weight
        form.total_score = parse_figure(score) if is_figure(score) else form.total_score
    elif len(numbers) >= 2:
        form.total_weight, form.total_score = parse_figure(numbers[0][1]), parse_figure(numbers[1][1])
    elif len(numbers) == 1:
        form.total_score = parse_figure(numbers[0][1])
    elif is_figure(printed := _COLON.split(nonempty[0][1], maxsplit=1)[-1].strip()):
        form.total_score = parse_figure(printed)  # "自评总分：69" in one cell
    if not _is_total_label(nonempty[0][1], headers):
        form.notes.append(f"line {row.line}: totals row has no 总分 label")
    grade = next((cell for _, cell in nonempty if label_key(cell) in GRADES), None)
    if grade:
        form.grade = grade


def read_indicators(layout: IndicatorLayout, rows: list[Row], form: ParsedForm,
                    explain: FormExplanation) -> list[tuple[Row, str]]:
    """Read the indicator rows into form.indicators, carrying merged 一级/二级 labels down.

    Placeholder rows (no name, 指标N, ……) are skipped but still pass their level labels on.

    Args:
        layout: the table's layout.
        rows: the data rows, in order.
        form: the form to fill.
        explain: where to record skipped rows.

    Returns:
        The rows that could not be read, each with the reason, for warnings.
    """
    unreadable: list[tuple[Row, str]] = []
    level1 = level2 = ""
    previous: IndicatorRow | None = None  # the indicator read from the row just above
    for row in rows:
        if previous is not None and _continue_wrapped(layout, row, previous):
            form.notes.append(f"line {row.line}: text wrapped from indicator {previous.position} (line {previous.line}); joined")
            explain.skip(row, f"wrapped text of line {previous.line}, joined to it")
            continue
        previous = None
        spanned = layout.spanned_name(row)
        offset = 0 if spanned else next((candidate for candidate in _OFFSETS if layout.fits(row, candidate)), None)
        if offset is None and layout.loosely_fits(row):
            offset = 0
        # A label spanning the level columns is a level label too: its weight is not part of its name.
        name = clean_label(spanned) if spanned else layout.cell(row, "name", offset or 0)
        if offset is None or is_placeholder(name):
            new1, new2 = layout.cell(row, "level1") or layout.section_label(row), layout.cell(row, "level2")
            scored = any(is_figure(layout.cell(row, numeric)) for numeric in _NUMERIC)
            if is_placeholder(layout.cell(row, "name")) and not scored:
                if new1:
                    level1, level2 = clean_label(new1), clean_label(new2)
                elif new2:
                    level2 = clean_label(new2)
                explain.skip(row, "placeholder")
                continue
            reason = "scores but no indicator name" if scored else "no number under 分值/得分"
            unreadable.append((row, reason))
            explain.skip(row, f"unreadable: {reason}")
            continue
        if _is_sub_item(layout, row, name, form):
            # "其中桃树种植面积 1.5亩" breaks down the weighted row above; it is kept as a note, never scored.
            parent = form.indicators[-1]
            form.notes.append(f"line {row.line}: sub-item of indicator {parent.position} {parent.name!r}: "
                              f"{name} {layout.target(row, 0)} / {layout.cell(row, 'actual')}")
            explain.skip(row, f"sub-item of indicator {parent.position}, kept in notes")
            continue
        if offset:
            form.notes.append(f"line {row.line}: indicator row shifted by {offset} columns; realigned")
        new1, new2 = layout.cell(row, "level1", offset), layout.cell(row, "level2", offset)
        if new1:
            level1, level2 = clean_label(new1), clean_label(new2)
        elif new2:
            level2 = clean_label(new2)
        form.indicators.append(
            IndicatorRow(
                position=len(form.indicators) + 1,
                level1=level1,
                level2=level2,
                name=name,
                target=parse_measure(layout.target(row, offset)),
                actual=parse_measure(layout.cell(row, "actual", offset)),
                weight=parse_figure(layout.cell(row, "weight", offset)),
                score=parse_figure(layout.cell(row, "score", offset)),
                deviation=layout.cell(row, "deviation", offset) or None,
                line=row.line,
            )
        )
        previous = form.indicators[-1]
    return unreadable


_WRAPPING = ("name", "target", "actual", "deviation")


def _continue_wrapped(layout: IndicatorLayout, row: Row, previous: IndicatorRow) -> bool:
    """Join a line holding only the wrapped rest of the row above's texts (name, target, actual, deviation).

    Such a line has no level label and no figure, and text only under columns whose text it
    continues. A name can only wrap in a table with a 分值 column, under a weighted row, since there
    an unweighted line with a name of its own would be an indicator; "其中…" lines are sub-items.

    Returns:
        True when the line was joined to `previous`.
    """
    # A target split over 指标性质 | 指标值 | 度量单位 is joined from its cells, never from a wrapped line.
    split = "target_op" in layout.columns or "target_unit" in layout.columns
    wrapping = {layout.columns[name]: name for name in _WRAPPING
                if name in layout.columns and not (split and name == "target")}
    texts = cells(row)
    held = {"name": previous.name, "target": previous.target.printed, "actual": previous.actual.printed,
            "deviation": previous.deviation}
    if not texts or any(index not in wrapping or not held[wrapping[index]] or is_placeholder(text)
                        or is_figure(text) for index, text in texts):
        return False
    names = [text for index, text in texts if wrapping[index] == "name"]
    if names and ("weight" not in layout.columns or previous.weight.value is None
                  or label_key(names[0]).startswith("其中")):
        return False
    for index, text in texts:
        name = wrapping[index]
        if name in ("target", "actual"):
            setattr(previous, name, parse_measure(held[name] + text))
        else:
            setattr(previous, name, (held[name] or "") + text)
    return True


def _is_sub_item(layout: IndicatorLayout, row: Row, name: str, form: ParsedForm) -> bool:
    """True for an unscored "其中…" row under a scored indicator of a table that has 分值/得分 columns."""
    scored_table = any(numeric in layout.columns for numeric in _NUMERIC)
    unscored = not any(layout.cell(row, numeric) for numeric in _NUMERIC)
    return scored_table and unscored and bool(form.indicators) and label_key(name).startswith("其中")
