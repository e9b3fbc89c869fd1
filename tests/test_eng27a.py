"""Round 27 (eng27a), kinds of questions read by what they say: a year beside a word of an event the forms' text dates
(completed and handed over in 2021, 2018年备案竣工) is a date searched for, never a year of forms. Expected values
computed from the bundled forms (corpus/), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.glossed_literal import unglossed
from assistant.no_money import opening_said
from assistant.other_years import unheld_years
from assistant.whole_scope import without_whole_scope
from support import asked as _ask, names_of as _names

NANQU = "党群中心（南区）规范化建设质保金（党群中心）"  # its text: 2018年10月16日备案竣工
WEISHIGUAN = "浦江初心微史馆质保金（党群中心）"  # its text: 2021年10月竣工移交至党群中心
# Forms whose 年初预算数 is 0.00.
NO_OPENING = ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费",
              "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]


# ----- a year beside an event word is a date the text gives -----------------------------------------------------------

@pytest.mark.parametrize("question, unheld", [
    ("Which project relates to work completed back in 2018?", []),
    ("Which 质保金 project was completed in 2018?", []),  # English words before the year, a Chinese fragment elsewhere
    ("哪个项目是2018年备案竣工的？", []),
    ("What was the completion rate in 2022?", ["2022"]),  # a year of forms: no event word beside it
    ("2022年的执行率是多少？", ["2022"])])
def test_a_year_beside_an_event_word_is_no_year_of_forms(question, unheld):
    assert unheld_years(question, [int(year) for year in ("2018", "2022") if year in question], [2023]) == unheld


@pytest.mark.parametrize("question, form", [
    ("Which warranty-retention (质保金) project relates to work completed back in 2018?", NANQU),
    ("Which form says its fit-out was completed and handed over in 2021?", WEISHIGUAN),
    ("2021年竣工移交的是哪个项目？", WEISHIGUAN)])
def test_an_event_year_finds_the_form_whose_text_dates_it(seed_store, question, form):
    assert _names(_ask(seed_store, question, search=None)) == [form]


# ----- the year started with no money: the opening budget nil --------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("Which projects started 2023 with no budget?", "Which projects started the year with no budget?"),
    ("How many forms entered FY2023 without any allocation?", "How many forms entered the year without any allocation?"),
    ("Which projects started 2021 with no budget?", "Which projects started 2021 with no budget?")])  # not the store's year
def test_a_start_said_of_the_stores_one_year_is_the_years_start(question, plain):
    assert without_whole_scope(question, [2023]) == plain


@pytest.mark.parametrize("question, plain", [
    ("哪些项目开年的时候没有预算？", "哪些项目年初没有预算？"),
    ("哪些项目刚开始时没安排钱？", "哪些项目年初没安排钱？"),
    ("哪些项目开年的时候执行率最高？", "哪些项目开年的时候执行率最高？")])  # no money lacking: left as it is
def test_the_opening_in_any_words_before_money_lacked_is_the_year_start(question, plain):
    assert opening_said(question) == plain


@pytest.mark.parametrize("question", [
    "Which projects began the year with no budget?",
    "Which programmes entered the year with zero budget?",
    "Which projects began 2023 without any budget?",
    "Which projects started 2023 with no budget at all but were funded later in the year?",
    "哪些项目开年的时候没有预算？"])
def test_a_year_started_with_no_money_is_a_nil_opening_budget(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == NO_OPENING


def test_a_year_opened_with_no_allocation_is_counted(seed_store):
    assert _ask(seed_store, "How many forms opened 2023 with no allocation at all?", search=None).value == 5


# ----- "line" alone is a form; a line of indicators is a row ------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("What's the median full-year budget across the 28 lines, in 万元?", 68.27),
    ("How many lines show an execution rate of exactly 100%?", 8),
    ("What's the full-year appropriation on the 社工 (social workers) line, in 万元?", 2138.12)])
def test_a_line_is_a_form(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value)


def test_lines_named_by_their_unit(seed_store):
    answer = _ask(seed_store, "Which lines are implemented by 信访办?", search=None)
    assert _names(answer) == ["信访代理员经费（信）", "劝导队经费（信）", "维稳经费（信）"]


def test_a_line_of_indicators_is_a_row(seed_store):
    assert _ask(seed_store, "How many lines of indicators carry a weight of 15 points?", search=None).value == 45



# ----- a column glossed by its Chinese name is the column, no literal ---------------------------------------------------

# Forms whose 主管部门 is printed without “(汇总)”.
UNSUMMED = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）"]


@pytest.mark.parametrize("question", [
    "Which forms show the supervising department (主管部门) without the '(汇总)' suffix?",
    "Which forms list an implementing unit (实施单位) of 信访办?"])
def test_a_column_glossed_is_no_literal(question):
    assert unglossed(question, lambda literal: True, lambda literal: False) == question


def test_a_literal_the_forms_say_is_still_quoted():
    assert unglossed("Where is a district finance notice (区财发) quoted?", lambda literal: True) == "Where is “区财发” quoted?"


def test_a_glossed_column_lacking_a_part(seed_store):
    answer = _ask(seed_store, "Which forms show the supervising department (主管部门) without the '(汇总)' suffix?", search=None)
    assert _names(answer) == UNSUMMED
    count = _ask(seed_store, "How many forms list the supervising department (主管部门) without the '(汇总)' marker?", search=None)
    assert count.value == 5
