"""Round 22, forms named and years: a form named exactly (名称就叫“社工”, called just X, X (not Y)) is that form alone,
even when its whole name is part of another's; a remark naming a form before the clause asking of it (X据说追加过预算，
它的执行数) is asked of X; the asker's worry about their own sums (我怕自己算错) is no check finding; a name's tag said in
words (括号里写着“信”); a later year said of the forms (2024年社工项目预算) is a year no form is held of. Expected values
computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.exact_name import exact_spellings, said_plainly
from assistant.named_remark import said_of_named
from assistant.other_years import unheld_year
from support import asked as _ask, names_of as _names

# An invented store where one form's whole name is part of another's, as 社工 is of 社工点经费（平安办）.
COUNTY = ["路灯", "路灯维护经费（城管办）", "道路清扫经费（环卫所）", "河道保洁经费（环卫所）"]


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

def test_the_spellings_of_a_whole_name_include_its_untagged_name_when_no_other_form_has_it():
    spellings = exact_spellings(COUNTY)
    assert spellings["路灯维护经费"] == "路灯维护经费（城管办）"
    assert spellings["路灯"] == "路灯"


@pytest.mark.parametrize("question, lang, plain, excluded", [
    ("名称就叫“路灯”的那个项目，执行率多少？", "zh", "路灯的那个项目，执行率多少？", []),
    ("名为路灯的项目预算多少", "zh", "路灯的项目预算多少", []),
    ("项目名称只有“路灯”两个字的那张表，总分是多少？", "zh", "路灯的那张表，总分是多少？", []),
    ("叫“路灯”的那个项目（不是路灯维护经费那个），年初预算多少？", "zh", "路灯的那个项目，年初预算多少？",
     ["路灯维护经费（城管办）"]),
    ("What was the rate of the project named exactly 路灯?", "en", "What was the rate of the project 路灯?", []),
    ("For the project called just 路灯 (not 路灯维护经费), what's the budget?", "en",
     "For the project 路灯 , what's the budget?", ["路灯维护经费（城管办）"]),
    ("The form whose name is 路灯 and nothing more: its score?", "en", "The form 路灯: its score?", []),
    # a longer name said after the frame is that longer name, never the shorter one it starts with
    ("叫路灯维护经费的项目预算", "zh", "路灯维护经费的项目预算", []),
    # an exclusion of a form whose name does not hold the name said stays for the readers
    ("路灯（不是道路清扫经费）的预算", "zh", "路灯（不是道路清扫经费）的预算", []),
    ("名称后面括号里写着“环卫所”的项目有哪些？", "zh", "名称带（环卫所）的项目有哪些？", []),
    ("项目名称里标着（城管办）的有哪些", "zh", "名称带（城管办）的有哪些", [])])
def test_a_form_named_exactly_is_written_as_its_bare_name(question, lang, plain, excluded):
    said = said_plainly(question, COUNTY, lang)
    assert (said.text, said.excluded) == (plain, excluded)


@pytest.mark.parametrize("question, lang, rewritten", [
    ("河道保洁经费据说追加过预算，它的全年执行数是多少？", "zh", "河道保洁经费（环卫所）的全年执行数是多少？"),
    ("听说路灯维护经费年中被调减了，它最后的全年预算是多少？", "zh", "路灯维护经费（城管办）最后的全年预算是多少？"),
    ("Someone told me the 道路清扫经费 project is big. I need its executed amount - what is it?", "en",
     "I need the 道路清扫经费（环卫所） project's executed amount - what is it?"),
    ("For the 路灯 project, I heard the budget was cut mid-year — what was the final budget?", "en",
     "For the 路灯 project, what was the final budget?"),
    ("路灯维护经费和河道保洁经费，它们的全年预算加起来多少", "zh", "路灯维护经费（城管办）和河道保洁经费（环卫所）的全年预算加起来多少"),
    ("两个项目全年执行数加起来多少万元？我怕自己算错了", "zh", "两个项目全年执行数加起来多少万元？"),
    ("Add up the two budgets for me, I keep making mistakes.", "en", "Add up the two budgets for me,"),
    # a clause that asks is a question of its own; its pronoun is left to the follow-up readers
    ("执行率最低的是哪个？它的预算多少", "zh", "执行率最低的是哪个？它的预算多少"),
    ("路灯的执行率是多少，它的预算呢", "zh", "路灯的执行率是多少，它的预算呢"),
    # a clause that only names its topic is no remark: "its" may be any noun of the question
    ("For 路灯维护经费, does the score equal the rate times its weight?", "en",
     "For 路灯维护经费, does the score equal the rate times its weight?")])
def test_a_remark_naming_a_form_is_taken_off_and_its_pronoun_is_the_form(question, lang, rewritten):
    assert said_of_named(question, COUNTY, lang) == rewritten


@pytest.mark.parametrize("question, lang, years", [
    ("2024年路灯项目预算多少？", "zh", [2024]),
    ("路灯维护经费2025年的全年预算是多少", "zh", [2025]),
    ("How much did 路灯 spend in 2024?", "en", [2024]),
    ("what's the 2024年 budget for the 路灯 project?", "en", [2024]),  # as whole_scope writes a year out
    ("因资金紧张2024年才支付的项目", "zh", None),  # a payment's date a form's text gives
    ("Which projects deferred payment to 2024?", "en", None)])
def test_a_later_year_said_of_the_forms_is_not_held(question, lang, years):
    found = unheld_year(question, lang, [2021])
    assert (found[1] if found else None) == years


# ----- on the bundled corpus -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("名称就叫“社工”的那个项目，全年执行数是多少万元？", 2042.66),
    ("叫“社工”的那个项目（不是社工点经费那个），年初预算多少万元？", 2087.07),
    ("For the project called just 社工 (not 社工点经费), what's the full-year budget in 万元?", 2138.12),
    ("刚来报到，想先熟悉一下名称就叫“社工”的那个项目：它的全年预算数比年初预算数多了多少万元？", 51.05),
    ("For the 重精患者监护人奖励费 project, the initial budget was apparently trimmed — what was the final full-year "
     "budget figure, in 万元?", 9.84),
    ("鲁汇派出所新址装修工程据说追加过预算，它的全年执行数是多少万元？", 629.76),
    ("The 杜行派出所新址修缮 budget was reportedly topped up; what did it end up executing, in 万元?", 185.34),
    ("领导问我人才相关的那两个项目（人才活动和人才健康体检）全年预算加起来一共多少万元，我怕自己算错，麻烦帮我算一下", 65.0)])
def test_the_figures_of_forms_named(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(value, abs=0.01)


def test_the_exclusion_named_exactly_is_said_on_the_answer(seed_store):
    answer = _ask(seed_store, "叫“社工”的那个项目（不是社工点经费那个），年初预算多少万元？", search=None)
    assert _names(answer) == ["社工"]
    assert "不含：社工点经费（平安办）" in answer.text


def test_a_tag_said_in_words_picks_the_forms_of_that_tag(seed_store):
    answer = _ask(seed_store, "名称后面括号里写着“信”的项目有哪些？", search=None)
    assert _names(answer) == sorted(["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）"])


@pytest.mark.parametrize("question", ["2024年社工项目预算多少？", "what's the 2024 budget for the 安保经费 project?",
                                      "安保经费2025年的全年预算是多少"])
def test_a_year_no_form_is_held_of_is_not_answered_as_no_forms(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "unknown" and "2023" in answer.text


def test_the_one_held_year_after_a_money_word_is_no_condition():
    from assistant.other_years import without_held_year

    assert without_held_year("How much did the repair project cost in 2021, in 万元?", [2021]) == \
        "How much did the repair project cost, in 万元?"
    assert without_held_year("How much did the repair project cost in 2021?", [2021, 2022]) == \
        "How much did the repair project cost in 2021?"  # a store of two years: a condition
    assert without_held_year("Which forms were settled in 2022 instead of 2021?", [2021]) == \
        "Which forms were settled in 2022 instead of 2021?"


def test_a_rows_points_asked_are_its_weight(seed_store):
    answer = _ask(seed_store, "On the 社工 form (the plain one, not 社工点经费), how many points is 社工数量 worth?", search=None)
    assert answer.value == 15.0


@pytest.mark.parametrize("question", [
    "鲁汇派出所新址装修工程2022年据说追加过预算，它的全年执行数是多少？",
    "鲁汇派出所新址装修工程据说执行率不到50%，最后全年预算多少？",
    "For the 社工 project, I heard only half was spent — what was its final budget?",
])
def test_a_clause_naming_a_form_with_a_condition_stays(question):
    """The review's finding: a year, bound or "only" in a clause naming a form is read, never taken off as a remark."""
    from assistant.named_remark import said_of_named

    names = ["鲁汇派出所新址装修工程（平安办）", "社工", "社工点经费（平安办）"]
    lang = "en" if question.startswith("For") else "zh"
    assert said_of_named(question, names, lang) == question
