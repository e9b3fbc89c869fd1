"""The query model on kinds of questions: indicator targets, quoted names, English topics, classes compared,
statistics by group and follow-ups — on an invented county's names and on the bundled corpus."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant import sqlcompile
from assistant.conversation import Conversation
from assistant.reader import QuestionReader
from assistant.recognise import StoreNames
from assistant.store_terms import measure_words, quoted_at, topics_in
from index.glossary import GLOSSARY_EN
from support import unprinted

# An invented county: none of these names occurs in the bundled corpus.
NAMES = StoreNames(
    units=["江南省青石县城市管理执法大队"],
    departments=["青石县城市管理局"],
    tags=["城管办"],
    classes={"产出指标": "level1", "效益指标": "level1", "满意度指标": "level1", "质量指标": "level2"},
    grades=["优", "良"],
    years=[2021],
    projects=["青石路灯维护经费（城管办）", "渣土车辆租赁服务费（城管办）"],
    indicators=["路灯维修合格率", "市民满意度", "信息采集设备完好率", "巡查及时率", "租赁车辆数量"],
)
NAME = m.Field("name", "indicator")
TARGET = m.Field("target_number", "indicator")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES, glossary=GLOSSARY_EN)


def where(reader: QuestionReader, question: str):
    reading = reader.read(question)
    assert reading is not None, question
    return reading.select.where


def measure(word: str) -> m.Cond:
    return m.Or((m.Text(NAME, "contains", word), m.Text(m.Field("target", "indicator"), "contains", word)))


def target(op: str, value: float) -> m.Compare:
    return m.Compare(TARGET, op, m.Number(value))


def percent_target(op: str, value: float) -> m.And:
    """A target against a percentage: only rows whose target is printed in percent."""
    return m.And((target(op, value), m.Text(m.Field("target_unit", "indicator"), "equals", "%")))




# ----- recognisers ------------------------------------------------------------------------------------------

def test_measure_words_come_from_indicator_names():
    assert measure_words(NAMES.indicators) == {"合格率", "满意度", "完好率", "及时率"}
    assert measure_words(["路灯维修合格率", "租赁车辆数量"]) == {"合格率"}


@pytest.mark.parametrize("text, found", [
    ('名称里有"青石"', (8, "青石")), ("名称里有“青石”", (8, "青石")), ("名称里有「青石」", (8, "青石")),
    ("名称里有《青石》", (8, "青石")), ("the unit's 'x'", None),
])
def test_quotes_of_every_kind(text, found):
    start = next((i for i, ch in enumerate(text) if ch in "\"“「《'"), None)
    assert quoted_at(text, start) == found


def test_topics_only_where_the_store_names_use_the_chinese():
    text = "indicators about information collection devices"
    assert topics_in(text, 17, len(text), GLOSSARY_EN, NAMES.indicators) == [
        (17, 39, "信息采集"), (40, 47, "设备")]  # 采集 lies inside 信息采集: the general term would widen the topic
    assert topics_in(text, 17, len(text), GLOSSARY_EN, ["路灯维修合格率"]) == []


# ----- indicator targets ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("合格率98%以上的指标有哪些", m.HasIndicator(m.conjoin(measure("合格率"), percent_target(">=", 98.0)))),
    ("哪些指标的目标值是合格率98%以上", m.HasIndicator(m.conjoin(measure("合格率"), percent_target(">=", 98.0)))),
    ("及时率100%的项目", m.HasIndicator(m.conjoin(measure("及时率"), percent_target("=", 100.0)))),
    ("满意度不低于90%的指标", m.HasIndicator(m.conjoin(m.Text(m.Field("level1", "indicator"), "equals", "满意度指标"),
                                                  percent_target(">=", 90.0)))),
    ("projects with a satisfaction target of 85%", m.HasIndicator(m.conjoin(
        m.Text(m.Field("level1", "indicator"), "equals", "满意度指标"), percent_target("=", 85.0)))),
])
def test_targets_as_people_write_them(reader, question, expected):
    assert unprinted(where(reader, question)) == expected


def test_a_target_in_words_is_counted_over_indicator_rows(reader):
    select = reader.read("目标值为百分之九十的指标有几个").select
    assert (select.entity, select.aggregate, unprinted(select.where)) == ("indicators", m.Aggregate("count"), percent_target("=", 90.0))


# ----- quoted names and topics ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ('哪些项目名称里有"路灯"', m.Text(m.Field("project_name"), "contains", "路灯")),
    ("projects whose name contains “渣土”", m.Text(m.Field("project_name"), "contains", "渣土")),
    ("名称带《青石》的项目有几个", m.Text(m.Field("project_name"), "contains", "青石")),
    ("forms with an indicator named '巡查'", m.HasIndicator(m.Text(NAME, "contains", "巡查"))),
])
def test_quoted_names_are_name_constraints(reader, question, expected):
    assert where(reader, question) == expected


def test_english_topics_find_indicators_by_their_chinese_names(reader):
    project = m.Field("project_name")
    topic = m.Or((m.HasIndicator(m.And((m.Text(NAME, "contains", "信息采集"), m.Text(NAME, "contains", "设备")))),
                  m.And((m.Text(project, "contains", "信息采集"), m.Text(project, "contains", "设备")))))
    quality = m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "质量指标"))
    assert where(reader, "Which projects have quality indicators about information collection devices?") == m.And((topic, quality))
    # A topic alone is a narrative, for the narrative reader to answer.
    assert reader.read("Which projects have indicators about information collection devices?") is None


def test_parts_of_names_the_store_holds_are_constraints(reader):
    # Part of a project's name and a whole indicator name, with only glue words read between them.
    select = reader.read("青石路灯项目巡查及时率不低于95%的有几个").select
    assert unprinted(select.where) == m.And((m.Text(m.Field("project_name"), "contains", "青石路灯"), m.HasIndicator(m.And((
        m.Text(NAME, "contains", "巡查及时率"), *percent_target(">=", 95.0).items)))))
    # A named form's indicator figure, or an indicator named with nothing asked, is the rule-based lookup's.
    assert reader.read("青石路灯项目巡查及时率的目标值") is None
    assert reader.read("青石路灯维护经费的巡查及时率") is None


# ----- classes compared -------------------------------------------------------------------------------------

def count_of(label: str) -> m.IndicatorCount:
    return m.IndicatorCount(m.Text(m.Field("level1", "indicator"), "equals", label))


@pytest.mark.parametrize("question", [
    "Which forms have more output indicators than benefit indicators?",
    "产出指标比效益指标多的项目",
    "产出指标多于效益指标的项目有哪些",
    "产出指标个数多于效益指标个数的项目",
])
def test_classes_compared_by_their_rows(reader, question):
    assert where(reader, question) == m.Compare(count_of("产出指标"), ">", count_of("效益指标"))


# ----- statistics -------------------------------------------------------------------------------------------

def test_a_statistic_word_gives_way_to_the_field_after_it(reader):
    select = reader.read("产出指标的平均分值是多少").select
    assert select.aggregate == m.Aggregate("avg", m.Field("weight", "indicator"))
    assert reader.read("各单位的平均分").select.aggregate == m.Aggregate("avg", m.Field("total_score"))


def test_median_by_group_on_the_corpus(seed_store):
    reader = QuestionReader_for(seed_store)
    select = reader.read("What is the median execution rate by unit?").select
    assert select.aggregate == m.Aggregate("median", m.Field("execution_rate")) and select.group_by == m.Field("implementing_unit")
    from store.readonly_sql import run_select

    rows = run_select(seed_store.engine, sqlcompile.aggregate_sql(select)).rows
    assert [(g, round(v, 2), n) for g, v, n in rows] == [("上海市闵行区浦江镇社区党群服务中心", 96.7, 25), ("信访办", 92.77, 3)]


def QuestionReader_for(store) -> QuestionReader:
    from assistant.reader import store_names

    return QuestionReader(store_names(store))


# ----- on the corpus, end to end ----------------------------------------------------------------------------

def test_targets_on_the_corpus(seed_store):
    conversation = Conversation(seed_store, llm=None)
    answer = conversation.ask("哪些指标的目标值是合格率98%以上?")
    assert len(answer.records) == 6 and "书报杂志验收合格率" in answer.text
    assert conversation.ask("目标值为百分之九十的指标有几个").value == 33.0


def test_share_of_indicator_rows_is_worded_as_a_percentage(seed_store):
    answer = Conversation(seed_store, llm=None).ask("What share of indicators are satisfaction indicators?")
    assert round(answer.value, 2) == 18.62 and answer.text.startswith("18.62% of indicator rows")


def test_a_group_picked_shows_every_group(seed_store):
    answer = Conversation(seed_store, llm=None).ask("How many projects per unit, and which unit has the most?")
    assert answer.value == 25.0 and "all groups: 上海市闵行区浦江镇社区党群服务中心 25; 信访办 3" in answer.text


def test_follow_ups_reword_and_narrow(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert len(conversation.ask("Which projects had a budget cut?").records) == 5
    chinese = conversation.ask("用中文")
    assert chinese.text.startswith("共 5 个项目") and chinese.interpretation.startswith("项目：全年预算数 < 年初预算数")
    lowest = conversation.ask("the one with the lowest total score")
    assert [r.project_name for r in lowest.records] == ["安保经费（平安办）"] and lowest.value == 99.9
    english = conversation.ask("and in English?")
    assert english.text.startswith("安保经费（平安办）") and english.interpretation.startswith("forms where annual budget")


# ----- negated columns, zero, clauses in brackets -----------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Which projects have no printed grade?", m.Not(m.Text(m.Field("grade"), "present"))),
    ("哪些项目没有标注", m.Not(m.Text(m.Field("office_tag"), "present"))),
    ("forms with indicators with a weight of zero", m.HasIndicator(m.Compare(m.Field("weight", "indicator"), "=", m.Number(0.0)))),
    ("执行数最少的项目（不算一分没花的）", m.Compare(m.Field("executed"), "!=", m.Number(0.0))),
])
def test_negated_columns_zero_and_bracketed_clauses(reader, question, expected):
    assert unprinted(where(reader, question)) == expected


def test_share_written_as_how_many_percent(reader):
    select = reader.read("执行率低于60%的项目占全部项目的百分之多少").select
    assert unprinted(select.aggregate) == m.Aggregate("share", condition=m.Compare(m.Field("execution_rate"), "<", m.Number(60.0)))


def test_their_opens_a_follow_up_only_at_the_start(reader):
    reading = reader.read("Which projects had their budget raised by more than 10万元?")
    assert not reading.follow_up
    assert unprinted(reading.select.where) == m.Compare(
        m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget")), ">", m.Number(10.0))
    previous = m.Select(where=m.Compare(m.Field("execution_rate"), "<", m.Number(90.0)))
    follow = reader.read("their execution rates?", previous)
    assert follow.follow_up and follow.select.shown == [m.Field("execution_rate")]
    assert unprinted(follow.select.where) == m.Compare(m.Field("execution_rate"), "<", m.Number(90.0))


@pytest.mark.parametrize("question", ["List forms whose score on budget execution is lower than its weight.",
                                      "预算执行率得分低于分值的项目"])
def test_a_score_against_its_own_weight(reader, question):
    assert where(reader, question) == m.Compare(m.Field("budget_score"), "<", m.Field("budget_weight"))


def test_how_many_of_a_topic_is_the_figure_of_its_indicator_row(reader, seed_store):
    # Counting a topic without a project named: the rows' actual figure, over indicator rows.
    select = reader.read("How many information collection devices do forms graded 优 have?").select
    assert (select.entity, select.aggregate) == ("indicators", m.Aggregate("sum", m.Field("actual_number", "indicator")))
    # With a project named, the rule-based lookup quotes the row.
    answer = Conversation(seed_store, llm=None).ask(
        "How many information collection devices were leased under the 实有人口移动信息采集终端 project?")
    assert answer.value == 240.0 and "信息采集设备：target =240.00(台)" in answer.text


def test_a_noun_phrase_of_topics_is_one_topic(reader):
    tokens, _ = reader.recogniser.tokens("indicators on devices for collecting information")
    assert [(t.kind, t.key) for t in tokens if t.kind == "topic"] == [("topic", "设备;信息采集")]


@pytest.mark.parametrize("question, descending", [("Which project has the second highest budget?", True),
                                                  ("预算第二高的项目", True), ("全年预算第二低的是哪个项目", False)])
def test_the_second_of_a_ranking(reader, question, descending):
    select = reader.read(question).select
    assert (select.order_by, select.descending, select.limit, select.offset, select.ties) == (
        m.Field("annual_budget"), descending, 1, 1, False)
    assert sqlcompile.records_sql(select).endswith(f"ORDER BY f.annual_budget {'DESC' if descending else 'ASC'}, f.form_id LIMIT 1 OFFSET 1")


def test_the_second_highest_on_the_corpus(seed_store):
    answer = Conversation(seed_store, llm=None).ask("Which project has the second highest budget?")
    assert [r.project_name for r in answer.records] == ["社工"] and answer.value == 2138.12


def test_an_indicator_score_short_of_full_marks(reader):
    select = reader.read("有几个项目的指标得分没有拿满").select
    assert select.aggregate == m.Aggregate("count") and select.where == m.HasIndicator(
        m.Compare(m.Field("score", "indicator"), "!=", m.Field("weight", "indicator")))


@pytest.mark.parametrize("question, aggregate, having", [
    ("Which units have more than 5 projects?", m.Aggregate("count"), m.GroupCondition(">", m.Number(5.0))),
    ("哪些单位的项目超过5个", m.Aggregate("count"), m.GroupCondition(">", m.Number(5.0))),
    ("哪些标注的平均执行率低于80%", m.Aggregate("avg", m.Field("execution_rate")), m.GroupCondition("<", m.Number(80.0))),
    ("Which departments have a total budget above 1000万元?", m.Aggregate("sum", m.Field("annual_budget")),
     m.GroupCondition(">", m.Number(1000.0))),
])
def test_groups_kept_by_their_statistic(reader, question, aggregate, having):
    select = reader.read(question).select
    assert (select.where, unprinted(select.aggregate), unprinted(select.having)) == (None, aggregate, having)
    assert select.group_by is not None


def test_groups_kept_on_the_corpus(seed_store):
    answer = Conversation(seed_store, llm=None).ask("哪些标注的平均执行率低于80%")
    assert answer.rows == [["党群中心", "43.49", "5"]] and "HAVING AVG(f.execution_rate) < 80" in answer.sql


@pytest.mark.parametrize("question, margin, op, value", [
    ("执行数比全年预算少一半以上的项目", m.Arith("*", m.Number(100.0), m.Arith("/", m.Arith(
        "-", m.Field("annual_budget"), m.Field("executed")), m.Field("annual_budget"))), ">=", 50.0),
    ("全年预算比年初预算多10万元以上的项目", m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget")), ">=", 10.0),
])
def test_the_margin_between_two_fields(reader, question, margin, op, value):
    assert unprinted(where(reader, question)) == m.Compare(margin, op, m.Number(value))


def test_except_written_with_wai(reader):
    assert where(reader, "除城管办外所有项目的平均总分") == m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）"))


def test_a_margin_written_in_english(reader):
    budget, initial = m.Field("annual_budget"), m.Field("initial_budget")
    assert unprinted(where(reader, "Which projects have a budget larger than their initial budget by over 20%?")) == m.Compare(
        m.Arith("*", m.Number(100.0), m.Arith("/", m.Arith("-", budget, initial), initial)), ">", m.Number(20.0))
    assert unprinted(where(reader, "Which projects spent less than their budget by more than 50万元?")) == m.Compare(
        m.Arith("-", budget, m.Field("executed")), ">", m.Number(50.0))


def test_a_total_of_execution_is_money(reader):
    assert reader.read("What was the total execution across all forms in 2021?").select.aggregate == m.Aggregate(
        "sum", m.Field("executed"))


def test_the_form_with_most_rows_of_a_class(reader):
    select = reader.read("时效指标最多的项目").select
    timeliness = m.Text(m.Field("level2", "indicator"), "equals", "时效指标")
    assert (select.order_by, select.descending, select.ties) == (m.IndicatorCount(timeliness), True, True)


def test_indicator_rows_ranked(seed_store):
    answer = Conversation(seed_store, llm=None).ask("指标目标值最高的指标是哪个")
    assert answer.text == "杜行派出所新址修缮工程（平安办） · 修缮面积（19,975）" and answer.value == 19975.0


def test_an_indicator_topic_may_be_said_by_the_form_name(reader):
    project = m.Field("project_name")
    select = reader.read("Which projects graded 优 have an indicator on information collection?").select
    assert select.where == m.And((m.Text(m.Field("grade"), "equals", "优"), m.Or((
        m.HasIndicator(m.Text(NAME, "contains", "信息采集")), m.Text(project, "contains", "信息采集")))))


@pytest.mark.parametrize("question, op", [("执行率>=90%的项目", ">="), ("执行率≥90%的项目", ">="), ("执行率<90%的项目", "<"),
                                          ("execution rate ≤ 90%", "<="), ("执行率≠90%的项目", "!=")])
def test_comparison_signs(reader, question, op):
    assert unprinted(where(reader, question)) == m.Compare(m.Field("execution_rate"), op, m.Number(90.0))


def test_a_year_the_store_lacks_is_still_a_year(reader):
    select = reader.read("How many 2023 forms are there?").select  # the invented store holds 2021 and 2022
    assert unprinted(select.where) == m.Compare(m.Field("year"), "=", m.Number(2023.0))


@pytest.mark.parametrize("question, op, times", [
    ("哪些项目全年预算是年初预算的两倍以上", ">=", 2.0),
    ("Which projects have an annual budget more than twice their initial budget?", ">", 2.0),
    ("全年预算超过年初预算1.5倍的项目", ">", 1.5),
])
def test_a_field_against_a_multiple_of_another(reader, question, op, times):
    assert unprinted(where(reader, question)) == m.Compare(
        m.Field("annual_budget"), op, m.Arith("*", m.Number(times), m.Field("initial_budget")))


def test_a_statistic_read_by_a_condition_is_not_the_question(reader):
    select = reader.read("执行率高于中位数的项目有几个").select
    assert select.aggregate == m.Aggregate("count") and select.where == m.Compare(
        m.Field("execution_rate"), ">", m.Overall("median", m.Field("execution_rate")))


@pytest.mark.parametrize("question, first, second", [
    ("Which project has the largest gap between its budget and its spending?", "annual_budget", "executed"),
    ("预算和执行数相差最大的项目", "annual_budget", "executed"),
    ("全年预算与年初预算的差额最大的三个项目", "annual_budget", "initial_budget"),
])
def test_the_gap_between_two_fields_is_a_measure(reader, question, first, second):
    select = reader.read(question).select
    assert (select.order_by, select.descending) == (m.Arith("-", m.Field(first), m.Field(second)), True)


def test_its_figure_after_a_pick(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("信访办的项目")
    assert [r.project_name for r in conversation.ask("其中执行率最高的").records] == ["信访代理员经费（信）"]
    answer = conversation.ask("它的总分是多少")
    assert answer.value == 99.86 and answer.text == "信访代理员经费（信）：总分 99.86 分"


def test_spent_its_whole_budget(reader):
    assert unprinted(where(reader, "Which project spent its whole budget?")) == m.Compare(
        m.Field("execution_rate"), "=", m.Number(100.0))


def test_rows_meeting_a_figure_condition_are_quoted(seed_store):
    answer = Conversation(seed_store, llm=None).ask("Which indicators scored below their weight?")
    assert answer.text == "1 form: 劝导队经费（信）.\n劝导队经费（信） · 维稳工作完成率: =8.00(人) → 4.00(人), 14.9/15"


# ----- names that open with a quote, and an indicator's score against its weight ------------------------------

QUOTE_OPENED = "“四个一”路灯巡查奖励费（城管办）"


@pytest.mark.parametrize("question", [f"{QUOTE_OPENED}的执行率是多少", f"What was the execution rate of {QUOTE_OPENED}?"])
def test_a_name_that_opens_with_a_quote_is_the_whole_name(question):
    names = StoreNames(units=NAMES.units, departments=NAMES.departments, tags=NAMES.tags, classes=NAMES.classes,
                       grades=NAMES.grades, years=NAMES.years, projects=[*NAMES.projects, QUOTE_OPENED],
                       indicators=NAMES.indicators)
    reading = QuestionReader(names, glossary=GLOSSARY_EN).read(question)
    assert reading.select.where == m.Text(m.Field("project_name"), "equals", QUOTE_OPENED)
    assert reading.select.shown == [m.Field("execution_rate")]


@pytest.mark.parametrize("question", ["Which projects have an indicator that scored less than its weight?",
                                      "forms with any indicator scored below its weight",
                                      "哪些项目有指标得分低于分值"])
def test_an_indicator_scored_below_its_weight_is_a_row_condition(reader, question):
    assert where(reader, question) == m.HasIndicator(
        m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))
