"""The query model on budget changes, nonzero and empty columns, negated name tags, examples, lists of conditions
and follow-ups that sort — on an invented county's names and on the bundled corpus."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.conversation import Conversation
from assistant import follow_ups
from assistant.prepare import apply_field_cues, examples, graded_by_a_figure, share_of_forms
from assistant.reader import QuestionReader, store_names
from assistant.recognise import StoreNames, Token
from index.glossary import GLOSSARY_EN
from support import unprinted

# An invented county: none of these names occurs in the bundled corpus.
NAMES = StoreNames(
    units=["江南省青石县城市管理执法大队"],
    departments=["青石县城市管理局"],
    tags=["城管办", "环"],
    classes={"产出指标": "level1", "效益指标": "level1", "满意度指标": "level1", "质量指标": "level2",
             "社会效益指标": "level2"},
    grades=["优", "良"],
    years=[2021],
    projects=["青石路灯维护经费（城管办）", "渣土车辆租赁服务费（城管办）", "河道保洁经费"],
    indicators=["路灯维修合格率", "市民满意度", "巡查及时率"],
)
ANNUAL, INITIAL = m.Field("annual_budget"), m.Field("initial_budget")
RAISE = m.Arith("-", ANNUAL, INITIAL)
DEVIATION_FILLED = m.HasIndicator(m.Text(m.Field("deviation", "indicator"), "present"))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES, glossary=GLOSSARY_EN)


@pytest.fixture(scope="module")
def corpus_reader(seed_store) -> QuestionReader:
    return QuestionReader(store_names(seed_store))


def read(reader: QuestionReader, question: str, previous: m.Select | None = None) -> m.Select:
    reading = reader.read(question, previous)
    assert reading is not None, question
    return unprinted(reading.select)




def names(answer) -> list[str]:
    return sorted(record.project_name for record in answer.records)


# ----- token preparation ------------------------------------------------------------------------------------

def test_a_field_cue_names_the_budget_after_it():
    tokens = [Token("field_cue", "initial_budget", 0, 5, "started the year with"), Token("nonzero", "!=", 6, 13, "nonzero"),
              Token("field", "annual_budget", 14, 20, "budget")]
    prepared = apply_field_cues(tokens, {"annual_budget": "initial_budget"})
    assert [(t.kind, t.key) for t in prepared] == [("nonzero", "!="), ("field", "initial_budget")]
    alone = apply_field_cues([Token("field_cue", "initial_budget", 0, 3, "年初有")], {"annual_budget": "initial_budget"})
    assert [(t.kind, t.key) for t in alone] == [("field", "initial_budget")]


def test_names_after_an_example_word_are_examples():
    tokens = [Token("predicate", "office_tag missing", 0, 5, "no tag"), Token("example", "example", 6, 10, "like"),
              Token("tag", "城管办", 11, 16, "（城管办）"), Token("tag", "环", 17, 20, "（环）"), Token("noun", "form", 21, 25, "form")]
    assert examples(tokens) == {1, 2, 3}


def test_graded_then_a_figure_is_the_score_and_a_ratio_to_forms_a_share():
    graded = graded_by_a_figure([Token("predicate", "grade present", 0, 11, "were graded"), Token("op", "<", 12, 17, "below"),
                                 Token("number", "", 18, 20, "96", 96.0)])
    assert [(t.kind, t.key) for t in graded][:1] == [("field", "total_score")]
    shared = share_of_forms([Token("ratio", "ratio", 0, 13, "as a share of"), Token("noun", "form", 14, 22, "projects")])
    assert [(t.kind, t.key) for t in shared] == [("aggregate", "share"), ("noun", "form")]


@pytest.mark.parametrize("kinds, select, expected", [
    ([("follow", "其中"), ("field", "总分")], m.Select(order_by=m.Field("total_score")), True),
    ([("sort", "sort them by"), ("field", "the increase")], m.Select(order_by=m.Field("budget_change"), limit=3), True),
    # An order and a limit with no subject or condition of its own ranks the list just given (round 9: in a session
    # "按执行率从低到高排，前三个是哪些" / "sort by budget, top 3" after a list is asked of that list); one naming its
    # forms (所有项目按…, the projects) stays a fresh question.
    ([("sort", "sort by"), ("field", "budget")], m.Select(order_by=m.Field("annual_budget"), limit=3), True),
    ([("noun", "所有项目"), ("sort", "按"), ("field", "预算")], m.Select(order_by=m.Field("annual_budget"), limit=3), False),
    ([("aggregate", "how many")], m.Select(aggregate=m.Aggregate("count")), True),
    ([("aggregate", "how many"), ("noun", "forms")], m.Select(aggregate=m.Aggregate("count")), False),
    ([("not", "去掉"), ("predicate", "执行数为0")], m.Select(where=m.Compare(m.Field("executed"), "!=", m.Number(0.0))), True),
    ([("noun", "项目"), ("follow", "their")], m.Select(where=m.Compare(ANNUAL, "<", INITIAL)), False),
])
def test_what_opens_a_follow_up(kinds, select, expected):
    tokens = [Token(kind, "", 0, 0, text) for kind, text in kinds]
    assert follow_ups.opens(tokens, select) is expected


# ----- budget raised or cut, named after the budget ---------------------------------------------------------

@pytest.mark.parametrize("question", ["全年预算被调增的项目", "Which projects saw their full-year budget raised?",
                                      "经费追加了的项目"])
def test_a_budget_raised_is_measured_against_the_initial_budget(reader, question):
    assert read(reader, question).where == m.Compare(ANNUAL, ">", INITIAL)


@pytest.mark.parametrize("question", ["Which projects had their full-year budget cut?", "全年预算被削减的项目"])
def test_a_budget_cut_is_measured_against_the_initial_budget(reader, question):
    assert read(reader, question).where == m.Compare(ANNUAL, "<", INITIAL)


@pytest.mark.parametrize("question, op, value", [
    ("full-year budget raised by more than 20%", ">", 20.0),
    ("预算调增超过20%的项目", ">", 20.0),
    ("projects whose budget was raised by less than 5%", "<", 5.0),
])
def test_a_raise_in_percent_is_relative_to_the_initial_budget(reader, question, op, value):
    relative = m.Arith("*", m.Number(100.0), m.Arith("/", RAISE, INITIAL))
    sized = m.Compare(relative, op, m.Number(value))
    # raised by less than 5%: still raised (an unchanged budget is no raise under 5%)
    assert read(reader, question).where == (m.And((m.Compare(ANNUAL, ">", INITIAL), sized)) if op == "<" else sized)


def test_a_cut_in_percent_is_relative_to_the_initial_budget(reader):
    relative = m.Arith("*", m.Number(100.0), m.Arith("/", m.Arith("-", INITIAL, ANNUAL), INITIAL))
    assert read(reader, "budget cut by more than 10%").where == m.Compare(relative, ">", m.Number(10.0))


@pytest.mark.parametrize("question", ["经费追加得最多的是哪个项目", "预算追加最多的项目", "Which project got the largest top-up?"])
def test_the_largest_top_up_ranks_the_raise(reader, question):
    select = read(reader, question)
    assert select.order_by == RAISE and select.descending and select.limit == 1


# ----- nonzero, grades present, columns left empty ----------------------------------------------------------

@pytest.mark.parametrize("question", ["Which projects started the year with a nonzero budget?", "年初预算不为零的项目",
                                      "projects with a non-zero initial budget"])
def test_nonzero_qualifies_its_field(reader, question):
    assert read(reader, question).where == m.Compare(INITIAL, "!=", m.Number(0.0))


def test_nonzero_before_the_field_after_a_comma_is_its_own(reader):
    select = read(reader, "执行数不为零的项目里，执行率最低的是哪个")
    assert select.where == m.Compare(m.Field("executed"), "!=", m.Number(0.0))
    assert select.order_by == m.Field("execution_rate") and not select.descending


def test_a_statistic_of_the_cued_field_over_nonzero_forms(reader):
    select = read(reader, "average initial budget of the projects that started the year with a nonzero budget")
    assert select.aggregate == m.Aggregate("avg", INITIAL) and select.where == m.Compare(INITIAL, "!=", m.Number(0.0))


@pytest.mark.parametrize("question", ["有评分等级的表平均总分多少", "average total score of the forms that have a grade"])
def test_a_grade_present_is_a_condition(reader, question):
    select = read(reader, question)
    assert select.where == m.Text(m.Field("grade"), "present")
    assert select.aggregate == m.Aggregate("avg", m.Field("total_score"))


@pytest.mark.parametrize("question", ["“偏差原因分析及改进措施”那一栏全是空的自评表有几张", "偏差原因都为空的项目有几个",
                                      "How many forms have a deviation reason column that is entirely empty?"])
def test_a_column_empty_throughout_a_form(reader, question):
    select = read(reader, question)
    assert select.where == m.Not(DEVIATION_FILLED) and select.aggregate == m.Aggregate("count")


@pytest.mark.parametrize("question", ["哪些项目的钱一分都没用掉", "Which projects disbursed nothing?", "projects that used no money"])
def test_nothing_spent_written_many_ways(reader, question):
    assert read(reader, question).where == m.Compare(m.Field("executed"), "=", m.Number(0.0))


# ----- names: negated tags, examples ------------------------------------------------------------------------

SUFFIX = m.Text(m.Field("project_name"), "suffix", "（城管办）")


@pytest.mark.parametrize("question", ["名称里不带（城管办）的项目", "名称不含有（城管办）的项目"])
def test_a_negated_name_tag(reader, question):
    assert read(reader, question).where == m.Not(SUFFIX)


def test_a_negated_name_tag_with_a_second_condition(reader):
    assert read(reader, "名称里不带（城管办）的项目中，有评分等级的有哪些").where == m.And(
        (m.Not(SUFFIX), m.Text(m.Field("grade"), "present")))


@pytest.mark.parametrize("question", ["How many project names carry no bracketed tag at the end, like （城管办） or （环）?",
                                      "名称不带括号标签的项目有几个，例如（城管办）"])
def test_names_given_as_examples_do_not_filter(reader, question):
    reading = reader.read(question)
    assert reading.select.where == m.Text(m.Field("office_tag"), "missing") and reading.ignored == []


# ----- lists of conditions, existence questions -------------------------------------------------------------

def test_a_list_separator_ends_a_class_condition(reader):
    where = read(reader, "有质量指标、三级指标多于10个、执行率低于60%的项目").where
    assert where == m.And((m.Compare(m.IndicatorCount(None), ">", m.Number(10.0)),
                           m.Compare(m.Field("execution_rate"), "<", m.Number(60.0)),
                           m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "质量指标"))))


def test_a_class_counted_without_a_separator(reader):
    assert read(reader, "质量指标多于2个的项目").where == m.Compare(
        m.IndicatorCount(m.Text(m.Field("level2", "indicator"), "equals", "质量指标")), ">", m.Number(2.0))


@pytest.mark.parametrize("question", ["有没有三级指标得分比分值低的？是哪个项目", "are there any indicators scored below their weight"])
def test_is_there_any_is_no_negation(reader, question):
    assert read(reader, question).where == m.HasIndicator(
        m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))


def test_third_level_indicators_under_a_class_of_a_named_form(reader):
    select = read(reader, "How many third-level indicators sit under 社会效益指标 in the 河道保洁经费 form?")
    assert select.entity == "indicators" and select.aggregate == m.Aggregate("count")
    assert select.where == m.And((m.Text(m.Field("project_name"), "equals", "河道保洁经费"),
                                  m.Text(m.Field("level2", "indicator"), "equals", "社会效益指标")))


# ----- follow-ups that sort ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["sort them by the size of the increase and give me the top 3",
                                      "把这些项目按追加额排序，取前3个"])
def test_sorting_the_previous_answer_by_the_raise(reader, question):
    previous = m.Select(where=m.Compare(ANNUAL, ">", INITIAL))
    reading = reader.read(question, previous)
    assert reading.follow_up and reading.select.where == m.Compare(ANNUAL, ">", INITIAL)
    assert reading.select.order_by == m.Field("budget_change") and reading.select.descending and reading.select.limit == 3


# ----- on the corpus, end to end ----------------------------------------------------------------------------

ZERO_SPENT = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
              "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


def test_changes_and_zero_on_the_corpus(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert names(conversation.ask("哪些项目的钱一分都没用掉")) == ZERO_SPENT
    assert names(conversation.ask("Which projects disbursed nothing?")) == ZERO_SPENT
    assert names(conversation.ask("经费追加得最多的是哪个项目")) == ["鲁汇派出所新址装修工程（平安办）"]
    raised = conversation.ask("Among projects that had a nonzero initial budget, which ones saw their full-year budget "
                              "raised by more than 20%?")
    assert names(raised) == ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]
    assert round(conversation.ask("average initial budget of the projects that started the year with a nonzero budget")
                 .value, 2) == 333.73


def test_a_figure_is_no_check_finding(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert conversation.ask("How many projects executed more than half of their budget?").value == 22.0
    assert conversation.ask("执行数为零但得分满分的项目").interpretation.startswith("检查 NOTHING_EXECUTED_FULL_SCORES")


def test_grades_tags_and_columns_on_the_corpus(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert round(conversation.ask("有评分等级的表平均总分多少").value, 2) == 97.94
    assert len(conversation.ask("名称里不带（平安办）的项目").records) == 14
    assert conversation.ask("How many project names carry no bracketed tag at the end, like （平安办） or （信）?").value == 6.0
    assert conversation.ask("“偏差原因分析及改进措施”那一栏全是空的自评表有几张").value == 27.0
    assert conversation.ask("How many third-level indicators sit under 社会效益指标 in the 公安后勤及协管员经费 form?").value == 4.0
    assert names(conversation.ask("有没有三级指标得分比分值低的？是哪个项目")) == ["劝导队经费（信）"]
    assert names(conversation.ask("有可持续影响指标、三级指标多于10个、执行率低于60%的项目")) == [
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]


def test_follow_ups_over_the_previous_set_on_the_corpus(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert len(conversation.ask("全年预算被调增的项目").records) == 8
    assert names(conversation.ask("这些项目里执行率最低的是哪个")) == ["人才活动"]
    conversation.reset()
    conversation.ask("Which projects had their budget raised during the year?")
    top = conversation.ask("sort them by the size of the increase and give me the top 3")
    assert names(top) == ["杜行派出所公用事业费", "社工", "鲁汇派出所新址装修工程（平安办）"]
    conversation.reset()
    conversation.ask("哪些项目有评分等级")
    assert round(conversation.ask("这些项目的平均总分是多少").value, 2) == 97.94


# ----- more wordings: change words before the budget, totals asked as "how much", one-character tags ---------

@pytest.mark.parametrize("question", ["哪些项目年中被追加了经费", "Which projects received extra money during the year?",
                                      "which projects raised their budget"])
def test_a_change_word_before_the_budget(reader, question):
    assert read(reader, question).where == m.Compare(ANNUAL, ">", INITIAL)


@pytest.mark.parametrize("question, expected", [
    ("How much did the 城管办 projects spend?", m.Aggregate("sum", m.Field("executed"))),
    ("how much budget did 城管办 projects get", m.Aggregate("sum", ANNUAL)),
])
def test_how_much_money_of_several_forms_is_a_total(reader, question, expected):
    assert read(reader, question).aggregate == expected


@pytest.mark.parametrize("question", ["How much was the execution rate of 河道保洁经费?", "How much did 河道保洁经费 spend?"])
def test_how_much_of_one_form_is_a_lookup(reader, question):
    select = read(reader, question)
    assert select.aggregate is None and select.where == m.Text(m.Field("project_name"), "equals", "河道保洁经费")


def test_a_one_character_tag_after_its_cue(reader):
    select = read(reader, "What's the total appropriation of the projects tagged 环?")
    assert select.where == m.Text(m.Field("project_name"), "suffix", "（环）") and select.aggregate == m.Aggregate("sum", ANNUAL)


@pytest.mark.parametrize("question, expected", [
    ("How many forms were graded?", m.Text(m.Field("grade"), "present")),
    ("Which projects were graded below 96 points?", m.Compare(m.Field("total_score"), "<", m.Number(96.0))),
    ("Which projects were graded 优?", m.Text(m.Field("grade"), "equals", "优")),
])
def test_graded_means_a_grade_unless_a_figure_follows(reader, question, expected):
    assert read(reader, question).where == expected


def test_outside_an_office_is_an_exclusion(reader):
    assert read(reader, "Which projects outside the 城管办 had their budget cut?").where == m.And(
        (m.Not(SUFFIX), m.Compare(ANNUAL, "<", INITIAL)))


def test_these_projects_opens_a_follow_up(reader):
    previous = m.Select(where=m.Text(m.Field("project_name"), "suffix", "（城管办）"))
    reading = reader.read("these projects' total budget", previous)
    assert reading.follow_up and reading.select.where == previous.where
    assert reading.select.aggregate == m.Aggregate("sum", ANNUAL)


# ----- kinds a third writer's questions showed ---------------------------------------------------------------

@pytest.mark.parametrize("question, op, value", [
    ("which projects got a top-up of 300,000 yuan or more during the year", ">=", 30.0),
    ("预算追加了50万元以上的项目", ">=", 50.0),
])
def test_a_top_up_of_an_amount_or_more(reader, question, op, value):
    assert read(reader, question).where == m.Compare(RAISE, op, m.Number(value))


@pytest.mark.parametrize("question, expected", [
    ("调减金额最多的是哪个项目", m.Arith("-", INITIAL, ANNUAL)),
    ("哪个项目剩下没花的钱最多", m.Field("unspent")),
    ("Which project left the most money unused?", m.Field("unspent")),
])
def test_cut_amounts_and_unused_money_ranked(reader, question, expected):
    select = read(reader, question)
    assert select.order_by == expected and select.descending and select.limit == 1


@pytest.mark.parametrize("question", [
    "Summed over all forms, by how many 万元 does the full-year budget exceed the year-start budget?",
    "全年预算比年初预算总共多多少万元",
])
def test_by_how_much_one_field_exceeds_another_is_the_size_asked(reader, question):
    select = read(reader, question)
    assert select.where is None and select.aggregate == m.Aggregate("sum", RAISE)


@pytest.mark.parametrize("question, op, value", [
    ("社会效益指标下面有3个或以上三级指标的项目", ">=", 3.0),
    ("forms with two or more social benefit indicators", ">=", 2.0),
    ("社会效益指标有2个三级指标的项目", "=", 2.0),
])
def test_rows_of_a_class_counted(reader, question, op, value):
    social = m.Text(m.Field("level2", "indicator"), "equals", "社会效益指标")
    assert read(reader, question).where == m.Compare(m.IndicatorCount(social), op, m.Number(value))


def test_a_list_of_negated_tags_excludes_each(reader):
    where = read(reader, "Projects scoring under 100 that are not tagged （城管办） or （环）").where
    assert where == m.And((m.Compare(m.Field("total_score"), "<", m.Number(100.0)), m.Not(SUFFIX),
                           m.Not(m.Text(m.Field("project_name"), "suffix", "（环）"))))


@pytest.mark.parametrize("question", ["不算执行数为0的，平均执行率多少（河道保洁那张除外）", "除去河道保洁经费，其余项目的平均执行率"])
def test_an_exclusion_in_a_bracket_or_after_remove(reader, question):
    select = read(reader, question)
    assert select.aggregate == m.Aggregate("avg", m.Field("execution_rate"))
    assert any(isinstance(c, m.Not) for c in (select.where.items if isinstance(select.where, m.And) else [select.where]))


@pytest.mark.parametrize("question, low, high", [("执行率在八成到九成五之间的项目", 80.0, 95.0),
                                                 ("执行率在七成五到九成之间的项目", 75.0, 90.0)])
def test_tenths_after_cheng(reader, question, low, high):
    rate = m.Field("execution_rate")
    assert read(reader, question).where == m.And((m.Compare(rate, ">=", m.Number(low)), m.Compare(rate, "<=", m.Number(high))))


@pytest.mark.parametrize("question, value", [("appropriation under 200k RMB and rated 优", 20.0),
                                             ("projects with a budget below 1.5m yuan", 150.0)])
def test_scale_letters_written_against_the_digits(reader, question, value):
    where = read(reader, question).where
    first = where.items[0] if isinstance(where, m.And) else where
    assert first == m.Compare(ANNUAL, "<", m.Number(value))


def test_a_figure_then_a_year_is_no_range(reader):
    assert read(reader, "Which projects disbursed less than 100,000 yuan in 2021?").where == m.And(
        (m.Compare(m.Field("executed"), "<", m.Number(10.0)), m.Compare(m.Field("year"), "=", m.Number(2021.0))))


@pytest.mark.parametrize("question", ["Which forms have a budget that changed during the year (up or down)?", "预算有调整的项目"])
def test_a_budget_changed_either_way(reader, question):
    assert read(reader, question).where == m.Compare(ANNUAL, "!=", INITIAL)


@pytest.mark.parametrize("question", ["评了优、总分低于96、年初就有预算的项目", "graded 优, total score under 96, started the year with a budget"])
def test_three_conditions_with_a_budget_at_the_start(reader, question):
    assert read(reader, question).where == m.And((m.Text(m.Field("grade"), "equals", "优"),
                                                  m.Compare(m.Field("total_score"), "<", m.Number(96.0)),
                                                  m.Compare(INITIAL, "!=", m.Number(0.0))))


def test_the_first_of_an_order_over_the_previous_answer(reader):
    previous = m.Select(where=m.Text(m.Field("project_name"), "suffix", "（城管办）"))
    reading = reader.read("按执行率从低到高排，最前面的是哪个", previous)
    assert reading.follow_up and reading.select.where == previous.where
    assert reading.select.order_by == m.Field("execution_rate") and not reading.select.descending and reading.select.limit == 1


def test_kinds_of_the_third_writer_on_the_corpus(seed_store):
    conversation = Conversation(seed_store, llm=None)
    assert conversation.ask("有几张表的总分和预算执行得分加各指标得分之和对不上？").value == 0.0
    assert round(conversation.ask("Summed over all forms, by how many 万元 does the full-year budget exceed the "
                                  "year-start budget?").value, 2) == 389.1
    assert round(conversation.ask("不算执行数为0的，平均执行率多少（户籍档案那张除外）").value, 2) == 81.74
    assert names(conversation.ask("哪几张表上没印年度")) == ["人才健康体检", "人才活动"]
    deferred = conversation.ask("哪些项目的钱拖到2024年才付")
    assert names(deferred) == ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                               "浦江初心微史馆质保金（党群中心）"]


@pytest.mark.parametrize("question", ["How many forms set a satisfaction target of 90% (counting '≥90%' and '百分之九十' as 90%)?",
                                      "满意度目标为90%的项目有几个（包括≥90%）"])
def test_a_bracket_that_says_how_to_count_is_no_condition(reader, question):
    satisfaction = m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")
    assert read(reader, question).where == m.HasIndicator(
        m.And((satisfaction, m.Compare(m.Field("target_number", "indicator"), "=", m.Number(90.0)),
               m.Text(m.Field("target_unit", "indicator"), "equals", "%"))))


@pytest.mark.parametrize("question, measure", [
    ("Which projects got more than 500,000 yuan added to their budget during the year?", RAISE),
    ("How much in total was added to budgets during the year?", None),
])
def test_money_added_to_a_budget(reader, question, measure):
    select = read(reader, question)
    if measure is None:
        assert select.where == m.Compare(ANNUAL, ">", INITIAL) and select.aggregate == m.Aggregate("sum", RAISE)
    else:
        assert select.where == m.Compare(measure, ">", m.Number(50.0))


@pytest.mark.parametrize("question", ["By how much did the 河道保洁经费 project's budget grow during the year?",
                                      "河道保洁经费的预算追加了多少"])
def test_how_much_a_named_budget_grew(reader, question):
    select = read(reader, question)
    assert select.shown == [RAISE] and select.aggregate is None


def test_money_added_and_used_up_on_the_corpus(seed_store):
    conversation = Conversation(seed_store, llm=None)
    # Spending all of it is executed = full-year budget (rate exactly 100%); the unit slip printing 999902% is overspending.
    assert names(conversation.ask("projects whose appropriation was topped up and that then used all of it")) == [
        "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]
    assert conversation.ask("How many forms set a satisfaction target of 90% (counting '≥90%' and '百分之九十' as 90%)?").value == 22.0
    assert round(conversation.ask("社工项目的预算追加了多少").value, 2) == 51.05


@pytest.mark.parametrize("question", ["which projects are not graded 优", "不是优的项目"])
def test_not_a_grade_is_any_other_or_none(reader, question):
    grade = m.Field("grade")
    assert read(reader, question).where == m.Or((m.Text(grade, "missing"), m.Not(m.Text(grade, "equals", "优"))))


def test_an_exclusion_of_names_of_two_kinds(reader):
    assert read(reader, "除了青石县城市管理执法大队和（环）以外的项目").where == m.And((
        m.Not(m.Text(m.Field("implementing_unit"), "contains", "青石县城市管理执法大队")),
        m.Not(m.Text(m.Field("project_name"), "suffix", "（环）"))))


def test_the_field_after_an_average_is_the_one_compared(reader):
    rate = m.Field("execution_rate")
    assert read(reader, "Which projects executed above the average execution rate?").where == m.Compare(
        rate, ">", m.Overall("avg", rate))


@pytest.mark.parametrize("question, expected", [
    ("满分的项目有几个", m.Compare(m.Field("total_score"), "=", m.Field("total_weight"))),
    ("projects with a perfect score", m.Compare(m.Field("total_score"), "=", m.Field("total_weight"))),
    ("forms that got 100 points", m.Compare(m.Field("total_score"), "=", m.Number(100.0))),
    ("得分低于95分的项目", m.Compare(m.Field("total_score"), "<", m.Number(95.0))),
])
def test_full_marks_and_points_alone_are_the_total_score(reader, question, expected):
    assert read(reader, question).where == expected


# ----- follow-ups: swaps, complements, counts and exclusions said of the last answer --------------------------

TAGGED = m.Text(m.Field("project_name"), "suffix", "（城管办）")


@pytest.mark.parametrize("question", ["那青石县城市管理执法大队呢", "what about 青石县城市管理执法大队?"])
def test_a_swap_asks_the_previous_question_of_other_forms(reader, question):
    previous = m.Select(where=TAGGED, aggregate=m.Aggregate("count"))
    reading = reader.read(question, previous)
    assert reading.follow_up and reading.select.aggregate == m.Aggregate("count")
    assert reading.select.where == m.Text(m.Field("implementing_unit"), "contains", "青石县城市管理执法大队")


@pytest.mark.parametrize("question", ["and which don't?", "反过来呢"])
def test_a_complement_of_the_previous_answer(reader, question):
    reading = reader.read(question, m.Select(where=TAGGED))
    assert reading.follow_up and reading.select.where == m.Not(TAGGED)


@pytest.mark.parametrize("question, expected", [
    ("how many are there?", m.Aggregate("count")),
    ("有几个", m.Aggregate("count")),
])
def test_a_bare_count_counts_the_previous_answer(reader, question, expected):
    reading = reader.read(question, m.Select(where=TAGGED))
    assert reading.follow_up and reading.select.where == TAGGED and reading.select.aggregate == expected


def test_a_bare_count_of_named_forms_is_its_own_question(reader):
    assert not reader.read("How many forms are there?", m.Select(where=TAGGED)).follow_up


@pytest.mark.parametrize("question", ["去掉执行数为0的", "leave out the ones that spent nothing"])
def test_an_exclusion_opening_a_question_narrows_the_previous_answer(reader, question):
    reading = reader.read(question, m.Select(where=TAGGED))
    assert reading.select.where == m.And((TAGGED, m.Compare(m.Field("executed"), "!=", m.Number(0.0, "0"))))


@pytest.mark.parametrize("question, value", [
    ("projects whose budget exceeds half a million yuan", 50.0),
    ("projects with a budget above RMB 1 million", 100.0),
    ("projects with an allocation over ¥500,000", 50.0),
    ("projects with a budget above ￥2,000,000", 200.0),
])
def test_amounts_with_a_currency_before_them_or_half_a_scale(reader, question, value):
    assert read(reader, question).where == m.Compare(ANNUAL, ">", m.Number(value))


def test_hyphenated_fractions(reader):
    assert read(reader, "Which projects spent less than two-thirds of their budget?").where == m.Compare(
        m.Field("execution_rate"), "<", m.Number(66.666667))


@pytest.mark.parametrize("question, level2", [
    ("In the 河道保洁经费 form, how many indicators are under the quality category?", "质量指标"),
    ("Which forms have a social-benefit indicator with a weight of 0?", "社会效益指标"),
])
def test_classes_named_as_categories_or_hyphenated(reader, question, level2):
    assert level2 in repr(read(reader, question).where)


@pytest.mark.parametrize("question", ["How many projects have a budget over 100万元, as a share of all projects?",
                                      "全年预算超过100万元的项目占全部项目的比例"])
def test_a_ratio_to_the_forms_themselves_is_a_share(reader, question):
    select = read(reader, question)
    assert select.aggregate == m.Aggregate("share", condition=m.Compare(ANNUAL, ">", m.Number(100.0)))


def test_unspent_balances_in_the_plural(reader):
    select = read(reader, "sum of unspent balances for 城管办 projects")
    assert select.aggregate == m.Aggregate("sum", m.Field("unspent")) and select.where == TAGGED


@pytest.mark.parametrize("question, expected", [
    ("名称带（城管办）的项目花了多少钱", m.Aggregate("sum", m.Field("executed"))),
    ("城管办项目的预算是多少万元", m.Aggregate("sum", ANNUAL)),
])
def test_how_much_money_in_chinese_is_a_total_of_several_forms(reader, question, expected):
    assert read(reader, question).aggregate == expected


def test_no_money_at_the_start_and_money_mid_year(reader):
    assert read(reader, "年初没给钱、年中才拨款的项目").where == m.And(
        (m.Compare(INITIAL, "=", m.Number(0.0)), m.Compare(ANNUAL, ">", INITIAL)))


@pytest.mark.parametrize("question, expected", [
    ("Which projects expended less than half of their funds?", m.Compare(m.Field("execution_rate"), "<", m.Number(50.0))),
    ("Which projects received a supplementary appropriation?", m.Compare(ANNUAL, ">", INITIAL)),
    ("Which projects had a mid-year adjustment to their budget?", m.Compare(ANNUAL, "!=", INITIAL)),
    ("Which projects have an absorption rate below 60%?", m.Compare(m.Field("execution_rate"), "<", m.Number(60.0))),
])
def test_more_english_words_for_spending_and_budgets(reader, question, expected):
    assert read(reader, question).where == expected


@pytest.mark.parametrize("question, part", [("How many projects have names containing 经费?", "经费"),
                                            ("名称包含预算的项目", "预算")])
def test_the_word_after_a_name_cue_is_part_of_a_name(reader, question, part):
    assert read(reader, question).where == m.Text(m.Field("project_name"), "contains", part)


def test_a_name_ending_in_a_tag(reader):
    reading = reader.read("projects whose name ends in （城管办） with a total score above 99")
    assert reading.select.where == m.And((TAGGED, m.Compare(m.Field("total_score"), ">", m.Number(99.0, "99"))))
    assert reading.ignored == []


@pytest.mark.parametrize("question, expected", [
    ("Which projects did not spend their whole budget?", m.Compare(m.Field("execution_rate"), "<", m.Number(100.0))),
    ("Which projects kept the same budget all year?", m.Compare(ANNUAL, "=", INITIAL)),
    ("预算全年没有调整的项目", m.Compare(ANNUAL, "=", INITIAL)),
])
def test_present_tense_spending_and_an_unchanged_budget(reader, question, expected):
    assert read(reader, question).where == expected


@pytest.mark.parametrize("question, expected", [
    ("projects whose execution rate is not below 90%", m.Compare(m.Field("execution_rate"), ">=", m.Number(90.0))),
    ("预算没有被追加的项目有几个", m.Compare(ANNUAL, "<=", INITIAL)),
])
def test_negated_comparisons_and_changes(reader, question, expected):
    assert read(reader, question).where == expected


def test_a_change_word_left_unread_is_named(reader):
    reading = reader.read("哪些项目追加")  # a change word with no budget to attach to
    assert reading is None or "追加" in reading.ignored


def test_how_much_after_a_printed_column_is_the_figure_not_a_count(seed_store):
    answer = Conversation(seed_store, llm=None).ask("信访代理员人数的年度指标值填的多少")
    assert answer.kind == "list" and "信访代理员人数：=35.00(人)" in answer.text


@pytest.mark.parametrize("question, shown", [
    ("What was the top-up for 河道保洁经费?", RAISE),
    ("By how much was the 河道保洁经费 allocation reduced?", m.Arith("-", INITIAL, ANNUAL)),
])
def test_the_change_of_a_named_form(reader, question, shown):
    assert read(reader, question).shown == [shown]


@pytest.mark.parametrize("question, expected", [
    ("Which forms have an indicator that did not reach its target?",
     m.HasIndicator(m.Compare(m.Field("actual_number", "indicator"), "<", m.Field("target_number", "indicator")))),
    ("Which projects spent more than they were given?", m.Compare(m.Field("executed"), ">", ANNUAL)),
    ("总分和各项得分加起来不一致的项目", m.Compare(m.Field("total_score"), "!=", m.Arith(
        "+", m.Field("budget_score"), m.IndicatorSum("score")))),
])
def test_targets_missed_spending_over_and_totals_that_do_not_add_up(reader, question, expected):
    assert read(reader, question).where == expected
