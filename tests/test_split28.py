"""Round 28 (lead): the modules split out for size read as before — a difference defined in a bracket or clause is
taken out (defined_difference), a reason said for leaving a form out is set aside (exclusion_reasons); the words
they use are data (assistant/data/function_words.tsv)."""

from __future__ import annotations

import pytest

from assistant.data_files import role_words
from assistant.defined_difference import defines_a_difference, without_definitions
from assistant.exclusion_reasons import without_reasons
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


def test_the_function_words_are_data():
    words = role_words("function_words.tsv", ("possessive", "article", "minus"))
    assert set(words[("en", "possessive")]) == {"its", "their", "his", "her", "our", "it's"}
    assert words[("zh", "minus")] == ["减去", "减"]


@pytest.mark.parametrize("inside, expected", [
    ("final allocation less outturn", True),
    ("its full-year budget minus the amount executed", True),
    ("全年预算数减全年执行数", True),
    ("全年预算数减去全年执行数", True),
    ("full-year budget above 100", False),
    ("全年预算数", False),
    ("平安办", False)])
def test_a_bracket_defining_a_difference(reader, inside, expected):
    assert defines_a_difference(reader.recogniser.tokens, inside) is expected


@pytest.mark.parametrize("text, expected", [
    ("which forms have money left (final allocation less outturn) over 50?", "which forms have money left   over 50?"),
    ("结余（全年预算数减全年执行数）最多的项目", "结余 最多的项目"),
    ("forms over 100 after subtracting outturn from the full-year budget?", "forms over 100 ?"),
    ("forms with a budget (over 100) and a grade", "forms with a budget (over 100) and a grade")])
def test_definitions_are_taken_out_of_the_question(reader, text, expected):
    assert without_definitions(reader.recogniser.tokens, text) == expected


def test_a_reason_for_an_exclusion_is_set_aside(reader):
    question, reasons = without_reasons("What's the average execution rate? Leave out the 户籍档案 one, since its "
                                        "figure was typed in yuan.", lambda text: reader.recogniser.tokens(text)[0])
    assert reasons == ["since its figure was typed in yuan"]
    assert question == "What's the average execution rate? Leave out the 户籍档案 one."
