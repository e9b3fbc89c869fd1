"""Round 25: a budget change asked in percent of its start (全年预算较年初上调了百分之几, by what percentage was X's budget
raised) is 100 × (A − B) / B over the forms named, never a share of forms. Expected values from the bundled forms
(`jixiao export --format json`): 鲁汇派出所新址装修工程（平安办） 599.97 → 769.86 万元 (+28.316%), 安保经费（平安办）'s
budget cut by 1.784% of its start, 社工 2,087.07 → 2,138.12 (+2.446%)."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.relative_change import relative
from support import asked as _ask

LUHUI = "鲁汇派出所新址装修工程（平安办）"
ANNUAL, INITIAL = m.Field("annual_budget"), m.Field("initial_budget")
NAMED = m.Text(m.Field("project_name"), "equals", LUHUI)
RAISED = m.Compare(ANNUAL, ">", INITIAL)
PERCENT_RAISED = m.Arith("*", m.Number(100.0), m.Arith("/", m.Arith("-", ANNUAL, INITIAL), INITIAL))


def test_a_share_of_one_named_form_asked_in_percent_is_its_change():
    select = m.Select(where=NAMED, aggregate=m.Aggregate("share", None, RAISED))
    assert relative(select, "全年预算较年初上调了百分之几")
    assert select.where == NAMED and select.aggregate is None and select.shown == [PERCENT_RAISED]


def test_a_difference_asked_as_a_growth_rate_is_divided_by_its_start():
    select = m.Select(where=NAMED, shown=[m.Arith("-", ANNUAL, INITIAL)])
    assert relative(select, "预算的增幅")
    assert select.shown == [PERCENT_RAISED]


def test_no_form_named_keeps_the_forms_changed_that_way():
    select = m.Select(where=RAISED, shown=[])
    assert relative(select, "各项目全年预算较年初的调增幅度")
    assert select.where == RAISED and select.shown == [PERCENT_RAISED]


@pytest.mark.parametrize("question", ["what share of forms had their budget raised", "上调预算的项目占几成"])
def test_a_share_of_forms_without_a_relative_word_stays(question):
    select = m.Select(aggregate=m.Aggregate("share", None, RAISED))
    assert not relative(select, question)
    assert select.aggregate == m.Aggregate("share", None, RAISED)


@pytest.mark.parametrize("question, value", [
    ("鲁汇派出所装修工程全年预算较年初上调了百分之几", 28.316),
    ("By what percentage was the Luhui police station renovation budget raised during the year?", 28.316),
    ("安保经费（平安办）的预算调减幅度是多少", 1.784),
    ("社工的全年预算比年初预算高了百分之几？", 2.446),
])
def test_the_change_in_percent_of_one_form(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(value, abs=0.001)
