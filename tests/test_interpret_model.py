"""Unit tests of the query model's reader: lexicon, recognisers and composition, on a store nobody has seen."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.compose import Composer
from assistant.lexicon import load
from assistant.reader import QuestionReader
from assistant.recognise import Recogniser, StoreNames, cn_number
from support import unprinted as strip_printed

# An invented county: no name here occurs in the bundled corpus, so nothing can lean on it.
NAMES = StoreNames(
    units=["江南省青石县城市管理执法大队", "青石县图书馆"],
    departments=["青石县文化和旅游局"],
    tags=["城管办", "文"],
    classes={"产出指标": "level1", "效益指标": "level1", "满意度指标": "level1", "数量指标": "level2",
             "时效指标": "level2", "服务对象满意度指标": "level2"},
    grades=["优", "良"],
    years=[2021, 2022],
)


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES)


def rate(op: str, value: float) -> m.Compare:
    return m.Compare(m.Field("execution_rate"), op, m.Number(value, ""))


def where_of(reader: QuestionReader, question: str):
    reading = reader.read(question)
    assert reading is not None, question
    return reading.select




def test_lexicon_is_data_with_fields_and_phrases():
    lexicon = load()
    assert lexicon.fields["unspent"].unit == "万元"
    assert lexicon.fields["indicator.weight"].entity == "indicator"
    assert lexicon.keys("field")["disbursed"] == "executed"
    assert lexicon.keys("aggregate")["中位数"] == "median"
    assert lexicon.names_en["petition office"] == "信访办"


@pytest.mark.parametrize("text, value", [("七十", 70.0), ("一百二十", 120.0), ("两", 2.0), ("十万", 100000.0), ("x", None)])
def test_chinese_numerals(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("question, value, unit", [
    ("七成", 70.0, "percent"), ("百分之五十", 50.0, "percent"), ("一半", 50.0, "percent"), ("a quarter", 25.0, "percent"),
    ("100万元", 100.0, "amount"), ("1 million yuan", 100.0, "amount"), ("1,000,000元", 100.0, "amount"),
    ("500,000 yuan", 50.0, "amount"), ("95分", 95.0, "score"), ("三分之一", 100 / 3, "percent"), ("10个", 10.0, "count"),
])
def test_numbers_as_people_write_them(question, value, unit):
    tokens, _ = Recogniser(load(), NAMES).tokens(question)
    numbers = [t for t in tokens if t.kind == "number"]
    assert len(numbers) == 1 and numbers[0].unit == unit
    assert numbers[0].value == pytest.approx(value)


def test_store_names_become_tokens():
    tokens, gaps = Recogniser(load(), NAMES).tokens("城市管理执法大队和（文）的项目")
    assert [(t.kind, t.key) for t in tokens if t.kind != "stop"] == [
        ("unit", "城市管理执法大队"), ("tag", "文"), ("noun", "form")]
    assert gaps == []


@pytest.mark.parametrize("question, expected", [
    ("执行率不到七成的项目", rate("<", 70.0)),
    ("执行率低于0.7的项目", rate("<", 70.0)),
    ("which projects used under half of their money", rate("<", 50.0)),
    ("全年预算比年初预算增加的项目", m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))),
    ("projects whose annual budget is below the initial budget", m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))),
    ("结余超过50万元的项目", m.Compare(m.Field("unspent"), ">", m.Number(50.0))),
    ("projects with more than 1 million yuan unspent", m.Compare(m.Field("unspent"), ">", m.Number(100.0))),
    ("没有时效指标的项目", m.Not(m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标")))),
    ("指标超过8个的项目", m.Compare(m.IndicatorCount(), ">", m.Number(8.0))),
    ("forms with more than 2 satisfaction indicators",
     m.Compare(m.IndicatorCount(m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")), ">", m.Number(2.0))),
    ("有分值为0的指标的项目", m.HasIndicator(m.Compare(m.Field("weight", "indicator"), "=", m.Number(0.0)))),
    ("没有评级的项目", m.Text(m.Field("grade"), "missing")),
    ("除城市管理执法大队以外的项目", m.Not(m.Text(m.Field("implementing_unit"), "contains", "城市管理执法大队"))),
    ("名称带（文）的项目", m.Text(m.Field("project_name"), "suffix", "（文）")),
    ("城管办 projects whose execution rate is not 100%", m.And((
        m.Text(m.Field("project_name"), "suffix", "（城管办）"), rate("!=", 100.0)))),
    ("budgets between 0.5 and 2 million yuan", m.And((
        m.Compare(m.Field("annual_budget"), ">=", m.Number(50.0)), m.Compare(m.Field("annual_budget"), "<=", m.Number(200.0))))),
    ("forms with a 100% execution rate", rate("=", 100.0)),
    ("总分不是满分的项目", m.Compare(m.Field("total_score"), "!=", m.Field("total_weight"))),
    ("执行数占预算不到三成的项目", m.Compare(m.Arith("*", m.Number(100.0), m.Arith("/", m.Field("executed"), m.Field("annual_budget"))),
                                "<", m.Number(30.0))),
    ("执行率高于平均水平的项目", m.Compare(m.Field("execution_rate"), ">", m.Overall("avg", m.Field("execution_rate")))),
    ("预算调增超过10万的项目", m.Compare(m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget")), ">", m.Number(10.0))),
    ("forms of 2022 with a total score below 95", m.And((
        m.Compare(m.Field("year"), "=", m.Number(2022.0)), m.Compare(m.Field("total_score"), "<", m.Number(95.0))))),
    ("城管办、图书馆的项目", m.Or((m.Text(m.Field("project_name"), "suffix", "（城管办）"),
                              m.Text(m.Field("implementing_unit"), "contains", "图书馆")))),
    ("2022年评级为良且执行率在60%以下的项目", m.And((
        m.Compare(m.Field("year"), "=", m.Number(2022.0)), m.Text(m.Field("grade"), "equals", "良"), rate("<=", 60.0)))),
])
def test_conditions(reader, question, expected):
    select = where_of(reader, question)
    assert strip_printed(select.where) == strip_printed(expected)
    assert select.aggregate is None


@pytest.mark.parametrize("question, function, expr, entity", [
    ("总分的中位数", "median", m.Field("total_score"), "forms"),
    ("what is the average execution rate", "avg", m.Field("execution_rate"), "forms"),
    ("满意度指标下有多少个三级指标", "count", None, "indicators"),
    ("图书馆有几个项目", "count", None, "forms"),
    ("全年执行数合计", "sum", m.Field("executed"), "forms"),
])
def test_statistics(reader, question, function, expr, entity):
    select = where_of(reader, question)
    assert (select.aggregate.function, select.aggregate.expr, select.entity) == (function, expr, entity)


def test_a_weak_of_joins_no_fields(reader):
    select = where_of(reader, "average execution ratio of projects with an appropriation over 1 million yuan")
    assert strip_printed(select.where) == strip_printed(m.Compare(m.Field("annual_budget"), ">", m.Number(100.0)))
    assert select.aggregate == m.Aggregate("avg", m.Field("execution_rate"))


def test_share_over_a_scope(reader):
    select = where_of(reader, "城管办项目中执行率低于60%的占比")
    assert select.where == m.Text(m.Field("project_name"), "suffix", "（城管办）")
    assert strip_printed(select.aggregate.condition) == strip_printed(rate("<", 60.0))


def test_share_takes_the_conditions_as_its_own():
    select = where_of(QuestionReader(NAMES), "执行率低于60%的项目占比多少")
    assert select.where is None
    assert strip_printed(select.aggregate.condition) == strip_printed(rate("<", 60.0))


def test_order_limit_and_ties(reader):
    top = where_of(reader, "结余最多的3个项目")
    assert (top.order_by, top.descending, top.limit, top.ties) == (m.Field("unspent"), True, 3, False)
    single = where_of(reader, "which form has the fewest indicators")
    assert (single.order_by, single.descending, single.limit, single.ties) == (m.IndicatorCount(), False, 1, True)


def test_sorting_and_group_picks(reader):
    ordered = where_of(reader, "执行率低于60%的项目，按执行率从低到高排序")
    assert (ordered.order_by, ordered.descending, ordered.limit) == (m.Field("execution_rate"), False, None)
    picked = where_of(reader, "哪个单位的项目最多")
    assert (picked.group_by, picked.aggregate, picked.limit, picked.descending) == (
        m.Field("implementing_unit"), m.Aggregate("count"), 1, True)


def test_grouping(reader):
    select = where_of(reader, "各实施单位的平均总分")
    assert select.group_by == m.Field("implementing_unit")
    assert select.aggregate == m.Aggregate("avg", m.Field("total_score"))


def test_unread_parts_are_named(reader):
    reading = reader.read("执行率低于60%且有宣传活动的项目")
    assert strip_printed(reading.select.where) == strip_printed(rate("<", 60.0))
    assert reading.ignored == ["宣传活动"]


def test_follow_up_narrows_the_previous_select(reader):
    first = where_of(reader, "城管办的项目")
    follow = reader.read("其中执行率低于50%的", previous=first, previous_ids=[4, 5])
    assert follow.follow_up
    assert strip_printed(follow.select.where) == strip_printed(m.And((first.where, rate("<", 50.0))))
    after_a_list = reader.read("其中总分最低的", previous=m.Select(order_by=m.Field("total_score"), limit=1), previous_ids=[4, 5])
    assert after_a_list.select.where == m.FormIds((4, 5))


def test_nothing_to_select_is_none(reader):
    assert reader.read("你好") is None
    assert Composer(load(), NAMES.classes, NAMES.years).compose([], []) is None


def test_model_round_trips_through_json():
    select = m.Select(where=m.And((rate("<", 60.0), m.Not(m.HasIndicator(None)))), aggregate=m.Aggregate("median", m.Field("total_score")),
                      group_by=m.Field("grade"))
    assert m.from_data(m.to_data(select)) == select
    with pytest.raises(ValueError, match="unknown query node 'Drop'"):
        m.from_data({"node": "Drop"})
    with pytest.raises(ValueError, match="unknown operator"):
        m.Compare(m.Field("year"), "LIKE", m.Number(1))


def test_conditions_from_lexicon_entries():
    from assistant import conditions

    assert conditions.predicate("annual_budget > initial_budget") == m.Compare(
        m.Field("annual_budget"), ">", m.Field("initial_budget"))
    assert conditions.predicate("indicator: deviation present") == m.HasIndicator(
        m.Text(m.Field("deviation", "indicator"), "present"))
    assert conditions.predicate("total_score != budget_score + indicator.sum.score") == m.Compare(
        m.Field("total_score"), "!=", m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score")))
    assert conditions.difference(m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))) == m.Arith(
        "-", m.Field("initial_budget"), m.Field("annual_budget"))
    assert conditions.negate(rate("<", 60.0)) == rate(">=", 60.0)
    assert conditions.negate(m.Text(m.Field("grade"), "missing")) == m.Not(m.Text(m.Field("grade"), "missing"))


def _ratio_of(left: str, right: str) -> m.Arith:
    return m.Arith("*", m.Number(100.0), m.Arith("/", m.Field(left), m.Field(right)))


BUDGET_CUT = m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))
BUDGET_RAISED = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))


@pytest.mark.parametrize("question, expected", [
    # a figure against a share of another figure
    ("花掉的钱不到拨款的六成的项目", m.Compare(_ratio_of("executed", "annual_budget"), "<", m.Number(60.0))),
    ("执行数低于预算的一半的项目", m.Compare(_ratio_of("executed", "annual_budget"), "<", m.Number(50.0))),
    ("projects that spent something but less than half of their budget",
     m.And((m.Compare(m.Field("executed"), ">", m.Number(0.0)), rate("<", 50.0)))),
    # English and Chinese verbs of budget change
    ("projects that ended the year with a larger budget than they started with", BUDGET_RAISED),
    ("which forms got a top-up", BUDGET_RAISED),
    ("被压减预算的项目", BUDGET_CUT),
    ("城管办 projects with a mid-year budget cut and a 100% execution rate", m.And((
        m.Text(m.Field("project_name"), "suffix", "（城管办）"), BUDGET_CUT, rate("=", 100.0)))),
    # a blank column
    ("哪些表没有填写评分等级", m.Text(m.Field("grade"), "missing")),
    ("forms that left the grade blank", m.Text(m.Field("grade"), "missing")),
    ("which form fills in the deviation-reason column", m.HasIndicator(m.Text(m.Field("deviation", "indicator"), "present"))),
    ("填写了偏差原因分析的项目", m.HasIndicator(m.Text(m.Field("deviation", "indicator"), "present"))),
    # "did not reach" is a negated >=
    ("城管办 projects that did not reach 90% execution", m.And((
        m.Text(m.Field("project_name"), "suffix", "（城管办）"), rate("<", 90.0)))),
    ("projects that reached 95% execution", rate(">=", 95.0)),
])
def test_round_two_conditions(reader, question, expected):
    select = where_of(reader, question)
    assert strip_printed(select.where) == strip_printed(expected)


@pytest.mark.parametrize("question, expr", [
    ("How much budget is left unspent in total across the 城管办 projects?", m.Field("unspent")),
    ("城管办项目的预算结余合计是多少", m.Field("unspent")),
    ("How much did 城管办 disburse in total?", m.Field("executed")),
])
def test_a_field_before_its_measure_is_its_subject(reader, question, expr):
    select = where_of(reader, question)
    assert select.aggregate == m.Aggregate("sum", expr)
    assert select.where == m.Text(m.Field("project_name"), "suffix", "（城管办）")


def test_a_condition_written_twice_counts_once(reader):
    select = where_of(reader, "Summed over the projects whose budget was reduced, by how much were budgets reduced in total?")
    assert select.where == BUDGET_CUT
    assert select.aggregate == m.Aggregate("sum", m.Arith("-", m.Field("initial_budget"), m.Field("annual_budget")))


@pytest.mark.parametrize("question, nearly_all, ignored", [
    ("哪些项目没有设置时效指标？", True, []),  # 没有设置 is a negation (round 10)
    ("Which projects give a timeliness indicator (时效指标) a weight of 20 points or more?", True, []),
    ("满意度目标定为85%的是哪个项目", True, ["定"]),
    ("哪些项目的经费拖到2023年才支付", False, None),
])
def test_loose_words_left_over(reader, question, nearly_all, ignored):
    reading = reader.read(question)
    assert reading is not None
    assert reading.reads_nearly_all() is nearly_all
    if ignored is not None:
        assert reading.ignored == ignored


PARTS = m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score"))


@pytest.mark.parametrize("question, op", [
    ("总分与执行率得分加各项指标得分之和不一致的表有几张", "!="),
    ("总分等于执行率得分加指标得分之和的项目有几个", "="),
    ("forms whose total score differs from the budget score plus the indicator scores", "!="),
])
def test_a_total_against_the_sum_of_its_parts(reader, question, op):
    select = where_of(reader, question)
    assert select.where == m.Compare(m.Field("total_score"), op, PARTS)


def test_a_printed_figure_of_a_form_named_in_full():
    reader = QuestionReader(StoreNames(tags=["文"], projects=["青石县古籍修复经费（文）"], years=[2022]))
    select = where_of(reader, "What is the final full-year appropriation of 青石县古籍修复经费（文）?")
    assert select.where == m.Text(m.Field("project_name"), "equals", "青石县古籍修复经费（文）")
    assert select.shown == [m.Field("annual_budget")]


@pytest.mark.parametrize("question", ["城管办项目的偏差原因", "What deviation reason do the 城管办 projects give?"])
def test_an_indicator_text_column_named_is_rows_where_it_is_filled(reader, question):
    select = where_of(reader, question)
    assert select.where == m.And((m.Text(m.Field("project_name"), "suffix", "（城管办）"),
                                  m.HasIndicator(m.Text(m.Field("deviation", "indicator"), "present"))))


def test_glosses_and_sums_of_parts_from_tokens():
    from assistant.conditions import sum_of_parts
    from assistant.unread import gloss, meaningful

    tokens, _ = Recogniser(load(), NAMES).tokens("timeliness indicator (时效指标) and 执行率得分加各项指标得分 (城管办)")
    tokens = [t for t in tokens if t.kind != "stop"]
    kinds = [t.kind for t in tokens]
    assert kinds == ["class", "bracket", "field", "plus", "field", "tag"]
    assert gloss(tokens, 1, NAMES.classes) is True
    assert meaningful(tokens[5]) is True and meaningful(tokens[3]) is False
    assert sum_of_parts(tokens, 2) == (m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score")), 5)
    assert sum_of_parts(tokens, 0) is None


UNSPENT_LEFT = m.Compare(m.Field("unspent"), ">", m.Number(0.0))
NOTHING_SPENT = m.Compare(m.Field("executed"), "=", m.Number(0.0))
NO_TAG = m.Text(m.Field("office_tag"), "missing")
ROW_BELOW_WEIGHT = m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))


@pytest.mark.parametrize("question, expected", [
    # budget verbs with an aspect particle: 调减了预算 is 预算调减
    ("年中调减了预算的城管办项目", m.And((BUDGET_CUT, m.Text(m.Field("project_name"), "suffix", "（城管办）")))),
    ("上调了预算的项目", BUDGET_RAISED),
    # money left over, and nothing spent however it is said
    ("还有结余的项目", UNSPENT_LEFT),
    ("projects with some money left over", UNSPENT_LEFT),
    ("一分钱都没花的项目", NOTHING_SPENT),
    ("城管办一分钱也没用出去的项目", m.And((m.Text(m.Field("project_name"), "suffix", "（城管办）"), NOTHING_SPENT))),
    # a name without its bracketed tag
    ("名称不带标签的项目", NO_TAG),
    ("untagged projects", NO_TAG),
    # a grade not stated
    ("forms that do not state a grade", m.Text(m.Field("grade"), "missing")),
    # an indicator short of its full weight
    ("projects that scored below full marks on some indicator", ROW_BELOW_WEIGHT),
    ("forms with an indicator scoring less than the full weight", ROW_BELOW_WEIGHT),
    # exclusion of a unit in English wordings
    ("projects not run by 青石县图书馆 with an execution rate under 50%", m.And((
        m.Not(m.Text(m.Field("implementing_unit"), "contains", "青石县图书馆")), rate("<", 50.0)))),
    # indicator rows with a weight of zero, asked where they appear
    ("分值为0的指标出现在哪些项目", m.HasIndicator(m.Compare(m.Field("weight", "indicator"), "=", m.Number(0.0)))),
])
def test_round_three_conditions(reader, question, expected):
    reading = reader.read(question)
    assert reading is not None and reading.ignored == [], (question, reading and reading.ignored)
    assert strip_printed(reading.select.where) == strip_printed(expected)


@pytest.mark.parametrize("question", [
    "Leaving out 青石县古籍修复经费（文）, how much was executed in total across the other forms, in 万元?",
    "不计青石县古籍修复经费（文），其余项目全年执行数合计多少万元",
])
def test_a_project_left_out_of_a_total(question):
    reader = QuestionReader(StoreNames(tags=["文"], projects=["青石县古籍修复经费（文）"], years=[2022]))
    reading = reader.read(question)
    assert reading.ignored == []
    assert reading.select.where == m.Not(m.Text(m.Field("project_name"), "equals", "青石县古籍修复经费（文）"))
    assert reading.select.aggregate == m.Aggregate("sum", m.Field("executed"))


@pytest.mark.parametrize("question", [
    "What is the unspent balance (annual budget minus amount executed) of 青石县古籍修复经费（文）?",
    "青石县古籍修复经费（文）的结余（全年预算数减去全年执行数）是多少",
])
def test_a_measure_written_with_its_definition_is_one_figure(question):
    reader = QuestionReader(StoreNames(tags=["文"], projects=["青石县古籍修复经费（文）"], years=[2022]))
    select = where_of(reader, question)
    assert select.where == m.Text(m.Field("project_name"), "equals", "青石县古籍修复经费（文）")
    assert select.shown == [m.Field("unspent")]


@pytest.mark.parametrize("question, shown", [
    ("青石县古籍修复经费（文）实际支出了多少万元", m.Field("executed")),
    ("青石县古籍修复经费（文）的全年预算是多少钱", m.Field("annual_budget")),
])
def test_how_many_wan_yuan_asks_for_an_amount_not_a_count(question, shown):
    reader = QuestionReader(StoreNames(tags=["文"], projects=["青石县古籍修复经费（文）"], years=[2022]))
    select = where_of(reader, question)
    assert select.aggregate is None and select.shown == [shown]
