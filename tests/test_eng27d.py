"""Round 27 (eng27d): a closing request for the whole list (I want the complete list., 要完整的名单) is no condition, and
a grade the store holds written bare in an English question (still carry a grade of 优, rated something other than 优)
is that grade. Expected values computed from the bundled forms, not from the assistant."""

from __future__ import annotations

import pytest

from assistant.courtesy import unwrapped
from assistant.field_gloss import without_english_field_glosses
from assistant.intensifiers import without_intensifiers
from support import asked as _ask, names_of as _names

RAISED = ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "社工",
          "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "鲁汇派出所新址装修工程（平安办）"]
VISUAL = "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"


@pytest.mark.parametrize("question, rewritten", [
    ("Which forms spent nothing? I want the complete list.", "Which forms spent nothing?"),
    ("Which forms spent nothing? Please list them all, don't leave any out.", "Which forms spent nothing?"),
    ("Which forms spent nothing? Give me the full list, please.", "Which forms spent nothing?"),
    ("哪些项目没花钱？要完整的名单。", "哪些项目没花钱？"),
    ("哪些项目没花钱？一个都不要漏。", "哪些项目没花钱？"),
    ("Which forms are on the complete list of cuts?", "Which forms are on the complete list of cuts?")])
def test_a_closing_request_for_the_whole_list_is_taken_off(question, rewritten):
    assert unwrapped(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("Which projects had their budget raised during the year, i.e. a full-year budget higher than the opening budget? "
     "I want the complete list.", RAISED),
    ("Which forms have an execution rate under 50%? Please list them all, don't leave any out.",
     ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", VISUAL, "人才活动", "人才健康体检", "党建活动（党群中心）"])])
def test_the_whole_list_asked_for_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("Which forms scored under 95 in total yet still carry a grade of 优?", ["人才健康体检", "人才活动", VISUAL]),
    ("Which forms score below 92 overall but still carry a grade of 优?", ["人才活动", VISUAL]),
    ("Of the forms that do carry a printed grade of 优, which has the lowest total score?", [VISUAL])])
def test_a_bare_grade_after_a_grade_word_is_that_grade(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_a_bare_grade_after_other_than_is_any_other_printed_grade(seed_store):
    answer = _ask(seed_store, "Count of graded forms rated something other than 优?")
    assert answer.value == 0


NO_TIMELINESS = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "人才健康体检", "人才活动", "党建活动（党群中心）",
                 "党群中心（南区）规范化建设质保金（党群中心）", "杜行派出所新址修缮工程（平安办）", "浦江初心微史馆质保金（党群中心）",
                 "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("question, rewritten", [
    ("Which forms contain no timeliness indicator whatsoever?", "Which forms contain no timeliness indicator?"),
    ("Which forms spent no money whatsoever on it?", "Which forms spent no money on it?"),
    ("Whatsoever the grade, which forms spent nothing?", "Whatsoever the grade, which forms spent nothing?")])
def test_a_word_stressing_the_negated_noun_before_it_is_taken_out(question, rewritten):
    assert without_intensifiers(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("Which forms contain no timeliness (时效指标) indicator whatsoever?", NO_TIMELINESS),
    ("Which forms have no quantity indicator whatsoever?", [])])
def test_no_class_row_whatsoever_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, rewritten", [
    ("Which forms have an opening (initial) budget of zero?", "Which forms have an opening budget of zero?"),
    ("How many forms have a revised (full-year) budget above 500?", "How many forms have a revised budget above 500?"),
    ("Which forms have an execution (implementation) rate below 50%?", "Which forms have an execution rate below 50%?"),
    ("Which forms (not cut) spent nothing?", "Which forms (not cut) spent nothing?")])
def test_an_english_gloss_inside_a_field_phrase_is_taken_off(question, rewritten):
    assert without_english_field_glosses(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("Which forms have an opening (initial) budget of zero?",
     ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费", "户籍档案数字化加工项目", "人才活动", "人才健康体检"]),
    ("Which forms have a revised (full-year) budget above 500?",
     ["社工", "图像视频监控系统租赁经费（平安办）", "鲁汇派出所新址装修工程（平安办）"])])
def test_a_field_glossed_in_english_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
