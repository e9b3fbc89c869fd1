"""Round 20, text questions (audit mechanism E): a text column asked of what a question describes rather than names
(what has the volunteers' budget delivered, how did the subscriptions turn out) is that one form's text, and a text
field said as the subject of any verb of saying (which outcomes state …, stated objectives note …) restricts the text
searched. Expected values from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import text_scope
from assistant.form_text import asked_field
from support import asked as _ask, names_of as _names


@pytest.mark.parametrize("question, fields", [
    ("Which outcomes state 100%?", ("outcome",)),
    ("What goals report a completion date?", ("goal",)),
    ("Which deviation reasons indicate staff shortages?", ("deviation",)),
    ("Which forms' stated objectives mention a warranty deposit?", ("goal",)),
    ("Which results noted delays?", ("outcome",)),
    ("Which forms spent under 50% of budget?", None),  # no text field placed: no restriction
    ("Which outcome is best?", None)])  # a field word with no verb of saying is no place
def test_a_text_field_as_subject_of_any_saying_verb_restricts_the_search(question, fields):
    scope = text_scope.read(question)
    assert (scope.fields if scope else None) == fields


@pytest.mark.parametrize("question, field", [
    ("How did the newspaper and magazine subscriptions turn out?", "outcome"),
    ("What came of the volunteer scheme?", "outcome"),
    ("What has the volunteers' budget delivered?", "outcome")])
def test_asking_how_something_turned_out_asks_its_outcome(question, field):
    assert asked_field(question) == field


@pytest.mark.parametrize("question, name, said", [
    # id 20's outcome: 年内志愿者按时进行巡防服务，并支付各项志愿者费用
    ("What has the volunteers' budget delivered?", "平安志愿者经费（平安办）", "巡防"),
    # id 12's outcome: 根据区政法委要求完成征订量100%
    ("How did the newspaper and magazine subscriptions turn out?", "下发基层书报杂志费（平安办）", "征订量100%"),
    ("What did the newspaper subscriptions achieve?", "下发基层书报杂志费（平安办）", "征订量100%")])
def test_a_text_asked_of_a_described_form_quotes_that_forms_outcome(seed_store, question, name, said):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == [name]
    assert said in answer.text


@pytest.mark.parametrize("question, expected", [
    # outcomes printing 100%: ids 2 (100%完成计划数), 12 (征订量100%), 26 (签约率100%); rows are not outcomes
    ("Which outcomes state 100%?", ["下发基层书报杂志费（平安办）", "党建活动（党群中心）", "重精患者监护人奖励费（平安办）"]),
    # goals naming 2023: ids 1, 4, 5, 6, 21
    ("Which forms' goals mention 2023?", ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                        "事业编残保金（党群中心）", "社工", "鲁汇派出所新址装修工程（平安办）"])])
def test_a_named_text_column_restricts_the_forms_found(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)
