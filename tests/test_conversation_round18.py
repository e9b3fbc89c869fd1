"""Round 18 (conv18), kinds of follow-up and comparison: a negated verb of passing or reaching before a figure (没过六成,
没有到六成, never topped 60%, failed to reach 95) is at most / below; a follow-up pointing at members of the previous
answer (带平安办的那个, 杜行的两个, the two 平安办 ones, 执行率更高的那个, the one with the lower rate) is said of them; a
follow-up's condition that cannot hold with a previous one (没评等级 after 评了优, under 10 after above 500) replaces
it; a share of the whole asked of the last forms; the last two answers together (两批放一起) or with forms added
(把社工也算进来, add 社工 to them). Expected values computed from the bundled forms (`jixiao export --format json`, SQL over the views), not from
the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.batches import remembered, together
from assistant.colloquial_fields import negated_bounds
from assistant.contradicting import contradicts, joined
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

RATE, SCORE, ANNUAL, INITIAL = m.Field("execution_rate"), m.Field("total_score"), m.Field("annual_budget"), m.Field("initial_budget")
GRADED_YOU, UNGRADED = m.Text(m.Field("grade"), "equals", "优"), m.Text(m.Field("grade"), "missing")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- a negated verb of passing or reaching before a figure ------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("执行率没过六成的", "执行率不超过六成的"),
    ("执行率没有超过60%的项目", "执行率不超过60%的项目"),
    ("全年预算并未突破100万的", "全年预算不超过100万的"),
    ("执行率没有到六成", "执行率不到六成"),
    ("总分没上95分的项目", "总分不到95分的项目"),
    ("执行率还没过半的", "执行率不超过半的"),
    ("有没有超过60%的项目", "有没有超过60%的项目"),  # a yes-no question negates nothing
    ("执行率超没超过60%", "执行率超没超过60%"),
    ("偏差原因里没过问的事", "偏差原因里没过问的事"),  # no figure after the verb
    ("Which forms' execution rate never topped 60%?", "Which forms' execution rate no more than 60%?"),
    ("forms whose rate did not get past 60%", "forms whose rate no more than 60%"),
    ("a budget that didn't break 100 万元", "a budget that no more than 100 万元"),
    ("total score failed to reach 95", "total score less than 95"),
    ("the rate didn't even make it to 60%", "the rate less than 60%"),
    ("forms that did not reach their target", "forms that did not reach their target")])  # no figure: a predicate
def test_a_negated_verb_of_passing_or_reaching_is_at_most_or_below(question, rewritten):
    assert negated_bounds(question) == rewritten


@pytest.mark.parametrize("question, value", [
    ("执行率没有到六成的项目有几个？", 9),
    ("执行率不曾超过60%的有几个？", 9),
    ("执行率没过半的项目一共几个？", 6),
    ("How many forms have a full-year budget that didn't break 100 万元?", 17),
    ("How many forms didn't hit 90% execution?", 12)])
def test_negated_comparisons_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == value


@pytest.mark.parametrize("question, expected", [
    ("名称后面带（平安办）的项目里，执行率没过六成的，给我列出来。",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    ("Which forms' total score failed to reach 95?",
     ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
      "人才活动", "人才健康体检", "党建活动（党群中心）"]),
    ("Among the 平安办 forms, which did not crack 60% execution?",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"])])
def test_negated_comparisons_pick_the_forms_below(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


# ----- a follow-up pointing at members of the previous answer ------------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    (("满意度目标定到百分之百的是哪些项目？", "带平安办的那个，执行率是多少？"), 81.8),
    (("项目名称里带“派出所”三个字的有哪些？", "杜行的两个合计执行了多少万元？"), 218.48),
    (("Which forms had their budget raised during the year?", "What's the combined full-year budget of the two 平安办 ones?"), 956.46),
    (("Which forms have a total score below 95?", "And the one with 平安办 in its name — what's its full-year budget?"), 300.0),
    (("人才两个项目的执行率各是多少？", "执行率更高的那个，全年预算多少？"), 24.0),
    (("Which forms of the 信访办 came in under 95% execution?", "The one with the lower rate — what's its full-year budget?"), 4.03),
    (("年初预算是0的项目有哪些？", "里面名称带“派出所”的那个，执行率多少？"), 55.23)])
def test_a_member_pointer_is_said_of_the_previous_forms(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_a_name_part_no_previous_form_holds_is_a_new_topic(seed_store):
    # 鲁汇 is in no name of the previous answer (the 人才 forms): the question is about the form it names
    answer = _ask(seed_store, "人才两个项目的执行率各是多少？", "鲁汇那个的全年预算是多少？")
    assert answer.value == pytest.approx(769.86, abs=0.01)


# ----- a follow-up's condition that cannot hold with a previous one ------------------------------------------------

@pytest.mark.parametrize("one, other, expected", [
    (GRADED_YOU, UNGRADED, True),
    (GRADED_YOU, m.Text(m.Field("grade"), "equals", "良"), True),
    (UNGRADED, m.Text(m.Field("grade"), "present"), True),
    (m.Compare(ANNUAL, ">", m.Number(500)), m.Compare(ANNUAL, "<", m.Number(10)), True),
    (m.Compare(RATE, "<", m.Number(60)), m.Compare(RATE, ">", m.Number(90)), True),
    (m.Compare(RATE, "<=", m.Number(60)), m.Compare(RATE, ">=", m.Number(60)), False),  # 60 meets both
    (m.Compare(ANNUAL, ">", INITIAL), m.Compare(ANNUAL, "<", INITIAL), True),
    (m.Compare(RATE, "<", m.Number(60)), m.Compare(SCORE, "<", m.Number(95)), False),
    (m.Compare(RATE, "<", m.Number(90)), m.Compare(RATE, "<", m.Number(60)), False),
    (UNGRADED, m.Not(UNGRADED), True)])
def test_conditions_that_cannot_both_hold(one, other, expected):
    assert contradicts(one, other) is expected


def test_a_contradicting_condition_replaces_the_previous_one_unless_the_follow_up_narrows():
    base = m.And((GRADED_YOU, m.Compare(SCORE, "<", m.Number(95))))
    new = m.And((UNGRADED, m.Compare(SCORE, "<", m.Number(95))))
    assert joined(base, new, narrowing=False) == m.conjoin(m.Compare(SCORE, "<", m.Number(95)), new)
    assert joined(base, new, narrowing=True) == m.conjoin(GRADED_YOU, m.Compare(SCORE, "<", m.Number(95)), new)


def test_a_follow_up_replacing_a_grade_on_an_invented_county(reader):
    previous = reader.read("城管办评了优的项目里，总分不到95分的是哪几个？").select
    where = reader.read("那没评等级的那几张表里，低于95分的呢？", previous, [1, 2]).select.where
    assert GRADED_YOU not in (where.items if isinstance(where, m.And) else (where,))
    assert UNGRADED in (where.items if isinstance(where, m.And) else (where,))


@pytest.mark.parametrize("questions, expected", [
    (("评了“优”的项目里，总分不到95分的是哪几个？", "那没评等级的那几张表里，低于95分的呢？"),
     ["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"]),
    (("执行率低于60%的项目有哪些？", "其中执行率高于90%的有哪些？"), [])])  # 其中: among those, literally
def test_a_replacing_follow_up_on_the_bundled_corpus(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions)) == sorted(expected)


# ----- a share of the whole asked of the previous answer's forms -----------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    # Σ full-year budget of the three largest (2412.86 + 2138.12 + 769.86 = 5320.84) over every form's (8065.00)
    (("What are the three largest forms by full-year budget?", "What share of the total full-year budget do they account for?"), 65.9745),
    (("全年预算最大的三个项目是哪些？", "它们占全部项目全年预算的百分之几？"), 65.9745),
    # the forms below 60%: 785.04 of 8065.00
    (("执行率低于60%的项目有哪些？", "这些项目的全年预算占所有项目全年预算的比例是多少？"), 9.7339),
    (("执行率低于60%的项目有哪些？", "这些占全部项目的比例是多少？"), 32.1429)])  # 9 of 28 forms
def test_a_share_of_the_whole_asked_of_the_last_forms(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_a_share_of_the_whole_on_an_invented_county(reader):
    previous = reader.read("城管办的项目有哪些？").select
    select = reader.read("它们占全部项目全年预算的百分之几？", previous, [1, 2]).select
    assert select.where is None
    assert select.aggregate == m.Aggregate("share", ANNUAL, previous.where)


# ----- the last two answers together, or the last with forms added ------------------------------------------------

def test_the_last_two_answers_are_remembered():
    assert remembered([], None) == []
    assert remembered([[1, 2]], [1, 2]) == [[1, 2]]  # a refused follow-up leaves the same answer: kept once
    assert remembered([[1, 2]], [3]) == [[1, 2], [3]]
    assert remembered([[1, 2], [3]], [4, 5]) == [[3], [4, 5]]
    assert remembered([[1, 2], [3]], None) == []  # a new conversation


@pytest.mark.parametrize("questions, value", [
    # 优 and under 95 (3 forms) with ungraded and under 95 (3): 300 + 41 + 24 + 81.9 + 0.36 + 29.76
    (("评了“优”的项目里，总分不到95分的是哪几个？", "那没评等级的那几张表里，低于95分的呢？", "两批合在一起，全年预算一共多少？"), 477.02),
    (("评了“优”的项目里，总分不到95分的是哪几个？", "那没评等级的那几张表里，低于95分的呢？", "两批放一起，平均总分多少？"), 91.585),
    (("Which forms have an execution rate below 50%?", "Which forms have a total score above 99.9?",
      "Put both lists together — how many forms is that?"), 16),
    (("Which forms have 人才 in their name?", "Add 社工 to them — what's the combined full-year budget?"), 2203.12),
    (("名称带（党群中心）的项目有哪些？", "把社工也算进来，全年预算合计多少？"), 2389.57),
    (("Which forms have an execution rate below 50%?", "Include 维稳经费 as well: how many forms now?"), 7)])
def test_answers_taken_together_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_a_name_no_form_holds_adds_nothing(seed_store):
    question = "把咕噜也算进来，全年预算合计多少？"
    assert together(question, seed_store, [[1]], None, None, [1]) == (question, None, None, [1])
    # one answer only: nothing to take together
    assert together("两批放一起，平均总分多少？", seed_store, [[1]], None, None, [1])[3] == [1]
