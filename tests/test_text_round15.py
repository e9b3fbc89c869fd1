"""Text questions of round 15: fillers and pronouns that add no condition, one-character topic verbs, a topic given by
examples, counts of the forms a text search finds, a named form's deviation column asked colloquially, English glosses
beside Chinese literals (literal expected values read from `jixiao export --format json` of the bundled corpus; asked
without the search index)."""

from __future__ import annotations

import pytest

from assistant import evidence_set as es
from assistant import vocabulary as vocab
from assistant.courtesy import unwrapped
from assistant.disjunction import alternative_concepts
from assistant.example_list import find, without_fillers
from assistant.glossed_literal import said_not_named, unglossed
from assistant.saying import asks_form_count
from support import asked, names_of as _names

LEASES = ["图像视频监控系统租赁经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
          "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
CHECK_UPS = ["人才健康体检", "禁毒与反邪教（平安办）"]
RETENTION = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]
PERSUASION = "劝导队经费（信）"


def _ask(store, *questions):
    return asked(store, *questions, search=None)


# ----- units ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, members", [
    ("镇上哪些项目是花钱租东西的？租设备、租摄像头这种", ("租设备", "租摄像头")),
    ("哪些项目提到了设备租赁（比如摄像头、采集终端）？", ("摄像头", "采集终端")),
    ("哪些表提到安全防范类的工作，如巡逻、值守等", ("巡逻", "值守")),
    ("Which forms mention leased equipment (e.g. cameras, terminals)?", ("cameras", "terminals")),
    ("Which projects talk about events for people such as talents or volunteers?", ("talents", "volunteers")),
    ("哪些项目跟培训和体检有关", None),  # a plain list of topics, no example word
    ("执行率低于60%和总分低于90的项目", None),
    ("哪些项目提到资金紧张、人员不足这类问题", None),  # the list runs into the verb: a mention reader's
])
def test_a_list_of_examples_is_found_by_its_opening_or_closing_word(text, members):
    found = find(text)
    assert (found.members if found else None) == members


def test_the_examples_are_one_concept_any_word_of_which_will_do():
    found = alternative_concepts("镇上哪些项目是花钱租东西的？租设备、租摄像头这种", "zh", vocab.STOPWORDS_ZH)
    assert [c.label for c in found] == ["设备 / 摄像头", "租"]
    assert found[0].alternatives == ("设备", "硬件", "机器", "终端", "摄像头", "视频监控", "监控", "探头")
    assert found[1].alternatives == ("租赁", "租用", "租借")


@pytest.mark.parametrize("text, labels", [
    ("涉及体检事项的项目有哪些", ["体检"]),
    ("镇上哪些项目是租东西的", ["租"]),
    ("它们自己本身说了什么培训", ["培训"]),
    ("上述项目中，属于工程质保金的有哪些", ["工程", "质保金"]),
    ("哪个项目买了装备", ["装备", "买"]),
])
def test_fillers_and_pronouns_are_no_concept_and_topic_verbs_are(text, labels):
    assert [c.label for c in es.concepts(text, "zh", vocab.STOPWORDS_ZH)] == labels


@pytest.mark.parametrize("phrase, kept", [
    ("体检这类事情", "体检"), ("这种租赁", "租赁"), ("摄像头之类的东西", "摄像头"), ("资金紧张", "资金紧张"), ("事项", "事项"),
    ("旅馆这类地方", "旅馆"), ("“人才驿站”这类说法", "人才驿站"), ("“两新”党建", "“两新”党建"),
])
def test_a_mentions_filler_words_are_taken_off(phrase, kept):
    assert without_fillers(phrase) == kept


@pytest.mark.parametrize("question, counts", [
    ("How many forms mention medical check-ups of any kind?", True),
    ("How many of those are retention payments held back?", True),
    ("有几个项目提到体检", True),
    ("总分不到100的项目里，有几个是租东西的", True),
    ("上述项目中有几个是质保金", True),
    ("How many devices were leased?", False),
    ("几个人参加", False),
])
def test_a_count_of_forms_is_told_from_a_count_of_things(question, counts):
    assert asks_form_count(question) is counts


@pytest.mark.parametrize("question, said", [
    ("Where is a county finance notice (闵浦府抄) quoted in the goals?", "Where is “闵浦府抄” quoted in the goals?"),
    ("Which forms quote 资金紧张 (money shortage) in their outcomes?", "Which forms quote “资金紧张” in their outcomes?"),
    ("Which forms cite the budget squeeze (资金紧张) in their goals?", "Which forms cite “资金紧张” in their goals?"),
    ("Which forms mention the petition office (信访办)?", "Which forms mention the petition office (信访办)?"),  # no text
    ("资金紧张的项目", "资金紧张的项目"),
])
def test_an_english_gloss_beside_a_literal_the_forms_say_is_taken_off(question, said):
    text = "闵浦府抄【2021】11号 因2023年度资金紧张"
    assert unglossed(question, lambda literal: literal in text) == said


@pytest.mark.parametrize("question", [
    "projects whose name ends with （信）",  # a name's tag: the readers of names read it
    "Kindly list the forms of 党群服务中心 that are not tagged （平安办） in the name.",
    "any projects mentioning retention money / quality guarantee deposits (质保金)?",
])
def test_a_gloss_of_a_names_part_or_tag_is_left_to_the_readers_of_names(seed_store, question):
    from assistant.conversation import Conversation

    conversation = Conversation(seed_store, llm=None, search=None)
    catalog = conversation._current_interpreter().catalog
    assert unglossed(question, lambda literal: said_not_named(literal, catalog.text, catalog.project_names)) == question


def test_a_clause_asking_how_long_is_no_courtesy():
    assert unwrapped("摄像头坏了，表里要求多长时间内处理好？") == "摄像头坏了，表里要求多长时间内处理好？"
    assert unwrapped("执行率低于60%的项目有哪些，谢谢？") == "执行率低于60%的项目有哪些？"


# ----- on the bundled corpus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("question, expected", [
    ("涉及体检事项的项目有哪些", CHECK_UPS),
    ("镇上有哪些项目涉及体检这类事情", CHECK_UPS),
    ("哪些项目是租东西的", LEASES),
    ("镇上哪些项目是花钱租东西的？租设备、租摄像头这种", LEASES),
    ("哪些项目提到了设备租赁（比如摄像头、采集终端）？", LEASES),
    ("Which forms mention leased equipment (e.g. cameras, terminals)?", LEASES),
    ("Which projects rent equipment such as cameras or terminals?", LEASES),
    ("执行率100%的项目里，哪些是租东西的？", LEASES[:2]),
    ("哪个项目订了报纸", ["下发基层书报杂志费（平安办）"]),
    ("哪些项目花钱买东西，比如装备之类的？", ["平安志愿者经费（平安办）"]),
    ("请列示2023年度因资金紧张而于2024年支付相关经费的项目。 || 上述项目中，属于工程质保金的有哪些？", RETENTION),
    ("Where is a county finance notice (闵浦府抄) quoted in the goals?", RETENTION),
    ("Which goals cite a town document (闵浦府抄)?", RETENTION),
    ("哪些项目的目标里引用了“闵浦府抄”文件？", RETENTION),
])
def test_text_questions_find_the_set(seed_store, question, expected):
    assert _names(_ask(seed_store, *question.split(" || "))) == sorted(expected)


@pytest.mark.parametrize("question, expected, value", [
    ("How many forms mention medical check-ups of any kind?", CHECK_UPS, 2.0),
    ("有多少个项目说到了租赁", LEASES, 3.0),
    ("How many projects lease things like cameras or data terminals?", LEASES, 3.0),
    ("总分不到100的项目里，有几个是租东西的", LEASES[2:], 1.0),
    ("Which forms say money was short in 2023? || How many of those are retention payments held back on finished "
     "building works?", RETENTION, 2.0),
    ("哪些项目说资金紧张 || How many of those are retention payments?", RETENTION, 2.0),
])
def test_a_count_of_the_forms_a_text_search_finds(seed_store, question, expected, value):
    answer = _ask(seed_store, *question.split(" || "))
    assert _names(answer) == sorted(expected) and answer.value == value


@pytest.mark.parametrize("question, name, printed", [
    ("劝导队那边人没招够吧？表里偏差那一栏咋说的", PERSUASION, "实际劝导队人员数量4人，后续及时调整经费"),
    ("The persuasion-team form has an entry in its deviation column. Give me the exact wording.", PERSUASION,
     "实际劝导队人员数量4人，后续及时调整经费"),
    ("Quote the deviation column of the persuasion-team form.", PERSUASION, "实际劝导队人员数量4人"),
    ("In the allocations form of the Party-mass service centre, how were the seconded secretaries' allowances covered?",
     "下拨经费（党群中心）", "部分下派专职书记补贴经费用存量资金支付"),
    ("摄像头坏了，表里要求多长时间内处理好？", "图像视频监控系统租赁经费（平安办）", "24小时内"),
    ("镇里租摄像头的那个项目叫啥？ || 那摄像头坏了，表里要求多长时间内处理好？", "图像视频监控系统租赁经费（平安办）", "24小时内"),
    ("给人才做体检那个，最后来体检的人够不够？表里怎么讲的", "人才健康体检", "实际体检人数未达到预期"),
    ("What does the talent health check form say about turnout?", "人才健康体检", "实际体检人数未达到预期"),
])
def test_the_answer_quotes_the_sentence_that_answers(seed_store, question, name, printed):
    answer = _ask(seed_store, *question.split(" || "))
    assert name in _names(answer) and printed in answer.text


def test_an_indicators_wording_is_still_asked_by_how_was_worded(seed_store):
    answer = _ask(seed_store, "How was the satisfaction indicator of the 禁毒 project worded?")
    assert _names(answer) == ["禁毒与反邪教（平安办）"] and "区域内受众群体满意度" in answer.text


@pytest.mark.parametrize("question, name, printed", [
    ("劝导队经费有没有填写偏差原因？", PERSUASION, "实际劝导队人员数量4人，后续及时调整经费"),
    ("维稳经费有没有填写偏差原因？", "维稳经费（信）", "未填偏差原因"),
])
def test_whether_a_column_is_filled_in_is_asked_of_the_form_not_the_check(seed_store, question, name, printed):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name] and printed in answer.text


@pytest.mark.parametrize("question, expected", [
    ("Which programme says participation in the medical examinations fell below target?", ["人才健康体检"]),
    ("哪张表写了实际来体检的人数没达到预期", ["人才健康体检"]),
])
def test_a_clause_said_is_read_whole(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("Which project titles include 村委?", []),  # the text says 村委; no name does
    ("项目名称里带“街道”的有哪些？", []),
    ("Which project titles include “街道”?", []),
    ("Which project names contain 活动?", ["人才活动", "党建活动（党群中心）"]),
    ("项目名称里带“派出所”的有哪些？", ["杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("Which project titles include 派出所 and mention renovation?", ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
])
def test_words_asked_of_the_names_are_looked_for_in_the_names_only(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("Which forms say money was short? || Which of those mention talent?", ["人才活动"]),
    ("哪些项目是交水电费、订报纸这类日常开支的？", ["下发基层书报杂志费（平安办）", "杜行派出所公用事业费"]),
    ("哪些项目有培训和体检这类活动", ["人才健康体检", "党建活动（党群中心）", "禁毒与反邪教（平安办）"]),
    ("哪些项目的完成情况里提到了“人才驿站”这类说法", ["人才活动"]),
    ("表里提到旅馆这类地方的项目有哪些", ["禁毒与反邪教（平安办）"]),
    ("Which projects pay for things like newspapers, magazines or utilities?", ["下发基层书报杂志费（平安办）", "杜行派出所公用事业费"]),
])
def test_follow_up_mentions_and_examples_with_a_head(seed_store, question, expected):
    assert _names(_ask(seed_store, *question.split(" || "))) == sorted(expected)

