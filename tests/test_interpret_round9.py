"""Round 9: robustness that transfers — glue named and answered past, unreadable conditions refused, exclusions over
a list, follow-ups on a bare pointer, figures for every form, measure definitions in brackets."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.conversation import Conversation
from assistant.leftovers import looks_like_condition, only_glue, unreadable_condition, without_units
from assistant.reader import QuestionReader
from assistant.recognise import StoreNames
from index.glossary import GLOSSARY_EN

# An invented county: none of these names occurs in the bundled corpus.
NAMES = StoreNames(
    units=["青石县城市管理执法大队"],
    departments=["青石县城市管理局"],
    tags=["城管办", "环卫所", "信"],
    classes={"产出指标": "level1", "满意度指标": "level1", "时效指标": "level2"},
    grades=["优", "良"],
    years=[2021],
    projects=["青石路灯维护经费（城管办）", "道路清扫经费（环卫所）", "来访接待经费（信）"],
    indicators=["路灯维修合格率", "市民满意度"],
)
HALF_SPENT = ["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
              "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "人才活动", "人才健康体检"]
DEFERRED = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
            "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"]


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES, glossary=GLOSSARY_EN)


def names(answer):
    return [r.project_name for r in answer.records]


# ----- what is glue, what looks like a condition (assistant/leftovers.py) -------------------------------------
@pytest.mark.parametrize("words, expected", [
    ("frankly speaking", False), ("kindly", False), ("呀", False), ("老实说", False),
    ("more than three", True), ("not counting", True), ("nil", False), ("3 flurbs", True), ("七成", True),
    ("除了这个", True), ("以上", True), ("other than", True), ("at least", True),
])
def test_what_looks_like_a_condition(words, expected):
    assert looks_like_condition(words) is expected


def test_units_are_taken_out_before_asking_what_the_forms_say():
    assert without_units("last yuan", ["yuan", "万元"]).split() == ["last"]
    assert without_units("in 万元, pct", ["pct", "万元"]).replace(",", " ").split() == ["in"]
    assert without_units("yuanxiao", ["yuan"]) == "yuanxiao"  # a unit inside a word is the word's


def test_glue_is_what_neither_holds_a_condition_nor_names_a_topic():
    says = {"police station": ["police station"]}.get
    assert only_glue(["frankly speaking", "kindly"], lambda w: says(w) or [])
    assert not only_glue(["police station"], lambda w: says(w) or [])
    assert not only_glue(["over 3"], lambda w: [])
    assert unreadable_condition(["flurbs", "more than three"], lambda w: []) == ["more than three"]
    assert unreadable_condition(["police station", "more than three"], lambda w: says(w) or []) == []


# ----- the mechanism end to end on the bundled corpus -------------------------------------------------------
def test_a_harmless_unknown_word_is_named_and_the_question_answered(seed_store):
    answer = Conversation(seed_store, llm=None).ask("Which projects, frankly speaking, used under half of their money?")
    assert answer.kind == "list"
    assert sorted(names(answer)) == sorted(HALF_SPENT)
    assert answer.text.splitlines()[-1] == "ignored: frankly speaking"


def test_a_chinese_filler_is_named_and_the_question_answered(seed_store):
    answer = Conversation(seed_store, llm=None).ask("执行率低于60%的项目有哪些呀")
    assert len(answer.records) == 9
    assert answer.text.splitlines()[-1] == "未使用：呀"


def test_a_condition_like_unknown_phrase_is_refused_not_dropped(seed_store):
    answer = Conversation(seed_store, llm=None).ask(
        "Which projects used under half of their money and have more than three flurbs?")
    assert answer.kind == "unknown"
    assert answer.records == []
    assert answer.interpretation == "not understood: flurbs、more than three"
    assert "What I did read: forms where execution rate < 50%" in answer.text


def test_a_negation_that_negates_nothing_is_refused(seed_store):
    answer = Conversation(seed_store, llm=None).ask(
        "Which projects used under half of their money, not counting the zorbly ones?")
    assert answer.kind == "unknown"
    assert answer.interpretation == "not understood: zorbly、not counting"


def test_words_a_form_says_still_go_to_the_narrative_reader(seed_store):
    answer = Conversation(seed_store, llm=None).ask("哪些项目的经费拖到2024年才支付")
    assert sorted(names(answer)) == sorted(DEFERRED)


# ----- exclusions over a list ---------------------------------------------------------------------------------
def test_an_exclusion_covers_every_item_of_a_list(reader):
    select = reader.read("Leaving aside the forms that spent nothing and the 来访接待经费（信） form, what is the avg execution rate?").select
    assert select.where == m.And((m.Compare(m.Field("executed"), "!=", m.Number(0.0, "0")),
                                  m.Not(m.Text(m.Field("project_name"), "equals", "来访接待经费（信）"))))
    assert select.aggregate == m.Aggregate("avg", m.Field("execution_rate"))


def test_chinese_exclusion_closed_by_yiwai_covers_the_list(reader):
    select = reader.read("除了没花钱的和来访接待经费（信）以外，平均执行率是多少").select
    assert select.where == m.And((m.Compare(m.Field("executed"), "!=", m.Number(0.0, "0")),
                                  m.Not(m.Text(m.Field("project_name"), "equals", "来访接待经费（信）"))))


def test_a_comma_ends_the_exclusion(reader):
    where = reader.read("excluding 城管办, projects with budget over 100万 and rate below 60").select.where
    assert where == m.And((m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）")),
                           m.Compare(m.Field("annual_budget"), ">", m.Number(100.0, "100万")),
                           m.Compare(m.Field("execution_rate"), "<", m.Number(60.0, "60"))))


def test_what_the_forms_lack_said_before_the_negation(reader):
    where = reader.read("时效指标都没有的项目有几个").select.where
    assert where == m.Not(m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标")))


# ----- brackets that only define or name a unit -----------------------------------------------------------------
def test_a_bracketed_difference_defines_the_measure_before_it(reader):
    reading = reader.read("结余资金（全年预算数减全年执行数）最多的项目结余多少万元？")
    assert reading.ignored == []
    assert reading.select.order_by == m.Field("unspent") and reading.select.limit == 1
    reading = reader.read("How large was the underspend (final allocation less outturn) on 青石路灯维护经费（城管办）?")
    assert reading.select.shown == [m.Field("unspent")]
    assert reading.select.where == m.Text(m.Field("project_name"), "equals", "青石路灯维护经费（城管办）")


def test_a_bracket_naming_the_unit_is_no_condition(reader):
    reading = reader.read("Median execution rate of the 城管办 projects (pct)")
    assert reading.ignored == []
    assert reading.select.aggregate == m.Aggregate("median", m.Field("execution_rate"))


# ----- follow-ups, listings, words -------------------------------------------------------------------------------
def test_a_bare_pointer_anywhere_is_the_previous_answers_forms(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("Which projects pushed payment back into 2024?")
    answer = conversation.ask("How much in total remained unspent on those, 万元?")
    assert answer.value == pytest.approx(141.22)


def test_a_figure_for_every_form(reader):
    for question in ("execution rates for every project", "每个项目的执行率", "execution rate of each project"):
        select = reader.read(question).select
        assert (select.where, select.shown) == (None, [m.Field("execution_rate")]), question


def test_a_one_character_tag_before_ones_and_a_bare_rate(reader):
    select = reader.read("信 ones only, sorted by rate").select
    assert select.where == m.Text(m.Field("project_name"), "suffix", "（信）")
    assert select.order_by == m.Field("execution_rate")


def test_a_bare_duoshao_after_an_amount_is_a_total(reader):
    select = reader.read("2021年城管办花了多少").select
    assert select.aggregate == m.Aggregate("sum", m.Field("executed"))


@pytest.mark.parametrize("question, where", [
    ("钱花超了的项目有没有", m.Compare(m.Field("executed"), ">", m.Field("annual_budget"))),
    ("年中被砍了预算的项目", m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))),
    ("评分是良的项目都有哪些", m.Text(m.Field("grade"), "equals", "良")),
    ("projects with a sanctioned amount (revised estimate) exceeding 1,000,000 yuan",
     m.Compare(m.Field("annual_budget"), ">", m.Number(100.0, "1,000,000 yuan"))),
])
def test_new_words(reader, question, where):
    assert reader.read(question).select.where == where


def test_colloquial_pointers_and_name_cues(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办的项目")
    answer = conversation.ask("里面执行率最低的是哪个")
    assert names(answer) == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
    answer = Conversation(seed_store, llm=None).ask("项目名字里带经费两个字的有几个")
    assert answer.value == 11


@pytest.mark.parametrize("question", ["On which forms was any indicator awarded fewer marks than its weighting?",
                                      "Which indicators got fewer points than their assigned weight?"])
def test_a_comparative_before_its_field(reader, question):
    where = reader.read(question).select.where
    assert where == m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))


def test_a_comparative_after_its_field_is_unchanged(reader):
    where = reader.read("projects with less spending than the initial budget").select.where
    assert where == m.Compare(m.Field("executed"), "<", m.Field("initial_budget"))


def test_a_closing_restatement_is_the_condition(reader):
    expected = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))
    assert reader.read("Which schemes received an in-year uplift, i.e. a final allocation above the opening provision?"
                       ).select.where == expected
    assert reader.read("城管办哪些项目年中追加了预算，即全年预算数高于年初预算数").select.where == m.And(
        (m.Text(m.Field("project_name"), "suffix", "（城管办）"), expected))


def test_each_of_the_forms_named_shows_their_figure(reader):
    select = reader.read("城管办项目的执行率分别是多少").select
    assert (select.where, select.shown) == (m.Text(m.Field("project_name"), "suffix", "（城管办）"), [m.Field("execution_rate")])


@pytest.mark.parametrize("question", ["没评优的项目都是哪些", "没拿到优的项目有几个"])
def test_not_graded_in_colloquial_chinese(reader, question):
    where = reader.read(question).select.where
    assert m.Not(m.Text(m.Field("grade"), "equals", "优")) in where.items


def test_none_at_all_is_no_figure_of_one(reader):
    where = reader.read("效益指标一个都没有的项目").select.where
    assert where == m.Not(m.HasIndicator(m.Text(m.Field("level1", "indicator"), "equals", "效益指标")))


def test_colloquial_follow_ups_keep_the_previous_forms(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办的项目")
    answer = conversation.ask("预算最多的前三个呢")
    assert names(answer) == ["图像视频监控系统租赁经费（平安办）", "鲁汇派出所新址装修工程（平安办）", "社工点经费（平安办）"]
    conversation.reset()
    conversation.ask("预算超过100万的项目有哪些")
    assert len(conversation.ask("再筛一下，执行率不到90%的").records) == 4


def test_a_swapped_figure_compares_the_previous_field(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("预算超过100万的项目有哪些")
    answer = conversation.ask("那50万以上的呢")
    assert answer.interpretation == "项目：全年预算数 ≥ 50 万元 · 16 个项目"
    conversation.reset()
    conversation.ask("projects with execution rate below 60%")
    assert len(conversation.ask("what about below 80%?").records) == 11


def test_adding_up_in_colloquial_chinese(reader):
    select = reader.read("城管办的项目加一块儿预算多少").select
    assert select.aggregate == m.Aggregate("sum", m.Field("annual_budget"))
    assert select.where == m.Text(m.Field("project_name"), "suffix", "（城管办）")


def test_a_statistic_over_the_first_n_forms(reader, seed_store):
    select = reader.read("城管办预算最高的3个项目的预算合计").select
    suffix = m.Text(m.Field("project_name"), "suffix", "（城管办）")
    assert select.where == m.Ranked(m.Field("annual_budget"), True, 3, suffix)
    assert select.aggregate == m.Aggregate("sum", m.Field("annual_budget"))
    answer = Conversation(seed_store, llm=None).ask("预算最高的五个项目加起来多少钱")
    assert answer.value == pytest.approx(6115.15) and len(answer.records) == 5
    answer = Conversation(seed_store, llm=None).ask("执行率最低的三个项目平均预算是多少")
    assert answer.interpretation == "项目：执行率最低的3个 · 全年预算数平均 · 3 个项目"


def test_the_first_n_forms_compile_to_a_subquery():
    from assistant import sqlcompile

    sql = sqlcompile.condition(m.Ranked(m.Field("annual_budget"), True, 5, None))
    assert sql == ("f.form_id IN (SELECT r.form_id FROM forms AS r WHERE r.annual_budget IS NOT NULL "
                   "ORDER BY r.annual_budget DESC, r.form_id LIMIT 5)")


def test_half_in_the_rule_reading_of_a_reason_question(seed_store):
    answer = Conversation(seed_store, llm=None).ask("执行率不到一半的项目都是什么原因")
    assert answer.interpretation.startswith("执行率 < 50%")
    assert len(answer.records) == 6


def test_an_exclusion_over_the_ones_from_and_the_ones_with(reader):
    where = reader.read("Which forms, excluding the ones from 城管办 and the ones with zero spending, have a budget over "
                        "1 million?").select.where
    assert where == m.And((m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）")),
                           m.Compare(m.Field("executed"), "!=", m.Number(0.0, "0")),
                           m.Compare(m.Field("annual_budget"), ">", m.Number(100.0, "1 million"))))


def test_a_clause_after_a_comma_is_not_excluded(reader):
    where = reader.read("Among projects of a unit other than 青石县城市管理执法大队, which had a full-year budget above 1 million "
                        "yuan and an execution ratio below 95%?").select.where
    assert m.Compare(m.Field("execution_rate"), "<", m.Number(95.0, "95%")) in where.items


@pytest.mark.parametrize("question", ["能不能告诉我城管办一共有几个项目", "麻烦帮我查一下城管办一共有几个项目"])
def test_polite_frames_are_no_words_of_the_question(reader, question):
    reading = reader.read(question)
    assert reading.ignored == []
    assert reading.select.aggregate == m.Aggregate("count")


@pytest.mark.parametrize("question, shown", [
    ("Which projects were cut, and by how much?", m.Arith("-", m.Field("initial_budget"), m.Field("annual_budget"))),
    ("追加了预算的项目各追加了多少", m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget"))),
])
def test_which_forms_changed_and_by_how_much(reader, question, shown):
    select = reader.read(question).select
    assert select.shown == [shown] and select.aggregate is None


def test_a_total_against_a_part_plus_the_sum_of_the_rows(reader):
    where = reader.read("How many forms report a total score that differs from the budget-execution score plus the sum "
                        "of the indicator scores?").select.where
    assert where == m.Compare(m.Field("total_score"), "!=", m.Arith("+", m.Field("budget_score"), m.IndicatorSum("score")))


def test_a_year_alone_beside_unknown_words_stays_a_narrative(seed_store):
    answer = Conversation(seed_store, llm=None).ask("which forms blame tight money for paying in 2024")
    assert sorted(names(answer)) == sorted(DEFERRED)


@pytest.mark.parametrize("question, field, op", [("执行率比平均水平低的有哪些", "execution_rate", "<"),
                                                 ("预算比平均高的项目有几个", "annual_budget", ">")])
def test_a_chinese_comparative_with_the_average(reader, question, field, op):
    where = reader.read(question).select.where
    assert where == m.Compare(m.Field(field), op, m.Overall("avg", m.Field(field)))


def test_the_money_left_in_colloquial_chinese(reader):
    assert reader.read("剩的钱最多的是哪个项目").select.order_by == m.Field("unspent")


@pytest.mark.parametrize("question", ["撇开城管办不算，平均执行率多少", "刨掉城管办的，平均执行率多少"])
def test_an_exclusion_closed_again_is_one_exclusion(reader, question):
    reading = reader.read(question)
    assert reading.ignored == []
    assert reading.select.where == m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）"))


def test_colloquial_follow_ups_on_the_last_list(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办的项目")
    answer = conversation.ask("执行率都是多少")
    assert len(answer.records) == 14 and answer.text.startswith("浦江镇实有人口移动信息采集终端租赁服务费（平安办）：执行率 100 %")
    assert len(conversation.ask("挑出预算超过200万的").records) == 7
    conversation.reset()
    conversation.ask("执行率低于90%的项目")
    assert conversation.ask("平均下来执行率多少").interpretation == "项目：执行率 < 90% · 执行率平均 · 12 个项目"
