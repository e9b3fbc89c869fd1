"""Round 29 (eng29d), follow-ups and composition that transfer: English shorthand (w exec below half, w/o a grade,
2+ indicators, pct terms), a unit named without its office word (the 信访 projects), a bare 0 before a budget noun,
figures given "respectively", none of the tags listed, a pronoun after a one-form answer, 把…那几个去掉. Expected
values computed from the bundled forms with SQL over the store's tables, not from the assistant."""

from __future__ import annotations

import pytest

from assistant.literary_words import plainly_said
from support import asked as _ask, names_of as _names

LOW_RATE_UNGRADED = ["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"]


# ----- English shorthand ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("projects w exec below half and no grade printed", "projects with execution rate below half and no grade printed"),
    ("forms w/o any timeliness (时效) indicator", "forms without any timeliness (时效) indicator"),
    ("projects w/ exec rate under a quarter", "projects with exec rate under a quarter"),
    ("which projects have 2+ satisfaction indicators", "which projects have 2 or more satisfaction indicators"),
    ("biggest pct bump from initial to full yr budget", "biggest percentage bump from initial to full year budget"),
    ("how many pts did it get docked", "how many points did it get docked"),
    ("total exec across projects", "total amount executed across projects"),
    ("projects that arent 信访 ones", "projects that aren't 信访 ones"),
    ("“两个实有”全面覆盖2+1工作模式奖励费（平安办）的执行率", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）的执行率"),
    ("Which forms carry a W?", "Which forms carry a W?")])
def test_shorthand_is_said_in_full_and_nothing_else_is_touched(question, plain):
    assert plainly_said(question) == plain


@pytest.mark.parametrize("question, expected", [
    ("projects w exec below half and no grade printed", LOW_RATE_UNGRADED),
    ("forms w/o a grade that have exec over 90 pct", ["社工", "事业编残保金（党群中心）"]),
    ("topped up midyear but exec still under 60 pct", ["杜行派出所公用事业费", "人才活动", "人才健康体检"]),
    ("which projects have 2+ satisfaction indicators",
     ["社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "平安志愿者经费（平安办）", "禁毒与反邪教（平安办）", "杜行派出所新址修缮工程（平安办）", "重精患者监护人奖励费（平安办）"])])
def test_shorthand_conditions_are_read(seed_store, question, expected):
    assert sorted(_names(_ask(seed_store, question, search=None))) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("# of projects w exec under 60 pct", 9),
    ("avg exec for projects w a full yr budget over 500 wan", 92.44),
    ("how many pts did the 劝导队 one get docked on its indicators", 0.1)])
def test_shorthand_statistics_are_read(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("first, question, expected", [
    ("which projects had their budget cut midyear?", "which of those had the biggest cut in pct terms", "下发基层书报杂志费（平安办）"),
    ("which projects got topped up midyear?", "which of those had the biggest rise in pct terms", "鲁汇派出所新址装修工程（平安办）")])
def test_a_change_in_pct_terms_after_the_changed_forms_is_relative(seed_store, first, question, expected):
    assert _names(_ask(seed_store, first, question, search=None)) == [expected]


def test_a_passive_cut_after_the_cut_forms_is_the_cuts_total(seed_store):
    answer = _ask(seed_store, "平安办的项目里，哪些在年中被调减了预算？", "那这几个一共被减掉了多少万元？", search=None)
    assert answer.value == pytest.approx(19.29, abs=0.005)
    assert len(answer.records) == 5


# ----- a unit named without its office word, as a group ----------------------------------------------------------------

XINFANG = ["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）"]


@pytest.mark.parametrize("question, expected", [
    ("avg full yr budget of the 信访 projects", 123.19),
    ("What is the combined full-year budget of the 信访 ones?", 369.57),
    ("how many projects are not 信访 ones", 25),
    ("信访的项目平均执行率是多少？", 86.06)])
def test_a_unit_without_its_office_word_before_a_word_for_forms_is_the_unit(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.01)


def test_the_unit_said_short_composes_with_a_condition(seed_store):
    assert _names(_ask(seed_store, "which 信访 projects spent less than 70% of their budget", search=None)) == ["劝导队经费（信）"]


def test_group_phrases_leave_the_office_word_off():
    from assistant.admin_names import group_phrases
    assert "信访 projects" in group_phrases("信访办", ("办", "中心"))
    assert "信访的项目" in group_phrases("信访办", ("办", "中心"))
    assert group_phrases("信访", ("办",)) == []
    assert group_phrases("某办", ("办",)) == []


# ----- a bare 0 before a budget noun, two columns given figures "respectively", ignoring --------------------------------

ZERO_OPENING = ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费", "户籍档案数字化加工项目", "人才活动",
                "人才健康体检"]


@pytest.mark.parametrize("chain, expected", [
    (["how many projects had 0 initial budget"], 5),
    (["list the projects that got topped up midyear", "how many of them had 0 initial budget"], 5),
    (["which projects got a budget cut midyear?", "how many of them had 100 pct exec"], 4)])
def test_a_bare_figure_before_a_budget_noun_is_its_condition(seed_store, chain, expected):
    assert _ask(seed_store, *chain, search=None).value == expected


def test_two_columns_given_figures_respectively_are_two_conditions(seed_store):
    answer = _ask(seed_store, "Identify the forms on which the initial budget and the full-year budget were, respectively, "
                              "0.00 and a positive amount.", search=None)
    assert sorted(_names(answer)) == sorted(ZERO_OPENING)


def test_ignoring_the_ones_that_started_at_zero_leaves_them_out(seed_store):
    answer = _ask(seed_store, "biggest pct bump from initial to full yr budget, ignoring the ones that started at 0", search=None)
    assert _names(answer) == ["鲁汇派出所新址装修工程（平安办）"]


# ----- none of the tags listed ----------------------------------------------------------------------------------------

UNTAGGED = ["社工", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费", "户籍档案数字化加工项目", "人才活动",
            "人才健康体检"]


@pytest.mark.parametrize("question, expected", [
    ("Which programmes carry none of the bracketed tags (平安办), (党群中心) or (信) in their names?", UNTAGGED),
    ("Which programmes carry none of the tags (平安办) or (信) in their names?",
     UNTAGGED + ["党建活动（党群中心）", "下拨经费（党群中心）", "事业编残保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                 "党群中心（南区）规范化建设质保金（党群中心）"]),
    ("List the forms whose names carry none of the bracketed tags （平安办）, （党群中心） or （信） and whose execution rate is "
     "under 60%.", ["杜行派出所公用事业费", "人才活动", "人才健康体检"])])
def test_none_of_the_tags_listed_negates_each_tag(seed_store, question, expected):
    assert sorted(_names(_ask(seed_store, question, search=None))) == sorted(expected)


# ----- a follow-up about the one form of the previous answer; 把…那几个去掉 ------------------------------------------------

@pytest.mark.parametrize("first, question, expected, value", [
    ("Show me the form for 人才健康体检.", "What satisfaction target did it set?", "人才健康体检", 90),
    ("what did 安保经费 spend in 2023", "and how many people in total across its headcount indicators", "安保经费（平安办）", 424),
    ("tell me about 平安志愿者经费", "how many people in total across its headcount indicators", "平安志愿者经费（平安办）", 1020)])
def test_a_pronoun_after_one_form_names_it_even_with_a_condition_of_its_own(seed_store, first, question, expected, value):
    answer = _ask(seed_store, first, question, search=None)
    assert _names(answer) == [expected]
    assert answer.value == pytest.approx(value)


@pytest.mark.parametrize("first, question, expected", [
    ("执行率低于60%的项目有哪些？", "把一分钱没花的那几个去掉，还剩几个？", 6),
    ("执行率不到七成的项目一共几个？", "把一分钱都没花的那几个去掉，还剩几个？", 7)])
def test_the_ones_taken_out_with_ba_are_of_the_previous_answer(seed_store, first, question, expected):
    assert _ask(seed_store, first, question, search=None).value == expected


def test_a_concession_between_two_conditions_adds_none(seed_store):
    answer = _ask(seed_store, "Which projects include a timeliness indicator (时效指标) but, notwithstanding that, lack any "
                              "sustainable-impact indicator (可持续影响指标)?", search=None)
    assert len(answer.records) == 9
    assert "劝导队经费（信）" not in _names(answer)
