"""Round 24, an English rewording of passing Chinese questions: an analyst's own words (drew down, envelope untouched,
undrawn, the budget-execution component and the points available on it, points docked said in the passive, percentage
points apart, overshot the envelope), a bound said before the part of the score it is on, English words beside the
forms' Chinese words in a mention, a form pointed at by its text or what it does after the figure asked of it, a
difference defined in a clause. Expected values computed from the bundled forms (`jixiao export --format json`), not
from the assistant."""

from __future__ import annotations

import pytest

from assistant.text_described import _is_condition, pointed
from support import asked as _ask, names_of as _names

_NOTHING_SPENT = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                  "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
_BUDGET_EXECUTION_UNDER_6 = ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                             "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费", "浦江初心微史馆质保金（党群中心）",
                             "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]


@pytest.mark.parametrize("questions, expected", [
    (("Which schemes left their entire envelope untouched?",), _NOTHING_SPENT),
    (("Which programmes didn't draw down a single yuan?",), _NOTHING_SPENT),
    (("Which projects were marked below 6 on the budget-execution component?",), _BUDGET_EXECUTION_UNDER_6),
    (("Which projects were docked points on at least one of their indicators?",), ["劝导队经费（信）"]),
    (("Which projects had a residual balance above 1 million yuan after subtracting outturn from the full-year budget?",),
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    (("Which schemes overshot their envelope?",), ["户籍档案数字化加工项目"])])
def test_the_forms_on_the_bundled_corpus(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions, search=None)) == sorted(expected)


@pytest.mark.parametrize("questions, expected", [
    (("How many projects scored below the points available for budget execution?",), 19),
    (("How many projects lost points on the budget-execution part?",), 19),
    (("Which projects had no opening allocation?", "And what did they get over the year in total?"), 153.65),
    (("Leaving the budget-execution part aside, how many points were docked on the indicators in total?",), 0.1),
    (("How much did the 平安志愿者 scheme spend?", "How much of its envelope is still undrawn?"), 4.58),
    (("How much was cut from the budget of the scheme paying incentives to guardians of severely mentally ill "
      "patients, in 万元?",), 0.96),
    (("What's the execution rate of the project whose form talks about building the 人才驿站?",), 13.46),
    (("How many percentage points apart are the execution rates of 杜行派出所新址修缮工程 and 鲁汇派出所新址装修工程?",), 17.52),
    (("How many percentage points apart are the execution rates of the 杜行 police station renovation and the 鲁汇 "
      "police station fit-out?",), 17.52),
    (("How much did 劝导队经费 actually pay out, in yuan?",), 26900.0),
    (("How many forms have a total score that doesn't equal the budget-execution score plus the indicator scores?",), 0)])
def test_the_values_on_the_bundled_corpus(seed_store, questions, expected):
    assert float(_ask(seed_store, *questions, search=None).value) == pytest.approx(expected, abs=0.01)


def test_an_english_word_beside_chinese_words_is_no_term_of_a_mention(seed_store):
    answer = _ask(seed_store, "Which project mentions the 人才驿站?", search=None)
    assert "“the”" not in answer.to_json()["interpretation"] and _names(answer) == ["人才活动"]


def test_a_two_letter_comparison_word_makes_no_description_a_condition():
    assert not _is_condition("paying incentives to guardians of severely mentally ill patients")
    assert _is_condition("spending more than its budget")
    assert pointed("the project that talks about hair testing, what did it spend?", "en") is not None
