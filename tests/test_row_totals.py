"""Round 25: indicator rows added up when a total is asked of them, and money not yet paid as the unspent balance.
Expected values from the bundled forms (`jixiao export --format json`): 安保经费（平安办）'s head counts 联动执法人数 12,
交通辅警人数 52, 特勤安保人数 360; the floor areas 装修面积 7306.2 (鲁汇) and 修缮面积 19975 (杜行) 平方米; the two
质保金 forms' unspent balances 5.71 + 24.41 万元."""

from __future__ import annotations

import pytest

from support import asked as _ask


@pytest.mark.parametrize("question, value", [
    ("安保经费里联动执法、交通辅警、特勤安保三类人员合计多少人", 424),
    ("安保经费里联动执法人数和交通辅警人数一共多少人", 64),
    ("以平方米计量的装修、修缮面积加起来多少平方米", 27281.2),
    ("How many people in total across the 安保经费 head-count indicators?", 424),
])
def test_rows_added_up_when_a_total_is_asked(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(value)
    assert f"{value:g}" in answer.text


def test_one_row_asked_in_total_is_that_row(seed_store):
    assert _ask(seed_store, "社工一共多少人", search=None).value == 97


@pytest.mark.parametrize("chain", [
    ("质保金项目没付的钱一共多少",),
    ("质保金项目有哪些", "这两个加起来没付的钱有多少"),
    ("质保金项目未支付金额合计",),
])
def test_money_not_paid_is_the_unspent_balance(seed_store, chain):
    assert _ask(seed_store, *chain, search=None).value == pytest.approx(30.12)


@pytest.mark.parametrize("question, shown", [
    ("各项目的全年预算数", "全年预算数"),
    ("列出所有项目的全年预算数", "全年预算数"),
    ("所有项目的执行率", "执行率"),
    ("全部项目的总分", "总分"),
    ("show all projects and their execution rates", "execution rate"),
    ("full-year budgets of all projects", "annual budget"),
])
def test_one_figure_of_every_form_is_listed(seed_store, question, shown):
    answer = _ask(seed_store, question, search=None)
    assert len(answer.records) == 28
    assert answer.text.count(shown) == 28


def test_a_figure_is_shown_as_its_form_prints_it(seed_store):
    answer = _ask(seed_store, "户籍档案数字化加工项目填报的执行率是多少", search=None)
    assert "999902.41" in answer.text  # printed so; the figure keeps its source, never reformatted to 999,902.41


def test_a_question_its_text_answers_better_than_a_row_quotes_the_text(seed_store):
    answer = _ask(seed_store, "人才健康体检实际体检人数达到预期了吗", search=None)
    assert "实际体检人数未达到预期" in answer.text and [r.project_name for r in answer.records] == ["人才健康体检"]
