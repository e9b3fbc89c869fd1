"""Round 25: a form named before an English question ("For 社工, …", "社工: …") scopes it, never a courtesy taken off;
an English word of the lexicon never matches inside a capitalised word ("or" in "For"). Expected values from the
bundled forms (`jixiao export --format json`): 社工 2,138.12 − 2,042.66 = 95.46 万元 unspent, execution rate 95.53%."""

from __future__ import annotations

import pytest

from assistant.courtesy import unwrapped
from support import asked as _ask


@pytest.mark.parametrize("question", [
    "For 社工, how much was left unspent?",
    "社工: how much was left unspent?",
    "Regarding 社工, how much was left unspent?",
    "how much was left unspent for 社工?",
])
def test_a_form_named_before_an_english_question_scopes_it(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert [r.project_name for r in answer.records] == ["社工"]
    assert answer.value == pytest.approx(95.46)


def test_the_execution_rate_of_a_form_named_first(seed_store):
    assert _ask(seed_store, "For 社工, what was the execution rate?", search=None).value == pytest.approx(95.53)


@pytest.mark.parametrize("question, left", [
    ("For 社工, how much was left unspent?", "For 社工, how much was left unspent?"),
    ("Hi there, which forms have no timeliness indicator?", "which forms have no timeliness indicator?"),
    ("亲，执行率低于60%的项目有哪些？", "执行率低于60%的项目有哪些？"),
])
def test_only_courtesies_come_off(question, left):
    assert unwrapped(question) == left


@pytest.mark.parametrize("question", [
    "Which projects got more money mid-year than planned at the start?",
    "Which projects ended up with more money than planned at the start of the year?",
])
def test_a_top_up_said_against_the_plan(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert len(answer.records) == 8  # the eight forms whose 全年预算数 exceeds 年初预算数


def test_the_start_of_the_year_still_names_the_opening_budget(seed_store):
    assert _ask(seed_store, "What was the budget at the start of the year for 社工?", search=None).value == pytest.approx(2087.07)


@pytest.mark.parametrize("chain, value", [
    (("how many projects got a full 100?",), 9),
    (("Among the 平安办 projects, how many got a full 100?",), 7),
    (("Among the 平安办 projects, how many got a full 100?", "and what's their combined final budget?"), 3052.11),
])
def test_a_full_100_closing_the_clause_is_full_marks(seed_store, chain, value):
    assert _ask(seed_store, *chain, search=None).value == pytest.approx(value)


@pytest.mark.parametrize("question, value", [
    ("How many forms got the 优 (excellent) grade?", 22),
    ("How many points did 劝导队经费（信） lose out of 100 in total?", 3.43),
    ("how many projects had no money in the initial budget?", 5),
    ("How many projects run by the community party-service centre had execution below 60% but an overall score still above 95?", 3),
])
def test_english_wordings_of_plain_conditions(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value)


@pytest.mark.parametrize("question, left", [
    ("How many forms got the 优 (excellent) grade?", "How many forms got the 优  grade?"),
    ("社工 (only)", "社工 (only)"),
    ("社工 (not 社工点经费)", "社工 (not 社工点经费)"),
])
def test_an_english_gloss_after_a_chinese_value_comes_off(question, left):
    from assistant.field_gloss import without_english_glosses

    assert without_english_glosses(question) == left


@pytest.mark.parametrize("chain, value", [
    (("I want the projects that had no money in the initial budget. Which are they?",), 5),
    (("For my class project I want the projects that had no money at all in the initial budget. Which are they?",
      "Among those, which spent less than half of what they got?", "What's their combined unspent balance?"), 51.38),
])
def test_a_statement_of_what_is_wanted_then_a_bare_pointer_is_asked(seed_store, chain, value):
    answer = _ask(seed_store, *chain, search=None)
    assert (answer.value if len(chain) > 1 else len(answer.records)) == pytest.approx(value)


@pytest.mark.parametrize("question", [
    "Which forms give the supervising department as plain 上海市闵行区浦江镇人民政府, without the (汇总)?",
    "Which forms list the supervising department simply as 上海市闵行区浦江镇人民政府, without the (汇总) note?",
    "主管部门没带(汇总)的表有哪些",
])
def test_a_department_without_its_suffix(seed_store, question):
    # the five （党群中心） forms print their 主管部门 without (汇总)
    assert len(_ask(seed_store, question, search=None).records) == 5


@pytest.mark.parametrize("question", [
    "户籍档案数字化一共加工了多少卷档案",
    "How many volumes of files did the archive digitisation project process?",
    "社工的平均年龄是多少",
])
def test_a_count_in_a_unit_no_form_uses_is_not_answered(seed_store, question):
    # no form counts anything in 卷 or records an age: refused, never a budget total in their place
    assert _ask(seed_store, question, search=None).kind == "unknown"
