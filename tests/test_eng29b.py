"""Round 29 (eng29b): indicator-level questions read in general — closing requests about ties and purposes, counts said
with a plus, indicator rows counted over every form, a target as printed. Expected values computed from the bundled
forms with SQL over the store's tables, not from the assistant."""

from __future__ import annotations

import pytest

from assistant.courtesy import unwrapped
from support import asked as _ask, names_of as _names

MOST_QUANTITY = ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]  # 5 数量指标 each
NO_TIMELINESS = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "人才健康体检", "人才活动", "党建活动（党群中心）",
                 "党群中心（南区）规范化建设质保金（党群中心）", "杜行派出所新址修缮工程（平安办）", "浦江初心微史馆质保金（党群中心）",
                 "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("question, rewritten", [
    ("产出指标里数量指标设得最多的是哪个项目？如果并列就都列出来。", "产出指标里数量指标设得最多的是哪个项目？"),
    ("社会效益指标最多的是哪个项目？若有并列请一并列出。", "社会效益指标最多的是哪个项目？"),
    ("哪些项目没有设时效指标？我想核对一下指标体系是否齐全。", "哪些项目没有设时效指标？"),
    # a closing sentence that asks a number stays
    ("哪些项目没有设时效指标？我想看看是否有几个", "哪些项目没有设时效指标？我想看看是否有几个")])
def test_a_closing_request_about_ties_or_a_purpose_is_taken_off(question, rewritten):
    assert unwrapped(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("产出指标里数量指标设得最多的是哪个项目？如果并列就都列出来。", MOST_QUANTITY),
    ("产出指标里完全没有设时效指标的项目是哪些？我想统计一下指标体系是否完整。", NO_TIMELINESS)])
def test_a_class_question_with_a_closing_request(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, rewritten", [
    ("which projects have 2+ satisfaction indicators", "which projects have 2 or more satisfaction indicators"),
    ("指标10+个的项目", "指标10个及以上的项目"),
    # a plus between figures, or in a name, is not a bound
    ("“两个实有”全面覆盖2+1工作模式奖励费", "“两个实有”全面覆盖2+1工作模式奖励费"), ("2+3 = 5 points", "2+3 = 5 points")])
def test_a_figure_with_a_plus_is_a_lower_bound(question, rewritten):
    from assistant.rough_figures import rough_figures

    assert rough_figures(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("which projects have 2+ satisfaction indicators", 7), ("forms w 2+ timeliness indicators", 2),
    ("Which projects carry 4+ social-benefit indicators?", 1), ("projects with 10+ indicators", 5)])
def test_forms_with_a_plus_count_of_rows(seed_store, question, expected):
    assert len(_ask(seed_store, question).records) == expected


@pytest.mark.parametrize("question, expected", [
    ("分值是三十分的指标，所有项目加起来一共多少条？", 21), ("分值给到30分的三级指标，所有表加起来一共有多少条？", 21),
    ("分值是十分的指标，所有项目加起来一共多少条？", 50)])
def test_tiao_counts_the_rows_whatever_forms_are_said_between(seed_store, question, expected):
    assert _ask(seed_store, question).value == expected


FULL_SATISFACTION = ["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"]  # 满意率百分百 and ≥100.00(%)


@pytest.mark.parametrize("question, expected", [
    ("满意度目标定到≥100%的是哪个项目？", ["鲁汇派出所新址装修工程（平安办）"]),
    ("Which form set its satisfaction target at ≥100%?", ["鲁汇派出所新址装修工程（平安办）"]),
    ("Which project's satisfaction indicator carries a target of ≥85, lower than the 90-percent level used elsewhere?",
     ["劝导队经费（信）"]),
    ("At which projects is the satisfaction target set to 100 percent (in numbers or in words)?", FULL_SATISFACTION)])
def test_a_target_said_with_its_printed_sign_or_in_either_notation(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_a_bare_bound_on_the_target_stays_a_comparison(seed_store):
    assert _ask(seed_store, "满意度目标≥90%的项目有几个？").value == 24


@pytest.mark.parametrize("question, rewritten", [
    ("At which projects is the satisfaction target 90 percent, in numbers or in words?",
     "At which projects is the satisfaction target 90 percent?"),
    ("满意度目标为100%（数字或文字都算）的项目有哪些？", "满意度目标为100%的项目有哪些？"),
    ("Which targets are written in words or in numbers?", "Which targets are written in words or in numbers?"),
    ("Which project set its satisfaction target at 85% or more, instead of the usual 90%?",
     "Which project set its satisfaction target at 85% or more, instead of the usual 90%?")])
def test_either_notation_and_the_level_used_elsewhere_are_asides(question, rewritten):
    from assistant.asides import without_asides

    assert without_asides(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("How many satisfaction indicators, taken across all forms, have their target printed exactly as ≥90.00(%)?", 21),
    ("How many satisfaction indicators have their target printed exactly as ≥90(%)?", 2)])
def test_a_target_typed_whole_as_printed_counts_that_wording(seed_store, question, expected):
    assert _ask(seed_store, question).value == expected


def test_a_target_typed_with_its_unit_bracket_in_chinese(seed_store):
    assert _names(_ask(seed_store, "满意度目标值写成≥90.00(百分比)的是哪个项目？")) == ["人才健康体检"]


def test_the_typed_unit_bracket_is_read_once():
    from assistant.printed_as import typed_as_printed, without_typed_units

    assert typed_as_printed("写成≥90.00(百分比)的是") == ("≥90.00(百分比)",)
    assert without_typed_units("写成≥90.00(百分比)的是") == "写成≥90.00的是"
    assert typed_as_printed("执行率(%)高于90") == ()
