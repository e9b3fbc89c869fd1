"""The form view: a stored form laid out as a reviewer reads it, with its indicators selectable."""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from store.database import Store
from store.models import Form, Indicator
from store.safe_text import terminal_safe
from tui.text import MISSING, display_path, highlighted, literal

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "dim"}
# Relative widths of the indicator columns (level1, level2, name, target, actual, deviation); weight and
# score are fixed.
_RATIOS = (("level1", 2), ("level2", 3), ("name", 4), ("target", 3), ("actual", 3), ("deviation", 4))
_NUMBER_WIDTH = 5
_HEADINGS = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "target": "年度指标值",
             "actual": "实际完成值", "weight": "分值", "score": "得分", "deviation": "偏差原因分析及改进措施"}
_ORDER = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")


def indicator_wording(indicator: Indicator) -> str:
    """An indicator as one line for pasting into a review: levels, name, target and actual.

    Args:
        indicator: the indicator row.

    Returns:
        e.g. "产出指标 › 数量指标 › 社工数量：年度指标值 =97.00(人)；实际完成值 97.00(人)".
    """
    return f"{indicator.level1} › {indicator.level2} › {indicator.name}：年度指标值 {indicator.target}；实际完成值 {indicator.actual}"


def header_block(form: Form, terms: Sequence[str]) -> Text:
    """Project name, year, department, unit, score line and source."""
    header = highlighted(form.project_name, terms, "bold")
    header.append(f"  {form.year or '?'}年度{'（推断）' if form.year_inferred else ''}\n", style="bold")
    header.append("主管部门 ", style="dim")
    header.append_text(literal(form.department))
    header.append("\n实施单位 ", style="dim")
    header.append_text(literal(form.implementing_unit))
    header.append("\n总分 ", style="dim")
    header.append_text(literal(form.total_score_printed, "bold"))
    header.append("   评分等级 ", style="dim")
    header.append_text(literal(form.grade, "bold"))
    header.append("   执行率 ", style="dim")
    header.append_text(literal(f"{form.execution_rate_printed}%" if form.execution_rate_printed else None, "bold"))
    header.append(f"\n{display_path(form.source.path)}:{form.line_start}-{form.line_end}", style="dim")
    return header


def funds_block(form: Form) -> Table:
    """The 项目资金 rows as printed."""
    table = Table(title=Text(f"项目资金（{form.amount_unit}）", style="bold"), title_justify="left",
                  box=box.SIMPLE_HEAD, show_edge=False, header_style="bold", pad_edge=False, expand=False,
                  padding=(0, 1, 0, 0))
    rows = [(row.label, row.initial_budget_printed, row.annual_budget_printed, row.executed_printed,
             row.weight_printed, row.execution_rate_printed, row.score_printed) for row in form.funds]
    # Headings shortened from the printed 年初预算数 etc. so the block fits 80 columns. Widths are fixed to the
    # widest cell because Rich's shrinking otherwise cuts figures that would fit.
    headings = ("", "年初预算", "全年预算", "全年执行", "分值", "执行率%", "得分")
    for index, heading in enumerate(headings):
        width = max([cell_len(heading)] + [cell_len(str(row[index] or MISSING)) for row in rows])
        table.add_column(heading, justify="left" if index == 0 else "right", no_wrap=True, width=width)
    for row in rows:
        table.add_row(*(literal(value) for value in row))
    return table


def narrative_block(title: str, body: str | None, terms: Sequence[str]) -> Group:
    """A titled narrative (预期目标 / 实际完成情况) that wraps to its width."""
    return Group(Text(title, style="bold"), highlighted(body, terms))


def findings_block(form: Form) -> Text:
    """The check findings, one per line, coloured by severity."""
    text = Text("检查 checks\n", style="bold")
    if not form.findings:
        text.append("no findings", style="dim")
        return text
    for index, finding in enumerate(form.findings):
        if index:
            text.append("\n")
        text.append(f"{finding.severity:<8}", style=SEVERITY_STYLES.get(finding.severity, ""))
        text.append(f"{finding.code}  ", style="bold")
        text.append_text(literal(finding.message))
    return text


class IndicatorTable(DataTable):
    """The three-level indicator table; rows wrap their text rather than cut it."""

    def __init__(self, form: Form, terms: Sequence[str]) -> None:
        # Two header lines, so the long Chinese headings wrap rather than being cut in narrow columns.
        super().__init__(id="indicators", cursor_type="row", zebra_stripes=True, header_height=2)
        self.form = form
        self.terms = list(terms)
        self._width = 0

    @property
    def current_indicator(self) -> Indicator | None:
        """The indicator under the cursor."""
        rows = self.form.indicators
        return rows[self.cursor_row] if rows and 0 <= self.cursor_row < len(rows) else None

    def on_resize(self) -> None:
        width = self.size.width
        if width and width != self._width:
            self._width = width
            self._fill(width)

    def _widths(self, width: int) -> dict[str, int]:
        padding = 2 * self.cell_padding * len(_ORDER)
        flexible = max(len(_RATIOS) * 4, width - padding - 2 * _NUMBER_WIDTH - 1)
        total_ratio = sum(ratio for _key, ratio in _RATIOS)
        widths = {key: max(4, flexible * ratio // total_ratio) for key, ratio in _RATIOS}
        widths["weight"] = widths["score"] = _NUMBER_WIDTH
        return widths

    def _fill(self, width: int) -> None:
        cursor = self.cursor_row
        self.clear(columns=True)
        widths = self._widths(width)
        for key in _ORDER:
            self.add_column(Text(_HEADINGS[key], style="bold"), width=widths[key], key=key)
        previous = (None, None)
        for row in self.form.indicators:
            # Level labels are carried down from merged cells; print them once per group as the form does.
            level1 = row.level1 if row.level1 != previous[0] else ""
            level2 = row.level2 if (row.level1, row.level2) != previous else ""
            previous = (row.level1, row.level2)
            cells = [
                literal(level1) if level1 else Text(""),
                literal(level2) if level2 else Text(""),
                highlighted(row.name, self.terms),
                highlighted(row.target, self.terms),
                highlighted(row.actual, self.terms),
                Text(terminal_safe(row.weight_printed or MISSING), justify="right"),
                Text(terminal_safe(row.score_printed or MISSING), justify="right",
                     style="yellow" if row.weight is not None and row.score is not None and row.score < row.weight else ""),
                highlighted(row.deviation, self.terms) if row.deviation else Text(""),
            ]
            self.add_row(*cells, height=None, key=str(row.position))
        if self.form.indicators:
            self.move_cursor(row=min(cursor, len(self.form.indicators) - 1), animate=False)

    def cursor_region(self) -> Region | None:
        """Where the cursor row sits inside the table, for scrolling the page to it."""
        if not self.row_count:
            return None
        top = self.header_height
        for index, row in enumerate(self.ordered_rows):
            if index == self.cursor_row:
                return Region(0, top, self.size.width, row.height)
            top += row.height
        return None


class FormScreen(Screen):
    """One form, full screen; [ and ] step through the results, Escape goes back."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("c", "copy_indicator", "Copy wording"),
        Binding("i", "indicator_peers", "Elsewhere", tooltip="The same indicator in other years and projects"),
        Binding("left_square_bracket", "step(-1)", "Prev form", show=False),
        Binding("right_square_bracket", "step(1)", "Next form", show=False),
    ]

    def __init__(self, store: Store, forms: Sequence[Form], index: int, terms: Sequence[str] = ()) -> None:
        super().__init__()
        self.store = store
        self.forms = list(forms)
        self.index = index
        self.terms = list(terms)

    @property
    def form(self) -> Form:
        """The form shown."""
        return self.forms[self.index]

    def compose(self) -> ComposeResult:
        form = self.form
        self.sub_title = f"{self.index + 1} of {len(self.forms)}"
        with VerticalScroll(id="form-page"):
            yield Static(header_block(form, self.terms), id="form-header", markup=False)
            yield Static(funds_block(form), id="form-funds", markup=False)
            with Horizontal(id="form-goals"):
                yield Static(narrative_block("预期目标", form.goal, self.terms), id="form-goal", markup=False)
                yield Static(narrative_block("实际完成情况", form.outcome, self.terms), id="form-outcome", markup=False)
            yield Static(Text("绩效指标  ", style="bold").append("↑↓ choose · c copy · i elsewhere · [ ] prev/next form",
                                                              style="dim"), classes="form-title", markup=False)
            yield IndicatorTable(form, self.terms)
            yield Static(findings_block(form), id="form-findings", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        # Focus without scrolling: a reviewer starts reading at the header, not at the indicators.
        self.query_one(IndicatorTable).focus(scroll_visible=False)
        self._follow = False
        self.call_after_refresh(self._start_following)

    def _start_following(self) -> None:
        self.query_one("#form-page", VerticalScroll).scroll_home(animate=False)
        self._follow = True

    @on(DataTable.RowHighlighted, "#indicators")
    def _follow_cursor(self, event: DataTable.RowHighlighted) -> None:
        if not getattr(self, "_follow", False):
            return
        table = self.query_one(IndicatorTable)
        region = table.cursor_region()
        if region is not None:
            page = self.query_one("#form-page", VerticalScroll)
            page.scroll_to_region(region.translate(table.virtual_region.offset), animate=False, immediate=True)

    @on(DataTable.RowSelected, "#indicators")
    def _peers_on_enter(self, event: DataTable.RowSelected) -> None:
        self.action_indicator_peers()

    def action_close(self) -> None:
        self.dismiss()

    def action_copy_indicator(self) -> None:
        """Copy the wording of the indicator under the cursor."""
        indicator = self.query_one(IndicatorTable).current_indicator
        if indicator is None:
            self.notify("this form has no indicators", severity="warning")
            return
        wording = indicator_wording(indicator)
        self.app.copy_to_clipboard(wording)
        self.notify(wording, title="copied", markup=False)

    def action_step(self, offset: int) -> None:
        """Show the previous or next form of the results without going back."""
        index = self.index + offset
        if 0 <= index < len(self.forms):
            self.app.switch_screen(FormScreen(self.store, self.forms, index, self.terms))

    def action_indicator_peers(self) -> None:
        """List the same indicator in other years and other projects."""
        indicator = self.query_one(IndicatorTable).current_indicator
        if indicator is None:
            return
        self._load_peers(indicator)

    @work(thread=True, exclusive=True, group="peers")
    def _load_peers(self, indicator: Indicator) -> None:
        from index.wording import wording_key
        from store.query import list_indicators

        # The wording key also finds renamed editions (满意度 one year, 满意率 the next).
        key = wording_key(indicator.name)
        pairs = [(peer, form) for peer, form in list_indicators(self.store, [indicator.name, key])
                 if wording_key(peer.name) == key or indicator.name in peer.name]
        self.app.call_from_thread(self._show_peers, indicator, pairs)

    def _show_peers(self, indicator: Indicator, pairs) -> None:
        from tui.widgets.indicator_peers import IndicatorPeersScreen

        def opened(form_id: int | None) -> None:
            if form_id is not None:
                self._open_peer(form_id)

        self.app.push_screen(IndicatorPeersScreen(indicator, self.form, pairs), opened)

    @work(thread=True, exclusive=True, group="peers")
    def _open_peer(self, form_id: int) -> None:
        from store.query import get_form

        form = get_form(self.store, form_id)
        if form is not None:
            self.app.call_from_thread(self.app.push_screen, FormScreen(self.store, [form], 0, self.terms))
