"""Round 23, a form named by what it is: English words through the glossary, Chinese fragments, a bracketed name, tag
or unit resolved to the one stored name they all fit (the video surveillance rental contract, 禁毒反邪教的项目, the party
building activities project (党建活动, 党群中心)); a difference asked without a direction (之间差了多少, how far apart)
is its size. Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.described_name import named_by_description
from assistant.undirected_gap import asks_size
from support import INVENTED_GLOSSARY, INVENTED_OWNERS, asked as _ask, names_of as _names

OWNERS = INVENTED_OWNERS
GLOSSARY = INVENTED_GLOSSARY


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("How much did the surveillance rental contract spend?", "How much did the 监控设备租赁经费 contract spend?"),
    ("What was the rate of the road cleaning project?", "What was the rate of the 道路清扫经费 project?"),
    ("What did the street lighting maintenance programme cost?", "What did the 路灯维护经费 cost?"),
    # a bracket giving a fragment and a unit: the unit narrows, never adds forms
    ("What was the rate of the cleaning project (河道, 环卫所)?", "What was the rate of the 河道保洁经费 project?"),
    ("河道那个保洁项目执行率多少？", "河道保洁经费执行率多少？"),  # two fragments of one name, apart
])
def test_a_described_form_is_written_as_its_stored_name(question, expected):
    assert named_by_description(question, OWNERS, GLOSSARY, {}) == expected


@pytest.mark.parametrize("question", [
    "What was the rate of the cleaning project?",  # 道路清扫 and 河道保洁 fit alike: no one form
    "What was the rental project's budget?",  # one word, two rental forms
    "Which cleaning project spent the most?",  # which: the description is the answer asked for
    "What was the rate of the cleaning project (城管办)?",  # the unit fits neither cleaning form
    "道路清扫经费的执行率是多少？",  # a name said as it stands is the readers' own
    "The road cleaning form opens with a slogan. Quote it.",  # no figure asked: the described-form readers' own
    "河道保洁那个项目执行率多少？",  # and so is one part of one name
])
def test_a_description_fitting_no_single_form_is_left_as_it_is(question):
    assert named_by_description(question, OWNERS, GLOSSARY, {}) == question


@pytest.mark.parametrize("question, lang, expected", [
    ("年初预算和全年预算之间差了多少万？", "zh", True),
    ("How far apart are the opening and full-year budgets?", "en", True),
    ("What's the difference between the initial budget and the full-year budget?", "en", True),
    ("全年预算比年初预算追加了多少？", "zh", False),  # a direction said: the sign of the change
    ("By how much was the budget raised over the opening figure?", "en", False),
    ("全年执行数是多少？", "zh", False),
])
def test_a_gap_asked_without_a_direction_asks_its_size(question, lang, expected):
    assert asks_size(question, lang) is expected


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, name, value", [
    ("The big video surveillance system rental contract, how much was actually spent on it in 2023, in 万元?",
     "图像视频监控系统租赁经费（平安办）", 2412.86),
    ("How much unspent on the 可视化 security project?", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", 300.0),
    ("What execution rate did the party building activities project (党建活动, 党群中心) report?", "党建活动（党群中心）", 48.08),
    ("How much did the drug control and anti-cult project spend?", "禁毒与反邪教（平安办）", 18.56),
    ("What execution rate did the health check for talent project report?", "人才健康体检", 33.75),
    ("禁毒反邪教的项目执行率多少？", "禁毒与反邪教（平安办）", 53.71),
    ("信访办的劝导队那个项目执行率多少？", "劝导队经费（信）", 66.74),
    ("How much was spent on the stability maintenance fund of the petition office?", "维稳经费（信）", 271.37),
])
def test_a_form_described_is_answered_alone(seed_store, question, name, value):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == [name]
    assert answer.value == pytest.approx(value, abs=0.01)


def test_a_described_form_share_of_every_forms_budget(seed_store):
    answer = _ask(seed_store, "What percentage of the total full-year budget across all forms is the CCTV system rental "
                              "project (图像视频监控系统租赁经费)?", search=None)
    assert answer.value == pytest.approx(29.92, abs=0.01)  # 2412.86 of 8065.00


@pytest.mark.parametrize("question, value", [
    ("“社工”那个项目（项目名称就叫社工的那张），年初预算和全年预算之间差了多少万？", 51.05),  # 2087.07 → 2138.12
    ("鲁汇派出所装修那个工程，年初预算跟全年预算之间差多少万元？", 169.89),  # 599.97 → 769.86
    ("What's the difference between the initial budget and the full-year budget for the Luhui police station "
     "renovation?", 169.89),
])
def test_an_undirected_gap_is_its_size(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value, abs=0.01)


def test_a_change_with_its_direction_keeps_the_question_it_asked(seed_store):
    answer = _ask(seed_store, "鲁汇派出所新址装修工程的全年预算比年初预算追加了多少？", search=None)
    assert answer.value == pytest.approx(169.89, abs=0.01)
