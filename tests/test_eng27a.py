"""Round 27 (eng27a), kinds of questions read by what they say: a year beside a word of an event the forms' text dates
(completed and handed over in 2021, 2018年备案竣工) is a date searched for, never a year of forms. Expected values
computed from the bundled forms (corpus/), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.other_years import unheld_years
from support import asked as _ask, names_of as _names

NANQU = "党群中心（南区）规范化建设质保金（党群中心）"  # its text: 2018年10月16日备案竣工
WEISHIGUAN = "浦江初心微史馆质保金（党群中心）"  # its text: 2021年10月竣工移交至党群中心


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
