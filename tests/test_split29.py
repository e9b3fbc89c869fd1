"""Round 29 (lead): the parts split out of interpret.py and rule_names.py for size read as before — the content words
of a stretch (content_words), a quoted or glossed term as the forms write it (quoted_terms), and the phrases that say a
figure is zero, now data (assistant/data/zero_phrases.tsv)."""

from __future__ import annotations

import pytest

from assistant.content_words import forms_words
from assistant.interpret import Catalog, Interpreter
from assistant.quoted_terms import glossed, negation_variants, unquoted
from store.query import Range

FORMS_TEXT = "本项目用于社区视频监控设施维护，因资金紧张，部分款项延期支付。"


@pytest.mark.parametrize("stretch, expected", [
    ("视频监控相关的项目", ["视频监控"]),
    ("钱紧的项目", ["钱紧"]),
    ("资金紧张", ["资金紧张"]),
    ("哪些项目 跟 火星 有关", []),
    ("projects about video surveillance repair", ["video surveillance", "repair"])])
def test_content_words_are_the_words_the_forms_hold(stretch, expected):
    assert forms_words(stretch, FORMS_TEXT) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("police stations (派出所)", "派出所"),
    ("派出所 (police)", "派出所 (police)"),
    ("volunteers", "volunteers")])
def test_a_glossed_term_is_its_chinese(phrase, expected):
    assert glossed(phrase) == expected


@pytest.mark.parametrize("term, expected", [("“资金紧张”", "资金紧张"), ("“两新”党建", "“两新”党建"), ("资金", "资金")])
def test_quotes_around_the_whole_term_come_off(term, expected):
    assert unquoted(term) == expected


def test_each_way_of_writing_a_negation():
    assert negation_variants("没有达到预期") == ["没有达到预期", "未达到预期", "没达到预期"]
    assert negation_variants("达到预期") == ["达到预期"]


@pytest.mark.parametrize("question, expected", [
    ("哪些项目零执行", Range("executed", "=", 0.0)),
    ("which projects spent nothing", Range("executed", "=", 0.0)),
    ("没有年初预算的项目", Range("initial_budget", "=", 0.0))])
def test_a_zero_phrase_is_a_condition_from_the_data_file(question, expected):
    interpreter = Interpreter(Catalog(project_names=["社工"], units=[], departments=[], indicator_names=[], years=[2023],
                                      name_ids={"社工": [1]}, text=FORMS_TEXT))
    assert expected in interpreter.interpret(question).form_filter.ranges
