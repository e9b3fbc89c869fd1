"""SQLModel tables: source files, forms, their fund rows, indicators and check findings."""

# No `from __future__ import annotations`: SQLModel resolves relationship annotations at class creation.
from datetime import datetime, timezone

from sqlmodel import Field, Relationship, SQLModel

from store.database import SCHEMA_VERSION  # noqa: F401  (defined beside the code that checks it; read here too)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class SourceFile(SQLModel, table=True):
    """A file that was ingested, identified by its path; its sha256 decides whether it changed."""

    __tablename__ = "source_file"

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(index=True, unique=True)
    sha256: str = Field(index=True)
    size: int
    ingested_at: datetime = Field(default_factory=_now)

    forms: list["Form"] = Relationship(back_populates="source", cascade_delete=True)


class Form(SQLModel, table=True):
    """One self-evaluation form. Every figure is kept as printed (`*_printed`) and as parsed."""

    __tablename__ = "form"

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source_file.id", index=True, ondelete="CASCADE")
    form_key: str = Field(index=True, description="identity of the project-year: name, unit and year")
    project_key: str = Field(index=True, description="identity across years: name without years, and unit")
    content_hash: str
    project_name: str = Field(index=True)
    department: str | None = Field(default=None, index=True)
    implementing_unit: str | None = Field(default=None, index=True)
    year: int | None = Field(default=None, index=True)
    year_inferred: bool = False
    title: str | None = None
    amount_unit: str = "万元"
    initial_budget: float | None = None
    initial_budget_printed: str | None = None
    annual_budget: float | None = None
    annual_budget_printed: str | None = None
    executed: float | None = None
    executed_printed: str | None = None
    budget_weight: float | None = None
    budget_weight_printed: str | None = None
    execution_rate: float | None = Field(default=None, index=True)
    execution_rate_printed: str | None = None
    budget_score: float | None = None
    budget_score_printed: str | None = None
    fiscal_executed: float | None = None
    carryover_executed: float | None = None
    other_executed: float | None = None
    # Amounts converted to 万元 so forms printed in 元 compare with the rest.
    initial_budget_wan: float | None = None
    annual_budget_wan: float | None = None
    executed_wan: float | None = None
    goal: str | None = None
    outcome: str | None = None
    total_weight: float | None = None
    total_weight_printed: str | None = None
    total_score: float | None = Field(default=None, index=True)
    total_score_printed: str | None = None
    grade: str | None = None
    source_table: str | None = None
    line_start: int = 0
    line_end: int = 0
    notes: str = ""
    error_count: int = 0
    warning_count: int = 0

    source: SourceFile = Relationship(back_populates="forms")
    funds: list["FundLine"] = Relationship(
        back_populates="form", cascade_delete=True, sa_relationship_kwargs={"order_by": "FundLine.position"})
    indicators: list["Indicator"] = Relationship(
        back_populates="form", cascade_delete=True, sa_relationship_kwargs={"order_by": "Indicator.position"})
    findings: list["Finding"] = Relationship(
        back_populates="form", cascade_delete=True, sa_relationship_kwargs={"order_by": "Finding.id"})


class FundLine(SQLModel, table=True):
    """A row of the funds block, in printed order."""

    __tablename__ = "fund_line"

    id: int | None = Field(default=None, primary_key=True)
    form_id: int = Field(foreign_key="form.id", index=True, ondelete="CASCADE")
    position: int
    label: str
    kind: str
    initial_budget: float | None = None
    initial_budget_printed: str | None = None
    annual_budget: float | None = None
    annual_budget_printed: str | None = None
    executed: float | None = None
    executed_printed: str | None = None
    weight: float | None = None
    weight_printed: str | None = None
    execution_rate: float | None = None
    execution_rate_printed: str | None = None
    score: float | None = None
    score_printed: str | None = None
    line: int = 0

    form: Form = Relationship(back_populates="funds")


class Indicator(SQLModel, table=True):
    """A row of the three-level indicator table, level labels carried down from merged cells."""

    __tablename__ = "indicator"

    id: int | None = Field(default=None, primary_key=True)
    form_id: int = Field(foreign_key="form.id", index=True, ondelete="CASCADE")
    position: int
    level1: str = Field(index=True)
    level2: str = Field(index=True)
    name: str = Field(index=True)
    target: str
    target_comparison: str | None = None
    target_number: float | None = None
    target_unit: str | None = None
    actual: str
    actual_comparison: str | None = None
    actual_number: float | None = None
    actual_unit: str | None = None
    weight: float | None = None
    weight_printed: str | None = None
    score: float | None = None
    score_printed: str | None = None
    deviation: str | None = None
    line: int = 0

    form: Form = Relationship(back_populates="indicators")


class Finding(SQLModel, table=True):
    """A check result stored with its form."""

    __tablename__ = "finding"

    id: int | None = Field(default=None, primary_key=True)
    form_id: int = Field(foreign_key="form.id", index=True, ondelete="CASCADE")
    code: str = Field(index=True)
    severity: str = Field(index=True)
    message: str

    form: Form = Relationship(back_populates="findings")
