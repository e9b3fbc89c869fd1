"""Round 13, statistics over any measure and any subset, composed: a statistic (average, median, share, a ranking)
× a measure said as analysts say it (outturn-to-allocation ratio, total rating, the top-up defined in a bracket)
× a subset the question marks as the population of a share (among the graded forms, leaving aside the zero-spenders)
× an exclusion of a form named by fragments, with an aside on why. Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asked_share import asked_shares
from assistant.dropped_statistic import dropped_statistics
from assistant.reader import QuestionReader
from assistant.recognise import Token
from assistant.share_scope import scope_text
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

RATE = m.Field("execution_rate")
GRADED = m.Text(m.Field("grade"), "present")
RAISED = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))
CUT = m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))
TOP_UP = m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget"))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the words, on a store nobody on the team has seen ---------------------------------------------------------

@pytest.mark.parametrize("question, function", [
    ("What is the median outturn-to-allocation ratio?", "median"),
    ("average spend-to-budget ratio of the 城管办 projects", "avg"),
    ("What is the mean ratio of spending to allocation?", "avg")])
def test_a_ratio_of_spending_to_allocation_is_the_execution_rate(reader, question, function):
    select = reader.read(question).select
    assert select.aggregate == m.Aggregate(function, RATE)


@pytest.mark.parametrize("question", ["Average total rating of the (城管办)-tagged projects?",
                                      "What's the overall rating average of the 城管办 projects?"])
def test_a_total_rating_is_the_total_score(reader, question):
    assert reader.read(question).select.aggregate == m.Aggregate("avg", m.Field("total_score"))


@pytest.mark.parametrize("question, descending", [
    ("Leaving aside the projects that disbursed nothing, which one had the weakest execution ratio?", False),
    ("Which 城管办 project had the poorest execution ratio?", False),
    ("What is the strongest execution rate among the 城管办 projects?", True)])
def test_weakest_and_strongest_rank(reader, question, descending):
    select = reader.read(question).select
    assert (select.order_by, select.descending, select.limit) == (RATE, descending, 1)


@pytest.mark.parametrize("question", [
    "Which project received the biggest top-up in absolute terms (full-year allocation minus initial)?",
    "哪个项目追加最多", "哪个项目追加得最多"])
def test_the_biggest_top_up_ranks_the_change(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.select.order_by, reading.select.descending, reading.ignored) == (RAISED, TOP_UP, True, [])


def test_the_second_largest_cut_ranks_the_change(reader):
    select = reader.read("削减第二多的项目是哪个").select
    assert (select.where, select.order_by, select.offset) == (CUT, m.Arith("-", m.Field("initial_budget"), m.Field("annual_budget")), 1)


@pytest.mark.parametrize("question, condition", [
    ("What percentage of the 2 forms had a total score above 95?", m.Compare(m.Field("total_score"), ">", m.Number(95.0, "95"))),
    ("What percentage of all forms got a perfect score of 100?", m.Compare(m.Field("total_score"), "=", m.Number(100.0, "100"))),
    ("拿到满分100分的项目占比多少", m.Compare(m.Field("total_score"), "=", m.Number(100.0, "100分"))),
    ("What percentage spent less than half of their budget?", m.Compare(RATE, "<", m.Number(50.0, "half")))])
def test_a_share_of_all_forms(reader, question, condition):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (None, m.Aggregate("share", condition=condition))


@pytest.mark.parametrize("question, scope, counted", [
    ("What percentage of graded forms spent less than half their allocation?", GRADED, m.Compare(RATE, "<", m.Number(50.0, "half"))),
    ("在有评分等级的项目中，执行率低于一半的占比", GRADED, m.Compare(RATE, "<", m.Number(50.0, "一半"))),
    ("Among the forms whose budget was raised, what percentage spent all of it?", RAISED, m.Compare(RATE, "=", m.Number(100.0, "100"))),
    ("在预算被调减的项目中，执行率达到100%的占比是多少", CUT, m.Compare(RATE, ">=", m.Number(100.0, "100%")))])
def test_a_share_over_the_forms_the_question_marks(reader, question, scope, counted):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (scope, m.Aggregate("share", condition=counted))


@pytest.mark.parametrize("question, part, whole", [
    ("城管办项目的执行数占全年预算的比例", "executed", "annual_budget"),
    ("What percentage of the money allocated to the 城管办 projects went unspent?", "unspent", "annual_budget"),
    ("城管办项目的结余占年初预算的百分之几", "unspent", "initial_budget"),
    # spent, named alone: of the full-year budget (it used to be a share of forms with no condition, always 100%)
    ("What percentage of the 城管办 money was spent?", "executed", "annual_budget")])
def test_a_share_of_one_amount_in_another(reader, question, part, whole):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (
        m.Text(m.Field("project_name"), "suffix", "（城管办）"), m.Aggregate("pooled", m.Arith("/", m.Field(part), m.Field(whole))))


def test_a_share_counting_both_conditions_keeps_both(reader):
    select = reader.read("What percentage of all forms were graded and spent less than half?").select
    assert select.where is None and select.aggregate.function == "share" and GRADED in select.aggregate.condition.items


@pytest.mark.parametrize("question, words", [
    ("Among the graded forms, what share had a total score of 100?", "the graded forms"),
    ("在有评分等级的项目中，执行率低于一半的占比", "有评分等级的项目"),
    ("Leaving aside the projects that disbursed nothing, what share used less than half?",
     "Leaving aside the projects that disbursed nothing"),
    ("不算执行数为零的项目，执行率低于50%的占比是多少", "不算执行数为零的项目"),
    ("What percentage of graded forms spent less than half?", "graded forms"),
    ("What percentage spent less than half?", None)])
def test_the_words_marking_a_shares_population(question, words):
    assert scope_text(question) == words


@pytest.mark.parametrize("text, said", [
    ("what percentage spent less than half?", "what percentage of forms spent less than half?"),
    ("Which share executed all of it", "Which share of forms executed all of it"),
    ("the percentage spent by each unit", "the percentage spent by each unit")])
def test_a_share_asked_before_a_verb(text, said):
    assert asked_shares(text) == said


@pytest.mark.parametrize("question, measure", [
    ("不算执行数填错的城管办项目，平均执行率是多少", RATE), ("把执行数为零的剔除后，总分的中位数是多少", m.Field("total_score")),
    ("城管办项目实际花出去的钱加起来是多少", m.Field("executed")), ("What was the actual spending of the 城管办 projects in total?", m.Field("executed"))])
def test_the_measure_is_the_field_the_statistic_names(reader, question, measure):
    assert reader.read(question).select.aggregate.expr == measure


def test_names_left_out_are_no_lookup():
    from assistant.statistic_measure import names_only_excluded

    named = m.Text(m.Field("project_name"), "contains", "道路清扫")
    assert (names_only_excluded(m.Not(named)), names_only_excluded(named), names_only_excluded(m.And((m.Not(named), named))),
            names_only_excluded(m.Compare(RATE, "<", m.Number(50.0)))) == (True, False, False, False)


def test_a_statistic_the_query_does_not_apply_is_named():
    tokens = [Token("aggregate", "median", 4, 10, "median"), Token("tag", "城管办", 18, 23, "(城管办)")]
    assert dropped_statistics(tokens, m.Select(where=m.Text(m.Field("project_name"), "suffix", "（城管办）"))) == ["median"]
    assert dropped_statistics(tokens, m.Select(aggregate=m.Aggregate("median", RATE))) == []
    assert dropped_statistics([Token("aggregate", "count", 0, 8, "how many")], m.Select()) == []


# ----- end to end, on the bundled forms ----------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("What is the median outturn-to-allocation ratio across all 28 scorecards?", 96.12),
    ("What is the median spend-to-budget ratio of the (平安办)-tagged projects?", 99.66),
    ("Average ratio of spending to allocation for the 信访办 projects?", 86.06),
    ("Average total rating of the (平安办)-tagged projects?", 98.48),
    ("What's the overall rating average of the (党群中心)-tagged projects?", 94.35),
    ("What percentage of all forms got a perfect score of 100?", 32.14),
    ("What percentage of the 28 forms disbursed less than a quarter of their budget?", 14.29),
    ("What percentage of the 28 forms had a total score above 99?", 57.14),
    ("What percentage spent less than half of their budget?", 21.43),
    ("What percentage of graded forms spent less than half their allocation?", 13.64),
    ("在有评分等级的项目中，执行率低于一半的占比", 13.64),
    ("Among the graded forms, what share had a total score of 100?", 40.91),
    ("Leaving aside the projects that disbursed nothing, what share used less than half of their budget?", 12.0),
    ("不算执行数为零的项目，执行率低于50%的占比是多少", 12.0),
    ("Among the forms whose budget was raised, what percentage spent all of it?", 12.5),
    ("在预算被调减的项目中，执行率达到100%的占比是多少", 80.0),
    ("What percentage of all budgeted money went to the video surveillance rental?", 29.92),
    ("What share of the total annual budget went to the 社工 project?", 26.51),
    ("What percentage of all budgeted money went to 安保经费?", 4.57),
    ("Leaving out the 户籍档案 digitisation form (its spending figure is a typo), what is the median execution ratio?", 95.53),
    ("不算户籍档案数字化那张表（因为执行数填错了），执行率的中位数是多少？", 95.53),
    ("Excluding the 户籍档案 digitisation form, what is the average execution rate?", 72.65),
    ("Leaving out the projects that spent nothing, what is the average execution rate of the (平安办)-tagged ones?", 91.39),
    ("Leaving out the 户籍档案 form, whose spending figure was typed in yuan, what is the average execution rate?", 72.65),
    ("Setting aside the 户籍档案 digitisation form, whose outturn is evidently recorded in yuan, what is the total unspent "
     "appropriation?", 862.42),
    ("全部预算里信访办的项目占了多少", 4.58),
    ("在全年执行数合计中，平安办项目占了百分之几", 1.74),
    ("How many projects had a budget above 1 million yuan? | and how many of those spent every last bit of it?", 2.0),
    ("在全年确有支出的项目里——也就是剔除执行数为零的，并且把执行数明显填错的户籍档案数字化加工项目也排除——平均执行率是多少？", 81.74),
    ("信访办实施的那几个项目，2023年全年实际花出去的钱加起来是多少万元？", 346.13),
    ("平安办项目实际支出的中位数", 104.75),
    ("What was the actual spending of the 信访办 projects in total?", 346.13),
    ("How much money went unspent across all forms, excluding the 户籍档案 one?", 862.42),
    ("除了户籍档案那张，总共还剩多少钱没花", 862.42),
    ("安保经费花了多少", 364.79),
    ("主管部门填报为“上海市闵行区浦江镇人民政府”（不带“(汇总)”字样）的项目，全年执行数合计多少万元？", 145.11),
    ("主管部门是“上海市闵行区浦江镇人民政府”的项目平均执行率", 43.49),
    ("What is the average execution rate of graded projects with more than 5 indicators?", 81.88),
    ("How many graded projects had their allocation left unchanged?", 10.0),
    ("预算执行部分得分的平均值是多少", 7.36),
    ("What is the median score on the budget-execution component for the (平安办)-tagged forms?", 9.96),
    ("What share of the (平安办) projects' full-year allocation was left unspent?", 10.85),
    ("What percentage of the 信访办 money went unspent?", 6.34),
    ("信访办项目的结余占其全年预算的百分之几", 6.34),
    ("平安办项目的执行数占全年预算的比例", 89.15),
    ("What percentage of the (平安办) projects' money was actually spent?", 89.15),
    ("What share of forms had money left unspent?", 67.86),
    ("How many percent of the graded scorecards executed less than a third of their budget?", 9.09),
    ("What proportion of the (平安办)-tagged programmes scored a perfect 100?", 50.0),
    ("Of the forms that received a top-up, what fraction spent under 90% of the final allocation?", 50.0)])
def test_statistics_composed(seed_store, question, value):
    assert round(_ask(seed_store, *question.split(" | ")).value, 2) == value


@pytest.mark.parametrize("question, names", [
    ("Which project received the biggest top-up in absolute terms (full-year allocation minus initial)?", ["鲁汇派出所新址装修工程（平安办）"]),
    ("哪个项目追加最多", ["鲁汇派出所新址装修工程（平安办）"]),
    ("除了鲁汇派出所新址装修工程，追加最多的是哪个", ["杜行派出所公用事业费"]),
    ("Which project had the largest cut (initial allocation less final)?", ["社工点经费（平安办）"]),
    ("削减第二多的项目是哪个", ["安保经费（平安办）"]),
    ("Which project had the second-largest cut?", ["安保经费（平安办）"]),
    ("Leaving aside the projects that disbursed nothing, which one had the weakest execution ratio?", ["人才活动"]),
    ("不算执行数为零的项目，执行率最低的是哪个", ["人才活动"]),
    ("Which (平安办)-tagged project had the poorest execution ratio?", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("What is the strongest execution rate among the 信访办 projects?", ["信访代理员经费（信）"]),
    ("Excluding the zero-spenders, what is the lowest execution ratio among the (党群中心)-tagged forms?", ["党建活动（党群中心）"]),
    ("What is the weakest execution ratio once the zero-spenders are left out?", ["人才活动"]),
    ("平安办项目里预算被砍得最多的是哪个", ["社工点经费（平安办）"]),
    ("Which project left the most money unspent once the 户籍档案 form is set aside?", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Graded projects with more than 5 indicators, an allocation left unchanged during the year, and utilisation short of 100%?",
     ["信访代理员经费（信）", "公安后勤及协管员经费（平安办）", "劝导队经费（信）", "平安志愿者经费（平安办）",
      "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "维稳经费（信）"]),
    ("预算执行部分得分不足6分的项目", ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                            "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费", "浦江初心微史馆质保金（党群中心）",
                            "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"])])
def test_rankings_over_derived_measures(seed_store, question, names):
    assert _names(_ask(seed_store, question)) == names


def test_a_statistic_neither_reader_applies_refuses_naming_it(seed_store):
    answer = _ask(seed_store, "The median of the (平安办)-tagged projects?")
    assert (answer.records, answer.value, answer.interpretation) == ([], None, "not understood: median")


def test_a_statistic_left_out_of_a_list_is_named(seed_store):
    answer = _ask(seed_store, "What is the average for the 信访办 projects?")
    assert (len(answer.records), answer.value, answer.text.splitlines()[-1]) == (3, None, "ignored: average")
