"""Round 23, a row of a named form described in the asker's own words, and its column: the row whose name the
description's words (the glossary's for English) cover, its target / actual / weight / score; the budget line (预算执行率
with its 分值 and 得分) as a row; a bound on a row's column among the previous answer's forms; indicator rows counted
over every form; no plain match names the close rows. Expected values from the bundled forms (`jixiao export`)."""

from __future__ import annotations

import pytest

from assistant.row_vocabulary import asked_columns
from support import asked as _ask, names_of as _names

LONG_TERM_OVER_10 = ["信访代理员经费（信）", "劝导队经费（信）", "维稳经费（信）"]
RELATED_UNITS_OVER_10 = ["杜行派出所公用事业费", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式",
                         "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("question, columns", [
    ("How many volunteers did it plan to cover?", {"target"}),
    ("How many departments were supposed to attend?", {"target"}),
    ("In which of those did it carry more than 10 points?", {"weight"}),
    ("特勤人员计划多少人？", {"target"})])
def test_words_of_planning_and_carrying_ask_the_target_and_the_weight(question, columns):
    assert asked_columns(question) == columns


@pytest.mark.parametrize("question, value", [
    ("In the security funding form (安保经费), what was the target number of special-duty security staff? Just the "
     "headcount is fine.", 360.0),
    ("On the security funding form (安保经费), what was the planned number of joint law-enforcement officers?", 12.0),
    ("There's a form for the flag-raising ceremony for the third People's Police Day. How many departments and units "
     "were supposed to attend, according to its target?", 21.0),
    ("In the flag-raising ceremony form for the third People's Police Day, how many people from the disposal work team "
     "were expected to attend?", 20.0),
    ("My boss is curious about the safety volunteer programme (平安志愿者经费). How many volunteers did it plan to cover? "
     "I think it's in the quantity indicators.", 1020.0),
    ("In the 平安志愿者经费 form, how many points does the volunteer work timeliness indicator carry?", 20.0),
    ("For the 公安后勤及协管员经费 form, how many cleaners were planned?", 4.0),
    ("安保经费那张表里，特勤人员计划多少人？", 360.0),
    ("升警旗仪式那张表上，出席的部门和单位定的是多少个？", 21.0)])
def test_a_row_described_in_the_askers_words(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, value", [
    ("on the 党建活动（党群中心） form there's a little score next to the execution rate for the budget part. What score "
     "did it get there?", 4.8),
    ("What did the 人才健康体检 form score on its budget line?", 3.37),
    ("党建活动（党群中心）预算执行率那一行得了几分？", 4.8),
    ("人才活动的预算执行率那项分值是多少？", 10.0)])
def test_the_budget_line_is_a_row(seed_store, question, value):
    answer = _ask(seed_store, question)
    assert answer.value == pytest.approx(value, abs=0.01) and len(answer.records) == 1


def test_the_budget_lines_total_is_not_the_line(seed_store):
    assert _ask(seed_store, "党建活动（党群中心）的总分是多少？").value == pytest.approx(94.8, abs=0.01)


@pytest.mark.parametrize("context, question, names", [
    ("Which forms use 长效管理机制 (long-term management mechanism) as an indicator?",
     "In which of those did it carry more than 10 points?", LONG_TERM_OVER_10),
    ("哪些表用了“相关单位满意度”这个指标？", "其中它的分值超过10分的有哪些？", RELATED_UNITS_OVER_10)])
def test_a_bound_on_the_pointed_rows_column_among_the_previous_forms(seed_store, context, question, names):
    assert _names(_ask(seed_store, context, question)) == sorted(names)


@pytest.mark.parametrize("question, value", [
    ("If I count every third-level indicator on all the forms together, how many are there?", 188),
    ("一共有多少个三级指标", 188),
    ("Counting every quantity indicator on every form, how many are there?", 48),
    ("满意度指标一共有多少条？", 35)])
def test_indicator_rows_counted_over_every_form(seed_store, question, value):
    assert _ask(seed_store, question).value == value


def test_a_count_per_form_is_not_the_total(seed_store):
    assert _ask(seed_store, "每个项目有几个指标？").value != 188


def test_no_plain_row_names_the_close_ones(seed_store):
    answer = _ask(seed_store, "In the 安保经费 form, how many security personnel were planned?")
    assert answer.kind == "unknown" and answer.value is None
    assert "特勤安保人数" in answer.text and "安保人员勤务完成率" in answer.text
