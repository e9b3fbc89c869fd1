"""Round 28 (eng28b), form-level fields and arithmetic by kind: the budget said as a vote (a final vote in excess of 1
million yuan), points said as marks (99 marks or more, rated below 95 marks). Expected values computed from the bundled
forms' printed figures (corpus/001_…txt), not from the assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

OVER_99 = ["维稳经费（信）", "社工", "事业编残保金（党群中心）", "平安志愿者经费（平安办）", "信访代理员经费（信）", "安保经费（平安办）",
           "杜行派出所新址修缮工程（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
           "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
           "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "户籍档案数字化加工项目",
           "重精患者监护人奖励费（平安办）"]


# ----- the budget said as a vote ---------------------------------------------------------------------------------------

def test_a_final_vote_is_the_full_year_budget(seed_store):
    assert _names(_ask(seed_store, "Which programmes had a final vote above 2,000万元?", search=None)) == \
        sorted(["社工", "图像视频监控系统租赁经费（平安办）"])
    assert _ask(seed_store, "How many programmes had a final vote below 10万元?", search=None).value == 5
    assert _ask(seed_store, "What is the combined final vote of the programmes bearing the suffix (信), in 万元?",
                search=None).value == pytest.approx(369.57)  # 4.03 + 292.5 + 73.04


def test_an_opening_vote_is_the_initial_budget(seed_store):
    assert _ask(seed_store, "What was the opening vote for 社工?", search=None).value == pytest.approx(2087.07)


# ----- points said as marks --------------------------------------------------------------------------------------------

def test_marks_or_more_is_a_bound_on_the_total(seed_store):
    assert _names(_ask(seed_store, "Which forms scored 99 marks or more overall?", search=None)) == sorted(OVER_99)
    assert _ask(seed_store, "How many forms got 96 marks or less in total?", search=None).value == 9


def test_rated_below_a_figure_of_marks_is_the_total_not_a_grade(seed_store):
    assert _names(_ask(seed_store, "Among the projects tagged (党群中心) in the title, which ones were rated below 95 marks "
                                   "overall?", search=None)) == \
        sorted(["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"])
    assert _ask(seed_store, "How many forms were graded 优?", search=None).value == 22


# ----- spending the whole of a budget said after a change ---------------------------------------------------------------

RAISED_NOT_ALL = ["社工", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）", "人才活动",
                  "人才健康体检"]
CUT_ALL = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）", "社工点经费（平安办）",
           "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("Which projects had their budget raised during the year but did not spend the whole of the final budget?",
     RAISED_NOT_ALL),
    ("Which of the （信） projects failed to spend the whole of their full-year budget?",
     ["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）"]),
    ("Which budget-cut projects spent the reduced amount in full?", CUT_ALL),
    ("Which projects had their budget cut mid-year and still did not spend the whole revised amount?", ["安保经费（平安办）"])])
def test_the_whole_of_the_changed_budget_spent_or_not(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_a_budget_with_a_change_said_as_held(seed_store):
    assert _ask(seed_store, "How many projects with an increased budget spent less than half of it?", search=None).value == 2


# ----- the year's execution said whole is the amount executed ----------------------------------------------------------

FULL = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式",
        "图像视频监控系统租赁经费（平安办）", "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）",
        "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("Is there any form whose reported full-year execution exceeds its full-year budget?", ["户籍档案数字化加工项目"]),
    ("Is there a project where annual execution went above the annual budget?", ["户籍档案数字化加工项目"]),
    ("Which projects have full-year execution equal to their full-year budget?", FULL)])
def test_full_year_execution_compared_with_a_budget_is_the_amount(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_full_year_execution_rate_stays_the_rate(seed_store):
    assert _ask(seed_store, "what is the full-year execution rate of 社工?", search=None).value == pytest.approx(95.53)
    assert _ask(seed_store, "average annual execution rate of the （信） forms", search=None).value == \
        pytest.approx(86.06)  # (66.74 + 92.77 + 98.67) / 3


# ----- a statistic of the money left over ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("total money left over across all forms, leaving out 户籍档案数字化加工项目", 862.42),
    ("What's the sum of money left over on the （信） projects?", 23.44),  # 1.34 + 21.13 + 0.97
    ("average money left over across the （党群中心） forms", 21.268)])  # 106.34 / 5
def test_a_statistic_of_the_money_left_over_is_of_the_unspent_balance(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected)


def test_money_left_over_without_a_statistic_stays_a_condition(seed_store):
    assert _ask(seed_store, "how many forms had money left over?", search=None).value == 19


# ----- a tag named right after its value -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Among forms whose names carry the （平安办） tag, which had the lowest execution rate?",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),  # 0%
    ("Among forms whose names carry the （信） tag, which had the highest execution rate?", ["信访代理员经费（信）"]),  # 98.67
    ("Of the projects whose names bear the （党群中心） tag, which one has the biggest full-year budget?",
     ["下拨经费（党群中心）"])])  # 121.2
def test_a_tag_said_after_its_value_groups_nothing(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_by_tag_still_groups(seed_store):
    answer = _ask(seed_store, "average execution rate by tag", search=None)
    assert "by name tag" in answer.interpretation
