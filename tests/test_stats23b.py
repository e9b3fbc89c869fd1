"""Round 23, statistics and superlatives over the set a question names: which one at a superlative's end (spent the
smallest share of its budget), "all 28" with no noun, a grade got (拿了'优'), not even a quarter (below it), an actual
that beat a numeric target, a place every form lies in. Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.beat_target import beat_said
from assistant.not_even import not_even
from assistant.quote_marks import chinese_quotes
from assistant.spent_share import spent_share
from assistant.which_superlative import which_superlative
from assistant.whole_place import common_places, without_whole_place
from assistant.whole_scope import store_count
from support import asked as _ask, names_of as _names

UNDER_A_QUARTER = ["人才活动", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
                   "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
ABOVE_TARGET = ["人才健康体检", "劝导队经费（信）", "户籍档案数字化加工项目"]


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Which projects didn't manage to spend even a quarter of their full-year budget?",
     "Which projects spent less than a quarter of their full-year budget?"),
    ("Which projects failed to use even 30 percent of their budget?", "Which projects spent less than 30 percent of their budget?"),
    ("Which spent not even half of it?", "Which spent less than half of it?"),
    ("Which projects spent half of their budget?", "Which projects spent half of their budget?"),  # no negator
])
def test_not_even_is_below_the_share(question, expected):
    assert not_even(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("Which forms report an actual figure that beat a numeric target?", "Which forms have an indicator that exceeded its target?"),
    ("Which projects went over one of their quantified targets on some indicator?", "Which projects exceeded its target?"),
    ("Which projects exceeded 90% execution?", "Which projects exceeded 90% execution?"),  # a bound, no target
    ("哪些项目有指标的实际值超过了目标值？", "哪些项目有超过目标？"),
])
def test_an_actual_beating_a_target(question, expected):
    assert beat_said(question) == expected


def test_spent_share_and_which_noun():
    assert spent_share("which one spent the smallest share of its budget?") == "which one had the lowest execution rate?"
    assert spent_share("which used the largest proportion of their funds") == "which had the highest execution rate"
    assert which_superlative("Of those, which project has the highest total score?") == "Of those, which has the highest total score?"
    assert which_superlative("Which project is run by 信访办, and what is its lowest score?") == \
        "Which project is run by 信访办, and what is its lowest score?"  # the superlative in another clause


def test_quotes_store_count_and_places():
    assert chinese_quotes("几个拿了'优'？") == "几个拿了“优”？"
    assert chinese_quotes("Which project's budget isn't 'large'?") == "Which project's budget isn't 'large'?"
    assert store_count("Median execution rate across all 28?", 28).startswith("Median execution rate across all the forms")
    assert store_count("Median execution rate across all 27?", 28) == "Median execution rate across all 27?"
    departments = ["某省某市甲区乙镇人民政府", "某省某市甲区乙镇人民政府(汇总)", "某省某市甲区乙镇丙办"]
    assert set(common_places(departments)) == {"某省", "某市", "甲区", "乙镇"}
    assert set(common_places(["某市甲区乙镇人民政府", "某市甲区丁镇人民政府"])) == {"某市", "甲区"}  # 乙镇 not shared
    real = ["上海市闵行区浦江镇人民政府", "上海市闵行区浦江镇人民政府(汇总)"]
    assert without_whole_place("how many forms do we have for Pujiang town?", real) == "how many forms do we have?"
    assert without_whole_place("What is the population of Pujiang town?", real) == "What is the population of Pujiang town?"


# ----- answered over the bundled forms ----------------------------------------------------------------------------------

def test_which_one_spent_the_smallest_share_among_a_named_set(seed_store):
    answer = _ask(seed_store, "Among projects with an initial budget of 0, which one spent the smallest share of its budget?", search=None)
    assert _names(answer) == ["人才活动"]
    answer = _ask(seed_store, "Of the forms whose opening budget was zero, which project has the highest execution rate?", search=None)
    assert _names(answer) == ["户籍档案数字化加工项目"]


def test_which_one_over_a_previous_answer(seed_store):
    answer = _ask(seed_store, "Which projects are run by the petitions office (信访办)?",
                  "Thanks! And among those, which one spent the smallest share of its budget?", search=None)
    assert _names(answer) == ["劝导队经费（信）"]


@pytest.mark.parametrize("question, value", [
    ("Median execution rate across all 28?", 96.115),
    ("全部28个的执行率中位数是多少？", 96.115),
    ("几个拿了'优'？", 22),
    ("How many projects got an 优 grade?", 22),
    ("how many 2023 project self-evaluation forms do we actually have for Pujiang town?", 28),
])
def test_statistics_over_the_set_named(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value, abs=0.006)


@pytest.mark.parametrize("question, names", [
    ("Which projects didn't manage to spend even a quarter of their full-year budget?", UNDER_A_QUARTER),
    ("Which forms report an actual figure that beat a numeric target?", ABOVE_TARGET),
    ("Which projects exceeded a numeric target on some indicator?", ABOVE_TARGET),
])
def test_sets_read_from_new_words(seed_store, question, names):
    assert _names(_ask(seed_store, question, search=None)) == sorted(names)
