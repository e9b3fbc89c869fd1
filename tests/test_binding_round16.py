"""Round 16: words that add nothing, and figures, changes, negations and field words bound to the right field — in both
languages. Expected values are computed from the forms (`jixiao export --format json` over the bundled corpus), not from
the assistant; the reader's own tests run on an invented county, so no name of the bundled corpus helps them."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.aspect_particles import listed_particles
from assistant.asides import without_asides
from assistant.full_figure import as_full_marks
from assistant.glossed_statistic import statistic_named
from assistant.colloquial_fields import below_reached, money_named
from assistant.reader import QuestionReader
from assistant.unit_bracket import in_forms_unit
from support import INVENTED_COUNTY, asked, names_of

RATE, INITIAL, ANNUAL, EXECUTED, UNSPENT = (m.Field(name) for name in (
    "execution_rate", "initial_budget", "annual_budget", "executed", "unspent"))
ROW_LOST = m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))


# ----- text that adds no condition, or says a figure another way --------------------------------------------------

@pytest.mark.parametrize("question, kept", [
    ("被扣分超过5分（也就是100减总分大于5）的项目有哪些？", "被扣分超过5分的项目有哪些？"),
    ("Which forms lost more than 5 points (i.e. 100 minus the total is above 5)?", "Which forms lost more than 5 points?"),
    ("执行率低于60%（换言之执行率不到60%）的项目", "执行率低于60%的项目"),
    ("结余（也就是全年预算减执行数）超过90万元的项目", "结余超过90万元的项目"),  # no figure: the field before it defined
])
def test_a_bracket_restating_the_questions_figures_is_taken_off(question, kept):
    assert without_asides(question) == kept


@pytest.mark.parametrize("question", [
    "钱没怎么动的项目（也就是执行率不到20%）",  # the bracket's figure is the condition
    "总分低于95分的项目（也就是说扣了5分以上）",  # 5 is said only inside it
    "扣分超过5分（即扣了一半以上）的项目",  # a figure in words: not compared, kept
    "总分低于90分（换句话说扣了10分以上）的表",  # a figure derived, not said outside: the readers judge it
    "执行率（即不含信访办）最低的",  # an exclusion inside
])
def test_a_bracket_with_a_figure_of_its_own_stays(question):
    assert without_asides(question) == question


@pytest.mark.parametrize("question, written", [
    ("年中追加了预算，钱却没花到六成，哪些？", "年中追加了预算，钱却花不到六成，哪些？"),
    ("没有花到一半的项目", "花不到一半的项目"),
    ("还没执行到50%的", "执行不到50%的"),
    ("尚未支付到100万元的", "支付不到100万元的"),
    ("执行率没达到90%的", "执行率没达到90%的"),  # a comparison word already
    ("没花到位的", "没花到位的"),  # no figure
    ("没拿到满分", "没拿到满分"),
])
def test_a_figure_not_reached_is_below_it(question, written):
    assert below_reached(question) == written


@pytest.mark.parametrize("question, written", [
    ("exceeds 50 (in 10,000 yuan), excluding", "exceeds 50 万元, excluding"),
    ("预算超过50（单位：万元）的", "预算超过50 万元的"),
    ("above 5 (in 万元)", "above 5 万元"),
    ("over 30 (in yuan)", "over 30 (in yuan)"),  # another unit than the forms': left for the readers
    ("score above 90 (points)", "score above 90 (points)"),
])
def test_a_figure_in_the_forms_unit(question, written):
    assert in_forms_unit(question) == written


@pytest.mark.parametrize("question, written", [
    ("预算执行没拿满10分的项目", "预算执行没拿满分的项目"),
    ("预算执行得分拿到8分的项目", "预算执行得分拿到8分的项目"),  # a score, not full marks
    ("which projects didn't get the full 10 for budget execution", "which projects didn't get the full 10 for budget execution"),
])
def test_full_marks_said_with_their_figure(question, written):
    assert as_full_marks(question) == written


@pytest.mark.parametrize("question, written", [
    ("What was the typical (median) full-year budget?", "What was the median full-year budget?"),
    ("What is the customary (mean) execution rate of the 信访办 projects?", "What is the mean execution rate of the 信访办 projects?"),
    ("执行率（平均）是多少", "执行率（平均）是多少"),  # no edge to the Chinese word before: left to the readers
    ("Which projects (median above 50) are there?", "Which projects (median above 50) are there?"),
])
def test_a_loose_word_glossed_by_a_statistic(question, written):
    assert statistic_named(question) == written


@pytest.mark.parametrize("question, written", [
    ("年初批的钱超过100万的项目", "年初预算数超过100万的项目"),
    ("开年时候的预算超过100万的项目", "年初预算数超过100万的项目"),
    ("最后批下来的预算超过100万", "全年预算数超过100万"),
    ("实际掏出去的钱超过100万的项目", "全年执行数超过100万的项目"),
    ("剩着没用的钱超过50万的项目", "结余超过50万的项目"),
    ("没花掉的钱在20万到50万之间的项目", "没花掉的钱在20万到50万之间的项目"),  # a listed phrase already: read as it is
    ("趴在账上的钱超过50万的项目", "结余超过50万的项目"),
    ("年初预算为零、后来追加的钱超过50万", "年初预算为零、后来追加的钱超过50万"),  # a top-up: no modifier of these
    ("年底还剩的钱超过10万的项目", "年底还剩的钱超过10万的项目"),  # 剩 between: not the year-end budget
    ("年初没给钱的项目", "年初没给钱的项目"),  # a negation between: a predicate of its own
])
def test_a_money_noun_named_by_the_word_before_it(question, written):
    assert money_named(question) == written


@pytest.mark.parametrize("question, written", [
    ("预算调整了的项目有哪些", "预算调整过的项目有哪些"),
    ("执行数超了全年预算的", "执行数超了全年预算的"),  # 超过 holds no particle: never swapped
    ("剩下的钱超过预算四分之一的项目", "剩下的钱超过预算四分之一的项目"),
    ("花了超过100万的项目", "花了超过100万的项目"),  # a two-character word: left as it is
])
def test_an_aspect_particle_said_the_other_way(question, written):
    assert listed_particles(question) == written


# ----- figures, changes and field words bound, on an invented county -------------------------------------------

@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY)


@pytest.mark.parametrize("question, where", [
    ("执行比不到0.6、年初预算又是零的项目",
     m.And((m.Compare(RATE, "<", m.Number(60.0, "0.6")), m.Compare(INITIAL, "=", m.Number(0.0, "零"))))),
    ("Which projects spent precisely their full-year budget even though that budget had been reduced from the initial figure?",
     m.And((m.Compare(EXECUTED, "=", ANNUAL), m.Compare(ANNUAL, "<", INITIAL)))),
    ("projects whose share of money spent is under half", m.Compare(RATE, "<", m.Number(50.0, "half"))),
    ("钱用掉的比例不到一半的项目", m.Compare(RATE, "<", m.Number(50.0, "一半"))),
    ("钱花出去的比例在九成五以上的项目", m.Compare(RATE, ">=", m.Number(95.0, "九成五"))),
    ("Which projects left over 300k yuan unspent?", m.Compare(UNSPENT, ">", m.Number(30.0, "300k yuan"))),
    ("Which projects had no indicator that lost any points, yet an execution-rate score short of its weight?",
     m.And((m.Not(ROW_LOST), m.Compare(m.Field("budget_score"), "<", m.Field("budget_weight"))))),
    ("Among projects with an initial budget of zero, which did not disburse their entire full-year budget?",
     m.And((m.Compare(INITIAL, "=", m.Number(0.0, "0")), m.Compare(RATE, "<", m.Number(100.0, "100"))))),
    ("which projects have an execution rate score below 10?", m.Compare(m.Field("budget_score"), "<", m.Number(10.0, "10"))),
    ("预算执行那一栏的分低于8分的项目", m.Compare(m.Field("budget_score"), "<", m.Number(8.0, "8分"))),
])
def test_each_figure_and_change_bound_to_its_field(reader, question, where):
    reading = reader.read(question)
    assert (reading.select.where, reading.unread) == (where, [])


@pytest.mark.parametrize("question, ranked", [
    ("一开始给的钱是零、但最后执行率没做到100%的有哪些", None),  # 最后 before a field: "in the end"
    ("执行率排在最后的项目", RATE),
])
def test_in_the_end_is_no_ranking(reader, question, ranked):
    assert reader.read(question).select.order_by == ranked


def test_a_weak_field_closing_a_comparison_lends_no_figure(reader):
    reading = reader.read("Which projects used under half of their money and have more than three flurbs?")
    assert (reading.select.where, reading.unread) == (m.Compare(RATE, "<", m.Number(50.0, "half")), ["more than three"])


def test_a_field_said_before_a_predicate_on_it_is_its_subject(reader):
    select = reader.read("全年预算数未执行完毕的项目中，结余最大的是哪一个？").select
    assert (select.where, select.order_by, select.limit) == (m.Compare(UNSPENT, ">", m.Number(0.0, "0")), UNSPENT, 1)


def test_a_state_nearly_reached_gives_way_to_its_figures(reader):
    where = reader.read("钱几乎花光、但又没有完全花完的项目（执行率在95%及以上、不到100%）").select.where
    assert m.Compare(RATE, "=", m.Number(100.0, "100")) not in where.items
    assert m.Compare(RATE, ">=", m.Number(95.0, "95%")) in where.items


def test_a_state_nearly_reached_alone_is_not_read_as_reached(reader):
    reading = reader.read("Which projects almost spent their whole budget?")
    assert reading is None or reading.unread == ["almost spent their whole budget"]


def test_a_restatement_repeating_the_heads_figure_keeps_the_heads_field(reader):
    select = reader.read("List projects whose budget-execution score is under 6, i.e. below 6 points.").select
    assert select.where == m.Compare(m.Field("budget_score"), "<", m.Number(6.0, "6"))


def test_a_share_asked_stays_a_statistic(reader):
    select = reader.read("What percentage spent less than half of their budget?").select
    assert (select.where, select.aggregate) == (None, m.Aggregate("share", condition=m.Compare(RATE, "<", m.Number(50.0, "half"))))


# ----- end to end over the bundled corpus (values from jixiao export --format json) ------------------------------

RAISED_UNDER_60 = ["人才健康体检", "人才活动", "杜行派出所公用事业费"]
CUT_SPENT_ALL = ["下发基层书报杂志费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社工点经费（平安办）",
                 "重精患者监护人奖励费（平安办）"]
UNSPENT_OVER_30 = ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "公安后勤及协管员经费（平安办）",
                   "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]
UNDER_HALF = ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
              "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


@pytest.mark.parametrize("question, names", [
    ("年中追加了预算，钱却没花到六成，哪些？", RAISED_UNDER_60),
    ("执行比不到0.6、年初预算又是零的项目", RAISED_UNDER_60),
    ("Which projects spent precisely their full-year budget even though that budget had been reduced from the initial figure?",
     CUT_SPENT_ALL),
    ("Which projects left over 300k yuan unspent?", UNSPENT_OVER_30),
    ("钱用掉的比例不到一半的项目", UNDER_HALF),
    ("projects whose share of money spent is under half", UNDER_HALF),
    ("被扣分超过5分（也就是100减总分大于5）的项目有哪些？名称里带（党群中心）的除外。",
     ["人才健康体检", "人才活动", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("List the projects whose unspent balance (full-year budget less actual execution) exceeds 50 (in 10,000 yuan), "
     "excluding any project with no expenditure whatsoever.", ["公安后勤及协管员经费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]),
    ("Which projects were allocated more during the year than initially budgeted, executed less than 90 percent, and are "
     "not the household-registry archive digitisation project?", RAISED_UNDER_60 + ["鲁汇派出所新址装修工程（平安办）"]),
    ("Among projects with an initial budget of zero, which did not disburse their entire full-year budget? Please "
     "disregard the household-registry archive digitisation project.", RAISED_UNDER_60),
    ("年初预算数和全年预算数不一样，但预算执行那10分全部拿到的项目有哪些？户籍档案那张除外。",
     ["下发基层书报杂志费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社工点经费（平安办）",
      "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "重精患者监护人奖励费（平安办）"]),
    ("钱几乎花光、但又没有完全花完的项目（执行率在95%及以上、不到100%），户籍档案那张数据有误不算，有哪些？",
     ["事业编残保金（党群中心）", "信访代理员经费（信）", "安保经费（平安办）", "平安志愿者经费（平安办）", "杜行派出所新址修缮工程（平安办）",
      "社工"]),
    ("全年预算比年初少、执行比又达到1的项目", CUT_SPENT_ALL),  # a ratio of 1 is the whole budget
    ("预算调整了、执行率又低于90%的项目", ["人才健康体检", "人才活动", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）"]),
    ("起初给的钱超过200万、钱花掉的比例又不到九成的项目",
     ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
])
def test_forms_of_each_binding(seed_store, question, names):
    assert names_of(asked(seed_store, question)) == sorted(names)


@pytest.mark.parametrize("questions, names", [
    (("执行率低于60%的项目有哪些？", "把执行数为零的去掉，还剩哪些？"),
     ["人才健康体检", "人才活动", "党建活动（党群中心）", "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费", "禁毒与反邪教（平安办）"]),
    (("which projects had their budget cut?", "and which of those got less than the full 10 for execution?"), ["安保经费（平安办）"]),
    (("哪些项目年中追加了预算？", "其中执行比不到0.5的呢"), ["人才健康体检", "人才活动"]),
])
def test_follow_ups_bind_the_same_way(seed_store, questions, names):
    assert names_of(asked(seed_store, *questions)) == names


def test_a_statistic_glossed_in_brackets(seed_store):
    answer = asked(seed_store, "What was the typical (median) full-year budget?")
    assert (round(answer.value, 2), answer.kind) == (68.27, "aggregate")  # (63.5 + 73.04) / 2


def test_the_largest_balance_among_forms_not_fully_spent(seed_store):
    answer = asked(seed_store, "全年预算数未执行完毕的项目中，结余（全年预算数减全年执行数）最大的是哪一个？")
    assert names_of(answer) == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
