"""Round 27 (eng27c), English readings that transfer: a budget difference totalled over several forms is the net
A − B the way the comparative says (how much bigger / smaller was A than B), the amount taken out of cut budgets, and
"by how much did it go up / down" in a follow-up. Expected values computed from the bundled forms, not from the
assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

CUT = ["下发基层书报杂志费（平安办）", "安保经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
       "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]


# ----- a budget change totalled --------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("overall, how much bigger was the full-year budget than the initial budget, in 万元?", 389.1),
    ("In total, how much smaller were the initial budgets than the final budgets?", 389.1),
    ("全部项目加起来，全年预算比年初预算多了多少万？", 389.1),
    ("How much smaller was the initial budget than the final budget of 杜行派出所新址修缮工程?", 33.8),
    ("维稳经费全年预算与执行数相差多少", 21.13)])
def test_a_difference_said_with_a_comparative_is_the_net_total_that_way(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize("question", [
    "Across the projects whose budget went down, how much was taken out in total?",
    "How much was shaved off the budgets of the projects that were cut mid-year, in total?",
    "For the projects whose budget was trimmed during the year, how much was taken away altogether?"])
def test_the_amount_taken_out_of_cut_budgets_is_their_total_cut(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(19.29, abs=0.005)
    assert _names(answer) == sorted(CUT)


@pytest.mark.parametrize("first, question, expected", [
    ("鲁汇派出所新址装修工程 initial budget?", "And by how much did it go up from the opening budget, in 万元?", 169.89),
    ("安保经费的年初预算是多少", "By how much did it go down from the opening budget?", 6.69)])
def test_by_how_much_did_it_go_up_in_a_follow_up_is_the_forms_change(seed_store, first, question, expected):
    assert _ask(seed_store, first, question, search=None).value == pytest.approx(expected, abs=0.005)


# ----- figures said in words: a range before its field, a score out of its full marks, a perfect figure compared -------

HALF_TO_THREE_QUARTERS = ["下拨经费（党群中心）", "劝导队经费（信）", "杜行派出所公用事业费", "禁毒与反邪教（平安办）",
                          "公安后勤及协管员经费（平安办）"]


@pytest.mark.parametrize("question", [
    "Which projects landed somewhere between half and three-quarters on execution ratio?",
    "Which projects were between 50% and 75% on execution ratio?",
    "Which projects were over 50% and under 75% on execution rate?",
    "一半到四分之三执行率的项目有哪些？",
    "执行率在一半到四分之三之间的项目有哪些？"])
def test_a_range_said_before_its_field_bounds_that_field(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == sorted(HALF_TO_THREE_QUARTERS)


@pytest.mark.parametrize("question, expected", [
    ("How many forms got fewer than 9 out of 10 for the budget execution score?", 12),
    ("How many forms scored below 6 out of 10 on the funds (资金) component?", 9),
    ("Which forms scored 95 out of 100 or more?", 22),
    ("How many forms scored below a perfect 100 overall?", 19),
    ("Excluding the forms that spent nothing at all, how many scored below a perfect 100 overall?", 16)])
def test_a_score_out_of_its_full_marks_or_a_perfect_figure_compared_is_that_figure(seed_store, question, expected):
    answer = _ask(seed_store, question, search=None)
    assert (answer.value if answer.value is not None else len(answer.records)) == expected


def test_the_funds_score_is_the_budget_execution_score(seed_store):
    answer = _ask(seed_store, "On how many forms does the total score differ from the funds score plus the sum of the "
                              "indicator scores?", search=None)
    assert answer.value == 0
    assert _ask(seed_store, "What is the average funds score?", search=None).value == pytest.approx(7.36, abs=0.005)


# ----- spent something, spent it all ----------------------------------------------------------------------------------

SPENT_ALL = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
             "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
             "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）",
             "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("Among projects that spent at least something, which had an execution rate below 60%?",
     ["人才活动", "人才健康体检", "党建活动（党群中心）", "禁毒与反邪教（平安办）", "杜行派出所公用事业费", "公安后勤及协管员经费（平安办）"]),
    ("Which ones used under 七成 of their funds but did spend at least something?",
     ["人才活动", "人才健康体检", "党建活动（党群中心）", "劝导队经费（信）", "禁毒与反邪教（平安办）", "杜行派出所公用事业费",
      "公安后勤及协管员经费（平安办）"])])
def test_at_least_something_spent_is_a_nonzero_outturn(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_at_least_some_money_spent_is_counted_as_spending(seed_store):
    assert _ask(seed_store, "How many projects spent at least some money?", search=None).value == 25


@pytest.mark.parametrize("question, expected", [
    ("Which projects used up every last cent, with the amount executed exactly matching the full-year budget?", SPENT_ALL),
    ("Which projects had the amount executed exactly matching the full-year budget?", SPENT_ALL)])
def test_exactly_matching_is_one_word_of_equality_between_two_fields(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_exactly_matching_two_budgets_is_an_unchanged_budget(seed_store):
    answer = _ask(seed_store, "Which projects had a full-year budget exactly matching the initial budget?", search=None)
    assert len(answer.records) == 15


# ----- the town's whole, budget change verbs --------------------------------------------------------------------------

UP = ["社工", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）",
      "户籍档案数字化加工项目", "杜行派出所新址修缮工程（平安办）", "人才活动", "人才健康体检"]


@pytest.mark.parametrize("question, expected", [
    ("What share of the town's total full-year budget goes to 社工?", 26.51),
    ("What percentage of the town's total initial budget went to 维稳经费?", 3.81),
    ("How many of the town's forms scored 100?", 9)])
def test_the_possessive_of_the_place_every_form_lies_in_is_no_condition(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


def test_a_fact_of_the_town_itself_stays_unheld(seed_store):
    assert _ask(seed_store, "What's the town's total expenditure?", search=None).kind == "unknown"


@pytest.mark.parametrize("question, expected", [
    ("Which projects had their budget bumped up during the year?", UP),
    ("Which projects had their budgets boosted mid-year and spent less than 50%?", ["人才活动", "人才健康体检"]),
    ("Which projects saw their budget pared back during the year?", CUT),
    ("Which projects were pared back?", CUT),
    ("no timeliness indicator and budget bumped up mid-year - which projects?",
     ["社工", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）", "人才活动", "人才健康体检"])])
def test_more_verbs_of_a_budget_change_read_as_the_change(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_a_budget_hike_counted(seed_store):
    assert _ask(seed_store, "How many projects got a budget hike mid-year?", search=None).value == 8
