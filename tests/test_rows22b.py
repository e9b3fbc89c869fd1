"""Round 22b, indicator rows and part scores: a pronoun after a topic clause (关于X，它…) stands for X; 预算执行 and
"budget execution" before a points word are the part (earn a verb of scoring); points allotted / allocated to a row are
its weight; 或更多 after a count is at least it; two columns of one row asked together are each shown; a part of a named
form (完成情况, 目标, 偏差原因, the outcome, the goal) asked what it says is that part's text, the sentence saying it
first; a per-head figure "as written on the form" is the printed rate, never a division; a class's weights summed per
form. Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.row_vocabulary import asked_columns
from support import asked as _ask, names_of as _names

SATISFACTION_30 = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                   "杜行派出所新址修缮工程（平安办）", "浦江初心微史馆质保金（党群中心）", "禁毒与反邪教（平安办）", "社工",
                   "鲁汇派出所新址装修工程（平安办）"]
QUANTITY_3 = ["公安后勤及协管员经费（平安办）", "安保经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
              "禁毒与反邪教（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "重精患者监护人奖励费（平安办）",
              "“两个实有”全面覆盖2+1工作模式奖励费（平安办）"]


@pytest.mark.parametrize("question, columns", [
    ("How many points were allocated to 特勤安保人数 in the 安保经费 form?", {"weight"}),
    ("How many points does the 社工点经费 form allot to 社工人数?", {"weight"}),
    ("How many points did 社工 earn on 社工数量?", {"score"})])
def test_points_given_apart_from_their_verb_ask_the_weight(question, columns):
    assert asked_columns(question) == columns


@pytest.mark.parametrize("question, value", [
    ("关于公安后勤及协管员经费，它在预算执行上拿了多少分？", 5.61),
    ("对于人才活动，它的预算执行得了几分？", 1.34),
    ("For the 人才活动 project, how many points did it get for budget execution?", 1.34),
    ("How many points did 劝导队经费 earn on budget execution?", 6.67),
    ("What did 人才健康体检 earn for budget execution, in points?", 3.37),
    ("What is the number of points allotted to 监护人满意度 in the 重精患者监护人奖励费 form?", 10.0),
    ("In the 安保经费 form, how many points were allocated to 特勤安保人数?", 10.0)])
def test_a_named_forms_points(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


def test_or_more_after_a_count_is_at_least_it(seed_store):
    assert _names(_ask(seed_store, "数量指标有三条或更多的项目有哪些？")) == sorted(QUANTITY_3)


def test_two_columns_of_one_row_are_both_shown(seed_store):
    answer = _ask(seed_store, "人才健康体检里人才满意度的目标值和实际完成值分别是多少？")
    assert _names(answer) == ["人才健康体检"] and "≥90.00(百分比)" in answer.text and "99.00(百分比)" in answer.text
    assert answer.value is None  # two different figures: neither is the answer's number


@pytest.mark.parametrize("question, form, sentence", [
    ("人才健康体检项目的完成情况里，对实际体检人数是怎么说的？", "人才健康体检", "系列活动已完成，实际体检人数未达到预期。"),
    ("重精患者监护人奖励费的目标里，对协议签署是怎么写的？", "重精患者监护人奖励费（平安办）", "确保监护补助申请协议全部签署"),
    ("劝导队经费的偏差原因里是怎么说人员数量的？", "劝导队经费（信）", "实际劝导队人员数量4人")])
def test_a_part_of_a_named_form_quoted_where_it_says_it(seed_store, question, form, sentence):
    answer = _ask(seed_store, question)
    assert _names(answer) == [form] and sentence in answer.text.splitlines()[0]


def test_a_per_head_rate_as_written_is_the_printed_one(seed_store):
    answer = _ask(seed_store, "The severe mental illness guardians' reward project: what reward per guardian is written on the form?")
    assert "200.00(元/人/月)" in answer.text and "÷" not in answer.text


def test_a_class_summed_per_form(seed_store):
    assert _names(_ask(seed_store, "哪些表里满意度指标的分值加起来是30分？")) == sorted(SATISFACTION_30)
