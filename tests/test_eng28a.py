"""Round 28 (eng28a): indicator-level questions read in general — a target level said with a verb of aiming, beside the
other level it rules out, or with a bracket of its wordings. Expected values computed from the bundled forms with SQL
over the store's views, not from the assistant."""

from __future__ import annotations

import pytest

from assistant.asides import without_asides
from support import asked as _ask, names_of as _names

FULL_SATISFACTION = ["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"]  # a satisfaction target of 100%
PERSUASION = "劝导队经费（信）"  # ≥85(百分比) satisfaction; the one row below its target (=8 人, 4 人) and the one docked (14.9/15)


@pytest.mark.parametrize("question, rewritten", [
    ("Which forms set a satisfaction target of 100 percent rather than the more common 90 percent?",
     "Which forms set a satisfaction target of 100 percent?"),
    ("How many forms pitch their satisfaction target at the 90% level (whether written as ≥90, =90, 90% or 百分之九十)?",
     "How many forms pitch their satisfaction target at the 90% level?"),
    ("满意度目标定在100%、而不是更常见的90%的是哪几张表？", "满意度目标定在100%的是哪几张表？"),
    # a figure only the bracket gives, or a contrast with no figure before it: left for the readers
    ("Which forms scored 95 (whether written as 95 or 96)?", "Which forms scored 95 (whether written as 95 or 96)?"),
    ("Which forms use a percentage target rather than the usual 90?", "Which forms use a percentage target rather than the usual 90?"),
    # a bound before it: the other figure lies inside the bound, so the contrast is a condition
    ("Which project set its satisfaction target at 85% or more, instead of the usual 90%?",
     "Which project set its satisfaction target at 85% or more, instead of the usual 90%?")])
def test_another_level_and_the_wordings_of_a_level_are_taken_off(question, rewritten):
    assert without_asides(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("Which projects aimed for 100% satisfaction?", FULL_SATISFACTION),
    ("Which form was only aiming at 85% satisfaction?", [PERSUASION]),
    ("Which forms set a satisfaction target of 100 percent (however it is worded) rather than the more common 90 percent?",
     FULL_SATISFACTION)])
def test_a_target_level_said_with_a_verb_of_aiming(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_a_target_level_with_its_wordings_counted(seed_store):
    answer = _ask(seed_store, "How many forms pitch their satisfaction target at the 90% level (whether written as ≥90, =90, "
                              "90% or 百分之九十)?")
    assert answer.value == 22


@pytest.mark.parametrize("question, expected", [
    ("How many indicators in total carry a weightage of 20 marks?", 25),
    ("How many indicators have a weightage of 10 marks?", 50),
    ("How many KPIs carry a weightage of 15 points?", 45)])  # 15 points of weight: 45 rows (44 scored 15)
def test_weightage_is_the_rows_weight_and_in_total_scopes_the_count(seed_store, question, expected):
    assert _ask(seed_store, question).value == expected


def test_in_total_after_the_counted_noun_is_taken_off():
    assert without_asides("How many indicators in total carry a weightage of 20 marks?") == \
        "How many indicators carry a weightage of 20 marks?"
    assert without_asides("How many indicators are there in total?") == "How many indicators are there in total?"


@pytest.mark.parametrize("question, rewritten", [
    ("Apart from the execution-rate part, did any project get docked marks?", "on the indicators, did any project get docked marks?"),
    ("Leaving aside the budget-execution part, how many marks did the forms lose in total?",
     "on the indicators, how many marks did the forms lose in total?"),
    ("不算资金执行那一项，指标部分一共被扣了多少分？", "指标，指标部分一共被扣了多少分？"),
    ("Apart from the household-register form, which forms lost points?", "Apart from the household-register form, which forms lost points?"),
    ("名称带（党群中心）的项目里，去掉执行数为0的，平均执行率是多少", "名称带（党群中心）的项目里，去掉执行数为0的，平均执行率是多少")])
def test_the_budget_line_set_apart_names_the_indicator_rows(question, rewritten):
    from assistant.points_lost import budget_line_apart

    assert budget_line_apart(question) == rewritten


@pytest.mark.parametrize("question", [
    "Summed over every indicator line on every form, how many points were docked in total (i.e. indicator score below its "
    "allotted weight)?",
    "Across all indicator rows, how many points were docked in total?",
    "Leaving aside the budget-execution part, how many marks did the forms lose in total?",
    "不算资金执行那一项，指标部分一共被扣了多少分？"])
def test_points_docked_on_the_indicators_summed(seed_store, question):
    assert _ask(seed_store, question).value == pytest.approx(0.1)  # 劝导队经费（信）: 15 − 14.9, the only row docked


def test_points_docked_with_no_part_named_are_the_totals(seed_store):
    assert _ask(seed_store, "How many points were docked in total?").value == pytest.approx(74.01)


@pytest.mark.parametrize("question", [
    "Apart from the execution-rate part, did any project get docked marks on its performance indicators? Which one?",
    "Apart from the funds execution line, which forms were docked points?"])
def test_forms_docked_apart_from_the_budget_line(seed_store, question):
    assert _names(_ask(seed_store, question)) == [PERSUASION]


TWO_SATISFACTION = ["社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
                    "平安志愿者经费（平安办）", "禁毒与反邪教（平安办）", "杜行派出所新址修缮工程（平安办）", "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, rewritten", [
    ("Which forms include two separate satisfaction indicators?", "Which forms include two satisfaction indicators?"),
    ("Which forms have 3 different timeliness KPIs?", "Which forms have 3 timeliness KPIs?"),
    ("how many different level-2 indicators are there?", "how many different level-2 indicators are there?")])
def test_a_word_stressing_several_after_a_count_is_taken_out(question, rewritten):
    from assistant.intensifiers import without_intensifiers

    assert without_intensifiers(question) == rewritten


def test_a_class_counted_with_separate_on_each_form(seed_store):
    assert _names(_ask(seed_store, "Which forms include two separate satisfaction indicators?")) == sorted(TWO_SATISFACTION)
    assert _names(_ask(seed_store, "Which forms have three different timeliness indicators?")) == sorted(
        ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])


@pytest.mark.parametrize("question, expected", [
    ("Is there any performance indicator where the points awarded fall short of the points allotted to it? Name the form "
     "concerned.", [PERSUASION]),
    ("Which form has indicators that were allotted zero points?", ["户籍档案数字化加工项目"]),
    ("Which forms state their satisfaction target with no figure whatsoever, only a word such as 满意率 or 满意度?",
     ["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"])])
def test_points_awarded_allotted_and_a_target_with_no_figure(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question", [
    "Was any performance target missed, and on which form?",
    "Were any KPI targets missed? Where?",
    "有没有哪张表里某条指标被扣了分（得分比分值低）？是哪个项目"])
def test_a_target_missed_in_the_passive_and_a_restated_docking(seed_store, question):
    assert _names(_ask(seed_store, question)) == [PERSUASION]


def test_missed_before_a_figure_stays_a_negation(seed_store):
    assert "execution rate < 90%" in _ask(seed_store, "Which forms missed 90% execution?").interpretation


@pytest.mark.parametrize("question, expected", [
    ("How many forms carry more than eight level-3 performance indicators?", 6),
    ("How many third-level performance indicators does the 安保经费（平安办） form have?", 8)])
def test_third_level_performance_indicators_are_the_rows(seed_store, question, expected):
    assert _ask(seed_store, question).value == expected


def test_points_docked_asked_with_no_part_are_summed_not_counted(seed_store):
    assert _ask(seed_store, "how many points were docked?").value == pytest.approx(74.01)


@pytest.mark.parametrize("first, then", [
    ("which forms docked points on an indicator?", "how many points were docked there?"),
    ("Apart from the execution-rate part, did any project get docked marks on its performance indicators? Which one?",
     "How many marks were docked there?")])
def test_points_docked_after_forms_picked_by_a_docked_row_are_the_rows(seed_store, first, then):
    assert _ask(seed_store, first, then).value == pytest.approx(0.1)


def test_points_docked_after_forms_picked_otherwise_are_the_totals(seed_store):
    assert _ask(seed_store, "Which forms scored below 95?", "how many points were docked there?").value == pytest.approx(50.49)
