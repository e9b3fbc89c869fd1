"""Round 11, statistics and negation: 过千万 / 过半, a missing amount (年初没预算, 还没花钱), lone change verbs (既没被砍也没追加,
neither cut nor topped up), a count pointing at named forms (质保金那两个), a fault given as the reason to leave a form out,
two statistics answered side by side, a statistic swapped in a follow-up (中位数呢), and the measure a predicate names."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.conversation import Conversation
from assistant.reader import QuestionReader
from assistant.saying import counts_a_thing
from support import INVENTED_COUNTY_WITH_TIMELINESS

NAMES = INVENTED_COUNTY_WITH_TIMELINESS  # none of its names occurs in the bundled corpus
CUT = m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))
RAISED = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))
AVG_RATE = m.Aggregate("avg", m.Field("execution_rate"))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES)


def _where(reader, question):
    reading = reader.read(question)
    assert reading.ignored == [], (question, reading.ignored)
    return reading.select.where


@pytest.mark.parametrize("question, value, printed", [
    ("年初预算过千万的项目", 1000.0, "千万"), ("全年预算过100万的有哪些", 100.0, "100万"), ("预算过一百万的项目有几个", 100.0, "一百万")])
def test_over_before_a_figure_is_more_than(reader, question, value, printed):
    where = _where(reader, question)
    assert (where.op, where.right) == (">", m.Number(value, printed))


@pytest.mark.parametrize("question", ["执行率过半的项目有几个", "执行率过半的有哪些"])
def test_over_half_is_more_than_fifty_percent(reader, question):
    assert _where(reader, question) == m.Compare(m.Field("execution_rate"), ">", m.Number(50.0, "一半"))


@pytest.mark.parametrize("question, field", [
    ("年初没预算的项目", "initial_budget"), ("年初预算没有钱的项目有哪些", "initial_budget"), ("年初没钱的项目有几个", "initial_budget"),
    ("还没花钱的项目", "executed"), ("哪些项目没支出", "executed"), ("还没有花钱的项目有哪些", "executed")])
def test_a_missing_amount_is_zero(reader, question, field):
    assert _where(reader, question) == m.Compare(m.Field(field), "=", m.Number(0.0, "0"))


def test_a_missing_amount_keeps_a_comparison_after_it(reader):
    where = _where(reader, "执行数没有超过预算的项目")
    assert where == m.Compare(m.Field("executed"), "<=", m.Field("annual_budget"))


@pytest.mark.parametrize("question", ["既没被砍也没追加的项目", "projects neither cut nor topped up",
                                      "projects that were not cut and not topped up", "Which projects had neither a cut nor a top-up?"])
def test_lone_change_verbs_negated_each(reader, question):
    assert _where(reader, question) == m.And((m.Not(CUT), m.Not(RAISED)))


@pytest.mark.parametrize("question, expected", [
    ("Which projects were not cut?", m.Not(CUT)), ("哪些项目没被砍", m.Not(CUT)), ("哪些项目被砍了", CUT),
    ("预算被砍了的项目", CUT), ("被调减预算的项目", CUT)])
def test_a_change_verb_alone_is_the_budget_change(reader, question, expected):
    assert _where(reader, question) == expected


def test_neither_nor_negates_names_too(reader):
    where = _where(reader, "projects neither tagged 城管办 nor tagged 环卫所")
    assert where == m.And((m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）")),
                           m.Not(m.Text(m.Field("project_name"), "suffix", "（环卫所）"))))


@pytest.mark.parametrize("question", ["不算城管办那两个，平均执行率是多少", "城管办这三个不算，平均执行率是多少"])
def test_a_count_pointing_at_named_forms_is_no_figure(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.select.aggregate, reading.ignored) == (
        m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）")), AVG_RATE, [])


@pytest.mark.parametrize("question", ["剩下没花的钱超过30万的项目有哪些？道路清扫那个数据有问题，不算",
                                      "剩下没花的钱超过30万的项目有哪些？道路清扫那个填错了，不算"])
def test_a_fault_given_as_the_reason_to_leave_a_form_out(reader, question):
    assert _where(reader, question) == m.And((m.Compare(m.Field("unspent"), ">", m.Number(30.0, "30万")),
                                              m.Not(m.Text(m.Field("project_name"), "contains", "道路清扫"))))


@pytest.mark.parametrize("question", ["平均执行率是多少？道路清扫经费不予考虑", "平均执行率是多少，道路清扫经费不纳入统计",
                                      "What is the average execution rate with 道路清扫经费 left out?"])
def test_closing_exclusions(reader, question):
    reading = reader.read(question)
    assert reading.select.aggregate == AVG_RATE
    assert reading.select.where == m.Not(m.Text(m.Field("project_name"), "equals", "道路清扫经费（环卫所）"))


@pytest.mark.parametrize("question, expected", [
    ("平均执行率和中位数分别是多少", ["avg", "median"]), ("执行率的平均值和中位数", ["avg", "median"]),
    ("全年预算的最大值和最小值分别是多少", ["max", "min"]), ("城管办项目全年预算的总额和平均值", ["sum", "avg"]),
    ("the mean and median total score of the 城管办 projects", ["avg", "median"]), ("平均执行率是多少", [])])
def test_two_statistics_are_answered_together(reader, question, expected):
    reading = reader.read(question)
    assert (reading.together, reading.statistics) == (expected, [])


def test_two_statistics_by_group_are_named_not_half_answered(reader):
    reading = reader.read("average and median budget by unit")
    assert (reading.together, reading.statistics) == ([], ["average and median"])


@pytest.mark.parametrize("question, function", [("中位数呢", "median"), ("what about the median?", "median"), ("那最大值呢", "max"),
                                                ("合计呢", "sum")])
def test_a_follow_up_swaps_the_statistic(reader, question, function):
    previous = m.Select(where=m.Text(m.Field("project_name"), "suffix", "（城管办）"), aggregate=m.Aggregate("avg", m.Field("total_score")))
    reading = reader.read(question, previous, [1, 2])
    assert (reading.select.where, reading.select.aggregate) == (previous.where, m.Aggregate(function, m.Field("total_score")))


def test_a_superlative_ranks_the_amount_its_predicate_names(reader):
    select = reader.read("钱没花完、剩得最多的是哪个项目").select
    assert (select.where, select.order_by, select.descending, select.limit) == (
        m.Compare(m.Field("unspent"), ">", m.Number(0.0, "0")), m.Field("unspent"), True, 1)


def test_a_count_before_indicators_counts_rows(reader):
    select = reader.read("average total score of forms with more than 8 indicators").select
    assert (select.where, select.aggregate) == (m.Compare(m.IndicatorCount(), ">", m.Number(8.0, "8")),
                                                m.Aggregate("avg", m.Field("total_score")))


@pytest.mark.parametrize("question, expected", [("how many not rated", False), ("how many weren't graded", False),
                                                ("how many devices were leased", True)])
def test_a_negation_after_how_many_opens_a_condition(question, expected):
    assert counts_a_thing(question) is expected


# ----- end to end on the bundled corpus; values read with `jixiao sql` -----

@pytest.mark.parametrize("question, value", [
    ("年初没预算、年中追加的那几个项目，全年预算加起来多少万元", 153.65),
    ("年初没预算、年中才给钱的那几个项目，一共给了多少？", 153.65),
    ("不算质保金那两个，党群中心的项目平均执行率是多少", 72.4867),
    ("Average total score once the projects with zero outturn are left out?", 98.2396),
    ("how many not rated", 6),
    ("预算过一百万的项目有几个？按全年预算算", 11),
    ("名称带（党群中心）的项目一共还剩多少没花", 106.34),
    ("平安办的预算占全镇总预算的百分之几", 63.8836),
    ("执行数没超预算的项目有几个", 27),
    ("信访办项目的平均总分和中位数是多少", 98.5667),
])
def test_values(seed_store, question, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.value == pytest.approx(value, abs=0.001), (question, answer.interpretation)


def test_both_statistics_are_in_the_answer(seed_store):
    answer = Conversation(seed_store, llm=None).ask("信访办项目的平均总分和中位数是多少")
    assert answer.text.splitlines()[:2] == ["平均：98.57 分（3 个项目）", "中位数：99.27 分（3 个项目）"]
    assert answer.sql.count(";\n") == 1


@pytest.mark.parametrize("question, names", [
    ("剩下没花的钱超过30万的项目有哪些？户籍档案那个数据有问题，不算",
     {"社工", "党建活动（党群中心）", "下拨经费（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "鲁汇派出所新址装修工程（平安办）", "公安后勤及协管员经费（平安办）", "人才活动"}),
    ("执行率低于百分之五十，而且年初预算里本来就安排了资金的项目，都有哪些？",
     {"党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"}),
    ("年初预算过千万的是哪几个", {"社工", "图像视频监控系统租赁经费（平安办）"}),
    ("平安办名下没有可持续影响指标的项目，执行率100%的不算",
     {"平安志愿者经费（平安办）", "鲁汇派出所新址装修工程（平安办）", "公安后勤及协管员经费（平安办）", "杜行派出所新址修缮工程（平安办）"}),
    ("钱没花完、剩得最多的是哪个项目", {"浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"}),
])
def test_sets(seed_store, question, names):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert {r.project_name for r in answer.records} == names, (question, answer.interpretation)


@pytest.mark.parametrize("first, then, expected", [
    ("平安办项目的平均执行率", "中位数呢", 99.66),
    ("average utilisation of the 平安办-tagged forms", "what about the median?", 99.66),
    ("信访办项目全年预算合计", "中位数是多少", 73.04),
])
def test_statistic_swapped_in_a_follow_up(seed_store, first, then, expected):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask(first)
    assert conversation.ask(then).value == pytest.approx(expected, abs=0.001)


def test_an_order_after_a_swap_word_ranks_the_last_answer(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("党群中心的项目各还剩多少钱没花")
    answer = conversation.ask("那剩得最多的是哪个")
    assert [r.project_name for r in answer.records] == ["党建活动（党群中心）"]


@pytest.mark.parametrize("question, expected", [("总分低于95分的项目有几个，占多少比例", ["count", "share"]),
                                                ("How many projects spent less than half, and what share of all projects is that?",
                                                 ["count", "share"]),
                                                ("执行率低于90%的项目占多少比例", [])])
def test_a_count_and_a_share_are_answered_together(reader, question, expected):
    assert reader.read(question).together == expected


def test_the_count_and_the_share_of_the_same_forms(seed_store):
    answer = Conversation(seed_store, llm=None).ask("总分低于95分的项目有几个，占多少比例")
    assert answer.value == 6
    assert answer.text.splitlines()[:2] == ["数量：6（6 个项目）", "占比：21.43%（28 个项目）"]


@pytest.mark.parametrize("question", ["哪些项目追加", "目标值大于100的指标"])
def test_a_bare_change_word_and_a_figure_before_indicator_rows_keep_their_reading(reader, question):
    reading = reader.read(question)
    where = reading.select.where if reading is not None else None
    assert not isinstance(where, m.Compare) or where.left != m.IndicatorCount()
    assert reading is None or question != "哪些项目追加" or "追加" in reading.ignored


@pytest.mark.parametrize("question, expected", [
    ("没有结余的项目有哪些", m.Compare(m.Field("unspent"), "<=", m.Number(0.0, "0"))),
    ("Which projects have no money left?", m.Compare(m.Field("unspent"), "<=", m.Number(0.0, "0"))),
    ("projects with no spending", m.Compare(m.Field("executed"), "=", m.Number(0.0, "0"))),
    ("哪些项目不在城管办名下", m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）"))),
])
def test_nothing_left_and_not_under(reader, question, expected):
    assert _where(reader, question) == expected


@pytest.mark.parametrize("question", ["扣除没花钱的三个项目后，平均执行率是多少", "除去一分钱没花的那三个，平均执行率多少"])
def test_a_count_after_a_predicate_points_at_its_forms(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.select.aggregate, reading.ignored) == (
        m.Compare(m.Field("executed"), "!=", m.Number(0.0, "0")), AVG_RATE, [])


@pytest.mark.parametrize("question, expected", [("总分在99分以上的有多少个项目，平均执行率多少", ["count", "avg"]),
                                                ("How many projects are tagged 城管办 and what is their median execution rate?",
                                                 ["count", "median"]),
                                                ("平均每个项目有多少个指标", []), ("一共有多少个项目", [])])
def test_a_count_beside_a_statistic(reader, question, expected):
    assert reader.read(question).together == expected


def test_a_count_beside_a_statistic_end_to_end(seed_store):
    answer = Conversation(seed_store, llm=None).ask("信访办有几个项目，平均总分是多少")
    assert answer.value == 3
    assert answer.text.splitlines() == ["数量：3（3 个项目）", "平均：98.57 分（3 个项目）"]


def test_a_short_name_part_before_the_forms_noun_is_excluded(seed_store):
    answer = Conversation(seed_store, llm=None).ask("去掉质保金项目后，党群中心的平均执行率")
    assert answer.value == pytest.approx(72.4867, abs=0.001)


POOLED = m.Aggregate("pooled", m.Arith("/", m.Field("executed"), m.Field("annual_budget")))


@pytest.mark.parametrize("question, expected", [
    ("城管办的整体执行率是多少", POOLED), ("城管办项目合计的执行率", POOLED), ("城管办项目总体的执行率", POOLED),
    ("执行率合计是多少", POOLED), ("what was the total execution of the 城管办 projects", m.Aggregate("sum", m.Field("executed"))),
    ("城管办整体的预算是多少", m.Aggregate("sum", m.Field("annual_budget"))),
    ("城管办里执行率最低的三个一共花了多少钱", m.Aggregate("sum", m.Field("executed")))])
def test_a_rate_taken_together_is_total_over_total(reader, question, expected):
    assert reader.read(question).select.aggregate == expected


@pytest.mark.parametrize("question, value", [("平安办的整体执行率是多少", 89.1515), ("信访办三个项目合计的执行率", 93.6575)])
def test_pooled_rates(seed_store, question, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert (answer.value, answer.unit) == (pytest.approx(value, abs=0.001), "%")
    assert "100.0 * SUM(f.executed) / NULLIF(SUM(f.annual_budget), 0)" in answer.sql


def test_pooled_rates_by_group(seed_store):
    answer = Conversation(seed_store, llm=None).ask("各标注的整体执行率")
    assert [row[:2] for row in answer.rows] == [["—", "11,269.34"], ["信", "93.66"], ["平安办", "89.15"], ["党群中心", "57.71"]]


@pytest.mark.parametrize("question, value", [("平均每个项目有几个时效指标", 0.75), ("平安办的项目平均每个有几个满意度指标", 1.5),
                                             ("On average, how many timeliness indicators does a form have?", 0.75)])
def test_a_class_counted_per_form(seed_store, question, value):
    assert Conversation(seed_store, llm=None).ask(question).value == pytest.approx(value)


TIMELY = m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标"))


@pytest.mark.parametrize("question", ["时效指标和满意度指标都没有的项目", "既没有时效指标也没有满意度指标的项目"])
def test_every_item_of_a_lacking_list_is_negated(reader, question):
    assert _where(reader, question) == m.And((
        m.Not(TIMELY), m.Not(m.HasIndicator(m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")))))


@pytest.mark.parametrize("question, names", [
    ("党群中心的项目里面，哪些不是质保金", {"党建活动（党群中心）", "下拨经费（党群中心）", "事业编残保金（党群中心）"}),
    ("哪几个项目不是百分之百完成的", None),
])
def test_a_short_name_part_after_a_negation(seed_store, question, names):
    answer = Conversation(seed_store, llm=None).ask(question)
    if names is None:
        assert len(answer.records) == 19, answer.interpretation  # execution rate below 100%
    else:
        assert {r.project_name for r in answer.records} == names


@pytest.mark.parametrize("follow_up", ["list them, excl. the two warranty-retention (质保金) ones", "list them, excluding the two 质保金 ones"])
def test_an_exclusion_of_forms_described_in_a_follow_up(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("how many not rated")
    answer = conversation.ask(follow_up)
    assert {r.project_name for r in answer.records} == {"社工", "党建活动（党群中心）", "下拨经费（党群中心）", "事业编残保金（党群中心）"}


def test_rated_projects_have_a_grade(seed_store):
    answer = Conversation(seed_store, llm=None).ask(
        "Which rated projects had a final appropriation above 1 million yuan yet absorbed under 90% of it?")
    assert {r.project_name for r in answer.records} == {
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）", "公安后勤及协管员经费（平安办）"}


@pytest.mark.parametrize("first, then, value", [
    ("执行率低于90%的项目平均总分", "其中平安办的呢", 94.79), ("信访办项目全年预算合计", "其中执行率低于95%的呢", 296.53)])
def test_a_narrowing_closing_on_ne_keeps_the_statistic(seed_store, first, then, value):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask(first)
    assert conversation.ask(then).value == pytest.approx(value, abs=0.001)


@pytest.mark.parametrize("question", ["总分的中间值是多少", "What is the middle value of the total scores?"])
def test_median_synonyms(reader, question):
    assert reader.read(question).select.aggregate == m.Aggregate("median", m.Field("total_score"))


def test_a_fault_between_a_named_form_and_its_exclusion(seed_store):
    answer = Conversation(seed_store, llm=None).ask("执行率中位数多少？户籍档案那个数填错了，不算它")
    assert answer.value == pytest.approx(95.53)


@pytest.mark.parametrize("question, value", [("信访办几个项目的总分平均是多少？", 98.5667)])
def test_a_count_word_pointing_at_named_forms_is_no_second_statistic(seed_store, question, value):
    assert Conversation(seed_store, llm=None).ask(question).value == pytest.approx(value, abs=0.001)


def test_overall_before_a_grade_is_no_statistic(seed_store):
    answer = Conversation(seed_store, llm=None).ask("Which forms carry no overall grade at all?")
    assert len(answer.records) == 6


@pytest.mark.parametrize("question, expected", [
    ("哪些项目从来没被调整过预算", m.Not(m.Compare(m.Field("annual_budget"), "!=", m.Field("initial_budget")))),
    ("有哪些项目的钱一点没动", m.Compare(m.Field("executed"), "=", m.Number(0.0, "0"))),
    ("Which projects have not yet spent any money?", m.Compare(m.Field("executed"), "=", m.Number(0.0, "0"))),
    ("Which projects have yet to be graded?", m.Text(m.Field("grade"), "missing")),
    ("哪些项目并未追加预算", m.Not(RAISED)),
])
def test_negations_said_other_ways(reader, question, expected):
    assert _where(reader, question) == expected


@pytest.mark.parametrize("question, value", [("What fraction of the budget did the 平安办 projects account for?", 63.8836),
                                             ("What share of the budget went to the 信访办 projects?", 4.5824)])
def test_shares_of_the_money_and_of_the_forms(seed_store, question, value):
    assert Conversation(seed_store, llm=None).ask(question).value == pytest.approx(value, abs=0.001)


@pytest.mark.parametrize("question, value", [("信访办三个项目里，执行率最高的跟最低的差多少", 31.93), ("总分最高的项目比最低的高多少分", 10.0),
                                             ("What is the difference between the highest and the lowest total score?", 10.0)])
def test_the_gap_between_both_ends_is_the_range(seed_store, question, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.value == pytest.approx(value, abs=0.001)
    assert "MAX(" in answer.sql and "MIN(" in answer.sql


def test_both_ends_without_a_gap_are_listed(reader):
    select = reader.read("执行率最高和最低的分别是哪个项目").select
    assert (select.both_ends, select.aggregate) == (True, None)


def test_two_statistics_joined_by_a_comma(reader):
    assert reader.read("党群中心项目的执行率中位数是多少，平均数呢").together == ["median", "avg"]


@pytest.mark.parametrize("question, op", [("How many projects have 5 indicators or fewer?", "<="), ("forms with 10 indicators or more", ">="),
                                          ("forms with 4 indicators", "=")])
def test_a_bound_after_the_indicator_noun(reader, question, op):
    where = reader.read(question).select.where
    assert (where.left, where.op) == (m.IndicatorCount(), op)


@pytest.mark.parametrize("question, value", [("没评等级的那些项目里，总分最高是多少", 99.67), ("名字里没带括号的项目有几个", 6)])
def test_held_aside_negations(seed_store, question, value):
    assert Conversation(seed_store, llm=None).ask(question).value == pytest.approx(value)


def test_a_negated_change_then_another_condition(seed_store):
    answer = Conversation(seed_store, llm=None).ask("平安办的项目中，预算没追加过、执行率也没到100%的有哪些")
    assert {r.project_name for r in answer.records} == {
        "安保经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）", "禁毒与反邪教（平安办）",
        "公安后勤及协管员经费（平安办）"}


def test_a_share_of_a_budget_spent_is_the_pooled_rate(seed_store):
    answer = Conversation(seed_store, llm=None).ask("What percent of the 平安办 budget was actually spent?")
    assert answer.value == pytest.approx(89.1515, abs=0.001)


def test_a_share_of_forms_comparing_the_two_amounts_stays_a_share(seed_store):
    answer = Conversation(seed_store, llm=None).ask("百分之多少的项目花的钱超过了预算")
    assert answer.value == pytest.approx(3.5714, abs=0.001)
