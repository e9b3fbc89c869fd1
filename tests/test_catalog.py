"""The assistant's catalog of names is read with plain SQL and holds what the forms hold."""

from __future__ import annotations

from assistant.rules_query import Catalog
from store.query import list_forms


def test_the_catalog_holds_every_name_and_text_of_the_forms(seed_store):
    forms = list_forms(seed_store)
    catalog = Catalog.from_store(seed_store)
    assert catalog.project_names == sorted({form.project_name for form in forms}) and len(forms) == 28
    assert catalog.units == sorted({form.implementing_unit for form in forms if form.implementing_unit})
    assert catalog.departments == sorted({form.department for form in forms if form.department})
    assert catalog.years == [2023]
    assert catalog.indicator_names == sorted({row.name for form in forms for row in form.indicators if row.name})
    assert catalog.name_ids == {name: [form.id for form in forms if form.project_name == name]
                                for name in catalog.project_names}
    pieces = []
    for form in forms:
        pieces += [form.project_name, form.goal or "", form.outcome or ""]
        pieces += [f"{row.name} {row.target} {row.actual} {row.deviation or ''}" for row in form.indicators]
    assert catalog.text == "\n".join(pieces).lower()
    assert "因2023年度资金紧张，2024年支付" in catalog.text


def test_the_catalog_of_an_empty_store_is_empty(fresh_store):
    assert Catalog.from_store(fresh_store) == Catalog()
