"""Plain-terminal rendering of forms, findings and tables with Rich; record text is never read as markup."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderHook, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from store.safe_text import terminal_safe
from tui.text import literal as record_text

if TYPE_CHECKING:
    from store.models import Form

SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "dim"}


class _ControlsShown:
    """A renderable whose text reaches the terminal with every control character made visible."""

    def __init__(self, renderable: RenderableType):
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.renderable, options):
            # Rich's own cursor and style codes are not in the text; only record text is rewritten.
            yield segment if segment.control else Segment(terminal_safe(segment.text), segment.style)


class _ShowControls(RenderHook):
    """The safety net under literal(): whatever is printed, no control sequence in it is obeyed."""

    def process_renderables(self, renderables: list) -> list:
        return [_ControlsShown(renderable) for renderable in renderables]


def console(stderr: bool = False) -> Console:
    """A console that never interprets markup, highlights numbers or obeys control characters in record text."""
    out = Console(stderr=stderr, markup=False, highlight=False, emoji=False, soft_wrap=False)
    out.push_render_hook(_ShowControls())
    return out


def literal(value: object, style: str = "") -> Text:
    """Record text as the app shows it (`tui.text.literal`), a missing value left blank as a table cell should be."""
    return record_text(value, style, missing="")


def forms_table(forms: Sequence[Form], title: str | None = None) -> Table:
    """The results table: one row per form with its headline figures as printed."""
    table = Table(title=title, show_lines=False, header_style="bold")
    for header, justify in (("id", "right"), ("project", "left"), ("unit", "left"), ("year", "right"),
                            ("budget", "right"), ("executed", "right"), ("rate %", "right"),
                            ("total", "right"), ("grade", "center"), ("flags", "right")):
        table.add_column(header, justify=justify, overflow="fold")
    for form in forms:
        flags = f"{form.error_count}E {form.warning_count}W" if form.error_count or form.warning_count else ""
        table.add_row(
            literal(form.id), literal(form.project_name), literal(form.implementing_unit), literal(form.year),
            literal(form.annual_budget_printed), literal(form.executed_printed), literal(form.execution_rate_printed),
            literal(form.total_score_printed), literal(form.grade), literal(flags, "red" if form.error_count else "yellow"),
        )
    return table


def form_detail(form: Form) -> Group:
    """A form as a reviewer reads it: header, funds, goal and outcome, indicators, findings."""
    header = Text()
    header.append_text(literal(form.project_name, "bold"))
    header.append(f"  ({form.year or '?'}{' inferred' if form.year_inferred else ''})\n")
    header.append("主管部门 ")
    header.append_text(literal(form.department or "—"))
    header.append("   实施单位 ")
    header.append_text(literal(form.implementing_unit or "—"))
    header.append_text(literal(f"\nsource {form.source.path}:{form.line_start}-{form.line_end}", "dim"))

    funds = Table(title=f"项目资金 ({form.amount_unit})", header_style="bold", title_justify="left")
    for column in ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"):
        funds.add_column(column, justify="left" if not column else "right")
    for row in form.funds:
        funds.add_row(*(literal(value) for value in (
            row.label, row.initial_budget_printed, row.annual_budget_printed, row.executed_printed,
            row.weight_printed, row.execution_rate_printed, row.score_printed)))

    goals = Table(show_header=True, header_style="bold", expand=True)
    goals.add_column("预期目标", ratio=1, overflow="fold")
    goals.add_column("实际完成情况", ratio=1, overflow="fold")
    goals.add_row(literal(form.goal), literal(form.outcome))

    indicators = Table(title="绩效指标", header_style="bold", title_justify="left")
    for column in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"):
        indicators.add_column(column, overflow="fold")
    previous = (None, None)
    for row in form.indicators:
        level1 = row.level1 if row.level1 != previous[0] else ""
        level2 = row.level2 if (row.level1, row.level2) != previous else ""
        previous = (row.level1, row.level2)
        indicators.add_row(*(literal(value) for value in (
            level1, level2, row.name, row.target, row.actual, row.weight_printed, row.score_printed, row.deviation)))

    total = literal(f"总分 {form.total_score_printed or '—'}   评分等级 {form.grade or '—'}", "bold")
    parts = [header, funds, goals, indicators, total]
    if form.findings:
        findings = Text("\nChecks\n", style="bold")
        for finding in form.findings:
            findings.append(f"  {finding.severity:<7} {finding.code:<28} ", style=SEVERITY_STYLES[finding.severity])
            findings.append_text(literal(finding.message + "\n"))
        parts.append(findings)
    return Group(*parts)
