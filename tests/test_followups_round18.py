"""Round 18 (conv18b), two kinds of pointer in a conversation: a plural pointer (这几个, 这些, those forms) right after an
answer of ONE form drawn from the answer before it means that earlier set; a demonstrative after a description of its
own (信访办那几个项目, 党群中心那些项目, those 信访办 projects) whose name part no previous form holds is a new topic,
never a follow-up. Expected values computed by SQL over the views of the bundled forms, not from the assistant."""

from __future__ import annotations

import pytest

from assistant.batches import earlier_set
from assistant.member_pointer import _own
from support import asked as _ask, names_of as _names


# ----- a plural pointer after a one-form answer: the set that form came from -------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("这几个的全年预算一共多少？", [1, 2, 3]),
    ("这些项目里执行率低于50%的有哪些？", [1, 2, 3]),
    ("那这几个当中执行数为0的有哪些？", [1, 2, 3]),
    ("这三个的预算合计？", [1, 2, 3]),
    ("这两个的预算合计？", None),  # a count the set does not have
    ("社工的预算是多少？", None),  # no pointer
    ("What's the combined executed amount of those forms?", [1, 2, 3]),
    ("How many of them have zero spending?", [1, 2, 3]),
    ("What about those 信访办 projects?", None)])  # the pointer names forms of its own
def test_a_plural_pointer_after_one_form_means_the_set_before(question, expected):
    assert earlier_set(question, [[1, 2, 3], [2]], [2]) == expected


def test_no_earlier_set_when_the_one_form_is_not_from_it():
    assert earlier_set("这几个的预算合计？", [[1, 2, 3], [9]], [9]) is None
    assert earlier_set("这几个的预算合计？", [[1, 2, 3], [2, 3]], [2, 3]) is None  # the last answer is itself a set


@pytest.mark.parametrize("questions, value", [
    (("信访办的项目有哪些？", "其中执行率最高的是哪个？", "这几个的全年预算一共多少？"), 369.57),
    (("List the 信访办 projects.", "Which one has the lowest total score?",
      "What's the combined executed amount of those forms?"), 346.13),
    (("Which projects had their full-year budget revised down from the initial budget?", "Which of them was cut the most?",
      "What's the total full-year budget of these?"), 903.0)])
def test_plural_pointer_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_plural_pointer_narrowed_on_the_bundled_corpus(seed_store):
    answer = _ask(seed_store, "名称带（党群中心）的项目有哪些？", "哪个全年预算最大？", "这些项目里执行率低于50%的有哪些？")
    assert _names(answer) == sorted(["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                     "党群中心（南区）规范化建设质保金（党群中心）"])


# ----- a demonstrative after its own description: a new topic -----------------------------------------------------

PREVIOUS = {1: "青石路灯维护经费（城管办）"}


@pytest.mark.parametrize("question, rewritten", [
    ("环卫所那几个项目的全年预算合计多少？", "环卫所的项目的全年预算合计多少？"),
    ("环卫所的那些项目里，执行率最低的是哪个？", "环卫所的项目里，执行率最低的是哪个？"),
    ("执法大队那两个的预算？", "执法大队那两个的预算？"),  # a count is left for the count hint
    ("总分100的那些表中间，执行率？", "总分100的那些表中间，执行率？"),  # a figure: a scope's frame
    ("城管办那几个项目的预算？", "城管办那几个项目的预算？"),  # a name part the previous form holds: its members
    ("这几个项目的预算？", "这几个项目的预算？"),  # no description of its own
    ("What's the budget of those 环卫所 projects?", "What's the budget of the 环卫所 projects?"),
    ("What did that bunch of 环卫所 forms spend?", "What did the 环卫所 forms spend?"),
    ("What did those forms spend?", "What did those forms spend?")])
def test_a_demonstrative_after_its_own_description(question, rewritten):
    assert _own(question, PREVIOUS, question[0].isascii()) == rewritten


@pytest.mark.parametrize("questions, value", [
    (("社工的全年预算是多少？", "信访办那几个项目的全年预算合计多少？"), 369.57),
    (("社工数量这个指标的目标值是多少？", "信访办那几个项目全年执行数加起来是多少万元？"), 346.13)])
def test_new_topic_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


def test_new_topic_set_on_the_bundled_corpus(seed_store):
    answer = _ask(seed_store, "社工的执行率是多少？", "党群中心那些项目里，执行率低于50%的是哪些？")
    assert _names(answer) == sorted(["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                     "党群中心（南区）规范化建设质保金（党群中心）"])


def test_own_demonstrative_opening_a_conversation(seed_store):
    answer = _ask(seed_store, "名称括号里写“党群中心”的那几个项目，全年预算加起来多少？")
    assert answer.value == pytest.approx(251.45, abs=0.01)


@pytest.mark.parametrize("questions, value", [
    (("一共有多少张自评表？", "社工那个项目还剩多少钱没花？"), 95.46),
    (("所有项目的全年预算合计是多少万元？", "平安办的项目平均每张表有几个指标"), 8.5)])
def test_pointing_into_an_answer_of_every_form_is_a_new_topic(seed_store, questions, value):
    # the first answer held all 28 forms: "那个 / 的项目" picks nothing out of it, so the question is read as its own
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)
