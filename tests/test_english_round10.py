"""Round 10: English as analysts write it — approximations and two statistics at once are named, not misread;
a share of the total budget is a share of the money."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.leftovers import looks_like_condition
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


@pytest.mark.parametrize("words, expected", [
    ("around", True), ("roughly", True), ("approximately", True), ("approx", True), ("nearly", True),
    ("almost", True), ("circa", True), ("close", True), ("kindly", False), ("closed", False),
])
def test_approximation_words_are_condition_words(words, expected):
    assert looks_like_condition(words) is expected


@pytest.mark.parametrize("question, word", [
    ("projects with an execution rate of around 90%", "around"),
    ("forms whose annual budget is roughly 100 万元", "roughly"),
    ("projects with approximately 95% execution", "approximately"),
    ("forms with a total score of almost 100", "almost"),
    ("forms scoring close to 100 points", "close"),
    ("which projects executed nearly 80% of their allocation", "nearly"),
    ("projects with a budget of about approx 50 万元", "approx"),
    ("forms with an execution rate of circa 90 percent", "circa"),
])
def test_an_approximate_figure_is_refused_not_read_as_equal(seed_store, question, word):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.kind == "unknown", question
    assert answer.records == []
    assert word in answer.interpretation, answer.interpretation


@pytest.mark.parametrize("question, expected", [
    ("the average and the median execution rate", ["avg", "median"]),
    ("what are the mean and median execution rates", ["avg", "median"]),
    ("give me the maximum and minimum total score", ["max", "min"]),
    ("the highest and lowest execution rate", []),  # superlatives rank forms: no statistic joined
    ("the median execution rate", []),
    ("total score 最大值和最小值", ["max", "min"]),
])
def test_joined_statistics(reader, question, expected):
    # Round 11: two statistics joined are both answered (they were named and refused in round 10).
    reading = reader.read(question)
    assert reading.together == expected
    assert reading.statistics == []


@pytest.mark.parametrize("question", [
    "the average and the median execution rate",
    "what are the mean and median execution rates",
    "give me the maximum and minimum total score",
    "average and median annual budget of the projects",
    "the mean and the median total score",
    "show the minimum and the maximum execution rate",
    "what is the sum and the average of the annual budget",
    "mean and maximum total score",
])
def test_two_statistics_at_once_are_both_answered(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.kind != "unknown", (question, answer.interpretation)
    lines = answer.text.splitlines()
    assert answer.sql.count(";\n") == 1 and lines[0].split(":")[0] != lines[1].split(":")[0], answer.text
    assert lines[0].split(":")[0] in ("average", "maximum", "minimum", "total", "median"), answer.text


@pytest.mark.parametrize("question, value", [
    ("the median execution rate", 96.12),
    ("the median execution rate of 信访办 projects", 92.77),
])
def test_one_statistic_still_answers(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


@pytest.mark.parametrize("question, first, count", [
    ("the 5 projects with the largest budget", "图像视频监控系统租赁经费（平安办）", 5),
    ("list the 3 projects with the biggest budget", "图像视频监控系统租赁经费（平安办）", 3),
    ("show the five projects with the highest allocation", "图像视频监控系统租赁经费（平安办）", 5),
])
def test_the_count_binds_to_the_projects(seed_store, question, first, count):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert len(answer.records) == count
    assert answer.records[0].project_name == first


@pytest.mark.parametrize("question, value", [
    ("what share of the total budget goes to 信访办", 4.58),
    ("信访办's share of the total budget", 4.58),
    ("what share of the total budget do 信访办 projects account for", 4.58),
    ("what percentage of the total executed amount was spent by 平安办 projects", 1.74),
])
def test_a_share_of_the_total_money_is_a_share_of_the_money(seed_store, question, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert "share of" in answer.interpretation, answer.interpretation
    assert round(answer.value, 2) == value


@pytest.mark.parametrize("question, value", [
    ("What percentage of forms scored 100?", 32.14),
    ("what share of forms have a total budget above 100 万元", 39.29),
])
def test_a_share_of_forms_stays_a_count(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


@pytest.mark.parametrize("question, wrong", [
    ("What was the appropriation for \"鲁汇派出所新址装修工程（平安办）\" after the in-year top-up, in 万元?", "highest"),
    ("the annual budget of 鲁汇派出所新址装修工程（平安办） after the top-up", "highest"),
    ("what was 安保经费（平安办） allocated after its top-up?", "highest"),
])
def test_a_top_up_is_no_ranking(seed_store, question, wrong):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert wrong not in answer.interpretation, answer.interpretation


def test_top_still_ranks(seed_store):
    answer = Conversation(seed_store, llm=None).ask("the top 3 projects by budget")
    assert [r.project_name for r in answer.records] == ["图像视频监控系统租赁经费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]
