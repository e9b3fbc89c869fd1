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
