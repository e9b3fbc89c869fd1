"""Round 24, a form named by description instead of by its name: by what it pays for (its goal or rows), by a unit or
tag and a topic (信访办那个劝导的项目), by an English description after the noun (the form for police logistics and
traffic wardens), with hyphens (the drug-control project) or pinyin (the Luhui … fit-out); a group by its topic and
count (两个人才项目, 信访方面的三个项目). Expected values computed from the bundled forms (`jixiao export --format
json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.described_name import named_by_description
from assistant.described_names import named_several
from assistant.text_described import pointed
from support import INVENTED_GLOSSARY, INVENTED_OWNERS, asked as _ask, names_of as _names

OWNERS = INVENTED_OWNERS
GLOSSARY = {**INVENTED_GLOSSARY, "street lighting": "路灯"}


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    # the description after the noun
    ("How much did the form for road cleaning spend?", "How much did the 道路清扫经费 form spend?"),
    # a hyphenated word the glossary lacks, read as its parts
    ("What was the budget of the river-cleaning project?", "What was the budget of the 河道保洁经费 project?"),
    # a glossary phrase of two words is enough on its own
    ("How much did the street lighting project spend?", "How much did the 路灯维护经费 project spend?"),
])
def test_an_english_description_is_written_as_the_stored_name(question, expected):
    assert named_by_description(question, OWNERS, GLOSSARY, {}) == expected


@pytest.mark.parametrize("question, expected", [
    ("两个租赁项目的全年预算合计多少？", "监控设备租赁经费和办公用房租赁费的全年预算合计多少？"),  # two names hold 租赁
    ("环卫所方面的三个项目执行率多少？", "道路清扫经费、河道保洁经费和办公用房租赁费执行率多少？"),  # three forms of the unit
])
def test_a_group_named_by_topic_and_count_is_written_as_its_forms(question, expected):
    assert named_several(question, OWNERS, GLOSSARY, {}) == expected


@pytest.mark.parametrize("question", [
    "两个环卫所项目的预算合计多少？",  # the unit has three forms, not two: the group is not read
    "这两个项目的预算合计多少？",  # no topic: a pointer back, another reader's
])
def test_a_group_whose_count_does_not_fit_is_left_as_it_is(question):
    assert named_several(question, OWNERS, GLOSSARY, {}) == question


@pytest.mark.parametrize("question, expected", [
    ("信访办那个劝导的项目扣了0.1分，表里怎么解释的", ("信访办那个劝导", "扣了0.1分，表里怎么解释的")),
    ("春申金字塔人才学院那个项目，满意度那块一共占几分？", ("春申金字塔人才学院", "满意度那块一共占几分？")),
    ("司法社工那个项目里面满意度方面的指标有几条？", ("司法社工", "满意度方面的指标有几条？")),
    ("搞视频监控全覆盖那个项目，设备故障处置要在多长时间内？", ("搞视频监控全覆盖", "设备故障处置要在多长时间内？")),
    ("信访办的维稳那笔钱实际完成情况如何表述？", ("信访办的维稳", "实际完成情况如何表述？")),
    ("平安办那个实有人口实有房屋的奖励费一共设了几个三级指标？", ("平安办那个实有人口实有房屋奖励费", "一共设了几个三级指标？")),
])
def test_a_pointed_description_needs_no_de_or_comma(question, expected):
    assert pointed(question, "zh") == expected


# ----- answered on the bundled forms ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("党群中心搞社区党校、区域化党建那个项目，预算执行这一项比满分少了几分？", 5.2),  # a tag, then the goal's words
    ("补齐监控盲区、视频监控全覆盖那个项目，数量指标分值合计是多少？", 15.0),  # the goal's words, no 的
    ("春申金字塔人才学院那个项目，满意度那块一共占几分？", 15.0),
    ("司法社工那个项目里面满意度方面的指标有几条？", 2.0),  # not the 社工 form: its goal says 司法社工
    ("平安办那个实有人口实有房屋的奖励费一共设了几个三级指标？", 12.0),  # a tag, a row's words, a name's 奖励费
    ("租视频监控摄像头的那个项目在所有带（平安办）标记项目的全年预算里占多大比重？按百分比给我。", 46.83),
    ("两个人才项目，“开展活动次数”的年度指标值加起来是多少次？", 11.0),  # not 党建活动's row of that name
    ("信访方面的三个项目，全年预算合计多少万？", 369.57),  # the three forms of the 信访办
    ("What was the execution rate of the project for the talent health check-ups?", 33.75),  # the description after the noun
    ("execution ratio of the petition office's stability-maintenance fund?", 92.77),
    ("How much was actually disbursed on the 'two actuals' full-coverage reward, in 万元?", 41.0),
    ("What was the appropriation for the Luhui police station's new premises fit-out after the in-year top-up, in 万元?",
     769.86),
])
def test_forms_described_are_answered(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, text, name", [
    ("信访办那个劝导的项目扣了0.1分，表里怎么解释的", "4人", "劝导队经费（信）"),  # the unit narrows, a part of a name picks
    ("信访办配合信访工作的协管员那个项目，维稳工作完成率没达标，偏差原因是怎么写的？", "实际劝导队人员数量4人", "劝导队经费（信）"),
    ("信访办的维稳那笔钱实际完成情况如何表述？", "把赴京人员吸附在本地", "维稳经费（信）"),
])
def test_a_form_described_within_its_unit_is_quoted(seed_store, question, text, name):
    answer = _ask(seed_store, question, search=None)
    assert text in answer.text and _names(answer) == [name]


@pytest.mark.parametrize("question, names", [
    ("派出所新址那个工程的执行率是多少？", ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("人才那个项目的执行率是多少？", ["人才健康体检", "人才活动"]),
])
def test_a_description_two_forms_fit_alike_names_both(seed_store, question, names):
    assert _names(_ask(seed_store, question, search=None)) == names


def test_one_of_a_pair_described_is_left_to_the_pair_readers():
    question = "What's the budget of the river-cleaning project plus the office rental?"
    assert named_by_description(question, OWNERS, GLOSSARY, {}) == question
