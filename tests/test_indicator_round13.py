"""Round 13: per-form indicator aggregates within a class, grade conditions and field words for parts of the form,
each composed with other conditions and follow-ups, in both languages. Expected values are computed from the forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.class_totals import read_totals
from assistant.reader import QuestionReader
from assistant.recognise import Token
from support import INVENTED_COUNTY_WITH_TIMELINESS

NAMES = INVENTED_COUNTY_WITH_TIMELINESS  # none of its names occurs in the bundled corpus
SATISFACTION = m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")
OUTPUT = m.Text(m.Field("level1", "indicator"), "equals", "产出指标")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES)


def names(answer) -> list[str]:
    return sorted(record.project_name for record in answer.records)


def ask(store, *questions):
    from assistant.conversation import Conversation

    conversation = Conversation(store, llm=None)
    for question in questions[:-1]:
        conversation.ask(question)
    return conversation.ask(questions[-1])


def weight_of(rows: m.Cond, op: str, value: float, column: str = "weight") -> m.Compare:
    return m.Compare(m.IndicatorSum(column, rows), op, m.Number(value, f"{value:g}"))


# ----- a class's points added up per form ---------------------------------------------------------------------

def _class(label: str) -> m.Text:
    return m.Text(m.Field("level2" if label == "时效指标" else "level1", "indicator"), "equals", label)


def test_a_class_its_column_a_sum_word_and_a_figure_are_one_predicate():
    tokens = [Token("class", "满意度指标", 0, 5, "满意度指标"), Token("field", "indicator.weight", 5, 7, "分值"),
              Token("aggregate", "sum", 7, 9, "合计"), Token("op", ">=", 9, 12, "不少于"),
              Token("number", "", 12, 15, "30分", 30.0, "score"), Token("noun", "form", 16, 18, "项目")]
    read = read_totals(tokens, _class)
    assert [(t.kind, t.key) for t in read] == [("predicate", "indicator.sum.weight@level1=满意度指标 >= 30"),
                                              ("noun", "form")]


def test_one_rows_weight_stays_a_row_condition():
    tokens = [Token("class", "时效指标", 0, 4, "时效指标"), Token("field", "indicator.weight", 4, 6, "分值"),
              Token("op", "=", 6, 7, "为"), Token("number", "", 7, 10, "20分", 20.0, "score")]
    assert [t.kind for t in read_totals(tokens, _class)] == ["class", "field", "op", "number"]


def test_a_count_of_rows_is_no_total():
    tokens = [Token("class", "满意度指标", 0, 5, "满意度指标"), Token("aggregate", "sum", 5, 7, "一共"),
              Token("number", "", 7, 9, "两个", 2.0, "count")]
    assert [t.kind for t in read_totals(tokens, _class)] == ["class", "aggregate", "number"]


@pytest.mark.parametrize("question, where", [
    ("满意度指标分值合计不少于30分的项目", weight_of(SATISFACTION, ">=", 30)),
    ("满意度指标的分值加起来在20分以上的项目有哪些", weight_of(SATISFACTION, ">=", 20)),
    ("哪些项目满意度部分的权重至少20分", weight_of(SATISFACTION, ">=", 20)),
    ("满意度这一块分值占到30分的有哪些项目", weight_of(SATISFACTION, "=", 30)),
    ("满意度指标总分值在30分以上的项目", weight_of(SATISFACTION, ">=", 30)),
    ("满意度指标的总权重不到20分的项目", weight_of(SATISFACTION, "<", 20)),
    ("产出指标的分值总共有60分以上的项目", weight_of(OUTPUT, ">=", 60)),
    ("Which forms give satisfaction indicators 20 points or more of weight in total?", weight_of(SATISFACTION, ">=", 20)),
    ("List the projects where the satisfaction block (满意度指标) carries 30 points or more of weight in total.",
     weight_of(SATISFACTION, ">=", 30)),
    ("Which projects put at least 60 points on outputs?", weight_of(OUTPUT, ">=", 60)),
    ("Which forms' output indicators are worth more than 50 points combined?", weight_of(OUTPUT, ">", 50)),
    ("How many forms give the satisfaction section 15 points or fewer?", weight_of(SATISFACTION, "<=", 15)),
    ("which forms scored fewer than 20 points on satisfaction indicators in total", weight_of(SATISFACTION, "<", 20, "score")),
])
def test_a_class_total_in_words(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, where", [
    ("Which forms have at least 20 points on satisfaction, an execution rate under 60%, and a total score under 95?",
     m.And((weight_of(SATISFACTION, ">=", 20), m.Compare(m.Field("execution_rate"), "<", m.Number(60.0, "60%")),
            m.Compare(m.Field("total_score"), "<", m.Number(95.0, "95"))))),
    ("产出指标分值加起来超过50分、执行率低于90%的项目",
     m.And((weight_of(OUTPUT, ">", 50), m.Compare(m.Field("execution_rate"), "<", m.Number(90.0, "90%"))))),
    ("名称带（城管办）、有评分等级、满意度指标合计分值不超过15分的项目",
     m.And((m.Text(m.Field("project_name"), "suffix", "（城管办）"), m.Text(m.Field("grade"), "present"),
            weight_of(SATISFACTION, "<=", 15)))),
])
def test_a_class_total_with_other_conditions(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, expected", [
    ("List the projects where the satisfaction block (满意度指标) carries 30 points or more of weight in total.",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "杜行派出所新址修缮工程（平安办）", "浦江初心微史馆质保金（党群中心）", "社工", "禁毒与反邪教（平安办）",
      "鲁汇派出所新址装修工程（平安办）"]),
    ("满意度指标分值合计不少于30分且没有评分等级的项目",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江初心微史馆质保金（党群中心）", "社工"]),
    ("Which forms have at least 20 points on satisfaction, an execution rate under 60%, and a total score under 95?",
     ["党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
      "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("产出指标分值加起来超过50分、执行率低于90%的项目",
     ["人才健康体检", "人才活动", "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费"]),
    ("名称带（平安办）、有评分等级、满意度指标合计分值不超过15分的项目",
     ["公安后勤及协管员经费（平安办）", "图像视频监控系统租赁经费（平安办）", "安保经费（平安办）", "社会治安保障经费（平安办）",
      "重精患者监护人奖励费（平安办）"]),
    ("社会效益指标加起来不少于30分的项目",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "杜行派出所新址修缮工程（平安办）", "浦江初心微史馆质保金（党群中心）", "社工", "社工点经费（平安办）"]),
])
def test_class_totals_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


@pytest.mark.parametrize("question, value", [
    ("效益指标得分合计低于20分的项目有几个", 8),
    ("How many forms put exactly 60 points on outputs?", 7),
])
def test_class_totals_counted_on_the_corpus(seed_store, question, value):
    assert ask(seed_store, question).value == value


def test_a_follow_up_narrows_the_forms_of_a_class_total(seed_store):
    answer = ask(seed_store, "List the projects where the satisfaction block (满意度指标) carries 30 points or more of weight in total.",
                 "Which of them were rated below 95 overall?")
    assert names(answer) == ["党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]


def test_the_sql_of_a_class_total_sums_the_rows_of_that_class(seed_store):
    answer = ask(seed_store, "满意度指标分值合计不少于30分的项目")
    assert "SUM(i.weight)" in answer.sql and "i.level1 = '满意度指标'" in answer.sql


# ----- a class's level said beside it, and rows counted under a class -------------------------------------------

QUANTITY = m.Text(m.Field("level2", "indicator"), "equals", "数量指标")
NAMES_WITH_QUANTITY = type(NAMES)(**{**NAMES.__dict__, "classes": {**NAMES.classes, "数量指标": "level2"}})


@pytest.mark.parametrize("question, where", [
    ("哪些项目在数量指标这一个二级指标下设了4个或以上的三级指标？",
     m.Compare(m.IndicatorCount(QUANTITY), ">=", m.Number(4.0, "4个"))),
    ("Which forms have 4 or more third-level indicators under the quantity indicators?",
     m.Compare(m.IndicatorCount(QUANTITY), ">=", m.Number(4.0, "4"))),
    ("满意度指标这个一级指标下只有一个三级指标的项目有几个",
     m.Compare(m.IndicatorCount(SATISFACTION), "=", m.Number(1.0, "一个"))),
])
def test_rows_counted_within_a_class(question, where):
    assert QuestionReader(NAMES_WITH_QUANTITY).read(question).select.where == where


@pytest.mark.parametrize("question, expected", [
    ("哪些项目在数量指标这一个二级指标下设了4个或以上的三级指标？",
     ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
    ("数量指标这个二级指标下面有3个以上三级指标、执行率低于90%的项目",
     ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
    ("forms with at least 2 indicators under satisfaction and a budget over 1 million",
     ["平安志愿者经费（平安办）", "杜行派出所新址修缮工程（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "社工点经费（平安办）"]),
])
def test_rows_counted_within_a_class_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


# ----- grades: blank, a value quoted or written, graded forms, a grade at odds with its total --------------------

GRADE = m.Field("grade")


@pytest.mark.parametrize("question, where", [
    ("Which forms leave the rating grade (评分等级) blank?", m.Text(GRADE, "missing")),
    ("评分等级空着的项目有几个", m.Text(GRADE, "missing")),
    ("评分等级为空、执行率低于50%的项目",
     m.And((m.Text(GRADE, "missing"), m.Compare(m.Field("execution_rate"), "<", m.Number(50.0, "50%"))))),
    ("forms with a blank grade and a budget over 100万",
     m.And((m.Text(GRADE, "missing"), m.Compare(m.Field("annual_budget"), ">", m.Number(100.0, "100万"))))),
    ("主管部门为空的项目", m.Text(m.Field("department"), "missing")),
    ("评分等级写的是“优”，可总分却不到95分的项目",
     m.And((m.Text(GRADE, "equals", "优"), m.Compare(m.Field("total_score"), "<", m.Number(95.0, "95分"))))),
    ("等级“良”的项目有几个", m.Text(GRADE, "equals", "良")),
    ("forms whose grade reads 优 but whose total score is under 96",
     m.And((m.Text(GRADE, "equals", "优"), m.Compare(m.Field("total_score"), "<", m.Number(96.0, "96"))))),
    ("评分等级与总分不符的项目", m.HasFinding(codes=("GRADE_MISMATCH",))),
    ("Which forms have a grade that disagrees with their total score?", m.HasFinding(codes=("GRADE_MISMATCH",))),
    ("grade inconsistent with the total score", m.HasFinding(codes=("GRADE_MISMATCH",))),
    ("总分与评分等级不一致的城管办项目",
     m.And((m.HasFinding(codes=("GRADE_MISMATCH",)), m.Text(m.Field("project_name"), "suffix", "（城管办）")))),
    ("评分等级为优、总分低于95的项目",
     m.And((m.Text(GRADE, "equals", "优"), m.Compare(m.Field("total_score"), "<", m.Number(95.0, "95"))))),
])
def test_grade_conditions(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, expected", [
    ("Which forms leave the rating grade (评分等级) blank?",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江初心微史馆质保金（党群中心）", "社工"]),
    ("评分等级为空、执行率低于50%的项目",
     ["党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    ("评分等级写的是“优”，可总分却不到95分的项目",
     ["人才健康体检", "人才活动", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("评分等级与总分不符的项目", []),
    ("Graded projects with more than 5 indicators, an allocation left unchanged during the year, and utilisation short "
     "of 100%: which are they?",
     ["信访代理员经费（信）", "公安后勤及协管员经费（平安办）", "劝导队经费（信）", "平安志愿者经费（平安办）",
      "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "维稳经费（信）"]),
])
def test_grade_conditions_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


def test_a_grade_at_odds_with_its_total_is_the_check_finding(seed_store):
    answer = ask(seed_store, "forms whose grade does not match the total")
    assert "findings AS x" in answer.sql and "'GRADE_MISMATCH'" in answer.sql and answer.records == []


def test_blank_grades_counted_on_the_corpus(seed_store):
    assert ask(seed_store, "评分等级空着的项目有几个").value == 6


# ----- an allocation left unchanged; the budget-execution part's score ------------------------------------------

UNCHANGED = m.Compare(m.Field("annual_budget"), "=", m.Field("initial_budget"))
RATE_BELOW_90 = m.Compare(m.Field("execution_rate"), "<", m.Number(90.0, "90%"))


@pytest.mark.parametrize("question, where", [
    ("全年预算未调整、执行率低于90%的项目", m.And((UNCHANGED, RATE_BELOW_90))),
    ("预算保持不变的城管办项目有几个", m.And((UNCHANGED, m.Text(m.Field("project_name"), "suffix", "（城管办）")))),
    ("an allocation left unchanged during the year, and an execution rate under 90%", m.And((UNCHANGED, RATE_BELOW_90))),
    ("budgets that stayed the same with execution below 90%", m.And((UNCHANGED, RATE_BELOW_90))),
    ("Graded projects with more than 5 indicators", m.And((m.Text(GRADE, "present"),
                                                         m.Compare(m.IndicatorCount(), ">", m.Number(5.0, "5"))))),
])
def test_an_allocation_left_unchanged(reader, question, where):
    assert reader.read(question).select.where == where


BUDGET_SCORE = m.Field("budget_score")


@pytest.mark.parametrize("question, where", [
    ("预算执行部分得分低于9分的项目", m.Compare(BUDGET_SCORE, "<", m.Number(9.0, "9分"))),
    ("预算执行这块的得分不到6分、名称带（城管办）的项目",
     m.And((m.Compare(BUDGET_SCORE, "<", m.Number(6.0, "6分")), m.Text(m.Field("project_name"), "suffix", "（城管办）")))),
    ("forms whose budget execution part scored below 9", m.Compare(BUDGET_SCORE, "<", m.Number(9.0, "9"))),
    ("projects scoring under 9 on the budget-execution section", m.Compare(BUDGET_SCORE, "<", m.Number(9.0, "9"))),
    ("哪些项目的预算执行部分得分低于9分，且总分在95分以上",
     m.And((m.Compare(BUDGET_SCORE, "<", m.Number(9.0, "9分")),
            m.Compare(m.Field("total_score"), ">=", m.Number(95.0, "95分"))))),
    ("执行率低于90%、总分低于95", m.And((RATE_BELOW_90, m.Compare(m.Field("total_score"), "<", m.Number(95.0, "95"))))),
])
def test_the_budget_execution_parts_score(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, expected", [
    ("预算执行这块的得分不到6分、名称带（平安办）的项目",
     ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
    ("哪些项目的预算执行部分得分低于9分，且总分在95分以上",
     ["下拨经费（党群中心）", "公安后勤及协管员经费（平安办）", "劝导队经费（信）", "杜行派出所公用事业费", "禁毒与反邪教（平安办）",
      "鲁汇派出所新址装修工程（平安办）"]),
    ("全年预算未调整、执行率低于90%的项目",
     ["下拨经费（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "公安后勤及协管员经费（平安办）",
      "劝导队经费（信）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "禁毒与反邪教（平安办）"]),
    ("Which forms graded 优 kept their allocation unchanged and scored below 96?",
     ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
])
def test_parts_and_unchanged_allocations_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


def test_unchanged_allocations_of_a_tag_counted_on_the_corpus(seed_store):
    assert ask(seed_store, "预算保持不变的平安办项目有几个").value == 7


# ----- a year not printed, a unit's verb, the weakest of the rest ------------------------------------------------

YEAR_TAKEN = m.HasFinding(codes=("YEAR_INFERRED",))


@pytest.mark.parametrize("question, where", [
    ("没写年份的项目有哪些", YEAR_TAKEN),
    ("年度没印的项目", YEAR_TAKEN),
    ("forms without a year and a budget above 30万",
     m.And((YEAR_TAKEN, m.Compare(m.Field("annual_budget"), ">", m.Number(30.0, "30万"))))),
    ("不是2021年的项目", m.Compare(m.Field("year"), "!=", m.Number(2021.0, "2021"))),
])
def test_a_year_not_printed(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, expected", [
    ("Which forms print no year of their own (the year has to be taken from the document)?", ["人才健康体检", "人才活动"]),
    ("既非信访办实施、名称也不带（平安办）标签，且总分不足95分的项目有哪些？",
     ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]),
    ("Leaving aside the projects that disbursed nothing, which one had the weakest execution ratio?", ["人才活动"]),
    ("除了没花钱的，哪个项目执行率最低", ["人才活动"]),
])
def test_negations_and_unprinted_years_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


# ----- two classes compared by their points; forms ranked and averaged by a class's points ----------------------

BENEFIT = m.Text(m.Field("level1", "indicator"), "equals", "效益指标")
NAMES_WITH_BENEFIT = type(NAMES)(**{**NAMES.__dict__, "classes": {**NAMES.classes, "效益指标": "level1"}})


@pytest.mark.parametrize("question, where", [
    ("forms where output indicators carry more weight than benefit indicators",
     m.Compare(m.IndicatorSum("weight", OUTPUT), ">", m.IndicatorSum("weight", BENEFIT))),
    ("产出指标分值比效益指标分值高的项目", m.Compare(m.IndicatorSum("weight", OUTPUT), ">", m.IndicatorSum("weight", BENEFIT))),
    ("效益指标的分值高于满意度指标的项目",
     m.Compare(m.IndicatorSum("weight", BENEFIT), ">", m.IndicatorSum("weight", SATISFACTION))),
    ("产出指标比效益指标多的项目", m.Compare(m.IndicatorCount(OUTPUT), ">", m.IndicatorCount(BENEFIT))),
])
def test_two_classes_compared_by_points_or_rows(question, where):
    assert QuestionReader(NAMES_WITH_BENEFIT).read(question).select.where == where


@pytest.mark.parametrize("question", ["满意度权重最高的项目", "满意度指标分值合计最高的项目", "Which form gives the most weight to satisfaction?"])
def test_forms_ranked_by_a_class_total(reader, question):
    select = reader.read(question).select
    assert (select.order_by, select.descending, select.ties) == (m.IndicatorSum("weight", SATISFACTION), True, True)


def test_a_row_ranked_within_a_class_stays_a_row(reader):
    select = reader.read("分值最高的满意度指标是哪个").select
    assert (select.entity, select.order_by) == ("indicators", m.Field("weight", "indicator"))


@pytest.mark.parametrize("question, expected", [
    ("满意度权重最高的项目",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "杜行派出所新址修缮工程（平安办）", "浦江初心微史馆质保金（党群中心）", "社工", "禁毒与反邪教（平安办）",
      "鲁汇派出所新址装修工程（平安办）"]),
    ("产出指标分值最低的平安办项目", ["杜行派出所新址修缮工程（平安办）"]),
    ("效益指标的分值高于满意度指标的项目",
     ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "信访代理员经费（信）", "公安后勤及协管员经费（平安办）", "劝导队经费（信）",
      "安保经费（平安办）", "杜行派出所新址修缮工程（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "社工点经费（平安办）", "维稳经费（信）", "重精患者监护人奖励费（平安办）"]),
    ("满意度指标得分低于效益指标得分、执行率低于90%的项目",
     ["公安后勤及协管员经费（平安办）", "劝导队经费（信）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_classes_compared_and_ranked_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


def test_class_totals_averaged_and_counted_on_the_corpus(seed_store):
    assert round(ask(seed_store, "平均每个项目的满意度指标分值合计是多少").value, 2) == 20.18
    assert ask(seed_store, "How many forms give output indicators more weight than benefit indicators?").value == 21


@pytest.mark.parametrize("question, where", [
    ("budgets that were revised mid-year", m.Compare(m.Field("annual_budget"), "!=", m.Field("initial_budget"))),
    ("预算做过调整、评分等级为优的项目",
     m.And((m.Compare(m.Field("annual_budget"), "!=", m.Field("initial_budget")), m.Text(GRADE, "equals", "优")))),
    ("预算没有调整过的项目", UNCHANGED),
    ("Which projects had their allocation adjusted and a rate under 90%?",
     m.And((m.Compare(m.Field("annual_budget"), "!=", m.Field("initial_budget")), RATE_BELOW_90))),
    ("预算与执行数不一致的项目", m.Compare(m.Field("annual_budget"), "!=", m.Field("executed"))),
])
def test_an_allocation_adjusted_or_not(reader, question, where):
    assert reader.read(question).select.where == where


def test_adjusted_allocations_graded_on_the_corpus(seed_store):
    assert names(ask(seed_store, "预算做过调整、评分等级为优的项目")) == [
        "下发基层书报杂志费（平安办）", "人才健康体检", "人才活动", "安保经费（平安办）", "户籍档案数字化加工项目", "杜行派出所公用事业费",
        "杜行派出所新址修缮工程（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社工点经费（平安办）",
        "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "重精患者监护人奖励费（平安办）", "鲁汇派出所新址装修工程（平安办）"]


def test_a_class_total_of_a_named_form_and_of_the_last_answer_on_the_corpus(seed_store):
    assert ask(seed_store, "What is the satisfaction weight of 禁毒与反邪教（平安办）?").value == 30.0
    assert ask(seed_store, "社工的产出指标分值合计").value == 30.0
    answer = ask(seed_store, "名称带（平安办）的项目", "它们的满意度权重分别是多少")
    assert len(answer.records) == 14 and "满意度指标分值合计" in answer.interpretation


def test_a_class_total_as_a_follow_up_condition_on_the_corpus(seed_store):
    answer = ask(seed_store, "执行率低于90%的项目", "其中满意度指标分值合计30分以上的", "那没有评分等级的呢")
    assert names(answer) == ["下拨经费（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                             "浦江初心微史馆质保金（党群中心）"]


@pytest.mark.parametrize("question, where", [
    ("有哪些项目的满意度指标只有10分", weight_of(SATISFACTION, "=", 10)),
    ("满意度指标10分以下的项目", weight_of(SATISFACTION, "<=", 10)),
])
def test_points_said_of_a_class_are_its_total(reader, question, where):
    assert reader.read(question).select.where == where


# ----- not a cent spent, every indicator full, rows counted where a saying verb stands ----------------------------

NOTHING_SPENT = m.Compare(m.Field("executed"), "=", m.Number(0.0, "0"))
EVERY_ROW_FULL = m.Not(m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator"))))


@pytest.mark.parametrize("question, where", [
    ("一分钱都没执行的项目", NOTHING_SPENT),
    ("全年一分钱都没执行，可绩效指标却一项不落全拿了满分的项目", m.And((NOTHING_SPENT, EVERY_ROW_FULL))),
])
def test_not_a_cent_spent_and_every_row_full(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, expected", [
    ("有没有这样的情况：全年一分钱都没执行，可绩效指标却一项不落全拿了满分？是哪些项目？",
     ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("指标写了十二条以上的有哪些",
     ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "禁毒与反邪教（平安办）"]),
])
def test_spending_and_row_counts_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


@pytest.mark.parametrize("question, where", [
    ("Which forms scored under 6 on budget execution?", m.Compare(BUDGET_SCORE, "<", m.Number(6.0, "6"))),
    ("forms that scored below 96 and execution rate below 50%",
     m.And((m.Compare(m.Field("total_score"), "<", m.Number(96.0, "96")),
            m.Compare(m.Field("execution_rate"), "<", m.Number(50.0, "50%"))))),
    ("效益指标只有一个、满意度指标有两个的项目",
     m.And((m.Compare(m.IndicatorCount(BENEFIT), "=", m.Number(1.0, "一个")),
            m.Compare(m.IndicatorCount(SATISFACTION), "=", m.Number(2.0, "两个"))))),
])
def test_a_score_on_a_part_and_two_class_counts(question, where):
    assert QuestionReader(NAMES_WITH_BENEFIT).read(question).select.where == where


@pytest.mark.parametrize("question", ["forms where the grade is missing", "评分等级那一栏没填的有几个", "评分等级缺失的项目",
                                      "没填评分等级的项目", "评分等级一栏是空的项目"])
def test_a_grade_said_to_be_missing(reader, question):
    assert reader.read(question).select.where == m.Text(GRADE, "missing")


# ----- every row of a form added up ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, where", [
    ("指标部分得分低于88分的项目", m.Compare(m.IndicatorSum("score"), "<", m.Number(88.0, "88"))),
    ("三级指标得分合计低于88分的项目", m.Compare(m.IndicatorSum("score"), "<", m.Number(88.0, "88"))),
    ("forms whose indicators scored under 88 points in total", m.Compare(m.IndicatorSum("score"), "<", m.Number(88.0, "88"))),
    ("指标得分加起来不是90分的项目", m.Compare(m.IndicatorSum("score"), "!=", m.Number(90.0, "90"))),
    ("forms with an indicator scored under 5",
     m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Number(5.0, "5")))),
])
def test_every_rows_points_added_up(reader, question, where):
    assert reader.read(question).select.where == where


def test_every_rows_points_on_the_corpus(seed_store):
    assert names(ask(seed_store, "三级指标得分合计低于90分的项目")) == ["劝导队经费（信）"]


@pytest.mark.parametrize("question, where", [
    ("满意度指标权重达到30分的项目有哪些", weight_of(SATISFACTION, ">=", 30)),
    ("满意度在总分里占30分的项目", weight_of(SATISFACTION, "=", 30)),
    ("forms whose satisfaction indicators are worth 30 points", weight_of(SATISFACTION, "=", 30)),
    ("产出指标得分低于40分的项目", weight_of(OUTPUT, "<", 40, "score")),
    ("a satisfaction indicator worth 30 points",
     m.HasIndicator(m.And((SATISFACTION, m.Compare(m.Field("weight", "indicator"), "=", m.Number(30.0, "30 points")))))),
    ("时效指标分值为20分的项目",
     m.HasIndicator(m.And((_class("时效指标"), m.Compare(m.Field("weight", "indicator"), "=", m.Number(20.0, "20分")))))),
])
def test_a_first_level_class_is_a_block_a_second_level_class_a_row(reader, question, where):
    assert reader.read(question).select.where == where


def test_rows_of_a_class_counted_by_their_weight(reader):
    select = reader.read("分值为10分的满意度指标有几个").select
    assert (select.entity, select.aggregate, select.where) == (
        "indicators", m.Aggregate("count"), m.And((SATISFACTION, m.Compare(m.Field("weight", "indicator"), "=", m.Number(10.0, "10分")))))


@pytest.mark.parametrize("question, where", [
    ("Projects tagged 城管办 with more than 10 indicators and a total score below 100",
     m.And((m.Text(m.Field("project_name"), "suffix", "（城管办）"), m.Compare(m.IndicatorCount(), ">", m.Number(10.0, "10")),
            m.Compare(m.Field("total_score"), "<", m.Number(100.0, "100"))))),
    ("satisfaction indicators with a total score below 95",
     m.And((m.Compare(m.Field("total_score"), "<", m.Number(95.0, "95")), m.HasIndicator(SATISFACTION)))),
])
def test_the_forms_total_score_beside_rows_is_the_forms_own(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question", ["forms that spent every last bit of it", "钱花光了的项目", "projects that spent every penny",
                                      "预算一分不剩的项目"])
def test_money_spent_to_the_last_bit(reader, question):
    assert reader.read(question).select.where == m.Compare(m.Field("execution_rate"), "=", m.Number(100.0, "100"))


def test_a_follow_up_counting_the_forms_that_spent_it_all_on_the_corpus(seed_store):
    assert ask(seed_store, "How many projects had a budget above 1 million yuan?",
               "and how many of those spent every last bit of it?").value == 2


@pytest.mark.parametrize("question, expected", [
    ("满意度指标只有1个且分值不足20分的平安办项目",
     ["公安后勤及协管员经费（平安办）", "图像视频监控系统租赁经费（平安办）", "安保经费（平安办）", "社会治安保障经费（平安办）"]),
    ("满意度指标超过1个、分值合计30分的项目", ["杜行派出所新址修缮工程（平安办）", "禁毒与反邪教（平安办）"]),
])
def test_a_column_said_after_a_class_count_is_that_class_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


@pytest.mark.parametrize("question, where", [
    ("whose rating is 优 and execution below 80%",
     m.And((m.Text(GRADE, "equals", "优"), m.Compare(m.Field("execution_rate"), "<", m.Number(80.0, "80%"))))),
    ("forms where no grade was given", m.Text(GRADE, "missing")),
    ("which forms got a grade other than 优", m.And((m.Text(GRADE, "present"), m.Not(m.Text(GRADE, "equals", "优"))))),
    ("评分等级为“良”或“中”的项目", m.Or((m.Text(GRADE, "equals", "良"), m.Text(GRADE, "equals", "中")))),
    ("等级是差的项目", m.Text(GRADE, "equals", "差")),
])
def test_grades_named_in_more_words(reader, question, where):
    assert reader.read(question).select.where == where


def test_a_standard_grade_no_form_holds_is_still_a_grade_on_the_corpus(seed_store):
    answer = ask(seed_store, "评分等级为“良”或“中”的项目")
    assert answer.records == [] and "'良'" in answer.sql and "'中'" in answer.sql


def test_a_column_verb_before_two_classes_compares_their_points(reader):
    where = reader.read("Which forms weight satisfaction more heavily than outputs?").select.where
    assert where == m.Compare(m.IndicatorSum("weight", SATISFACTION), ">", m.IndicatorSum("weight", OUTPUT))


# ----- a class's share of the form's points ----------------------------------------------------------------------

def share_of(rows: m.Cond, op: str, value: float) -> m.Compare:
    share = m.Arith("*", m.Number(100.0), m.Arith("/", m.IndicatorSum("weight", rows), m.Field("total_weight")))
    return m.Compare(share, op, m.Number(value, f"{value:g}"))


@pytest.mark.parametrize("question, where", [
    ("forms where outputs carry less than half of the weight", share_of(OUTPUT, "<", 50)),
    ("产出指标分值占比超过一半的项目", share_of(OUTPUT, ">", 50)),
    ("满意度指标占总分的比重不低于30%的项目", share_of(SATISFACTION, ">=", 30)),
    ("满意度在总分里占30分的项目", weight_of(SATISFACTION, "=", 30)),
])
def test_a_class_share_of_the_forms_points(reader, question, where):
    assert reader.read(question).select.where == where


def test_a_target_in_percent_stays_a_row_condition(reader):
    assert reader.read("满意度90%以上的项目").select.where == m.HasIndicator(m.And((
        SATISFACTION, m.Compare(m.Field("target_number", "indicator"), ">=", m.Number(90.0, "90%")),
        m.Text(m.Field("target_unit", "indicator"), "equals", "%"))))


def test_class_shares_on_the_corpus(seed_store):
    assert names(ask(seed_store, "产出指标分值占比超过一半的项目")) == [
        "下发基层书报杂志费（平安办）", "人才健康体检", "人才活动", "公安后勤及协管员经费（平安办）", "图像视频监控系统租赁经费（平安办）",
        "户籍档案数字化加工项目", "杜行派出所公用事业费", "社会治安保障经费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]
    assert ask(seed_store, "How many forms have outputs carrying less than half of the weight?").value == 15


def test_two_classes_added_up_together(reader):
    where = QuestionReader(NAMES_WITH_BENEFIT).read("效益指标加满意度指标一共60分的项目").select.where
    assert where == m.Compare(m.IndicatorSum("weight", m.Or((BENEFIT, SATISFACTION))), "=", m.Number(60.0, "60"))


def test_a_class_count_then_points_compared_with_a_figure(reader):
    where = reader.read("Forms with more than one satisfaction indicator and satisfaction points under 25").select.where
    assert where == m.And((m.Compare(m.IndicatorCount(SATISFACTION), ">", m.Number(1.0, "one")),
                           weight_of(SATISFACTION, "<", 25, "score")))


def test_two_classes_added_up_on_the_corpus(seed_store):
    assert names(ask(seed_store, "效益指标加满意度指标一共60分的项目")) == [
        "下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
        "浦江初心微史馆质保金（党群中心）", "社工"]


@pytest.mark.parametrize("question, where", [
    ("the graded scorecards with a top-up",
     m.And((m.Text(GRADE, "present"), m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))))),
    ("Which forms carry a grade and more than 8 indicators?",
     m.And((m.Text(GRADE, "present"), m.Compare(m.IndicatorCount(), ">", m.Number(8.0, "8"))))),
    ("graded projects below 96", m.Compare(m.Field("total_score"), "<", m.Number(96.0, "96"))),
    ("were graded below 96 points", m.Compare(m.Field("total_score"), "<", m.Number(96.0, "96 points"))),
])
def test_graded_before_forms_a_count_or_a_score(reader, question, where):
    assert reader.read(question).select.where == where


# ----- the same answers on SQLite and PostgreSQL -----------------------------------------------------------------

@pytest.mark.parametrize("question, count, value", [
    ("List the projects where the satisfaction block (满意度指标) carries 30 points or more of weight in total.", 9, None),
    ("平均每个项目的满意度指标分值合计是多少", 28, 20.18),
    ("产出指标分值占比超过一半的项目", 9, None),
    ("效益指标加满意度指标一共60分的项目", 6, None),
    ("forms where output indicators carry more weight than benefit indicators", 21, None),
    ("Which forms print no year of their own (the year has to be taken from the document)?", 2, None),
])
def test_class_totals_on_both_databases(fresh_store, question, count, value):
    from store.ingest import ingest_paths
    from support import SEED

    ingest_paths(fresh_store, [SEED])
    answer = ask(fresh_store, question)
    assert (len(answer.records), None if answer.value is None else round(answer.value, 2)) == (count, value)


def test_a_class_total_listed_for_every_form_on_the_corpus(seed_store):
    answer = ask(seed_store, "各项目满意度指标分值合计分别是多少")
    assert len(answer.records) == 28 and "满意度指标分值合计" in answer.interpretation and answer.sql.count("SUM(i.weight)") == 1


# ----- three and four conditions at once -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Ungraded forms with satisfaction worth 30 points, no timeliness indicator and a budget over 100万", ["下拨经费（党群中心）", "社工"]),
    ("评分等级为优、满意度指标两个、执行率低于95%的项目",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
    ("Graded forms whose allocation was never adjusted, with fewer than 6 indicators",
     ["图像视频监控系统租赁经费（平安办）", "社会治安保障经费（平安办）"]),
    ("预算执行得分满分、满意度指标分值合计20分、名称带（平安办）的项目",
     ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "下发基层书报杂志费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
      "社工点经费（平安办）"]),
])
def test_several_conditions_of_the_round_at_once_on_the_corpus(seed_store, question, expected):
    assert names(ask(seed_store, question)) == expected


@pytest.mark.parametrize("question, where", [
    ("满意度指标分值合计不是30分的项目", weight_of(SATISFACTION, "!=", 30)),
    ("forms whose satisfaction block is not worth 30 points", weight_of(SATISFACTION, "!=", 30)),
    ("forms whose satisfaction section carries no more than 15 points", weight_of(SATISFACTION, "<=", 15)),
])
def test_a_class_total_negated(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, where", [
    ("评分等级没写、执行率不到50%的有哪些",
     m.And((m.Text(GRADE, "missing"), m.Compare(m.Field("execution_rate"), "<", m.Number(50.0, "50%"))))),
    ("Which forms are missing their grade?", m.Text(GRADE, "missing")),
    ("预算执行这部分扣了分的项目", m.Compare(BUDGET_SCORE, "<", m.Field("budget_weight"))),
])
def test_a_blank_grade_closing_its_clause_and_the_budget_part_losing_points(reader, question, where):
    assert reader.read(question).select.where == where


# ----- a negation closing its clause stays with what comes before it ----------------------------------------------

TIMELINESS = m.HasIndicator(_class("时效指标"))
DEVIATION_FILLED = m.HasIndicator(m.Text(m.Field("deviation", "indicator"), "present"))


@pytest.mark.parametrize("question, where", [
    ("偏差原因没写、执行率不到50%的项目",
     m.And((m.Not(DEVIATION_FILLED), m.Compare(m.Field("execution_rate"), "<", m.Number(50.0, "50%"))))),
    ("时效指标没有、满意度指标分值合计30分的项目", m.And((weight_of(SATISFACTION, "=", 30), m.Not(TIMELINESS)))),
    ("总分低于96、没写年份的项目",
     m.And((m.Compare(m.Field("total_score"), "<", m.Number(96.0, "96")), YEAR_TAKEN))),
])
def test_a_negation_closing_its_clause(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question", ["Which forms are missing their grade, and what were their execution rates?",
                                      "哪些项目没有评分等级，它们的执行率是多少"])
def test_forms_picked_then_a_figure_of_theirs(reader, question):
    select = reader.read(question).select
    assert (select.where, select.shown) == (m.Text(GRADE, "missing"), [m.Field("execution_rate")])
