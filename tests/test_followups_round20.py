"""Round 20 (conv20, mechanism D of audit 20), follow-ups read over the previous answer: another form said alone
(安保那张呢？, What about X?) is the previous question asked of it; a rank said with a superlative or the ranking's own
measure (the second largest, 第三少的, Which one comes fourth?) is that row of the previous ranking; a demonstrative with
a form noun (that renovation project, 那笔钱) after a one-form answer is that form; those two with the previous answer's
count is those. Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant;
the readers also on an invented county."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.previous_entities import _counted_pointer, _rank_of_ranking, _said_rank, substituted
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

BY_BUDGET = m.Select(where=None, order_by=m.Field("annual_budget"), descending=True, limit=1, ties=True,
                     shown=[m.Field("annual_budget")])
BY_TOP_UP = m.Select(where=None, order_by=m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget")),
                     descending=True, limit=1)


@pytest.fixture(scope="module")
def county() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the rank said, on any store ---------------------------------------------------------------------------------

@pytest.mark.parametrize("bare, lang, rank", [
    ("the second largest", "en", 2), ("which one comes fourth", "en", 4), ("the 7th", "en", 7),
    ("the next smallest", "en", 0), ("第三少的", "zh", 3), ("第五名", "zh", 5), ("第12", "zh", 12),
    ("its rate", "en", None), ("第一", "zh", None)])
def test_a_rank_said_anywhere(bare, lang, rank):
    said = _said_rank(bare, lang)
    assert (said[0] if said else None) == rank


@pytest.mark.parametrize("question, lang, previous, expected", [
    ("And the second largest?", "en", BY_BUDGET, (2, True)),
    ("What's the fourth lowest?", "en", BY_BUDGET, (4, False)),  # the other end: the ranking turned round
    ("Which one comes fourth?", "en", BY_BUDGET, (4, True)),
    ("第五名呢？", "zh", BY_BUDGET, (5, True)),
    ("排第三的全年预算是多少？", "zh", BY_BUDGET, (3, True)),  # the ranking's own measure
    ("And the second biggest top-up?", "en", BY_TOP_UP, (2, True)),  # a change said of a ranking by a change
    ("第二高的总分是多少？", "zh", BY_BUDGET, None),  # another measure: a ranking of its own
    ("And the second biggest top-up?", "en", BY_BUDGET, None),
    ("the second indicator of 青石路灯维护经费（城管办）", "en", BY_BUDGET, None)])
def test_a_rank_of_the_previous_ranking_on_an_invented_county(county, question, lang, previous, expected):
    assert _rank_of_ranking(question, lang, previous, county.recogniser) == expected


@pytest.mark.parametrize("questions, value", [
    (("Which form had the largest full-year budget?", "And the second largest?"), 2138.12),
    (("全年预算最少的是哪个？", "第三少的呢？"), 4.03),
    (("Top project by full-year budget?", "Which one comes fourth?"), 426.06),
    (("Which form got the biggest mid-year top-up?", "And the second biggest top-up?"), 60.0),
    (("Which form started with the biggest initial budget?", "And the third biggest?"), 599.97),
    (("全年预算排前三的项目是哪些？", "第五名呢？"), 368.25)])
def test_a_rank_of_the_previous_ranking_on_the_bundled_corpus(seed_store, questions, value):
    answer = _ask(seed_store, *questions)
    assert len(answer.records) == 1 and answer.value == pytest.approx(value, abs=0.01)


# ----- another form said alone: the previous question asked of it ---------------------------------------------------

@pytest.mark.parametrize("question, previous, expected", [
    ("道路清扫经费呢？", "青石路灯维护经费的执行率是多少？", "道路清扫经费的执行率是多少？"),
    ("What about 道路清扫经费?", "What's the full-year budget of 青石路灯维护经费?", "What's the full-year budget of 道路清扫经费?"),
    ("and for 道路清扫经费?", "How many indicators does 青石路灯维护经费 have?", "How many indicators does 道路清扫经费 have?"),
    ("道路清扫经费的执行率呢？", "青石路灯维护经费的总分是多少？", "道路清扫经费的执行率呢？"),  # a measure of its own
    ("道路清扫经费呢？", "执行率低于60%的有哪些？", "道路清扫经费呢？"),  # the previous question named no form
    ("道路清扫经费呢？", None, "道路清扫经费呢？")])
def test_another_form_said_alone_is_the_previous_question_of_it(county, question, previous, expected):
    assert substituted(question, previous, county) == expected


@pytest.mark.parametrize("questions, value", [
    (("禁毒与反邪教的执行率是多少？", "维稳经费呢？"), 92.77),
    (("社工点经费的全年预算是多少？", "那社工呢？"), 2138.12),  # one name inside the other: replaced, never ANDed
    (("What's the full-year budget of 安保经费?", "What about 社工点经费?"), 426.06),
    (("How much did 禁毒与反邪教 leave unspent?", "And 公安后勤及协管员经费?"), 93.55),
    (("What did 人才活动 score in total?", "same question for 人才健康体检"), 93.37)])
def test_another_form_said_alone_on_the_bundled_corpus(seed_store, questions, value):
    answer = _ask(seed_store, *questions)
    assert len(answer.records) == 1 and answer.value == pytest.approx(value, abs=0.01)


# ----- a demonstrative with a form noun, and those two -------------------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    (("Which project got the biggest top-up?", "What was that renovation project's execution rate?"), 81.8),
    (("哪个项目年中追加最多？", "那个装修工程的执行率是多少？"), 81.8),
    (("哪个项目年中追加最多？", "这笔钱最后用掉多少？"), 629.76)])
def test_a_demonstrative_with_a_form_noun_is_the_one_form(seed_store, questions, value):
    answer = _ask(seed_store, *questions)
    assert _names(answer) == ["鲁汇派出所新址装修工程（平安办）"] and answer.value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, ids, expected", [
    ("How much did those two spend between them?", [1, 2], "How much did those spend between them?"),
    ("What did the two of them spend combined?", [1, 2], "What did them spend combined?"),
    ("these 3 projects: total score?", [1, 2, 3], "these projects: total score?"),
    ("And the two largest?", [1, 2], "And the two largest?"),  # a ranking, not a pointer
    ("How much did those two spend?", [1, 2, 3], "How much did those two spend?"),  # another count: not this answer's
    ("How much did those two spend?", [1], "How much did those two spend?")])
def test_a_count_with_a_demonstrative_is_the_previous_forms(question, ids, expected):
    assert _counted_pointer(question, ids) == expected


def test_those_two_between_them_on_the_bundled_corpus(seed_store):
    answer = _ask(seed_store, "Which two forms have the largest full-year budgets?", "How much did those two spend between them?")
    assert answer.value == pytest.approx(2412.86 + 2042.66, abs=0.01)  # 图像视频监控 + 社工 executed
