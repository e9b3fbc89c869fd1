"""What the app asks of the store: facet narrowing, facet counts, search fallbacks; only store.query calls."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from store.database import Store
from store.models import Form
from store.query import FormFilter, facet_counts, list_forms

# (facet key for store.query.facet_counts, heading shown in the pane)
FACETS: tuple[tuple[str, str], ...] = (
    ("year", "年度 year"),
    ("department", "主管部门 department"),
    ("implementing_unit", "实施单位 unit"),
    ("grade", "评分等级 grade"),
    ("finding", "检查 checks"),
)
NONE_VALUE = "—"  # how facet_counts names forms missing the field

Selections = Mapping[str, frozenset[str]]


def _field_value(form: Form, facet: str) -> str:
    value = form.year if facet == "year" else getattr(form, facet)
    return NONE_VALUE if value is None else str(value)


def _matches(form: Form, facet: str, values: frozenset[str]) -> bool:
    if facet == "finding":
        return any(finding.code in values for finding in form.findings)
    return _field_value(form, facet) in values


def _store_filter(selections: Selections, form_ids: Sequence[int] | None) -> FormFilter:
    """A FormFilter at least as wide as the selections; exactness is restored in Python afterwards.

    FormFilter matches departments and units as substrings and cannot ask for a missing value, so it
    only pre-narrows and `_matches` has the last word.
    """
    form_filter = FormFilter(form_ids=None if form_ids is None else list(form_ids))
    for facet, values in selections.items():
        if not values or NONE_VALUE in values:
            continue
        if facet == "year":
            form_filter.years = [int(value) for value in values if value.lstrip("-").isdigit()]
        elif facet == "department":
            form_filter.departments = sorted(values)
        elif facet == "implementing_unit":
            form_filter.units = sorted(values)
        elif facet == "grade":
            form_filter.grades = sorted(values)
        elif facet == "finding":
            form_filter.finding_codes = sorted(values)
    return form_filter


def narrow(store: Store, base_ids: Sequence[int] | None, selections: Selections) -> list[Form]:
    """The forms of the current base (all forms, a search or an answer) that meet every facet selection.

    Args:
        store: the store.
        base_ids: form ids in display order; None for every form in ingest order.
        selections: chosen values per facet; values within a facet are alternatives.

    Returns:
        The forms, in base order.
    """
    if base_ids is not None and not base_ids:
        return []
    forms = list_forms(store, _store_filter(selections, base_ids))
    forms = [form for form in forms if all(_matches(form, facet, values) for facet, values in selections.items() if values)]
    if base_ids is None:
        return forms
    position = {form_id: index for index, form_id in enumerate(base_ids)}
    return sorted(forms, key=lambda form: position.get(form.id, len(position)))


@dataclass
class FacetCounts:
    """Counts per facet value; each facet is counted with the other facets' selections applied."""

    values: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def facet_table(store: Store, base_ids: Sequence[int] | None, selections: Selections) -> FacetCounts:
    """Counts for every facet, as a faceted search shows them: a facet ignores its own selection.

    Args:
        store: the store.
        base_ids: the current base, or None for every form.
        selections: chosen values per facet.

    Returns:
        The counts; selected values are kept with a zero count so they can still be switched off.
    """
    counts = FacetCounts()
    for facet, _heading in FACETS:
        others = {key: values for key, values in selections.items() if key != facet and values}
        if others:
            ids: list[int] | None = [form.id for form in narrow(store, base_ids, others)]
        else:
            ids = None if base_ids is None else list(base_ids)
        pairs = facet_counts(store, facet, FormFilter(form_ids=ids)) if ids is None or ids else []
        seen = {value for value, _count in pairs}
        pairs += [(value, 0) for value in sorted(selections.get(facet, frozenset()) - seen)]
        counts.values[facet] = pairs
    return counts
