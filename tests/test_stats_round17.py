"""Round 17, statistics over a subset asked in other ways: an amount asked in plain yuan, an exclusion clause scoping
the statistic after it (剔掉, a count after the exclusion word, the remaining N projects, formal 者), a pooled rate said
in other words, a column named before its own value (评分等级是优), one form's share of a group it belongs to, the N
largest projects ranked by budget, a label restating the conditions, and a count word before the forms. Expected values
computed from the bundled forms (`jixiao export --format json`, bench/data/stats17/make_sets.py), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asked_scale import asked_in_yuan
from assistant.formal_those import those_as_forms
from assistant.reader import QuestionReader
from assistant.restated_label import without_labels
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask

ANNUAL, UNSPENT = m.Field("annual_budget"), m.Field("unspent")
TAG_CHENGGUAN = m.Text(m.Field("project_name"), "suffix", "（城管办）")
RATE_NOT_ZERO = m.Compare(m.Field("execution_rate"), "!=", m.Number(0.0, "0"))
GRADE_YOU = m.Text(m.Field("grade"), "equals", "优")
LAMPS, SWEEPING = "青石路灯维护经费（城管办）", "道路清扫经费（环卫所）"


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- words rewritten before reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten, asked", [
    ("社工项目的全年预算是多少元？", "社工项目的全年预算是多少？", True),
    ("平安办项目全年预算平均是多少元（不要用万元）？", "平安办项目全年预算平均是多少？", True),
    ("信访办三个项目的全年预算总和，用人民币元表示是多少？", "信访办三个项目的全年预算总和是多少？", True),
    ("What was the total executed amount, in yuan?", "What was the total executed amount?", True),
    ("In RMB yuan (not ten-thousands), what is the combined budget?", "what is the combined budget?", True),
    ("全年预算是多少万元？", "全年预算是多少万元？", False),  # the forms' own unit
    ("What is the budget in 10,000 yuan?", "What is the budget in 10,000 yuan?", False),
    ("leaving out the form whose spending was typed in yuan, what is the total? Answer in 10k yuan.",
     "leaving out the form whose spending was typed in yuan, what is the total? Answer in 10k yuan.", False)])
def test_an_amount_asked_in_plain_yuan_is_read_without_the_unit(question, rewritten, asked):
    assert asked_in_yuan(question) == (rewritten, asked)


@pytest.mark.parametrize("question, rewritten", [
    ("总分不足95的表，剔除名称含质保金者，执行率均值是多少？", "总分不足95的表，剔除名称含质保金的项目，执行率均值是多少？"),
    ("重精患者，监护人", "重精患者，监护人")])  # a person's 者 stays
def test_formal_those_is_the_forms_that(question, rewritten):
    assert those_as_forms(question) == rewritten


@pytest.mark.parametrize("question, previous, expected", [
    ("全年预算不到50万的小项目一共几个？", None, ("全年预算不到50万的项目一共几个？", ["小"])),
    ("执行率低于60%的低执行项目有几个？", None, ("执行率低于60%的项目有几个？", ["低执行"])),
    ("List the projects with a total score below 95, the weak performers.", None,
     ("List the projects with a total score below 95.", ["weak performers"])),
    ("这些小项目的平均总分是多少？", "全年预算不到50万的小项目一共几个？", ("这些项目的平均总分是多少？", ["小"])),
    ("What's the combined budget of those small projects?", "Which projects have budgets under 50万?",
     ("What's the combined budget of those projects?", ["small"])),
    ("执行率低于60%的平安办项目有几个", None, ("执行率低于60%的平安办项目有几个", [])),  # a name is no label
    ("那些平安办项目的预算", "平安办和信访办的项目", ("那些平安办项目的预算", []))])
def test_a_label_restating_the_conditions_is_no_condition(question, previous, expected):
    assert without_labels(question, previous) == expected


# ----- the query model on an invented county ------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "把执行率为0的项目剔掉，其余项目的平均总分是多少？",
    "Excluding the forms with a zero execution rate, what is the average total score of the rest?"])
def test_an_exclusion_clause_scopes_the_statistic_after_it(reader, question):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (RATE_NOT_ZERO, m.Aggregate("avg", m.Field("total_score")))


@pytest.mark.parametrize("question, aggregate", [
    ("Leave out the 城管办 forms; what's the total full-year budget of the remaining projects?", m.Aggregate("sum", ANNUAL)),
    ("扣掉两个城管办项目，剩下的项目平均自评得分多少？", m.Aggregate("avg", m.Field("total_score")))])
def test_the_remaining_forms_and_a_count_of_those_left_out_are_no_condition(reader, question, aggregate):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (m.Not(TAG_CHENGGUAN), aggregate)


@pytest.mark.parametrize("question, measure", [
    ("评分等级是优的项目里，执行率最低的是多少？", "execution_rate"),
    ('Of the projects where the grade is "优", what is the lowest total score?', "total_score")])
def test_a_column_named_before_its_value_groups_nothing(reader, question, measure):
    select = reader.read(question).select
    assert (select.where, select.group_by, select.order_by, select.limit) == (GRADE_YOU, None, m.Field(measure), 1)


def test_a_forms_share_of_a_group_it_belongs_to_is_over_the_group(reader):
    select = reader.read("青石路灯维护经费占城管办项目全年预算总额的比例是多少？").select
    assert (select.where, select.aggregate) == (
        TAG_CHENGGUAN, m.Aggregate("share", ANNUAL, m.Text(m.Field("project_name"), "equals", LAMPS)))


@pytest.mark.parametrize("question, measure", [
    ("Add up the unspent balances of the three largest projects.", UNSPENT),
    ("最大的三个项目的结余加起来是多少？", UNSPENT),
    ("For the top three projects by budget, what is the total amount spent?", m.Field("executed"))])
def test_the_largest_projects_are_ranked_by_budget(reader, question, measure):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (m.Ranked(ANNUAL, True, 3), m.Aggregate("sum", measure))


def test_a_pooled_rate_said_as_one_pot(reader):
    select = reader.read(f"把青石路灯维护经费和道路清扫经费当成一笔钱来看，执行率多少？").select
    assert select.aggregate == m.Aggregate("pooled", m.Arith("/", m.Field("executed"), ANNUAL))


def test_a_count_after_the_forms_condition_points_at_them(reader):
    select = reader.read("执行率为零的三张表，全年预算合计多少？").select
    assert (select.where, select.aggregate) == (m.Compare(m.Field("execution_rate"), "=", m.Number(0.0, "零")),
                                                m.Aggregate("sum", ANNUAL))


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    (["社工项目的全年预算是多少元？"], 21381200),
    (["What was the total executed amount of the petitions office projects, in yuan?"], 3461300),
    (["The petitions office runs three of these. What's their average full-year budget, in plain yuan?"], 1231900),
    (["全年预算最少的那个项目预算是多少块钱？"], 3600),
    (["把全年一分钱没花出去（执行数为0）的项目剔掉，其余项目的自评总分平均是多少？"], 98.2396),
    (["总分不足95的表，剔除名称含质保金者，执行率均值是多少？"], 23.8225),
    (["Set aside the three 信访办 forms: what opening budget do the rest add up to?"], 7306.33),
    (["Setting aside the household-registry digitization form (its spending figure is clearly off), how much was "
      "actually spent in total across the remaining 27 projects? 万元 please."], 7176.96),
    (["扣掉两个质保金项目，剩下的项目平均自评得分多少？"], 97.9227),
    (["把维稳经费和劝导队经费当成一笔钱来看，执行率多少？"], 92.4224),
    (["两个质保金项目加在一起算，执行率是多少？"], 0.0),
    (["评分等级是“优”的项目里面，总分最低的是多少分？"], 90.0),
    (["实施单位是信访办的项目中，全年预算最高的是多少万？"], 292.5),
    (["安保经费占平安办项目全年预算总额的比例是多少？"], 7.1474),
    (["维稳经费在信访办三个项目的全年预算里占百分之几？"], 79.146),
    (["Of all the money budgeted for the 信访办 forms, what percentage went to 维稳经费?"], 79.146),
    (["Add up the full-year budgets of the three largest projects. What do you get?"], 5320.84),
    (["Add up the unspent balances of the three largest projects."], 235.56),
    (["全年预算不到50万的小项目一共几个？", "这些小项目的自评总分平均多少？"], 96.36),
    (["执行率低于60%的低执行项目有几个？", "这些低执行项目的全年预算合计多少万？"], 785.04),
    (["Which projects have budgets under 50万?", "What's the combined full-year budget of those small projects?"], 240.7),
    (["信访办做实施单位的几个项目，自评总分平均下来多少分？"], 98.5667),
    (["执行率为零的三张表，全年预算合计多少？"], 330.12)])
def test_the_figures_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_a_label_is_named_on_the_answer(seed_store):
    assert "视为所述条件的称呼" in _ask(seed_store, "全年预算不到50万的小项目一共几个？").text


def test_yuan_asked_of_no_amount_says_it_was_not_applied(seed_store):
    answer = _ask(seed_store, "信访办有几个项目，按元计算？")
    assert answer.value == 3 and "未换算成元" in answer.text


@pytest.mark.parametrize("questions, value", [
    (["Setting aside the household-registry digitization form (its spending figure is clearly off), how much was "
      "actually spent in total across the remaining 27 projects? 万元 please.",
      "As a share of those 27 projects' combined full-year budget?"], 89.2726),
    (["信访办的项目执行数合计多少？", "占这些项目全年预算的比例呢？"], 93.6575),
    (["两个人才项目（人才活动、人才健康体检）合并起来算，执行率是多少？"], 20.9538),
    (["图像视频监控系统租赁经费在所有带（平安办）标记项目的全年预算里占多大比重？按百分比给我。"], 46.8316),
    (["What is the combined executed amount of the three projects with the largest full-year budgets?"], 5085.28)])
def test_a_follow_up_share_of_the_last_total_and_forms_named_in_a_bracket(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_a_follow_up_total_without_a_share_stays_a_total(seed_store):
    assert _ask(seed_store, "信访办的项目执行数合计多少？", "那全年预算呢？").value == pytest.approx(369.57, abs=0.01)


def test_a_rates_two_amounts_named_after_pooling_them_are_no_comparison(reader):
    select = reader.read(f"If you combine the spending and budgets of {LAMPS} and {SWEEPING}, what execution rate do you get?").select
    assert select.where == m.Or((m.Text(m.Field("project_name"), "equals", LAMPS), m.Text(m.Field("project_name"), "equals", SWEEPING)))
    assert select.aggregate == m.Aggregate("pooled", m.Arith("/", m.Field("executed"), ANNUAL))


@pytest.mark.parametrize("question, field", [("总分排第一的是哪个项目？", "total_score"), ("指标数排第一的是哪个项目？", "indicator_count")])
def test_first_after_a_field_is_its_highest(reader, question, field):
    select = reader.read(question).select
    assert (select.order_by, select.descending, select.limit) == (m.Field(field), True, 1)


def test_a_budget_moved_mid_year_and_the_form_first_by_indicators(seed_store):
    assert _ask(seed_store, "预算年中动过的表当中，指标条目数排第一的是哪张？").records[0].project_name == "重精患者监护人奖励费（平安办）"
