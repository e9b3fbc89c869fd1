"""End-to-end: the dev questions must all pass and the own set must reach 95%, with the real store and search."""

from __future__ import annotations

import pytest

from bench.questions import load_set, make_search, make_store, run_items

OWN_TARGET = 0.95


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("assistant-eval"))
    yield store
    store.dispose()


@pytest.fixture(scope="module")
def search(store, static_cache_dir):
    # The session cache: the static model is distilled once per test run, shared with the other tests.
    return make_search(store, with_model=True)


def _failures(results):
    return [f"{item['q']}: {why} [{payload['interpretation']}]" for item, passed, why, payload in results if not passed]


@pytest.mark.slow
def test_dev_set_all_pass(store, search):
    results = run_items(load_set("dev"), store, search)
    assert not _failures(results), "\n".join(_failures(results))


@pytest.mark.slow
def test_own_set_reaches_target(store, search):
    items = load_set("base")
    assert len(items) >= 80
    results = run_items(items, store, search)
    passed = sum(1 for _, ok, _, _ in results if ok)
    assert passed / len(results) >= OWN_TARGET, "\n".join(_failures(results))


def test_structured_questions_without_search(store):
    """Everything but narrative search works with no index at all."""
    items = [item for item in load_set("all") if item["kind"] != "ranked"]
    results = run_items(items, store, None)
    passed = sum(1 for _, ok, _, _ in results if ok)
    assert passed / len(results) >= OWN_TARGET, "\n".join(_failures(results))
