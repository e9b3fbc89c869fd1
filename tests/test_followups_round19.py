"""Round 19 (conv19), an elliptical follow-up read over the previous answer's entities: a pronoun or a bare measure
after a ONE-form answer is said of that form; a text slot (why so little? what did it achieve?) is that form's text;
next / 第二个 after a ranked answer is that row of the same ranking. Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asking import Reading
from assistant.previous_entities import _rank_asked, ranked_row, said_of_one
from support import asked as _ask, names_of as _names

RANKED = m.Select(where=None, order_by=m.Field("annual_budget"), descending=True, limit=1, ties=True,
                  shown=[m.Field("annual_budget")])


# ----- the cue of a ranking follow-up, on any store -----------------------------------------------------------------

@pytest.mark.parametrize("question, lang, rank", [
    ("And the next one?", "en", 0), ("next?", "en", 0), ("and the runner-up?", "en", 0), ("What about the next one?", "en", 0),
    ("And the second?", "en", 2), ("Which comes second?", "en", 2), ("third place?", "en", 3),
    ("下一个呢？", "zh", 0), ("再下一个呢？", "zh", 0), ("其次呢？", "zh", 0), ("第二个呢？", "zh", 2), ("排第二的是哪个？", "zh", 2),
    ("第三名呢", "zh", 3),
    ("And its rate?", "en", None), ("the second highest budget of all forms?", "en", None), ("第二高的预算是多少", "zh", None)])
def test_a_ranking_cue_alone_asks_a_rank(question, lang, rank):
    assert _rank_asked(question, lang) == rank


def test_the_next_row_of_a_ranking_is_the_same_order_one_further():
    reading = ranked_row("下一个呢？", "zh", RANKED)
    assert reading.select.order_by == RANKED.order_by and reading.select.descending
    assert (reading.select.offset, reading.select.limit, reading.select.ties) == (1, 1, False)
    again = ranked_row("And the next one?", "en", reading.select)
    assert (again.select.offset, again.select.limit) == (2, 1)
    assert ranked_row("And the third?", "en", RANKED).select.offset == 2


def test_no_ranking_row_without_a_ranking():
    assert ranked_row("下一个呢？", "zh", None) is None
    assert ranked_row("下一个呢？", "zh", m.Select(where=None)) is None  # a list in no order
    assert ranked_row("下一个呢？", "zh", m.Select(aggregate=m.Aggregate("avg", m.Field("executed")))) is None


# ----- a one-form answer: a pronoun or a bare measure said of that form ---------------------------------------------

def test_pronoun_and_bare_measure_name_the_one_form(seed_store):
    nothing_left = lambda question: Reading(m.Select(where=None, shown=[m.Field("execution_rate")]))  # noqa: E731
    name = "禁毒与反邪教（平安办）"
    assert said_of_one("它的执行率是多少？", "zh", seed_store, [22], nothing_left) == f"{name}的执行率是多少？"
    assert said_of_one("用掉几成？", "zh", seed_store, [22], lambda q: None) == f"{name}用掉几成？"
    assert said_of_one("And its total score?", "en", seed_store, [22], nothing_left) == f"And {name}'s total score?"
    # two forms, a condition of its own, a form named, a ranking cue, a text slot: not this rewrite's
    assert said_of_one("它的执行率是多少？", "zh", seed_store, [22, 23], nothing_left) == "它的执行率是多少？"
    condition = lambda q: Reading(m.Select(where=m.Compare(m.Field("execution_rate"), "<", m.Number(60))))  # noqa: E731
    assert said_of_one("执行率低于60%的有哪些？", "zh", seed_store, [22], condition) == "执行率低于60%的有哪些？"
    assert said_of_one("社工的预算是多少？", "zh", seed_store, [22], nothing_left) == "社工的预算是多少？"
    assert said_of_one("下一个呢？", "zh", seed_store, [22], lambda q: None) == "下一个呢？"
    assert said_of_one("为啥用得少？", "zh", seed_store, [28], lambda q: None) == "为啥用得少？"


@pytest.mark.parametrize("questions, value", [
    (("预算最多的是哪个项目？", "它的执行率是多少？"), 100.0),
    (("劝导队经费（信）的全年预算是多少？", "这张表一共几个指标？"), 6),
    (("Which project has the highest full-year budget?", "How many indicators does it have?"), 5),
    (("总分最低的信访办项目是哪个？", "它有几条指标？"), 6),
    (("How much did 平安志愿者经费（平安办） spend?", "What's its full-year budget?"), 227.37),
    (("Of the 信访办 forms, which one tops the execution-rate list?", "And the next one?"), 92.77)])
def test_follow_up_of_one_form_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("questions, expected", [
    (("哪个项目的全年预算最多？", "下一个呢？"), ["社工"]),
    (("全年预算最多的项目是哪个？", "第二个呢？", "再下一个呢？"), ["鲁汇派出所新址装修工程（平安办）"]),
    (("Which project got the most indicators?", "Which comes second?"), ["公安后勤及协管员经费（平安办）"]),
    (("结余最多的项目是哪个？", "下一名呢？"), ["鲁汇派出所新址装修工程（平安办）"])])
def test_next_row_of_a_ranking_on_the_bundled_corpus(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions)) == expected


@pytest.mark.parametrize("questions, text", [
    (("人才健康体检那张表用掉几何？", "为啥用得少？"), "实际体检人数未达到预期"),
    (("杜行派出所公用事业费执行率多少？", "为什么这么低？"), "无法预估准确"),
    (("What did 人才活动 spend?", "Why so little?"), "资金紧张"),
    (("Which form has the highest full-year budget?", "What did it achieve?"), "日常维护保养"),
    (("How much did 下拨经费（党群中心） spend?", "Why wasn't all of it used?"), "2024年度下拨")])
def test_a_text_asked_after_one_form_is_that_forms_text(seed_store, questions, text):
    answer = _ask(seed_store, *questions)
    assert text in answer.text and len({r.form_id for r in answer.records}) == 1


# ----- a terse condition after a one-form LOOKUP: a question of its own ----------------------------------------------

@pytest.mark.parametrize("questions, count", [
    (("What is the target of the indicator 社工数量?", "no grade printed"), 6),
    (("社工数量这个指标的目标值是多少？", "没有评分等级的"), 6),
    (("社工数量这个指标的目标值是多少？", "其中没有评分等级的是哪个？"), 1)])  # 其中: said of the lookup's form
def test_a_condition_after_a_lookup_is_a_new_question(seed_store, questions, count):
    assert len(_ask(seed_store, *questions).records) == count


def test_fresh_after_lookup_needs_a_lookup_and_a_condition_pointing_nowhere():
    from assistant.previous_entities import fresh_after_lookup

    lookup = m.Select(where=m.Compare(m.Field("project_name"), "=", m.Number(0)), shown=[m.Field("annual_budget")])
    graded = lambda q: Reading(m.Select(where=m.Text(m.Field("grade"), "missing", "")))  # noqa: E731
    rows = type("Q", (), {"intent": "indicators", "search_text": None})()
    assert fresh_after_lookup("no grade printed", "en", rows, None, graded)
    assert not fresh_after_lookup("of those, no grade printed", "en", rows, None, graded)  # a lead points back
    assert not fresh_after_lookup("its grade missing?", "en", rows, None, graded)  # a pronoun points back
    listed = m.Select(where=m.Compare(m.Field("execution_rate"), "<", m.Number(60)))
    assert not fresh_after_lookup("no grade printed", "en", None, listed, graded)  # a list by a condition: narrowed
    assert not fresh_after_lookup("its budget?", "en", None, lookup, lambda q: None)


def test_a_why_after_a_lookup_restates_the_form_and_asks_its_text(seed_store):
    answer = _ask(seed_store, "党建活动（党群中心）用掉多少？", "钱为啥没花完？")
    assert "资金紧张" in answer.text and _names(answer) == ["党建活动（党群中心）"]


def test_a_pronoun_inside_a_which_question_is_its_own_clauses(seed_store):
    nothing_left = lambda question: Reading(m.Select(where=None))  # noqa: E731
    question = "Which forms have an indicator that scored below its weight?"
    assert said_of_one(question, "en", seed_store, [1], nothing_left) == question
    answer = _ask(seed_store, "What is the target of the indicator 社工数量?", question)
    assert _names(answer) == ["劝导队经费（信）"]
