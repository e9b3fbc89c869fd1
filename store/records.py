"""Plain records produced by the parser: what a form says, before any database."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Figure:
    """A number as printed in the form and its parsed value (None when it is a placeholder or unreadable)."""

    printed: str | None
    value: float | None

    @classmethod
    def empty(cls) -> "Figure":
        return cls(None, None)


@dataclass(frozen=True)
class Measure:
    """A target or actual value: the printed text plus its parsed comparison, number and unit.

    `number` is None for qualitative values such as 提升 or 达成指标.
    """

    printed: str
    comparison: str | None = None
    number: float | None = None
    unit: str | None = None

    @property
    def is_quantitative(self) -> bool:
        return self.number is not None


@dataclass
class FundRow:
    """One row of the funds block (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金)."""

    label: str
    kind: str  # total | fiscal | carryover | other
    initial_budget: Figure = field(default_factory=Figure.empty)
    annual_budget: Figure = field(default_factory=Figure.empty)
    executed: Figure = field(default_factory=Figure.empty)
    weight: Figure = field(default_factory=Figure.empty)
    execution_rate: Figure = field(default_factory=Figure.empty)
    score: Figure = field(default_factory=Figure.empty)
    line: int = 0


@dataclass
class IndicatorRow:
    """One row of the three-level indicator table, level labels carried down from merged cells."""

    position: int
    level1: str
    level2: str
    name: str
    target: Measure
    actual: Measure
    weight: Figure
    score: Figure
    deviation: str | None
    line: int = 0


@dataclass
class ParsedForm:
    """Everything one self-evaluation form says, with where it came from."""

    project_name: str
    department: str | None = None
    implementing_unit: str | None = None
    year: int | None = None
    year_inferred: bool = False
    title: str | None = None
    amount_unit: str = "万元"
    funds: list[FundRow] = field(default_factory=list)
    goal: str | None = None
    outcome: str | None = None
    indicators: list[IndicatorRow] = field(default_factory=list)
    total_weight: Figure = field(default_factory=Figure.empty)
    total_score: Figure = field(default_factory=Figure.empty)
    grade: str | None = None
    source_file: str = ""
    source_table: str | None = None
    line_start: int = 0
    line_end: int = 0
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # what a partial form lacks ("no goal block", …)

    def fund(self, kind: str) -> FundRow | None:
        """Return the funds row of the given kind (total, fiscal, carryover, other), if printed."""
        return next((row for row in self.funds if row.kind == kind), None)
