"""Read self-evaluation forms out of tables of rows, whatever format the rows came from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.measures import PLACEHOLDERS, parse_figure, parse_measure, parse_number
from store.normalize import label_key
from store.readers.base import Row, Table
from store.records import Figure, FundRow, IndicatorRow, ParsedForm

_TITLE = re.compile(r"(自评表|自我评价|自评价|绩效评价表)")
_YEAR = re.compile(r"(?:^|\()?((?:19|20)\d{2})年度?\)?")
_YEAR_ONLY = re.compile(r"^\(?((?:19|20)\d{2})年度?\)?$")
_WEIGHT_IN_LABEL = re.compile(r"\(?(\d+(?:\.\d+)?)分\)?$")
_GRADES = ("优", "良", "中", "差", "优秀", "良好", "合格", "不合格")

# Header synonyms, keyed by normalised label (see label_key); layout-variants.md section 3 and 5.
FUND_COLUMNS = {
    "initial_budget": ("年初预算数", "年初预算"),
    "annual_budget": ("全年预算数", "调整后预算数", "全年(调整)预算数", "调整预算数", "预算数", "年度预算数"),
    "executed": ("全年执行数", "预算执行数", "执行数"),
    "weight": ("分数", "分值", "权重", "执行率权重"),
    "execution_rate": ("执行率", "执行率(%)", "预算执行率", "执行率(b/a)"),
    "score": ("得分", "执行率得分", "执行率得分(分)"),
}
FUND_ROWS = {
    "total": ("年度资金总额", "年度总金额", "总额", "年度财政资金总额", "资金总额"),
    "fiscal": ("当年财政拨款", "本年财政拨款", "财政拨款", "财政资金"),
    "carryover": ("上年结转资金", "上年结转", "上年结余结转"),
    "other": ("其他资金",),
}
INDICATOR_COLUMNS = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "name": ("三级指标", "指标名称"),
    "target": ("年度指标值", "指标值", "年初指标值", "年初目标值", "目标值", "年度目标值"),
    "actual": ("实际完成值", "完成值", "全年实际值", "年终完成值", "全年完成值", "实际值", "实际完成情况值"),
    "weight": ("分值", "分数", "权重", "参考分值", "指标权重"),
    "score": ("得分", "自评分", "指标得分"),
    "deviation": (
        "偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "未完成原因分析", "未完成原因分析及改进措施",
        "未完成原因及拟采取的改进措施", "说明", "原因",
    ),
}


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
    """The forms read from one file and the issues met on the way."""

    forms: list[ParsedForm] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)


def _header_key(cell: str) -> str:
    # "全年预算数(A)", "指标权重(分)", "执行率（%）" all reduce to their bare header word.
    key = label_key(cell).lower()
    return re.sub(r"\((?:a|b|分|万元|元)\)$", "", key)


def _match(key: str, synonyms: tuple[str, ...]) -> bool:
    return key in synonyms


def _nonempty(row: Row) -> list[tuple[int, str]]:
    return [(index, cell) for index, cell in enumerate(row.cells) if cell.strip()]


def _is_blank(row: Row) -> bool:
    return not any(cell.strip() for cell in row.cells)


def _keys(row: Row) -> list[str]:
    return [label_key(cell) for cell in row.cells]


def _is_title(row: Row) -> bool:
    cells = _nonempty(row)
    return len(cells) == 1 and bool(_TITLE.search(label_key(cells[0][1]))) and "项目名称" not in cells[0][1]


def _year_of(row: Row) -> int | None:
    cells = _nonempty(row)
    if len(cells) != 1:
        return None
    key = label_key(cells[0][1])
    match = _YEAR_ONLY.match(key) or (_TITLE.search(key) and _YEAR.search(key))
    return int(match.group(1)) if match else None


def _value_after(row: Row, label_index: int, stop_keys: tuple[str, ...] = ()) -> str | None:
    for cell in row.cells[label_index + 1:]:
        if not cell.strip():
            continue
        if label_key(cell) in stop_keys:
            return None
        return cell.strip()
    return None


def _find(keys: list[str], candidates: tuple[str, ...]) -> int | None:
    return next((index for index, key in enumerate(keys) if key in candidates), None)


@dataclass
class _Segment:
    rows: list[Row]
    year: int | None
    title: str | None


def split_forms(table: Table) -> list[_Segment]:
    """Cut a table into one row run per form.

    A form begins at its title, its year line or its 项目名称 row, whichever comes first; a second
    项目名称 (or a title or year after one) starts the next form, so forms with a missing or odd
    title line are still separated.

    Args:
        table: the rows of a file, sheet or document.

    Returns:
        One segment per form, with the year and title seen in its preamble.
    """
    segments: list[_Segment] = []
    current: list[Row] = []
    has_name = False
    year: int | None = None
    title: str | None = None

    def flush() -> None:
        nonlocal current, has_name, year, title
        if has_name:
            segments.append(_Segment(current, year, title))
        current, has_name, year, title = [], False, None, None

    for row in table.rows:
        if _is_blank(row):
            continue
        keys = _keys(row)
        starts_name = bool(keys) and "项目名称" in keys
        row_year = _year_of(row)
        if _is_title(row) or row_year is not None or starts_name:
            if has_name:
                flush()
            if _is_title(row):
                title = " ".join(cell for _, cell in _nonempty(row))
            if row_year is not None:
                year = row_year
            if starts_name:
                has_name = True
        current.append(row)
    flush()
    return segments


def _parse_funds(header: Row, rows: list[Row], form: ParsedForm) -> None:
    keys = [_header_key(cell) for cell in header.cells]
    columns: list[tuple[int, str]] = []
    for index, key in enumerate(keys):
        for name, synonyms in FUND_COLUMNS.items():
            if _match(key, synonyms) and name not in {column for _, column in columns}:
                columns.append((index, name))
                break
    unit_label = next((label_key(cell) for cell in header.cells if "项目资金" in label_key(cell)), "")
    if re.search(r"\(元\)", unit_label):
        form.amount_unit = "元"
    for row in rows:
        cells = _nonempty(row)
        label_at = next(
            ((index, kind) for index, cell in cells for kind, labels in FUND_ROWS.items()
             if any(label in label_key(cell).replace("其中:", "") for label in labels)),
            None,
        )
        if label_at is None:
            continue
        label_index, kind = label_at
        values = [cell for index, cell in cells if index > label_index]
        fund = FundRow(label=row.cells[label_index].strip(), kind=kind, line=row.line)
        if len(values) == len(columns):
            # Extra empty columns shift values right of their headers; the order still holds.
            pairs = zip((name for _, name in columns), values)
        else:
            pairs = ((name, row.cells[index] if index < len(row.cells) else "") for index, name in columns)
            form.notes.append(f"line {row.line}: funds row has {len(values)} values for {len(columns)} columns; read by position")
        for name, value in pairs:
            setattr(fund, name, parse_figure(value))
        form.funds.append(fund)


def _parse_goal(header: Row, rows: list[Row], form: ParsedForm) -> None:
    keys = _keys(header)
    goal_col = _find(keys, ("预期目标", "年初设定目标", "项目年度目标", "年初绩效目标"))
    outcome_col = _find(keys, ("实际完成情况", "年度总体目标完成情况综述", "年度目标完成情况", "全年目标实际完成情况"))
    goals: list[str] = []
    outcomes: list[str] = []
    for row in rows:
        cells = [(index, cell) for index, cell in _nonempty(row)
                 if label_key(cell) not in ("年度总体目标", "年度总体目标完成情况")]
        if not cells:
            continue
        if len(cells) >= 2:
            goals.append(cells[0][1].strip())
            outcomes.append(" ".join(cell.strip() for _, cell in cells[1:]))
            continue
        index, text = cells[0]
        nearer_goal = outcome_col is None or (goal_col is not None and abs(index - goal_col) <= abs(index - outcome_col))
        (goals if nearer_goal else outcomes).append(text.strip())
    form.goal = "\n".join(goals) or None
    form.outcome = "\n".join(outcomes) or None


@dataclass
class _IndicatorLayout:
    columns: dict[str, int]

    @classmethod
    def from_header(cls, header: Row) -> "_IndicatorLayout":
        keys = [_header_key(cell) for cell in header.cells]
        columns: dict[str, int] = {}
        for index, key in enumerate(keys):
            for name, synonyms in INDICATOR_COLUMNS.items():
                if name not in columns and _match(key, synonyms):
                    columns[name] = index
                    break
        return cls(columns)

    def cell(self, row: Row, name: str, offset: int) -> str:
        index = self.columns.get(name)
        if index is None:
            return ""
        index += offset
        return row.cells[index].strip() if 0 <= index < len(row.cells) else ""

    def fits(self, row: Row, offset: int) -> bool:
        """Whether reading the row shifted by `offset` puts numbers under 分值 and 得分 and a name under 三级指标."""
        weight, score = self.cell(row, "weight", offset), self.cell(row, "score", offset)
        return (
            bool(self.cell(row, "name", offset))
            and parse_number(weight) is not None
            and (parse_number(score) is not None or score in PLACEHOLDERS)
        )


_OFFSETS = (0, -1, -2, 1, 2, -3, 3)


def _split_level_weight(label: str) -> str:
    # "产出指标(50分)" keeps its word; the weight lives in the rows' 分值 anyway.
    return _WEIGHT_IN_LABEL.sub("", label).strip() if _WEIGHT_IN_LABEL.search(label_key(label)) else label


def _parse_indicators(layout: _IndicatorLayout, rows: list[Row], form: ParsedForm) -> None:
    level1 = level2 = ""
    for row in rows:
        offset = next((candidate for candidate in _OFFSETS if layout.fits(row, candidate)), None)
        if offset is None:
            if not any(_nonempty(row)):
                continue
            raise FormError(
                "indicator row does not fit the header (no number under 分值/得分): "
                + " | ".join(cell for _, cell in _nonempty(row))[:80],
                row.line,
            )
        if offset:
            form.notes.append(f"line {row.line}: indicator row shifted by {offset} columns; realigned")
        new_level1 = _split_level_weight(layout.cell(row, "level1", offset))
        new_level2 = _split_level_weight(layout.cell(row, "level2", offset))
        if new_level1:
            level1, level2 = new_level1, new_level2 or ""
        elif new_level2:
            level2 = new_level2
        deviation = layout.cell(row, "deviation", offset)
        form.indicators.append(
            IndicatorRow(
                position=len(form.indicators) + 1,
                level1=level1,
                level2=level2,
                name=layout.cell(row, "name", offset),
                target=parse_measure(layout.cell(row, "target", offset)),
                actual=parse_measure(layout.cell(row, "actual", offset)),
                weight=parse_figure(layout.cell(row, "weight", offset)),
                score=parse_figure(layout.cell(row, "score", offset)),
                deviation=deviation or None,
                line=row.line,
            )
        )


def _is_total_row(row: Row) -> bool:
    cells = _nonempty(row)
    if not cells:
        return False
    first = label_key(cells[0][1])
    if first.startswith(("总分", "合计", "自评总分", "总计")):
        return True
    # A totals row whose 总分 label was lost: only numbers (and maybe a grade) remain.
    numbers = [cell for _, cell in cells if parse_number(cell) is not None]
    rest = [cell for _, cell in cells if parse_number(cell) is None]
    return len(numbers) == 2 and all(label_key(cell) in _GRADES for cell in rest)


def _parse_total(row: Row, form: ParsedForm) -> None:
    cells = _nonempty(row)
    values = [cell for _, cell in cells if parse_number(cell) is not None]
    if not label_key(cells[0][1]).startswith(("总分", "合计", "自评总分", "总计")):
        form.notes.append(f"line {row.line}: totals row has no 总分 label")
    if len(values) >= 2:
        form.total_weight, form.total_score = parse_figure(values[0]), parse_figure(values[1])
    elif len(values) == 1:
        form.total_score = parse_figure(values[0])
    grade = next((cell.strip() for _, cell in cells if label_key(cell) in _GRADES), None)
    if grade:
        form.grade = grade


def parse_segment(segment: _Segment, source_file: str, document_year: int | None) -> ParsedForm:
    """Read one form's rows into a ParsedForm.

    Args:
        segment: the rows of one form, as cut by split_forms.
        source_file: the file name recorded on the form.
        document_year: the year stated elsewhere in the document, used when the form states none.

    Returns:
        The form.

    Raises:
        FormError: when a required part is missing or unreadable; the message names the line.
    """
    rows = segment.rows
    form = ParsedForm(project_name="", title=segment.title, source_file=source_file,
                      line_start=rows[0].line, line_end=rows[-1].line)
    form.year = segment.year
    if form.year is None and document_year is not None:
        form.year, form.year_inferred = document_year, True

    funds_header = goal_header = indicator_header = None
    funds_rows: list[Row] = []
    goal_rows: list[Row] = []
    indicator_rows: list[Row] = []
    section = None
    for row in rows:
        keys = _keys(row)
        joined = "".join(keys)
        if "项目名称" in keys:
            form.project_name = _value_after(row, keys.index("项目名称")) or ""
            section = None
        elif any(key in ("主管部门", "项目主管单位", "主管部门及代码") for key in keys) or "实施单位" in keys:
            unit_labels = ("实施单位", "项目实施单位", "实施单位(盖章)")
            dept_index = _find(keys, ("主管部门", "项目主管单位", "主管部门及代码"))
            if dept_index is not None:
                form.department = _value_after(row, dept_index, unit_labels)
            unit_index = _find(keys, unit_labels)
            if unit_index is not None:
                form.implementing_unit = _value_after(row, unit_index)
        elif section != "funds" and ("年初预算数" in joined or ("全年预算数" in joined and "全年执行数" in joined)
                                     or "项目资金" in joined):
            funds_header, section = row, "funds"
        elif ("预期目标" in keys or "年初设定目标" in keys) and section != "indicators":
            goal_header, section = row, "goal"
        elif "三级指标" in keys or ("一级指标" in keys and "二级指标" in keys) or "指标名称" in keys:
            indicator_header, section = row, "indicators"
        elif any(key in ("评分等级", "自评等级", "等级") for key in keys):
            index = _find(keys, ("评分等级", "自评等级", "等级"))
            form.grade = _value_after(row, index)
            section = None
        elif section == "indicators" and _is_total_row(row):
            _parse_total(row, form)
            section = None
        elif section == "funds":
            funds_rows.append(row)
        elif section == "goal" or (section is None and any(key.startswith("年度总体目标") for key in keys)):
            goal_rows.append(row)
        elif section == "indicators":
            indicator_rows.append(row)

    if not form.project_name:
        raise FormError("form has no 项目名称 value", rows[0].line)
    if funds_header is None:
        raise FormError(f"form {form.project_name!r} has no funds block (项目资金 / 年初预算数 header)", rows[-1].line)
    _parse_funds(funds_header, funds_rows, form)
    if form.fund("total") is None:
        raise FormError(f"form {form.project_name!r}: funds block has no 年度资金总额 row", funds_header.line)
    if goal_header is not None:
        _parse_goal(goal_header, goal_rows, form)
    if indicator_header is None:
        raise FormError(f"form {form.project_name!r} has no indicator table (一级指标/二级指标/三级指标 header)", rows[-1].line)
    layout = _IndicatorLayout.from_header(indicator_header)
    missing = [name for name in ("name", "target", "actual", "weight", "score") if name not in layout.columns]
    if missing:
        raise FormError(f"form {form.project_name!r}: indicator header lacks columns {missing}", indicator_header.line)
    _parse_indicators(layout, indicator_rows, form)
    if not form.indicators:
        raise FormError(f"form {form.project_name!r}: indicator table has no rows", indicator_header.line)
    if form.total_score.printed is None:
        form.notes.append("no totals row (总分) printed")
    return form


def _document_year(table: Table) -> int | None:
    for row in table.rows:
        for cell in row.cells:
            match = re.search(r"((?:19|20)\d{2})年度", label_key(cell))
            if match:
                return int(match.group(1))
    return None


def parse_tables(tables: list[Table], source_file: str) -> ParseResult:
    """Read every form found in the tables of one file.

    A broken form is reported with its line and skipped; the forms around it are kept.

    Args:
        tables: what a format reader produced for the file.
        source_file: the file name to record on each form and in messages.

    Returns:
        The forms read and the issues met.
    """
    result = ParseResult()
    document_year = next((year for table in tables if (year := _document_year(table))), None)
    for table in tables:
        for segment in split_forms(table):
            try:
                form = parse_segment(segment, source_file, document_year)
            except FormError as error:
                result.issues.append(ParseIssue(source_file, table.location(error.line), str(error)))
                continue
            form.source_table = table.name
            if form.year_inferred:
                result.issues.append(ParseIssue(
                    source_file, table.location(form.line_start),
                    f"form {form.project_name!r} states no year; {form.year} taken from the document", "warning"))
            result.forms.append(form)
    if not result.forms and not result.issues:
        result.issues.append(ParseIssue(source_file, "1", "no self-evaluation form found (no 项目名称 row)"))
    return result
