"""Round 23, a topic question's whole set: every form about any topic a question lists (信访、维稳这一块的项目都调出来,
police stations' new sites or their utility bills), each topic matched on its own in names, units, rows and text, its
equal words counted but never a broader gloss; a head before a verb of state said of every later item (工程已经竣工、
移交或者验收); forms admitting fewer people than planned (a row of people below its target, or text saying so).
Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import shortfall_said, topic_union
from support import asked as _ask, names_of as _names

PETITIONS = sorted(["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）"])
VIDEO = sorted(["图像视频监控系统租赁经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])
NEW_SITES = ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]
WORKS = sorted(["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"] + NEW_SITES)
FEWER_PEOPLE = sorted(["劝导队经费（信）", "人才健康体检"])


# ----- read on any store ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, lang, expected", [
    ("信访、维稳这一块的项目都调出来看看", "zh", True),
    ("Pull up everything on petitions.", "en", True),
    ("Which projects deal with police stations' new sites?", "en", True),
    ("信访办的执行率是多少", "zh", False),
    ("What is the total budget?", "en", False),
])
def test_a_whole_set_cue(question, lang, expected):
    assert topic_union.asks_set(question, lang) is expected


def test_a_list_is_cut_at_its_joiners():
    assert topic_union.segments("信访、维稳或者禁毒这一块", "zh") == ["信访", "维稳", "禁毒这一块"]
    assert topic_union.segments("new sites or their utility bills", "en") == ["new sites", "their utility bills"]


@pytest.mark.parametrize("question, lang, expected", [
    ("Which form admits the team ended up with fewer members than planned?", "en", True),
    ("哪些项目的实际人员数量没达到计划？", "zh", True),
    ("哪些项目执行率没达到计划？", "zh", False),  # no number of people: the readers' rate condition
    ("实际人数比计划少5人的项目", "zh", False),  # a figure is a condition the readers read
])
def test_a_shortfall_of_people_is_asked(question, lang, expected):
    assert shortfall_said.asks(question, lang) is expected


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("信访、维稳这一块的项目都调出来看看", PETITIONS),  # 维稳经费 by its unit 信访办, none by the broader 稳定
    ("Which forms cover petition work and keeping local stability (信访/维稳)?", PETITIONS),
    ("帮我找找跟视频监控摄像头有关的项目", VIDEO),  # 摄像头 and 视频监控 are one thing said twice
    ("Which projects are about CCTV?", VIDEO),
    ("涉及派出所新址或者派出所水电燃气费用的项目有哪些？", sorted(NEW_SITES + ["杜行派出所公用事业费"])),
    ("Which projects deal with police stations' new sites or their water, power and gas bills?",
     sorted(NEW_SITES + ["杜行派出所公用事业费"])),  # 水 alone (water) is no topic: 水管 is no utility bill
    ("质保金、人才这两块的项目都拉出来", sorted(["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                                      "人才活动", "人才健康体检"])),  # the name the query model filtered on is one topic
    ("Projects on drug control or petitions, please.", sorted(PETITIONS + ["禁毒与反邪教（平安办）"])),
    ("实有人口信息采集方面的项目有哪些？", sorted(["浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
                                         "“两个实有”全面覆盖2+1工作模式奖励费（平安办）"])),
    ("哪些表写到工程已经竣工、移交或者验收了？", WORKS),  # 工程 said of each: not the newspapers' 验收合格率
    ("List forms that describe building or renovation works being finished, handed over or accepted.", WORKS),
])
def test_every_form_about_any_topic_listed(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == expected


@pytest.mark.parametrize("question", [
    "Which form admits the team ended up with fewer members than planned?",
    "Which forms admit that the actual number of people came in below what was planned?",
    "哪些项目的实际人员数量没达到计划？",
])
def test_forms_admitting_fewer_people_than_planned(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == FEWER_PEOPLE
    assert "4.00(人)" in answer.text and "实际体检人数未达到预期" in answer.text  # the row and the sentence


@pytest.mark.parametrize("question, lang", [
    ("哪些项目租赁了摄像头？", "zh"),  # one topic, no whole-set cue, no list: the search's own set stands
    ("哪些项目说资金紧张？", "zh"),
    ("Which forms say the money was tight?", "en"),
])
def test_a_question_asserting_one_fact_is_no_union(question, lang):
    assert not topic_union.asks_union(question, lang)
