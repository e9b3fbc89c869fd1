"""Arithmetic and consistency checks of a form; they flag figures and never change them."""

from __future__ import annotations

import math
from dataclasses import dataclass

from store.measures import PLACEHOLDERS
from store.records import Figure, IndicatorRow, ParsedForm

# Values that say nothing measurable; 财预〔2021〕101号 asks for quantified targets.
VAGUE_VALUES = frozenset({
    "提升", "提高", "改善", "有效", "效果明显", "显著提升", "进一步", "有所提高", "达成指标", "达成预期指标",
    "保障", "维护", "推进", "完善", "扩展", "巩固", "消除", "降低", "好", "高", "提升率", "满意率", "满意度",
    "合格率", "质量达标率", "有效压降", "建立健全", "全面开展",
})
GRADE_BANDS = ((90.0, "优"), (80.0, "良"), (60.0, "中"), (-math.inf, "差"))
_TOLERANCE = 0.011  # one unit in the last printed decimal, plus float noise
# Executed more than this many times the budget is not overspending but a unit slip (元 typed into 万元).
_UNIT_SLIP_RATIO = 1000


@dataclass(frozen=True)
class Finding:
    """One check result: a stable code, a severity (error / warning / info) and a reviewer's message."""

    code: str
    severity: str
    message: str


# Each code named in Chinese and English: shown to users and indexed with the message so findings can be searched.
FINDING_LABELS: dict[str, tuple[str, str]] = {
    "EXECUTED_ABOVE_BUDGET": ("执行数超过预算", "executed above budget"),
    "INCOMPLETE": ("表格不完整", "incomplete form"),
    "RATE_MISMATCH": ("执行率与执行数不符", "execution rate does not match"),
    "BUDGET_SCORE_MISMATCH": ("执行率得分不符", "budget score does not match"),
    "ZERO_BUDGET_EXECUTED": ("预算为0却有执行", "executed with a zero budget"),
    "WEIGHTS_NOT_100": ("分值合计不为100", "weights do not add up to 100"),
    "SCORE_ABOVE_WEIGHT": ("得分超过分值", "score above weight"),
    "TOTAL_MISMATCH": ("总分不符", "total does not add up"),
    "GRADE_MISMATCH": ("等级与总分不符", "grade does not match total"),
    "NOTHING_EXECUTED_FULL_SCORES": ("零执行却满分", "nothing executed yet full marks"),
    "MISSED_TARGET_NO_REASON": ("未完成目标且无偏差原因", "missed target without a reason"),
    "VAGUE_TARGET": ("目标值不可衡量", "vague targets"),
    "YEAR_INFERRED": ("年度为推断", "year inferred"),
    "NO_TOTAL": ("没有总分", "no total score"),
    "UNREADABLE_FIGURE": ("数字无法识别", "unreadable figure"),
    "FUND_ROWS_MISMATCH": ("其中各项与合计不符", "fund rows do not add up"),
}
# The columns of a funds row, as named on the form, in the order they are printed.
_FUND_COLUMNS = (
    ("initial_budget", "年初预算数"), ("annual_budget", "全年预算数"), ("executed", "全年执行数"),
    ("weight", "分值"), ("execution_rate", "执行率"), ("score", "得分"),
)
_SPLIT_KINDS = ("fiscal", "carryover", "other")


def truncate2(value: float) -> float:
    """Truncate to two decimals as the forms print (72.68977 prints as 72.68), guarding float noise.

    A value that is not finite (a ratio against a vanishing budget) is returned as it is.
    """
    if not math.isfinite(value * 100):
        return value
    return math.floor(value * 100 + 1e-6) / 100


def grade_for(total: float) -> str:
    """The grade band a total score falls in (优 ≥ 90, 良 80–90, 中 60–80, 差 < 60, and below 0)."""
    return next((grade for floor, grade in GRADE_BANDS if total >= floor), GRADE_BANDS[-1][1])


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE


def _misses_target(row: IndicatorRow) -> bool:
    target, actual = row.target, row.actual
    if target.number is None or actual.number is None:
        return False
    if target.unit and actual.unit and target.unit != actual.unit:
        return False
    comparison = target.comparison or "="
    if comparison in ("≥", ">", "="):
        # A lower-is-better "=" target is rare; an actual below an "=" or "≥" target is a miss.
        return actual.number < target.number if comparison != ">" else actual.number <= target.number
    if comparison in ("≤", "<"):
        return actual.number > target.number if comparison == "≤" else actual.number >= target.number
    return False


def _funds_findings(form: ParsedForm) -> list[Finding]:
    findings: list[Finding] = []
    total = form.fund("total")
    if total is None:
        return findings
    budget, executed = total.annual_budget.value, total.executed.value
    rate, weight, score = total.execution_rate.value, total.weight.value, total.score.value
    if budget is not None and executed is not None and executed > budget:
        if budget > 0 and executed / budget >= _UNIT_SLIP_RATIO:
            findings.append(Finding(
                "EXECUTED_ABOVE_BUDGET", "error",
                f"全年执行数 {total.executed.printed} is {executed / budget:,.0f}× 全年预算数 {total.annual_budget.printed} "
                f"{form.amount_unit}: likely entered in 元 in a {form.amount_unit} column "
                f"({executed / 10000:,.4f} 万元 if so).",
            ))
        else:
            findings.append(Finding(
                "EXECUTED_ABOVE_BUDGET", "error",
                f"全年执行数 {total.executed.printed} exceeds 全年预算数 {total.annual_budget.printed} {form.amount_unit}.",
            ))
    if budget and executed is not None and rate is not None:
        expected = truncate2(executed / budget * 100)
        if not _close(rate, expected):
            findings.append(Finding(
                "RATE_MISMATCH", "error",
                f"执行率 printed {total.execution_rate.printed}% but 全年执行数 / 全年预算数 = {expected:.2f}%.",
            ))
    if weight is not None and score is not None and budget:
        exact_rate = executed / budget if executed is not None else None
        candidates = {truncate2(min(rate / 100, 1.0) * weight)} if rate is not None else set()
        if exact_rate is not None:
            candidates.add(truncate2(min(exact_rate, 1.0) * weight))
        if candidates and not any(_close(score, candidate) for candidate in candidates):
            expected = min(candidates)
            findings.append(Finding(
                "BUDGET_SCORE_MISMATCH", "error",
                f"执行率得分 printed {total.score.printed} but min(执行率, 100%) × {total.weight.printed} = {expected:.2f}.",
            ))
    if budget == 0 and executed:
        findings.append(Finding("ZERO_BUDGET_EXECUTED", "error",
                                f"全年预算数 is 0 yet 全年执行数 is {total.executed.printed}."))
    return findings


def _score_findings(form: ParsedForm) -> list[Finding]:
    findings: list[Finding] = []
    total = form.fund("total")
    budget_weight = total.weight.value if total and total.weight.value is not None else 0.0
    budget_score = total.score.value if total and total.score.value is not None else 0.0
    weights = [row.weight.value for row in form.indicators if row.weight.value is not None]
    scores = [row.score.value for row in form.indicators if row.score.value is not None]
    weight_sum = budget_weight + sum(weights)
    expected_weight = form.total_weight.value if form.total_weight.value is not None else 100.0
    # A template without a 分值 column prints no weights: that is a layout, not an error.
    if weights and not _close(weight_sum, expected_weight):
        findings.append(Finding(
            "WEIGHTS_NOT_100", "error",
            f"分值 add up to {weight_sum:g} (预算执行率 {budget_weight:g} + indicators {sum(weights):g}), "
            f"not {expected_weight:g}.",
        ))
    for row in form.indicators:
        if row.weight.value is not None and row.score.value is not None and row.score.value > row.weight.value + 1e-9:
            findings.append(Finding(
                "SCORE_ABOVE_WEIGHT", "error",
                f"indicator {row.position} {row.name!r}: 得分 {row.score.printed} exceeds 分值 {row.weight.printed}.",
            ))
    if form.total_score.value is not None:
        computed = budget_score + sum(scores)
        if not _close(form.total_score.value, computed):
            findings.append(Finding(
                "TOTAL_MISMATCH", "error",
                f"总分 printed {form.total_score.printed} but 执行率得分 {budget_score:g} + indicator scores "
                f"{sum(scores):g} = {computed:.2f}.",
            ))
        if form.grade:
            expected_grade = grade_for(form.total_score.value)
            if form.grade[0] != expected_grade:
                findings.append(Finding(
                    "GRADE_MISMATCH", "error",
                    f"评分等级 printed {form.grade} but 总分 {form.total_score.printed} falls in band {expected_grade}.",
                ))
    executed = total.executed.value if total else None
    full_marks = bool(form.indicators) and all(
        row.weight.value is not None and row.score.value is not None and _close(row.score.value, row.weight.value)
        for row in form.indicators
    )
    if executed == 0 and full_marks:
        findings.append(Finding(
            "NOTHING_EXECUTED_FULL_SCORES", "warning",
            "全年执行数 is 0 yet every indicator is scored in full.",
        ))
    return findings


def _unreadable(figure: Figure) -> bool:
    return figure.printed is not None and figure.value is None and figure.printed not in PLACEHOLDERS


def _unreadable_findings(form: ParsedForm) -> list[Finding]:
    """A printed figure that is neither a number nor a placeholder (0x1F, -inf, 12..5) is named, never dropped."""
    cells: list[tuple[str, Figure]] = []
    for row in form.funds:
        cells += [(f"line {row.line} {row.label} {label}", getattr(row, name)) for name, label in _FUND_COLUMNS]
    for row in form.indicators:
        cells += [(f"line {row.line} indicator {row.position} {row.name!r} 分值", row.weight),
                  (f"line {row.line} indicator {row.position} {row.name!r} 得分", row.score)]
    cells += [("总分 row 分值", form.total_weight), ("总分 row 得分", form.total_score)]
    return [
        Finding("UNREADABLE_FIGURE", "warning", f"{where}: {figure.printed!r} is not a number; stored as printed, no value.")
        for where, figure in cells if _unreadable(figure)
    ]


def _fund_rows_findings(form: ParsedForm) -> list[Finding]:
    """The 其中 rows against the total row: their sum, and budget ≥ executed in each, catch swapped or misplaced figures."""
    findings: list[Finding] = []
    total = form.fund("total")
    parts = [row for row in form.funds if row.kind in _SPLIT_KINDS]
    if total is None or not parts:
        return findings
    for name, label in _FUND_COLUMNS[:3]:
        values = [getattr(row, name).value for row in parts]
        expected = getattr(total, name).value
        if expected is None or all(value is None for value in values):
            continue
        added = sum(value for value in values if value is not None)
        if abs(added - expected) > _TOLERANCE * len(parts):
            findings.append(Finding(
                "FUND_ROWS_MISMATCH", "error",
                f"{label}: 其中 rows " + " + ".join(f"{row.label} {getattr(row, name).printed or '—'}" for row in parts)
                + f" = {added:,.2f}, but {total.label} prints {getattr(total, name).printed}.",
            ))
    if total.executed.value is not None and total.annual_budget.value is not None \
            and total.executed.value > total.annual_budget.value:
        return findings  # EXECUTED_ABOVE_BUDGET already names it; a 其中 row repeating it adds nothing
    for row in parts:
        budget, executed = row.annual_budget.value, row.executed.value
        if budget is not None and executed is not None and executed > budget + _TOLERANCE:
            findings.append(Finding(
                "FUND_ROWS_MISMATCH", "error",
                f"line {row.line} {row.label}: 全年执行数 {row.executed.printed} exceeds 全年预算数 {row.annual_budget.printed}.",
            ))
    return findings


def _indicator_findings(form: ParsedForm) -> list[Finding]:
    findings: list[Finding] = []
    vague: list[str] = []
    for row in form.indicators:
        if _misses_target(row) and not row.deviation:
            findings.append(Finding(
                "MISSED_TARGET_NO_REASON", "warning",
                f"indicator {row.position} {row.name!r}: actual {row.actual.printed} misses target "
                f"{row.target.printed} and no deviation reason is given.",
            ))
        if row.target.printed in VAGUE_VALUES or (row.target.printed and row.target.number is None
                                                   and row.target.printed in VAGUE_VALUES):
            vague.append(row.name)
    if vague:
        findings.append(Finding(
            "VAGUE_TARGET", "info",
            f"{len(vague)} of {len(form.indicators)} targets are not measurable ("
            + ", ".join(vague[:4]) + ("…" if len(vague) > 4 else "") + ").",
        ))
    return findings


def check_form(form: ParsedForm) -> list[Finding]:
    """Run every check on a parsed form.

    Args:
        form: the form as printed.

    Returns:
        The findings, errors first; an empty list for a form whose figures agree.
    """
    findings = (_funds_findings(form) + _fund_rows_findings(form) + _score_findings(form)
                + _indicator_findings(form) + _unreadable_findings(form))
    if form.year_inferred:
        findings.append(Finding("YEAR_INFERRED", "info", f"no year printed on the form; {form.year} taken from the document."))
    if form.total_score.printed is None:
        findings.append(Finding("NO_TOTAL", "warning", "no 总分 printed."))
    if form.missing:
        findings.append(Finding("INCOMPLETE", "warning", "partial form: " + "; ".join(form.missing) + "."))
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda finding: order[finding.severity])
