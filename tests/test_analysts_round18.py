"""Round 18, english18b (analysts' English, by kind): a grade before a noun of forms (the 优 forms) kept under an exclusion
that follows it (the rule reading's excluded name is no reason to prefer it); a lead before an exclusion verb (once you take
out X); a part of a department's value said in English (without the '(汇总)' suffix, with the (汇总) tag); a verb of falling
short before a figure (missed 90%, undershot, couldn't make 95, missed an execution rate of 80%) is below. Expected values
computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.colloquial_fields import negated_bounds
from assistant.exclusion import joined_exclusions
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked, names_of

NO_SUM_SUFFIX = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                 "浦江初心微史馆质保金（党群中心）"]
UNDER_90 = ["下拨经费（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "公安后勤及协管员经费（平安办）",
            "人才健康体检", "人才活动", "劝导队经费（信）", "杜行派出所公用事业费", "浦江初心微史馆质保金（党群中心）",
            "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "鲁汇派出所新址装修工程（平安办）"]
BIG_UNDER_90 = ["公安后勤及协管员经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]
# the county with its department printed two ways, as the forms print 主管部门 with and without "(汇总)"
COUNTY = dataclasses.replace(INVENTED_COUNTY, departments=["青石县城市管理局", "青石县城市管理局(汇总)"])


# ----- words rewritten before reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("Which forms missed 90% execution?", "Which forms less than 90% execution?"),
    ("Which forms undershot 60%?", "Which forms less than 60%?"),
    ("Which projects couldn't reach 95 points?", "Which projects less than 95 points?"),
    ("Which forms were unable to hit 90% execution?", "Which forms less than 90% execution?"),
    ("Which forms didn't make 90%?", "Which forms less than 90%?"),
    ("the forms that missed an execution rate of 80%", "the forms that an execution rate of less than 80%"),
    ("Did any of them miss one of their indicator targets?", "Did any of them miss one of their indicator targets?"),  # a count
    ("Which forms didn't reach 90% of their budget?", "Which forms less than 90% of their budget?"),
    ("Which forms never topped 60%?", "Which forms no more than 60%?")])
def test_a_verb_of_falling_short_before_a_figure_is_below(question, rewritten):
    assert negated_bounds(question) == rewritten


@pytest.mark.parametrize("question, rewritten", [
    ("How many 优 forms are there once you take out the 信访办 ones?", "How many 优 forms are there excluding the 信访办 ones?"),
    ("What is the total after we remove the (平安办) lines?", "What is the total excluding the (平安办) lines?"),
    ("Staff had to remove petitioners from the hall.", "Staff had to remove petitioners from the hall.")])  # the text's verb
def test_a_lead_before_an_exclusion_verb_keeps_it_an_instruction(question, rewritten):
    assert joined_exclusions(question) == rewritten


# ----- the query model on an invented county ------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["What's the average total score of the 优 forms?", "How many 优 projects are there?",
                                      "List the 良 ones with a budget over 10万."])
def test_a_grade_before_a_noun_of_forms_is_that_grade(question):
    reading = QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN).read(question)
    assert reading is not None and "Field(name='grade'" in repr(reading.select.where) and not reading.ignored, (question, reading)


@pytest.mark.parametrize("question, negated", [
    ("Which forms have a supervising department without the '(汇总)' suffix?", True),
    ("Which forms' supervising department lacks the (汇总) tag?", True),
    ("Which forms have a supervising department that doesn't carry the “汇总” marker?", True),
    ("How many forms show the supervising department with the (汇总) suffix?", False),
    ("主管部门不带“(汇总)”字样的有哪些？", True)])
def test_a_part_of_a_department_said_in_english(question, negated):
    reading = QuestionReader(COUNTY, glossary=GLOSSARY_EN).read(question)
    assert reading is not None and not reading.ignored, (question, reading)
    held = ("Text(field=Field(name='department', entity='form'), mode='contains', value='汇总')",
            "Text(field=Field(name='department', entity='form'), mode='contains', value='(汇总)')")  # the part, bracket or not
    said = repr(reading.select.where)
    assert any(h in said for h in held) and ("Not(" in said) == negated, (question, reading)


# ----- whole questions on the bundled store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Which forms give the supervising department as plain 上海市闵行区浦江镇人民政府, without the '(汇总)' suffix?", NO_SUM_SUFFIX),
    ("List the forms whose supervising department lacks the (汇总) tag.", NO_SUM_SUFFIX),
    ("Which forms missed 90% execution?", UNDER_90),
    ("Which forms with a full-year budget above 200万 were unable to hit 90% execution?", BIG_UNDER_90),
    ("Among forms with an 优 grade, excluding anything run by the 信访办, which spent less than 60%?",
     ["人才健康体检", "人才活动", "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "禁毒与反邪教（平安办）"])])
def test_sets_on_the_bundled_store(seed_store, question, expected):
    assert names_of(asked(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, value", [
    ("What's the average total score of the 优 forms, excluding the 信访办 ones?", 97.84),
    ("Lines that claimed an 优, excluding the (平安办) ones: how many are there?", 8),
    ("How many 优 forms are there once you take out the 信访办 ones?", 19),
    ("The 优 forms, excluding 杜行派出所公用事业费: what's their median execution rate?", 99.06),
    ("What is the total full-year budget of the forms whose supervising department has no (汇总) suffix, in 万元?", 251.45),
    ("How many forms show the supervising department with the (汇总) suffix?", 23),
    ("Count the 优 forms that missed an execution rate of 80%.", 7)])
def test_values_on_the_bundled_store(seed_store, question, value):
    assert asked(seed_store, question).value == pytest.approx(value, abs=0.01)
