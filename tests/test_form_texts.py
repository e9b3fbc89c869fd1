"""Forms read as plain text records give the index exactly what the ORM forms give it."""

from __future__ import annotations

import pytest

from index.snippets import form_snippets, record_text
from store.form_texts import iter_form_texts
from store.query import iter_forms


@pytest.mark.parametrize("batch_size", [2000, 5])
def test_text_records_cut_into_the_same_snippets_as_orm_forms(seed_store, batch_size):
    orm = list(iter_forms(seed_store))
    plain = list(iter_form_texts(seed_store, batch_size=batch_size))
    assert [form.id for form in plain] == [form.id for form in orm] and len(plain) == 28
    assert [(form.content_hash, form.project_name, form.year) for form in plain] == \
        [(form.content_hash, form.project_name, form.year) for form in orm]
    assert [list(form_snippets(form)) for form in plain] == [list(form_snippets(form)) for form in orm]
    assert [record_text(form) for form in plain] == [record_text(form) for form in orm]
    assert sum(len(form.findings) for form in plain) == sum(len(form.findings) for form in orm) > 0


def test_text_records_of_an_empty_store(fresh_store):
    assert list(iter_form_texts(fresh_store)) == []
