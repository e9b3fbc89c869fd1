"""Structured queries over stored forms: filters, ordering, aggregates, facets; the only SQL the app needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from store.database import Store
from store.versions import data_version, fingerprint  # noqa: F401  (part of the query API)

if TYPE_CHECKING:
    from store.models import Form, Indicator, SourceFile

# SQLAlchemy, SQLModel and the models (~0.4 s of imports) are imported by the functions that query, not with
# this module: `jixiao ask` builds filters at start-up and answers many questions over plain SQL views.

# Numeric form fields users filter, sort and aggregate on, and the Form column holding each. Amounts compare in
# 万元 whatever the printed unit.
NUMERIC_FIELDS = {
    "initial_budget": "initial_budget_wan",
    "annual_budget": "annual_budget_wan",
    "executed": "executed_wan",
    "execution_rate": "execution_rate",
    "budget_score": "budget_score",
    "total_score": "total_score",
    "budget_weight": "budget_weight",
    "year": "year",
    "error_count": "error_count",
    "warning_count": "warning_count",
}
TEXT_FIELDS = {name: name for name in ("project_name", "department", "implementing_unit", "grade")}
_OPERATORS = {
    "<": lambda column, value: column < value,
    "<=": lambda column, value: column <= value,
    ">": lambda column, value: column > value,
    ">=": lambda column, value: column >= value,
    "=": lambda column, value: column == value,
    "!=": lambda column, value: column != value,
}


def _column(field_name: str):
    """The Form column of a numeric or text field."""
    from store.models import Form

    return getattr(Form, NUMERIC_FIELDS.get(field_name) or TEXT_FIELDS[field_name])


@dataclass(frozen=True)
class Range:
    """A numeric condition such as execution_rate < 60."""

    field: str
    operator: str
    value: float

    def __post_init__(self) -> None:
        if self.field not in NUMERIC_FIELDS:
            raise ValueError(f"unknown numeric field {self.field!r}; known: {', '.join(NUMERIC_FIELDS)}")
        if self.operator not in _OPERATORS:
            raise ValueError(f"unknown operator {self.operator!r}")


@dataclass
class FormFilter:
    """Conditions a form must meet; every list is OR within itself and AND across fields.

    Text conditions match substrings, case-insensitively, and are always bound as parameters.
    """

    years: list[int] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    grades: list[str] = field(default_factory=list)
    name_contains: list[str] = field(default_factory=list)
    text_contains: list[str] = field(default_factory=list)
    finding_codes: list[str] = field(default_factory=list)
    severities: list[str] = field(default_factory=list)
    ranges: list[Range] = field(default_factory=list)
    form_ids: list[int] | None = None
    project_keys: list[str] = field(default_factory=list)
    # Where text_contains must be said: goal, outcome, indicator, deviation, project_name; empty for all of them.
    text_fields: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        # text_fields only place text_contains: on their own they are no condition
        return not any(getattr(self, name) for name in self.__dataclass_fields__ if name != "text_fields") \
            and self.form_ids is None


def _any_contains(column, values: Sequence[str]):
    from sqlalchemy import func, or_

    return or_(*(func.lower(column).contains(value.lower(), autoescape=True) for value in values))


SAYING_FIELDS = ("project_name", "goal", "outcome", "indicator", "deviation")


def _text_condition(words: Sequence[str], fields: Sequence[str]):
    """One of the words in one of the text fields (all of them when none is named)."""
    unknown = [name for name in fields if name not in SAYING_FIELDS]
    if unknown:
        raise ValueError(f"unknown text field {unknown[0]!r}; known: {', '.join(SAYING_FIELDS)}")
    from sqlalchemy import or_
    from sqlmodel import col, select

    from store.models import Form, Indicator

    fields = fields or SAYING_FIELDS
    row_columns = ([Indicator.name, Indicator.target, Indicator.actual] if "indicator" in fields else []) + (
        [Indicator.deviation] if "deviation" in fields else [])
    said = [_any_contains(column, words) for name, column in (("project_name", Form.project_name), ("goal", Form.goal),
                                                             ("outcome", Form.outcome)) if name in fields]
    if row_columns:
        said.append(col(Form.id).in_(select(Indicator.form_id).where(or_(*(_any_contains(c, words) for c in row_columns)))))
    return or_(*said)


def _conditions(form_filter: FormFilter | None) -> list:
    if form_filter is None:
        return []
    from sqlalchemy import or_
    from sqlmodel import col, select

    from store.models import Finding, Form, Indicator

    conditions = []
    if form_filter.years:
        conditions.append(col(Form.year).in_(form_filter.years))
    if form_filter.departments:
        conditions.append(_any_contains(Form.department, form_filter.departments))
    if form_filter.units:
        conditions.append(_any_contains(Form.implementing_unit, form_filter.units))
    if form_filter.grades:
        conditions.append(col(Form.grade).in_(form_filter.grades))
    if form_filter.name_contains:
        conditions.append(_any_contains(Form.project_name, form_filter.name_contains))
    if form_filter.project_keys:
        conditions.append(col(Form.project_key).in_(form_filter.project_keys))
    if form_filter.text_contains:
        conditions.append(_text_condition(form_filter.text_contains, form_filter.text_fields))
    if form_filter.finding_codes or form_filter.severities:
        finding_match = select(Finding.form_id)
        if form_filter.finding_codes:
            finding_match = finding_match.where(col(Finding.code).in_(form_filter.finding_codes))
        if form_filter.severities:
            finding_match = finding_match.where(col(Finding.severity).in_(form_filter.severities))
        conditions.append(col(Form.id).in_(finding_match))
    for condition in form_filter.ranges:
        column = _column(condition.field)
        conditions.append(_OPERATORS[condition.operator](column, condition.value))
    if form_filter.form_ids is not None:
        conditions.append(col(Form.id).in_(form_filter.form_ids))
    return conditions


def _sort_column(order_by: str):
    if order_by in NUMERIC_FIELDS or order_by in TEXT_FIELDS:
        return _column(order_by)
    raise ValueError(f"cannot sort by {order_by!r}")


def list_forms(
    store: Store,
    form_filter: FormFilter | None = None,
    order_by: str | None = None,
    descending: bool = False,
    limit: int | None = None,
) -> list[Form]:
    """Forms meeting the filter, with fund rows, indicators, findings and source loaded.

    Args:
        store: the store.
        form_filter: conditions; None for every form.
        order_by: a numeric or text field name; None keeps ingest order.
        descending: sort from the largest.
        limit: at most this many forms.

    Returns:
        The forms, detached and readable after the session closes.
    """
    from sqlalchemy.orm import selectinload
    from sqlmodel import select

    from store.models import Form

    statement = select(Form).where(*_conditions(form_filter)).options(
        selectinload(Form.funds), selectinload(Form.indicators),
        selectinload(Form.findings), selectinload(Form.source),
    )
    if order_by:
        column = _sort_column(order_by)
        # Forms missing the figure sort last either way, so "lowest score" never returns a blank.
        statement = statement.order_by(column.is_(None), column.desc() if descending else column.asc(), Form.id)
    else:
        statement = statement.order_by(Form.id)
    if limit is not None:
        statement = statement.limit(limit)
    with store.session() as session:
        return list(session.exec(statement).all())


def count_forms(store: Store, form_filter: FormFilter | None = None) -> int:
    """How many forms meet the filter."""
    from sqlalchemy import func
    from sqlmodel import select

    from store.models import Form

    with store.session() as session:
        return session.exec(select(func.count()).select_from(Form).where(*_conditions(form_filter))).one()


@dataclass(frozen=True)
class AggregateRow:
    """One group of an aggregate: its key (None when ungrouped), the value and how many forms it covers."""

    group: str | None
    value: float | None
    count: int


_AGGREGATES = ("sum", "avg", "min", "max", "count")


def aggregate(
    store: Store,
    function: str,
    field_name: str | None = None,
    form_filter: FormFilter | None = None,
    group_by: str | None = None,
) -> list[AggregateRow]:
    """Sum, average, minimum, maximum or count of a numeric field, optionally grouped by a text field.

    Args:
        store: the store.
        function: one of sum, avg, min, max, count.
        field_name: a numeric field (ignored for count).
        form_filter: which forms to include.
        group_by: a text field such as implementing_unit; None for one overall row.

    Returns:
        One row per group, largest value first when grouped.
    """
    if function not in _AGGREGATES:
        raise ValueError(f"unknown aggregate {function!r}")
    from sqlalchemy import func
    from sqlmodel import select

    from store.models import Form

    measure = func.count(Form.id) if function == "count" else getattr(func, function)(getattr(Form, NUMERIC_FIELDS[field_name]))
    columns = [measure, func.count(Form.id)]
    if group_by:
        group_column = _column(group_by)
        statement = select(group_column, *columns).where(*_conditions(form_filter)).group_by(group_column)
        statement = statement.order_by(measure.desc())
    else:
        statement = select(*columns).where(*_conditions(form_filter))
    with store.session() as session:
        rows = session.exec(statement).all()
    if group_by:
        return [AggregateRow(None if group is None else str(group), _float(value), count) for group, value, count in rows]
    value, count = rows[0]
    return [AggregateRow(None, _float(value), count)]


def _float(value) -> float | None:
    return None if value is None else float(value)


def facet_counts(store: Store, facet: str, form_filter: FormFilter | None = None) -> list[tuple[str, int]]:
    """Distinct values of a facet (year, department, implementing_unit, grade, finding) with form counts.

    Args:
        store: the store.
        facet: the field to count by; "finding" counts forms per check code.
        form_filter: narrows the forms counted.

    Returns:
        (value, count) pairs, most common first.
    """
    from sqlalchemy import func
    from sqlmodel import select

    from store.models import Finding, Form

    conditions = _conditions(form_filter)
    if facet == "finding":
        statement = (select(Finding.code, func.count(func.distinct(Finding.form_id)))
                     .join(Form, Form.id == Finding.form_id).where(*conditions).group_by(Finding.code))
    else:
        column = Form.year if facet == "year" else getattr(Form, TEXT_FIELDS[facet])
        statement = select(column, func.count(Form.id)).where(*conditions).group_by(column)
    with store.session() as session:
        rows = session.exec(statement).all()
    return sorted(((("—" if value is None else str(value)), count) for value, count in rows), key=lambda pair: (-pair[1], pair[0]))


def budget_years(store: Store) -> list[int]:
    """The budget years the stored forms state, ascending (plain SQL: no ORM on a one-shot question's path).

    Args:
        store: the store.

    Returns:
        The distinct years, forms without one left out.
    """
    return sorted(row[0] for row in store.read_rows("SELECT DISTINCT year FROM form WHERE year IS NOT NULL"))


def form_years(store: Store) -> list[int | None]:
    """The distinct years of the stored forms, None standing for forms without one (plain SQL, as budget_years).

    Args:
        store: the store.

    Returns:
        e.g. [2023], or [None, 2023] when a form states no year.
    """
    years = {row[0] for row in store.read_rows("SELECT DISTINCT year FROM form")}
    return sorted(years, key=lambda year: (year is not None, year or 0))


def get_form(store: Store, form_id: int) -> Form | None:
    """One form by id, children loaded."""
    forms = list_forms(store, FormFilter(form_ids=[form_id]))
    return forms[0] if forms else None


def find_forms(store: Store, name_or_id: str) -> list[Form]:
    """Forms named exactly, else containing the text in their name; a number is tried as an id first."""
    # isascii: "²" is a digit to Python but no number; the bound keeps the id inside a 64-bit column.
    if name_or_id.isascii() and name_or_id.isdigit() and int(name_or_id) < 2**63:
        form = get_form(store, int(name_or_id))
        if form is not None:
            return [form]
    from sqlmodel import select

    from store.models import Form

    with store.session() as session:
        ids = session.exec(select(Form.id).where(Form.project_name == name_or_id)).all()
    if ids:
        return list_forms(store, FormFilter(form_ids=list(ids)))
    return list_forms(store, FormFilter(name_contains=[name_or_id]))


def list_indicators(
    store: Store,
    name_contains: Sequence[str] = (),
    form_filter: FormFilter | None = None,
    level1: str | None = None,
    level2: str | None = None,
) -> list[tuple[Indicator, Form]]:
    """Indicator rows whose name contains any of the texts, with their forms.

    Args:
        store: the store.
        name_contains: substrings of the 三级指标 name (any matches); empty for all.
        form_filter: restricts the forms.
        level1: substring of the 一级指标 label.
        level2: substring of the 二级指标 label.

    Returns:
        (indicator, form) pairs in form then row order.
    """
    from sqlmodel import select

    from store.models import Form, Indicator

    statement = select(Indicator, Form).join(Form, Form.id == Indicator.form_id).where(*_conditions(form_filter))
    if name_contains:
        statement = statement.where(_any_contains(Indicator.name, list(name_contains)))
    if level1:
        statement = statement.where(_any_contains(Indicator.level1, [level1]))
    if level2:
        statement = statement.where(_any_contains(Indicator.level2, [level2]))
    statement = statement.order_by(Form.id, Indicator.position)
    with store.session() as session:
        return [(indicator, form) for indicator, form in session.exec(statement).all()]


def distinct_values(store: Store, field_name: str) -> list[str]:
    """Every distinct value of a text field, for matching the names users type."""
    from sqlmodel import select

    from store.models import Form

    column = getattr(Form, TEXT_FIELDS[field_name])
    with store.session() as session:
        return [value for value in session.exec(select(column).distinct()).all() if value]


def source_files(store: Store) -> list[SourceFile]:
    """Every ingested file."""
    from sqlmodel import select

    from store.models import SourceFile

    with store.session() as session:
        return list(session.exec(select(SourceFile).order_by(SourceFile.id)).all())


def matching_form_ids(store: Store, form_filter: FormFilter) -> set[int]:
    """Ids of the forms meeting a filter, for retrievers that filter inside their own search."""
    from sqlmodel import select

    from store.models import Form

    with store.session() as session:
        return set(session.exec(select(Form.id).where(*_conditions(form_filter))).all())


def iter_forms(store: Store, batch_size: int = 2000):
    """Every form with its children, in id order, a batch at a time so memory stays flat on large stores.

    Args:
        store: the store.
        batch_size: forms loaded per query.

    Yields:
        Forms in ascending id order.
    """
    from sqlalchemy.orm import selectinload
    from sqlmodel import select

    from store.models import Form

    last_id = 0
    while True:
        statement = (select(Form).where(Form.id > last_id).order_by(Form.id).limit(batch_size)
                     .options(selectinload(Form.indicators), selectinload(Form.findings)))
        with store.session() as session:
            batch = list(session.exec(statement).all())
        if not batch:
            return
        yield from batch
        last_id = batch[-1].id


def forms_by_id(store: Store, form_ids: Sequence[int]) -> dict[int, Form]:
    """Forms by id with their indicators and findings loaded: what search needs to show a hit."""
    from sqlalchemy.orm import selectinload
    from sqlmodel import col, select

    from store.models import Form

    statement = (select(Form).where(col(Form.id).in_(list(form_ids)))
                 .options(selectinload(Form.indicators), selectinload(Form.findings)))
    with store.session() as session:
        return {form.id: form for form in session.exec(statement).all()}


def project_history(store: Store, form: Form) -> list[Form]:
    """The same project in every year the store holds (same name once years are dropped, same unit), oldest first."""
    forms = list_forms(store, FormFilter(project_keys=[form.project_key]), order_by="year")
    return forms
