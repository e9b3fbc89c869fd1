"""Round 28 (eng28d): text searches over the forms' topics: an English phrase glossed by the forms' own word is one
concept (retention money (质保金)), and a list of topics
keeps a piece whose other word most forms say (pay for police station premises, utilities or logistics). Expected
values computed from the bundled forms, not from the assistant."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.evidence_set import Concept, _glosses_merged

RETENTION = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]
LEASED = ["图像视频监控系统租赁经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
          "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
STATIONS = ["杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]
LOGISTICS = "公安后勤及协管员经费（平安办）"


@pytest.fixture(scope="module")
def lexical(seed_store, tmp_path_factory):
    from index.service import SearchService

    return SearchService(seed_store, index_dir=tmp_path_factory.mktemp("eng28d-index"))


def _names(store, search, question):
    return sorted(r.project_name for r in Conversation(store, search=search, llm=None).ask(question).records)


def test_an_english_phrase_glossed_by_a_chinese_word_is_one_concept():
    merged = _glosses_merged([Concept("retention money", ("质量保证金", "质保金")), Concept("owed", ("欠款",)),
                              Concept("质保金", ("质保金", "质保"))])
    assert [c.label for c in merged] == ["owed", "质保金"]
    assert merged[1].alternatives == ("质保金", "质保", "质量保证金")


def test_an_english_phrase_without_its_chinese_word_stays():
    found = [Concept("retention money", ("质量保证金", "质保金")), Concept("完成", ("完成",))]
    assert _glosses_merged(found) == found


@pytest.mark.parametrize("use_index", [False, True])
@pytest.mark.parametrize("question, expected", [
    ("Which programmes concern retention money (质保金) still owed on completed works?", RETENTION),
])
def test_topics_said_in_other_words(seed_store, lexical, use_index, question, expected):
    assert _names(seed_store, lexical if use_index else None, question) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("Which projects pay for police station premises or utilities?", STATIONS),
    ("Which projects pay for police station premises, utilities or logistics?",
     [*STATIONS, LOGISTICS, "平安志愿者经费（平安办）"]),
])
def test_a_list_of_topics_keeps_a_piece_with_a_common_word(seed_store, lexical, question, expected):
    assert _names(seed_store, lexical, question) == sorted(expected)


@pytest.mark.parametrize("question, phrase, expected", [
    ("what was the goal平安治理可视化安全管控 project?", "goal", True),
    ("what were the goals of it?", "goal", False),
    ("the goalkeeper", "goal", False)])
def test_an_english_phrase_beside_a_chinese_character_is_a_whole_word(question, phrase, expected):
    from assistant.form_text import _says

    assert _says(question, phrase) is expected


@pytest.mark.parametrize("question, name, text", [
    ("what was the goal of the 平安治理可视化安全管控 project?", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "视频监控全覆盖"),
    ("what was the goal of the 移动信息采集终端租赁 project?", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "租赁信息采集设备240台")])
def test_a_named_forms_goal_when_a_fragment_of_its_name_is_written_whole(seed_store, question, name, text):
    answer = Conversation(seed_store, search=None, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == [name]
    assert text in answer.text
