"""Round 30 (eng30c): indicator rows — a class's rows counted on one named form whatever the verb of listing
(社会效益指标下面列了几条, 数量指标填了几条), targets asked as written in Chinese words (目标值用中文写成“百分之九十”,
a target in Chinese words as 百分之九十). Expected values computed from the bundled forms (corpus/001_…txt), not from
the assistant."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation

WEIWEN, TALENT, CHECKUP = "维稳经费（信）", "人才活动", "人才健康体检"


def _ask(store, question):
    return Conversation(store, search=None, llm=None).ask(question)


@pytest.mark.parametrize("question, name, count", [
    ("社工点经费里，社会效益指标下面列了几条？", "社工点经费（平安办）", 3),
    ("禁毒与反邪教那张表，数量指标填了几条？", "禁毒与反邪教（平安办）", 4),
    ("公安后勤那张表的时效指标列了多少条", "公安后勤及协管员经费（平安办）", 3),
])
def test_a_class_counted_on_one_form_whatever_the_verb_of_listing(seed_store, question, name, count):
    answer = _ask(seed_store, question)
    assert answer.value == pytest.approx(count)
    assert [r.project_name for r in answer.records] == [name]


@pytest.mark.parametrize("question, names", [
    ("满意度指标的目标值用中文写成“百分之九十”的项目有哪些", [WEIWEN, TALENT]),
    ("哪些项目的质量指标目标值写的是汉字“百分之九十”", [TALENT, CHECKUP]),
    ("Which forms spell out a target in Chinese words as 百分之九十 instead of digits?", [WEIWEN, TALENT, CHECKUP]),
    ("Which satisfaction targets are written in Chinese characters as 百分之九十? Which projects?", [WEIWEN, TALENT]),
    ("满意度目标值写成“百分之九十”的项目是哪几个？", [WEIWEN, TALENT]),  # no language said: as before
])
def test_a_target_asked_as_written_in_chinese_words(seed_store, question, names):
    assert sorted(r.project_name for r in _ask(seed_store, question).records) == sorted(names)


def test_a_target_of_90_percent_in_digits_is_still_the_number(seed_store):
    answer = _ask(seed_store, "满意度目标值为90%的项目有几个")
    assert answer.value == pytest.approx(22)


QUANDAO = "劝导队经费（信）"


@pytest.mark.parametrize("question", [
    "不算资金执行那10分，哪个项目在具体的绩效指标上被扣了分？",
    "不算执行那十分，有扣分的项目有哪些",
    "Leaving aside the budget-execution points, which programme lost marks on a performance indicator?",
    "Apart from the money part, which form lost points?",
])
def test_points_docked_with_the_budget_line_set_apart_are_the_indicators(seed_store, question):
    assert [r.project_name for r in _ask(seed_store, question).records] == [QUANDAO]


def test_docked_on_an_indicator_not_only_on_the_money_part_after_a_chain(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    conversation.ask("Which projects are implemented by 信访办?")
    conversation.ask("Which of them did not reach 100% execution rate?")
    answer = conversation.ask("Which of these got docked points on an indicator, not only on the money part?")
    assert [r.project_name for r in answer.records] == [QUANDAO]


def test_the_budget_line_apart_rewrites_only_an_exclusion():
    from assistant.points_lost import budget_line_apart

    assert budget_line_apart("不算资金执行那10分，哪个项目被扣了分") == "指标，哪个项目被扣了分"
    assert budget_line_apart("资金执行那10分是多少") == "资金执行那10分是多少"


@pytest.mark.parametrize("question, value, name", [
    ("What was the target number of guardians covered under the severe mental illness guardian reward scheme?", 46,
     "重精患者监护人奖励费（平安办）"),
    ("重精那个项目，被监护的患者人数目标定的多少？", 46, "重精患者监护人奖励费（平安办）"),
    ("What target did the 安保经费 form set for the number of traffic auxiliary police?", 52, "安保经费（平安办）"),
])
def test_a_target_looked_up_by_its_description(seed_store, question, value, name):
    answer = _ask(seed_store, question)
    assert answer.value == pytest.approx(value)
    assert [r.project_name for r in answer.records] == [name]


def test_a_number_asked_picks_the_counting_row_only_among_tied_rows():
    from assistant.described_row import NUMBER_OF

    assert NUMBER_OF.search("the target number of guardians")
    assert not NUMBER_OF.search("the number of points docked")


VISUAL, LOGISTICS = "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "公安后勤及协管员经费（平安办）"
TWO_SATISFACTION = ["社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", VISUAL, "平安志愿者经费（平安办）",
                    "杜行派出所新址修缮工程（平安办）", "禁毒与反邪教（平安办）", "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, names, value", [
    ("哪个项目数量指标下面的三级指标最多？并列的都列出来。", [VISUAL, LOGISTICS], 5),
    ("哪个项目数量指标最多", [VISUAL, LOGISTICS], 5),
    ("满意度指标条数最多的是哪些项目？并列的全列出来", TWO_SATISFACTION, 2),
    ("Which programme has the most quantity KPIs? If tied, list them all.", [VISUAL, LOGISTICS], 5),
])
def test_the_most_rows_of_a_class_keeps_its_ties(seed_store, question, names, value):
    answer = _ask(seed_store, question)
    assert sorted(r.project_name for r in answer.records) == sorted(names)
    assert answer.value == pytest.approx(value)


def test_the_project_count_is_still_the_project_count(seed_store):
    assert _ask(seed_store, "项目数量有多少").value == pytest.approx(28)
    assert _ask(seed_store, "项目数量指标有几条").value == pytest.approx(48)


PINGAN_ONE_SATISFACTION = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "安保经费（平安办）", "下发基层书报杂志费（平安办）",
                           "图像视频监控系统租赁经费（平安办）", "社会治安保障经费（平安办）", "鲁汇派出所新址装修工程（平安办）", LOGISTICS]


@pytest.mark.parametrize("question, names", [
    ("带（平安办）的那些里，满意度指标只有一条的", PINGAN_ONE_SATISFACTION),
    ("Which 平安办 programmes list exactly one satisfaction indicator?", PINGAN_ONE_SATISFACTION),
    ("时效指标有三条的", [VISUAL, LOGISTICS]),
    ("名称带（平安办）的项目里，三级指标大于等于8个、而且钱全部花完（执行率100%）的有哪些",
     ["社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "重精患者监护人奖励费（平安办）"]),
])
def test_a_count_of_rows_closing_the_clause_or_bounded_in_words(seed_store, question, names):
    assert sorted(r.project_name for r in _ask(seed_store, question).records) == sorted(names)


def test_a_bound_with_its_figure_is_no_printed_sign(seed_store):
    assert _ask(seed_store, "三级指标大于等于8个的项目有几个").value == pytest.approx(9)
    assert _ask(seed_store, "目标值带大于等于号的指标有几条").value == pytest.approx(39)


@pytest.mark.parametrize("question, value", [
    ("How many social impact indicators does the 公安后勤 form have?", 4),
    ("How many cost-effectiveness measures are there across all forms?", 0),
    ("What are the marks obtained on the 劝导队 form's 维稳工作完成率 indicator?", 14.9),
    ("What is the maximum marks for 户籍档案数字化加工项目's satisfaction indicator?", 0),
])
def test_the_indicator_vocabulary_of_other_traditions(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value)


def test_a_sustainability_measure_is_the_sustainable_impact_class(seed_store):
    assert len(_ask(seed_store, "Which forms carry a sustainability measure?").records) == 8
