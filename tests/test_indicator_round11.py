"""Round 11: indicator conditions, numbers as people write them and several conditions at once, in both languages."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.bounds import inclusion
from assistant.printed_as import printed_figures
from assistant.reader import QuestionReader
from assistant.spoken_over import over_a_figure
from assistant.recognise import Token
from support import INVENTED_COUNTY_WITH_TIMELINESS

NAMES = INVENTED_COUNTY_WITH_TIMELINESS  # none of its names occurs in the bundled corpus
BUDGET = m.Field("annual_budget")
RATE = m.Field("execution_rate")
TIMELINESS = m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标"))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES)


def names(answer) -> list[str]:
    return [record.project_name for record in answer.records]


# ----- bounds: 过/超/破 before a figure, (不含) / (exclusive) after a bound -----------------------------------------

def test_a_bare_bound_word_before_a_figure_is_the_comparison():
    tokens = [Token("field", "annual_budget", 0, 2, "预算"), Token("stop", "stop", 2, 3, "超"),
              Token("number", "", 3, 6, "一百万", 100.0, "amount")]
    assert [(t.kind, t.key) for t in over_a_figure(tokens, {"过": ">", "超": ">"})] == [("field", "annual_budget"), ("op", ">"),
                                                                           ("number", "")]


def test_a_bound_word_not_before_a_figure_stays_glue():
    tokens = [Token("predicate", "annual_budget > initial_budget", 0, 2, "追加"), Token("stop", "stop", 2, 3, "过"),
              Token("field", "annual_budget", 3, 5, "预算")]
    assert [t.kind for t in over_a_figure(tokens, {"过": ">", "超": ">"})] == ["predicate", "stop", "field"]


def test_an_exclusion_after_a_bound_makes_it_strict():
    tokens = [Token("field", "execution_rate", 0, 3, "执行率"), Token("number", "", 3, 6, "90%", 90.0, "percent"),
              Token("op_after", ">=", 6, 8, "以上"), Token("not", "not", 9, 11, "不含"),
              Token("number", "", 11, 14, "90%", 90.0, "percent")]
    read = inclusion(tokens, {"不含"}, {"含"})
    assert [(t.kind, t.key) for t in read] == [("field", "execution_rate"), ("number", ""), ("op_after", ">")]


@pytest.mark.parametrize("question, op, printed", [
    ("预算过一百万的项目", ">", "一百万"), ("全年预算超百万的项目", ">", "百万"), ("全年预算破百万的项目", ">", "百万"),
    ("预算过100万元的项目有哪些", ">", "100万元")])
def test_a_budget_past_a_figure(reader, question, op, printed):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (m.Compare(BUDGET, op, m.Number(100.0, printed)), [])


@pytest.mark.parametrize("question, where", [
    ("执行率90%以上（不含90%）的项目", m.Compare(RATE, ">", m.Number(90.0, "90%"))),
    ("执行率90%以上（不含）的项目", m.Compare(RATE, ">", m.Number(90.0, "90%"))),
    ("全年预算100万元以下（不包括本数）的项目", m.Compare(BUDGET, "<", m.Number(100.0, "100万元"))),
    ("projects with a budget of 1 million yuan or more (exclusive)", m.Compare(BUDGET, ">", m.Number(100.0, "1 million yuan"))),
    ("执行率90%以上的项目", m.Compare(RATE, ">=", m.Number(90.0, "90%")))])
def test_whether_a_bound_counts_its_own_figure(reader, question, where):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (where, [])


def test_a_top_up_said_with_guo_keeps_its_meaning(reader):
    assert reader.read("年中追加过预算的项目").select.where == m.Compare(BUDGET, ">", m.Field("initial_budget"))


# ----- classes described loosely, lacked, and a target asked for as printed ------------------------------------

@pytest.mark.parametrize("question", ["关于时间的指标有哪些项目", "哪些项目有跟进度有关的指标", "有时间方面的指标的项目",
                                      "forms with indicators about timing", "projects with deadline indicators",
                                      "which projects have time-based indicators"])
def test_a_class_described_loosely(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (TIMELINESS, [])


@pytest.mark.parametrize("question", ["forms w/o any timeliness (时效) indicator", "projects w/o a timeliness indicator",
                                      "城管办名下没有时效指标的项目"])
def test_a_class_lacked(reader, question):
    where = reader.read(question).select.where
    assert m.Not(TIMELINESS) in (where.items if isinstance(where, m.And) else (where,))


def test_a_figure_asked_for_as_printed_is_its_wording():
    text = "目标值写成“百分之九十”"
    tokens = [Token("field", "indicator.target_number", 0, 3, "目标值"), Token("stop", "stop", 3, 5, "写成"),
              Token("number", "", 6, 11, "百分之九十", 90.0, "percent")]
    read = printed_figures(tokens, text, {"写成": "printed"})
    assert [(t.kind, t.key) for t in read] == [("field", "indicator.target_number"), ("quoted_indicator", "百分之九十")]


def test_a_sign_and_digits_written_as_printed_are_the_sign_and_the_digits():
    text = "目标值写成>=90.00%"
    tokens = [Token("field", "indicator.target_number", 0, 3, "目标值"), Token("stop", "stop", 3, 5, "写成"),
              Token("op", ">=", 5, 7, ">="), Token("number", "", 7, 13, "90.00%", 90.0, "percent")]
    read = printed_figures(tokens, text, {"写成": "printed"})
    assert [(t.kind, t.key) for t in read] == [("field", "indicator.target_number"), ("quoted_indicator", "≥90")]


def test_a_sign_and_digits_without_a_cue_stay_a_comparison():
    text = "目标值≥90%"
    tokens = [Token("field", "indicator.target_number", 0, 3, "目标值"), Token("op", ">=", 3, 4, "≥"),
              Token("number", "", 4, 7, "90%", 90.0, "percent")]
    assert [t.kind for t in printed_figures(tokens, text, {"写成": "printed"})] == ["field", "op", "number"]


def test_a_figure_set_as_a_number_stays_the_number():
    text = "目标定成100%"
    tokens = [Token("field", "indicator.target_number", 0, 2, "目标"), Token("stop", "stop", 2, 4, "定成"),
              Token("number", "", 4, 8, "100%", 100.0, "percent")]
    assert [t.kind for t in printed_figures(tokens, text, {"定成": "sign"})] == ["field", "stop", "number"]


@pytest.mark.parametrize("question, expected", [("满意度目标定成≥100%的是哪个项目", ["鲁汇派出所新址装修工程（平安办）"]),
                                                ("满意度目标写的是≥85%的项目", ["劝导队经费（信）"])])
def test_a_target_set_as_a_printed_sign(seed_store, question, expected):
    from assistant.conversation import Conversation

    assert names(Conversation(seed_store, llm=None).ask(question)) == expected


@pytest.mark.parametrize("question", ["满意度指标目标值写成“百分之九十”的有哪些项目",
                                      "Which forms have a satisfaction target written as '百分之九十'?",
                                      "满意度指标的目标值表述为百分之九十的项目"])
def test_a_satisfaction_target_printed_in_words(seed_store, question):
    from assistant.conversation import Conversation

    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(names(answer)) == ["人才活动", "维稳经费（信）"]


# ----- several conditions at once, on the corpus ----------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("平安办名下没有可持续影响指标的项目，执行率100%的不算",
     ["公安后勤及协管员经费（平安办）", "平安志愿者经费（平安办）", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("Which rated projects had a final appropriation above 1 million yuan yet absorbed under 90% of it?",
     ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("actual < target on any quantified indicator?", ["劝导队经费（信）"]),
])
def test_several_conditions_on_the_corpus(seed_store, question, expected):
    from assistant.conversation import Conversation

    assert sorted(names(Conversation(seed_store, llm=None).ask(question))) == sorted(expected)


def test_no_initial_budget_then_topped_up_sums_the_full_year_budget(seed_store):
    from assistant.conversation import Conversation

    answer = Conversation(seed_store, llm=None).ask("年初没预算、年中追加的那几个项目，全年预算加起来多少万元")
    assert round(answer.value, 2) == 153.65


def test_the_one_approved_at_the_start_is_no_figure(seed_store):
    from assistant.conversation import Conversation

    answer = Conversation(seed_store, llm=None).ask("Which envelopes were trimmed mid-year, with the full-year allocation "
                                                   "coming in lower than the one approved at the start of the year?")
    assert len(answer.records) == 5 and "重精患者监护人奖励费（平安办）" in names(answer)


@pytest.mark.parametrize("question", ["预算超过一百万、指标有十个以上的项目", "执行率低于九成、预算超过一百万、指标有十个以上的项目"])
def test_an_indicator_count_after_an_amount_is_counted(reader, question):
    where = reader.read(question).select.where
    assert m.Compare(m.IndicatorCount(), ">=", m.Number(10.0, "十个")) in where.items


@pytest.mark.parametrize("question, count, printed", [("满意度指标只有一个的项目", 1.0, "一个"), ("满意度指标有两个的项目", 2.0, "两个"),
                                                      ("满意度指标有3项的表", 3.0, "3项")])
def test_a_class_counted_with_the_rows_own_counter(reader, question, count, printed):
    reading = reader.read(question)
    satisfaction = m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")
    assert (reading.select.where, reading.ignored) == (
        m.Compare(m.IndicatorCount(satisfaction), "=", m.Number(count, printed)), [])


def test_a_target_in_people_stays_a_target(reader):
    where = reader.read("满意度指标目标值为90%的项目").select.where
    assert where == m.HasIndicator(m.conjoin(m.Text(m.Field("level1", "indicator"), "equals", "满意度指标"),
                                             m.Compare(m.Field("target_number", "indicator"), "=", m.Number(90.0, "90%")),
                                             m.Text(m.Field("target_unit", "indicator"), "equals", "%")))


def test_two_satisfaction_indicators_on_the_corpus(seed_store):
    from assistant.conversation import Conversation

    assert len(Conversation(seed_store, llm=None).ask("满意度指标有两个的项目").records) == 7


def test_a_total_against_the_sum_of_its_parts_written_with_a_plus_sign(reader):
    reading = reader.read("count of forms where total score != budget score + sum of indicator scores")
    assert reading.select.where == m.Compare(m.Field("total_score"), "!=",
                                             m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score")))
    assert reading.select.aggregate == m.Aggregate("count")


@pytest.mark.parametrize("question, op", [("projects with execution at or above ninety percent", ">="),
                                          ("projects with an execution rate at or below 90%", "<=")])
def test_at_or_above_and_at_or_below(reader, question, op):
    assert reader.read(question).select.where.op == op


UNSPENT = m.Field("unspent")


@pytest.mark.parametrize("question, op, printed", [("还剩超过30万没花的项目", ">", "30万"), ("有超过30万没花完的项目", ">", "30万"),
                                                   ("还有30万以上没花出去的项目", ">=", "30万"), ("还有30万没花的项目", ">=", "30万")])
def test_an_amount_left_unspent(reader, question, op, printed):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (m.Compare(UNSPENT, op, m.Number(30.0, printed)), [])


def test_an_amount_owned_by_a_budget_stays_the_budget(reader):
    where = reader.read("预算30万一分没花的项目").select.where
    assert where == m.And((m.Compare(BUDGET, "=", m.Number(30.0, "30万")),
                           m.Compare(m.Field("executed"), "=", m.Number(0.0, "0"))))


@pytest.mark.parametrize("question, value", [
    ("How many third-level indicators sit under 数量指标 in the visualised safety-control leasing and maintenance form?", 5.0),
    ("how many quality indicators does the household register digitisation project have", 1.0)])
def test_rows_counted_in_a_form_described_by_its_words(seed_store, question, value):
    from assistant.conversation import Conversation

    answer = Conversation(seed_store, llm=None).ask(question)
    assert (answer.value, len(answer.records)) == (value, 1)


def test_how_much_was_given_sums_the_budget(reader):
    reading = reader.read("年初没预算、年中才给钱的那几个项目，一共给了多少？")
    assert reading.select.aggregate == m.Aggregate("sum", BUDGET)
    assert reading.select.where == m.And((m.Compare(m.Field("initial_budget"), "=", m.Number(0.0, "0")),
                                          m.Compare(BUDGET, ">", m.Field("initial_budget"))))


# ----- English and Chinese figures in words ----------------------------------------------------------------------

@pytest.mark.parametrize("question, op, value, printed", [
    ("budgets over two hundred thousand yuan", ">", 20.0, "two hundred thousand yuan"),
    ("budget over one hundred thousand yuan", ">", 10.0, "one hundred thousand yuan"),
    ("budget of more than a million", ">", 100.0, "a million"),
    ("预算超过1千万的项目", ">", 1000.0, "1千万"),
    ("projects with a budget of at least two hundred and fifty thousand yuan", ">=", 25.0, "two hundred and fifty thousand yuan")])
def test_amounts_in_words(reader, question, op, value, printed):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (m.Compare(BUDGET, op, m.Number(value, printed)), [])


@pytest.mark.parametrize("question, value, printed", [("forms where spending is below 3/4 of the budget", 75.0, "3/4"),
                                                      ("executed less than 1/2 of the budget", 50.0, "1/2")])
def test_a_fraction_written_with_a_slash_is_a_share(reader, question, value, printed):
    assert reader.read(question).select.where == m.Compare(RATE, "<", m.Number(value, printed))


ABOVE_TARGET = m.HasIndicator(m.Compare(m.Field("actual_number", "indicator"), ">", m.Field("target_number", "indicator")))


@pytest.mark.parametrize("question", ["超额完成的指标有哪些", "哪些项目有指标超额完成", "which projects had an indicator that exceeded its target",
                                      "indicators that beat their target", "实际超过目标的指标"])
def test_an_actual_above_its_target(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (ABOVE_TARGET, [])


def test_actuals_above_target_on_the_corpus(seed_store):
    from assistant.conversation import Conversation

    assert sorted(names(Conversation(seed_store, llm=None).ask("超额完成的指标有哪些"))) == [
        "人才健康体检", "劝导队经费（信）", "户籍档案数字化加工项目"]


# ----- how much money: a change asked with no field, what is left unspent ----------------------------------------

@pytest.mark.parametrize("question, value", [("安保经费年中被砍了多少", 6.69), ("安保经费年中调减了多少", 6.69),
                                             ("社工点经费被砍掉了多少", 9.48), ("平安办的项目一共被砍了多少", 19.29),
                                             ("社工追加了多少", 51.05), ("社工那个项目还剩多少钱没花？", 95.46),
                                             ("名称带（党群中心）的项目一共还剩多少没花", 106.34)])
def test_how_much_changed_or_is_left(seed_store, question, value):
    from assistant.conversation import Conversation

    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


def test_a_change_asked_between_two_fields_stays_their_difference(reader):
    select = reader.read("全年预算比年初预算少多少").select
    assert select.where is None and select.shown == [m.Arith("-", m.Field("initial_budget"), BUDGET)]


# ----- a word in indicator names, unquoted -----------------------------------------------------------------------

@pytest.mark.parametrize("text, quoted", [("指标名字里带宣传的项目", "指标名字里带“宣传”的项目"),
                                          ("指标名称里有及时的指标有几条", "指标名称里有“及时”的指标有几条"),
                                          ("哪些项目的指标名称中含有满意", "哪些项目的指标名称中含有“满意”"),
                                          ("指标名字里带“宣传”的项目", "指标名字里带“宣传”的项目"),
                                          ("项目名称里带派出所的", "项目名称里带派出所的")])
def test_a_word_in_indicator_names_is_quoted(text, quoted):
    from assistant.named_word import quote_named_words

    assert quote_named_words(text) == quoted


@pytest.mark.parametrize("question, value", [("指标名称里有及时的指标有几条", 14.0), ("指标名字里带宣传的指标有几个", 4.0)])
def test_rows_whose_name_holds_a_word_on_the_corpus(seed_store, question, value):
    from assistant.conversation import Conversation

    assert Conversation(seed_store, llm=None).ask(question).value == value


@pytest.mark.parametrize("question, low, high", [("forms with between 5 and 10 indicators", "5", "10"),
                                                 ("forms with 5 to 10 indicators", "5", "10"),
                                                 ("指标在5到10个之间的项目", "5", "10个")])
def test_a_range_of_indicator_counts(reader, question, low, high):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (
        m.And((m.Compare(m.IndicatorCount(), ">=", m.Number(5.0, low)), m.Compare(m.IndicatorCount(), "<=", m.Number(10.0, high)))), [])


def test_time_related_kpis_are_the_timeliness_class(reader):
    assert reader.read("which projects have time-related KPIs?").select.where == TIMELINESS


@pytest.mark.parametrize("question, where", [
    ("执行率比60%低的项目", m.Compare(RATE, "<", m.Number(60.0, "60%"))),
    ("总分比95分高的项目", m.Compare(m.Field("total_score"), ">", m.Number(95.0, "95分"))),
    ("满意度目标比90%低的项目", m.HasIndicator(m.conjoin(
        m.Text(m.Field("level1", "indicator"), "equals", "满意度指标"),
        m.Compare(m.Field("target_number", "indicator"), "<", m.Number(90.0, "90%")),
        m.Text(m.Field("target_unit", "indicator"), "equals", "%"))))])
def test_a_field_compared_with_a_figure_by_bi(reader, question, where):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (where, [])


@pytest.mark.parametrize("question", ["execution of 90% or greater", "projects with an execution rate of 90% and up"])
def test_a_bound_after_an_english_figure(reader, question):
    assert reader.read(question).select.where == m.Compare(RATE, ">=", m.Number(90.0, "90%"))


LOST_POINTS = m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))


@pytest.mark.parametrize("question, where", [
    ("时效指标一个都没设的表", m.Not(TIMELINESS)), ("时效指标没设置的项目", m.Not(TIMELINESS)),
    ("有哪张表的指标被扣了分", LOST_POINTS), ("扣了分的指标是哪条", LOST_POINTS),
    ("指标里有0分的吗", m.HasIndicator(m.Compare(m.Field("score", "indicator"), "=", m.Number(0.0, "0分")))),
    ("哪些项目有指标低于5分", m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Number(5.0, "5分")))),
    ("总分低于95分的项目", m.Compare(m.Field("total_score"), "<", m.Number(95.0, "95分")))])
def test_colloquial_indicator_conditions(reader, question, where):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (where, [])


# ----- three conditions at once, one on indicators and one on money, any order and joiner (checked with jixiao sql) --

TIMELY_BIG_SLOW = ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("有时效指标，而且全年预算超过100万，但执行率不到九成的项目", TIMELY_BIG_SLOW),
    ("执行率低于90%同时全年预算超过100万元而且有时效指标的项目", TIMELY_BIG_SLOW),
    ("预算一百万以上而执行率不到九成、同时有时效指标的", TIMELY_BIG_SLOW),
    ("budget above 1 million yuan, with a timeliness indicator, yet spending under 90%", TIMELY_BIG_SLOW),
    ("projects with a timeliness indicator but spending below 90% while the budget is above 1 million yuan", TIMELY_BIG_SLOW),
    ("执行率不足95%的项目中，指标多于10个且预算大于200万的有哪些", TIMELY_BIG_SLOW),
    ("projects with at least 12 indicators whose budget exceeds 2 million yuan but whose spending is under 95%", TIMELY_BIG_SLOW),
    ("预算超过五十万且没有时效指标且执行率不到一半的项目", ["党建活动（党群中心）"]),
    ("projects with no timeliness indicator but a budget of more than half a million yuan and execution under 50%",
     ["党建活动（党群中心）"]),
    ("评为优、指标少于6个、预算不到50万的项目", ["下发基层书报杂志费（平安办）", "人才健康体检", "人才活动", "户籍档案数字化加工项目"]),
    ("projects graded 优 with fewer than 6 indicators and a budget under 50万",
     ["下发基层书报杂志费（平安办）", "人才健康体检", "人才活动", "户籍档案数字化加工项目"])])
def test_three_conditions_on_the_corpus(seed_store, question, expected):
    from assistant.conversation import Conversation

    assert sorted(names(Conversation(seed_store, llm=None).ask(question))) == sorted(expected)
