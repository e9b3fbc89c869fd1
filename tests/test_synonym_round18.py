"""Round 18, one spelling for another of the same lexicon row: a word for a form (programme, initiative, budget line)
read from the lexicon's noun row wherever a path spelled projects?|forms?, and the rule reader's field words holding
every Chinese alternative of the lexicon's row (执行比率, 支出进度 are 执行率 there too). Expected values computed from
the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import re

import pytest

from assistant import form_nouns, vocabulary as vocab
from assistant.evidence import key_terms
from assistant.evidence_cues import is_singular
from assistant.evidence_set import concepts
from assistant.lexicon import load
from support import asked, names_of


# ----- the words for a form: one lexicon row ------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["programmes", "Programs", "initiative", "initiatives", "budget lines", "scheme",
                                  "project", "forms", "自评表", "项目"])
def test_a_word_for_a_form_in_any_inflection(word):
    assert form_nouns.is_form_noun(word)


@pytest.mark.parametrize("word", ["police station", "indicator", "programme manager", "指标", "payments"])
def test_a_word_for_something_else_is_none(word):
    assert not form_nouns.is_form_noun(word)


def test_the_words_are_the_lexicons_noun_row():
    row = {phrase for phrase, key in load().keys("noun").items() if key == "form"}
    assert set(form_nouns.phrases("en")) | set(form_nouns.phrases("zh")) == row
    assert "initiative" in form_nouns.singular_en() and "programmes" not in form_nouns.singular_en()


def test_the_english_pattern_matches_plurals_and_multiword_nouns():
    pattern = re.compile(rf"^{form_nouns.english()}$")
    assert all(pattern.match(w) for w in ("programmes", "schemes", "budget lines", "budget-line", "initiatives"))
    assert form_nouns.without("which programmes say payments slipped").split() == ["which", "say", "payments", "slipped"]


@pytest.mark.parametrize("question", ["Which programs deferred payments into 2024?",
                                      "Which programmes say payments slipped into 2024?",
                                      "Which schemes say payments slipped into 2024?"])
def test_a_word_for_the_forms_is_no_term_their_text_must_say(question):
    terms = key_terms(question, "en", vocab.STOPWORDS_ZH)
    assert "支付" in terms and not {"活动", "计划", "项目"} & set(terms)
    said = {concept.label for concept in concepts(question, "en", vocab.STOPWORDS_ZH)}
    assert not any(form_nouns.is_form_noun(label) for label in said)


@pytest.mark.parametrize("question, one", [
    ("Which initiative talks about keeping petitioners from travelling to Beijing?", True),
    ("Which program talks about keeping petitioners from travelling to Beijing?", True),
    ("Which Ping'an office scheme says the money was tight?", True),
    ("Which budget line mentions the business climate?", True),
    ("Which initiatives talk about Beijing?", False),
    ("Which programmes say money was tight?", False)])
def test_which_and_a_singular_word_for_a_form_asks_for_one(question, one):
    assert is_singular(question) is one


# ----- the rule reader's field words hold the lexicon row's Chinese alternatives -----------------------------------

def test_the_rule_readers_field_words_hold_the_lexicon_rows_chinese():
    rows = load().keys("field")
    for key, words in vocab.FIELD_SYNONYMS.items():
        chinese = {p for p, k in rows.items() if k == key and re.search(r"[\u4e00-\u9fff]", p)}
        assert chinese <= set(words)
    assert {"执行比率", "执行比", "支出进度", "花钱比例"} <= set(vocab.FIELD_SYNONYMS["execution_rate"])
    assert "paid" not in vocab.FIELD_SYNONYMS["executed"]  # an English verb is no field word to this reader


# 禁毒与反邪教 53.71, 人才活动 13.46, 人才健康体检 33.75, 杜行派出所公用事业费 55.23 (the export)
@pytest.mark.parametrize("question, value", [
    ("禁毒与反邪教（平安办）和人才活动这两个项目执行比率平均是多少？", 33.585),
    ("禁毒与反邪教（平安办）和人才活动这两个项目支出进度平均是多少？", 33.585),
    ("人才活动和人才健康体检的花钱比例平均是多少", 23.605),
    ("杜行派出所公用事业费的执行比是多少？", 55.23)])
def test_a_rate_said_by_another_alternative_on_the_bundled_store(seed_store, question, value):
    assert asked(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, expected", [
    ("Which programmes have an execution rate below 50%?",
     ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("执行比率超过100%的是哪几张表？", ["户籍档案数字化加工项目"]),
    ("Which initiatives started the year with a zero opening budget?",
     ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费",
      "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"])])
def test_sets_on_the_bundled_store(seed_store, question, expected):
    assert names_of(asked(seed_store, question)) == sorted(expected)


def test_a_reason_asked_of_a_rate_said_another_way(seed_store):
    answer = asked(seed_store, "杜行派出所公用事业费执行比偏低，表里给的理由是什么")
    assert names_of(answer) == ["杜行派出所公用事业费"] and "预估" in answer.text
