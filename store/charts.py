"""The data behind the analysts' charts: execution rate by unit, total scores, budget against spending, any query."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from store.database import Store
from store.models import Form
from store.query import FormFilter, list_forms

# Forms whose money figures fail these checks (a 元/万元 slip, money spent from nothing) would dwarf every other
# point of a money chart; they are left out of it and named in the chart's note, never corrected.
MONEY_CHECKS = ("EXECUTED_ABOVE_BUDGET", "ZERO_BUDGET_EXECUTED")
# Points per bar of the score distribution, by how far the lowest score lies below 100: about ten bars either way.
SCORE_BINS = ((12, 1), (25, 2), (60, 5), (math.inf, 10))


@dataclass
class ChartData:
    """What a chart shows, independent of how it is drawn.

    `kind` is "bar" (labels on x, numbers on y) or "scatter" (numbers on both axes, `labels` naming the points).
    """

    kind: str
    title: str
    x_label: str
    y_label: str
    x: list
    y: list[float]
    labels: list[str] = field(default_factory=list)
    note: str = ""


class ChartError(ValueError):
    """The data cannot be drawn as asked; the message says why."""


def _flagged(form: Form) -> list[str]:
    return sorted({finding.code for finding in form.findings if finding.code in MONEY_CHECKS})


def _left_out_note(left_out: Sequence[Form]) -> str:
    if not left_out:
        return ""
    names = "; ".join(f"{form.project_name} ({', '.join(_flagged(form))})" for form in left_out[:3])
    more = f" and {len(left_out) - 3} more" if len(left_out) > 3 else ""
    return f"left out, money figures flagged: {names}{more}"


def _money_forms(store: Store, form_filter: FormFilter | None) -> tuple[list[Form], list[Form]]:
    """Forms printing both budget and spending, and those left out because a unit slip is flagged on them."""
    kept, left_out = [], []
    for form in list_forms(store, form_filter):
        if _flagged(form):
            left_out.append(form)
        elif form.annual_budget_wan is not None and form.executed_wan is not None:
            kept.append(form)
    return kept, left_out


def execution_rate_by_unit(store: Store, form_filter: FormFilter | None = None) -> ChartData:
    """Σ executed / Σ annual budget per implementing unit, in percent, lowest first.

    Args:
        store: the store.
        form_filter: which forms to include.

    Returns:
        A bar chart; units with no budget are left out.
    """
    budget: dict[str, float] = {}
    executed: dict[str, float] = {}
    forms, left_out = _money_forms(store, form_filter)
    for form in forms:
        unit = form.implementing_unit or "—"
        budget[unit] = budget.get(unit, 0.0) + form.annual_budget_wan
        executed[unit] = executed.get(unit, 0.0) + form.executed_wan
    rates = sorted(((unit, 100.0 * executed[unit] / total) for unit, total in budget.items() if total > 0),
                   key=lambda pair: (pair[1], pair[0]))
    return ChartData("bar", "执行率 by unit (Σ executed / Σ budget)", "implementing unit", "execution rate %",
                     [unit for unit, _ in rates], [round(rate, 2) for _, rate in rates], note=_left_out_note(left_out))


def score_distribution(store: Store, form_filter: FormFilter | None = None) -> ChartData:
    """How many forms fall in each band of 总分, from the lowest band present to 100 (band width in SCORE_BINS).

    Args:
        store: the store.
        form_filter: which forms to include.

    Returns:
        A bar chart of counts; forms without a total are counted in the note.
    """
    scores = []
    missing = 0
    for form in list_forms(store, form_filter):
        if form.total_score is None:
            missing += 1
        else:
            scores.append(form.total_score)
    labels: list[str] = []
    counts: list[float] = []
    if scores:
        top = max(100, int(math.ceil(max(scores))))
        width = next(width for span, width in SCORE_BINS if top - min(scores) <= span)
        low = int(min(scores) // width) * width
        for start in range(low, top, width):
            end = start + width
            # The last band includes its upper edge, so a full 100 is counted.
            inside = [s for s in scores if start <= s < end or (end >= top and s == end)]
            labels.append(f"{start}–{end}")
            counts.append(float(len(inside)))
    note = f"{missing} form(s) print no total" if missing else ""
    return ChartData("bar", "总分 distribution", "total score", "forms", labels, counts, note=note)


def budget_against_spending(store: Store, form_filter: FormFilter | None = None) -> ChartData:
    """Each form as a point: annual budget against executed, both in 万元.

    Args:
        store: the store.
        form_filter: which forms to include.

    Returns:
        A scatter chart labelled with project names.
    """
    x, y, labels = [], [], []
    forms, left_out = _money_forms(store, form_filter)
    for form in forms:
        x.append(form.annual_budget_wan)
        y.append(form.executed_wan)
        labels.append(form.project_name)
    return ChartData("scatter", "budget against spending per form (万元)", "annual budget 万元", "executed 万元",
                     x, y, labels, note=_left_out_note(left_out))


def _number(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    try:
        number = float(str(value).replace(",", ""))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def query_chart(columns: Sequence[str], rows: Sequence[Sequence], title: str = "query") -> ChartData:
    """A two-column query result as a chart: text then number → bars, number then number → scatter.

    Args:
        columns: the result's column names (exactly two).
        rows: the result's rows.
        title: the chart's title.

    Returns:
        The chart data.

    Raises:
        ChartError: when the result has not two columns or its second column holds no numbers.
    """
    if len(columns) != 2:
        raise ChartError(f"a chart needs a result of two columns (label or x, then a number); this one has {len(columns)}")
    points = [(row[0], _number(row[1])) for row in rows]
    skipped = sum(1 for _, value in points if value is None)
    points = [(label, value) for label, value in points if value is not None]
    if not points:
        raise ChartError(f"the second column, {columns[1]}, holds no numbers")
    note = f"{skipped} row(s) without a number in {columns[1]} left out" if skipped else ""
    xs = [_number(label) for label, _ in points]
    if all(value is not None for value in xs):
        return ChartData("scatter", title, str(columns[0]), str(columns[1]), xs, [v for _, v in points], note=note)
    labels = ["—" if label is None else str(label) for label, _ in points]
    return ChartData("bar", title, str(columns[0]), str(columns[1]), labels, [v for _, v in points], note=note)


CHARTS = {
    "rate-by-unit": execution_rate_by_unit,
    "scores": score_distribution,
    "budget-spending": budget_against_spending,
}
