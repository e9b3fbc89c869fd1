"""Round 16, a statistic over whatever set was read: a share of money held by the forms read (not a share of forms),
a count word pointing at the forms when another statistic is asked, the range as a statistic of its own, forms named by
parts that no one name holds together, a form excluded by its data defect with the column the slip is in, an English
emphatic zero, a column said to be filled in, and a total said not to equal its parts. Expected values computed from the
bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.filled_columns import filled_columns
from assistant.named_list import named_list
from assistant.ratio_gloss import ratio_glosses
from assistant.reader import QuestionReader
from assistant.zero_idioms import as_zero
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

ANNUAL, EXECUTED = m.Field("annual_budget"), m.Field("executed")
TAG_CHENGGUAN = m.Text(m.Field("project_name"), "suffix", "（城管办）")
PARTS = m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score"))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- words rewritten before reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("哪些项目的评分等级是填了的", "哪些项目的有评分等级的"),
    ("评分等级有写的项目有多少个", "有评分等级的项目有多少个"),
    ("偏差原因填没填", "有偏差原因"),
    ("写了评分等级的项目", "有评分等级的项目"),
    ("How many forms have the grade column filled in?", "How many forms have with a grade?"),
    ("the forms that print a grade", "the forms that with a grade"),
    ("哪些项目没填评分等级", "哪些项目没填评分等级"),  # a column not filled in stays a negation
    ("Which forms print no grade?", "Which forms with no grade?"),  # a column printed with no: missing
    ("How many forms state no rating?", "How many forms with no rating?")])
def test_a_column_said_to_be_filled_in_is_present_and_printed_with_no_missing(question, rewritten):
    assert filled_columns(question) == rewritten


@pytest.mark.parametrize("question, rewritten", [
    ("Which projects didn't spend one cent yet are graded 优?", "Which projects spent nothing yet are graded 优?"),
    ("forms that have not used a single yuan", "forms that spent nothing"),
    ("projects where not one penny was disbursed", "projects where spent nothing"),
    ("How many spent not a single yuan?", "How many spent nothing?"),
    ("forms that spent one million yuan", "forms that spent one million yuan")])  # a figure, not an idiom
def test_an_english_emphatic_zero_is_spent_nothing(question, rewritten):
    assert as_zero(question) == rewritten


@pytest.mark.parametrize("question, rewritten", [
    ("budget utilisation of 城管办: total executed over total annual budget, as a %?", "budget utilisation of 城管办 pooled , as a %?"),
    ("utilisation: executed over budget", "utilisation "),
    ("note: 城管办 only", "note: 城管办 only")])  # a clause after a colon that defines no ratio stays
def test_a_ratio_defined_after_a_colon_is_a_gloss(question, rewritten):
    assert ratio_glosses(question) == rewritten


def test_parts_no_one_name_holds_together_name_a_list():
    parts = m.And((m.Text(m.Field("project_name"), "contains", "路灯维护"), m.Text(m.Field("project_name"), "contains", "道路清扫")))
    projects = ("青石路灯维护经费（城管办）", "道路清扫经费（环卫所）")
    assert named_list(parts, projects) == m.Or(parts.items)
    both = m.And((m.Text(m.Field("project_name"), "contains", "路灯"), m.Text(m.Field("project_name"), "contains", "维护")))
    assert named_list(both, projects) == both  # one name holds both parts: a condition on it


# ----- the query model on an invented county ------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "城管办那些项目的全年预算合起来，占所有项目全年预算的百分之几？",
    "What fraction of all the money budgeted for the year went to the 城管办 forms, in percent?",
    "Of the total annual budget, what percentage belongs to the 城管办 projects?"])
def test_a_share_asked_of_the_forms_read_is_their_share_of_the_money(reader, question):
    assert reader.read(question).select.aggregate == m.Aggregate("share", ANNUAL, TAG_CHENGGUAN)


def test_a_share_of_forms_stays_a_share_of_forms(reader):
    assert reader.read("城管办项目占全部项目的比例").select.aggregate == m.Aggregate("share", condition=TAG_CHENGGUAN)


@pytest.mark.parametrize("question, aggregate", [
    ("城管办的几张表里，满意度指标的分值加起来是多少？", m.Aggregate("sum", m.Field("weight", "indicator"))),
    ("名称带（城管办）的那几个项目，执行率平均下来是多少？", m.Aggregate("avg", m.Field("execution_rate"))),
    ("城管办有几个项目", m.Aggregate("count"))])  # no other statistic: the count is asked
def test_a_count_word_pointing_at_the_forms_gives_way_to_the_statistic(reader, question, aggregate):
    assert reader.read(question).select.aggregate == aggregate


@pytest.mark.parametrize("question", [
    "执行率不到六成的项目，全年预算数最大的和最小的相差多少？",
    "What's the spread between the highest and lowest annual budget among forms that used less than 60% of their money?",
    "For forms with an execution rate below 60%, what is the range (max minus min) of the annual budget?",
    "执行率低于60%的项目，全年预算的极差"])
def test_the_range_is_a_statistic_over_the_set_read(reader, question):
    select = reader.read(question).select
    assert (select.aggregate, select.where) == (m.Aggregate("range", ANNUAL),
                                                m.Compare(m.Field("execution_rate"), "<", select.where.right))
    assert select.where.right.value == 60.0


@pytest.mark.parametrize("question", [
    "有没有哪张表的总分跟各项得分加起来对不上？", "哪些表的总分与各项得分之和对不上",
    "Which forms' total score does not match its scores added up?",
    "Which forms have a total score different from their scores summed?"])
def test_a_total_said_not_to_equal_its_parts(reader, question):
    assert reader.read(question).select.where == m.Compare(m.Field("total_score"), "!=", PARTS)


@pytest.mark.parametrize("question", ["扣除那张执行数单位填错的表以后，剩下各表的执行数一共多少？",
                                      "Setting aside the scorecard whose executed figure was entered in yuan, how much was executed in total?"])
def test_a_defect_described_by_its_column_stays_inside_the_exclusion(reader, question):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (m.Not(m.HasFinding(severities=("error",))), m.Aggregate("sum", EXECUTED))


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    (["平安办那些项目的全年预算合起来，占所有项目全年预算的百分之几？"], 63.88),
    (["Of the total annual budget, what percentage belongs to the 信访办 projects?"], 4.58),
    (["What share of the total executed money do the 信访办 forms account for, leaving out the form with the unit slip?"], 4.82),
    (["平安办的项目执行数合计占全部项目执行数（不含户籍档案那张）的百分比是多少？"], 64.00),
    (["不是信访办的项目的预算占全部预算的比例"], 95.42),
    (["年初预算为零的那几个项目，全年预算合计占全部全年预算的比重是多少（百分比）？"], 1.91),
    (["那个图像视频监控系统租赁的项目，它的全年预算在所有项目全年预算总额里大概占几成？请给出百分比。"], 29.92),
    (["鲁汇派出所新址装修和杜行派出所新址修缮两个项目的全年预算一共多少？"], 956.46),
    (["社工和安保经费这两张表的指标一共多少条？"], 12),
    (["信访办的几张表里，满意度指标的分值加起来是多少？"], 45),
    (["名称带（党群中心）的那几个项目，执行率平均下来是多少？"], 43.49),
    (["执行率不到六成的项目，全年预算数最大的和最小的相差多少？"], 299.64),
    (["For forms with an execution rate below a quarter (rate < 25%), what is the range (max minus min) of the annual "
      "budget, in 万元?"], 299.64),
    (["扣除那张执行数单位填错的表以后，剩下各表的执行数一共多少？"], 7176.96),
    (["不算被检查出填错单位的那个项目，其余项目执行率的中位数是多少？"], 95.53),
    (["除开数据有错的那张表，年初预算为0的项目全年执行数合计多少？"], 49.79),
    (["Setting aside the scorecard whose executed figure was entered in yuan, how much was executed in total by the "
      "forms with no budget at the start of the year?"], 49.79),
    (["Portfolio-level budget utilisation excluding 户籍档案数字化加工项目 (its executed figure is a unit slip): total "
      "executed over total annual budget, as a %?"], 89.27),
    (["一个子儿没动，全年预算又在10万元以上的项目有几个？"], 2),
    (["How many forms have the grade column filled in?"], 22),
    (["评分等级有写的项目有多少个？"], 22),
    (["Average execution rate of the forms that print no grade?"], 52.17),
    (["Compute the arithmetic mean of the total self-evaluation score (总分) over the forms that print a grade "
      "(评分等级 not empty)."], 97.94)])
def test_the_figures_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, expected", [
    ("Which projects didn't spend one cent yet are graded 优?", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("一分钱都没花出去、而且评了优的项目是哪些？", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("有没有哪张表的总分跟各项得分加起来对不上？", []),
    ("平安办项目中有哪些零执行却满分", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
