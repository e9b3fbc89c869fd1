"""Round 23, several forms named by description at once (两个X的工程，一个A一个B; the two sites (A fit-out and B
refurbishment)), a form named by a Chinese fragment inside English, a form described in a hearsay sentence that a later
"it" is, and an indicator row named in the asker's sentence that "which forms had it" points at. Expected values
computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.described_names import named_several, row_pointed
from support import asked as _ask, names_of as _names

# An invented store: two depot works, a depot's utilities, a cleaning fund and a lighting fund.
OWNERS = {
    "东站车库新址装修工程（城管办）": "城管办",
    "西站车库新址修缮工程（城管办）": "城管办",
    "西站车库公用事业费": "城管办",
    "道路清扫经费（环卫所）": "环卫所",
    "路灯维护经费（城管办）": "城管办",
}
GLOSSARY = {"depot": "车库", "fit-out": "装修 装修工程", "refurbishment": "装修 修缮 改造", "cleaning": "清扫 保洁",
            "road": "道路", "lighting": "路灯 照明", "fund": "经费"}
BOTH = "东站车库新址装修工程和西站车库新址修缮工程"


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("有两个车库新址的工程，一个装修一个修缮，这两个项目全年预算加起来多少？", f"有{BOTH}，{BOTH}全年预算加起来多少？"),
    ("车库新址有两个工程，一个是装修、一个是修缮，执行数一共多少？", f"{BOTH}，执行数一共多少？"),
    # the second item alone fits the utilities as well as the works: the item like its sibling is the one
    ("Combined spend on the two new depot sites (东站 fit-out and 西站)?", f"Combined spend on {BOTH.replace('和', ' and ')}?"),
    ("What did the 东站 depot fit-out cost?", "What did the 东站车库新址装修工程 project cost?"),
    # the English word after the fragment narrows two forms holding it to one
    ("What did the 西站 refurbishment cost?", "What did the 西站车库新址修缮工程 project cost?"),
    ("I was told the road cleaning fund went well. How much was spent on it?",
     "I was told about the 道路清扫经费 project. How much was spent on it?"),
])
def test_forms_described_are_written_as_their_names(question, expected):
    assert named_several(question, OWNERS, GLOSSARY, {}) == expected


@pytest.mark.parametrize("question", [
    "有两个车库的工程，一个装修一个装修，加起来多少？",  # both items fit one form: not two forms named
    "What did the 西站 depot cost?",  # two forms hold 西站 and nothing narrows them
    "Which project did the 东站 depot fit-out belong to?",  # which form a description fits is the answer
    "What did the 城管办 projects cost?",  # a unit is the readers' own
    "I was told something went well. How much was spent on it?",  # the hearsay describes no form
])
def test_a_description_not_fitting_forms_one_by_one_is_left_as_it_is(question):
    assert named_several(question, OWNERS, GLOSSARY, {}) == question


@pytest.mark.parametrize("question, expected", [
    ("I want to reuse 工程验收合格率 next year. Which forms had it?", "Which forms had 工程验收合格率?"),
    ("我明年想沿用工程验收合格率。哪些表里有它？", "哪些表里有工程验收合格率？"),
    ("Which forms had 工程验收合格率?", "Which forms had 工程验收合格率?"),
    ("The forms list 工程验收合格率. Which forms had it?", "The forms list 工程验收合格率. Which forms had it?"),
])
def test_a_row_the_asker_names_is_what_it_points_at(question, expected):
    assert row_pointed(question, ["工程验收合格率", "工程验收完成率"]) == expected


# ----- answered on the bundled forms ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("我刚接手平安办的材料，领导说2023年有两个派出所新址的工程，一个装修一个修缮，我想知道这两个项目的全年预算加起来是多少？", 956.46),
    ("两个人才方面的项目，一个活动一个体检，全年预算合计多少万元？", 65.0),
    ("信访办有两个经费项目，一个劝导队一个维稳，执行数加起来多少？", 274.06),
    ("Combined spend on the two new police station sites (鲁汇 fit-out and 杜行 refurbishment)?", 815.1),
    ("What was the combined full-year budget of the two police station projects (鲁汇 and 杜行 new sites)?", 956.46),
    ("What did the 鲁汇 police station fit-out actually cost this year?", 629.76),
    ("What's the execution rate of the 鲁汇 renovation works?", 81.8),
    ("I was told there was a small ceremony for the People's Police Day flag-raising and launch of the non-police 110 "
     "call diversion work. How much was actually spent on it, in 万元?", 3.03),
    ("I keep hearing the party building activities project (党建活动, 党群中心) had a poor spending rate. Could you tell "
     "me what execution rate it actually reported?", 48.08),
])
def test_forms_described_are_answered(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value, abs=0.01)


def test_forms_named_in_chinese_inside_english_are_answered_in_english(seed_store):
    answer = _ask(seed_store, "Combined spend on the two new police station sites (鲁汇 fit-out and 杜行 refurbishment)?",
                  search=None)
    assert _names(answer) == ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]
    assert "forms" in answer.text and "个项目" not in answer.text


def test_a_row_named_then_pointed_at_lists_the_forms_holding_it(seed_store):
    answer = _ask(seed_store, "I want to reuse 工程验收合格率 next year. Which forms had it?", search=None)
    assert _names(answer) == ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]
