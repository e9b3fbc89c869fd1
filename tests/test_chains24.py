"""Round 24, a question split into a conversation: a column asked after one indicator row (那实际完成了多少？, and the
actual?, 分值呢) is that row's; a verb of adding reads forms no name holds (再加上人才那两个项目, 再加上信访办的); a
superlative pick then a figure asked of it in one question (其中总分最低的那个，执行率是多少？) is asked as two turns;
which is last? / 排最后的 after a sort is its other end. Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.picked_then_asked import parts
from assistant.row_follow_up import asked_of_row
from support import asked as _ask, names_of as _names

ANBAO_ROW = ("安保经费（平安办）", "特勤安保人数")
VISUAL = ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


# ----- rewritten before reading, on any store --------------------------------------------------------------------------

@pytest.mark.parametrize("question, lang, plain", [
    ("那实际完成了多少？", "zh", "安保经费（平安办）里特勤安保人数的实际完成值是多少？"),
    ("分值呢？", "zh", "安保经费（平安办）里特勤安保人数的分值是多少？"),
    ("and the actual?", "en", "What was the actual value of the indicator 特勤安保人数 in the form 安保经费（平安办）?"),
    ("what about its target?", "en", "What was the target value of the indicator 特勤安保人数 in the form 安保经费（平安办）?"),
    # another word said: a question of its own
    ("那信访办的实际完成了多少？", "zh", "那信访办的实际完成了多少？"),
    ("which forms have an actual below target?", "en", "which forms have an actual below target?"),
])
def test_a_column_alone_after_one_row_is_that_rows(question, lang, plain):
    assert asked_of_row(question, ANBAO_ROW, lang) == plain


def test_a_column_alone_after_no_row_is_left_as_asked():
    assert asked_of_row("那实际完成了多少？", None, "zh") == "那实际完成了多少？"


@pytest.mark.parametrize("question, lang, split", [
    ("其中总分最低的那个，执行率是多少？", "zh", ("其中总分最低的那个？", "它的执行率是多少？")),
    ("信访办的项目中预算最大的项目，它的执行率呢？", "zh", ("信访办的项目中预算最大的项目？", "它的执行率呢？")),
    ("and which of them scored lowest? what's its execution rate?", "en",
     ("and which of them scored lowest?", "what's its execution rate?")),
    # one part only, or the second a ranking of its own: not split
    ("其中总分最低的是哪个？", "zh", None),
    ("Which scored lowest? And the highest rate?", "en", None),
])
def test_a_pick_then_a_figure_asked_of_it_is_two_parts(question, lang, split):
    assert parts(question, lang) == split


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lookup, follow_up, value", [
    ("安保经费里特勤安保人数目标是多少人？", "那实际完成了多少？", 360.0),
    ("安保经费里特勤安保人数目标是多少人？", "分值呢？", 10.0),  # the row's weight, never the budget line's
    ("What was the target for the number of village committees in the 两个实有 reward form?", "and the actual?", 41.0),
])
def test_a_row_follow_up_answers_the_same_row(seed_store, lookup, follow_up, value):
    answer = _ask(seed_store, lookup, follow_up, search=None)
    assert answer.value == pytest.approx(value) and len(answer.records) == 1


def test_adding_forms_by_a_group_name(seed_store):
    answer = _ask(seed_store, "信访办的项目", "再加上人才那两个项目，一共几个？", search=None)
    assert answer.value == 5  # 3 信访办 forms + 人才活动 + 人才健康体检, never 信访办 AND 人才 (0)


def test_adding_forms_and_asking_later(seed_store):
    answer = _ask(seed_store, "党群中心的项目", "再加上信访办的", "全年预算合计多少？", search=None)
    assert answer.value == pytest.approx(621.02, abs=0.01)  # 251.45 (5 党群中心 forms) + 369.57 (3 信访办 forms)


@pytest.mark.parametrize("chain", [
    ("信访办的项目", "其中总分最低的那个，执行率是多少？"),
    ("Which petitions office forms are there?", "and which of them scored lowest? what's its execution rate?"),
    ("信访办的项目中总分最低的那个，执行率是多少？",),
])
def test_the_lowest_one_then_its_rate(seed_store, chain):
    answer = _ask(seed_store, *chain, search=None)
    assert answer.value == pytest.approx(66.74) and _names(answer) == ["劝导队经费（信）"]  # total 96.57, not its score


@pytest.mark.parametrize("chain", [
    ("Which projects are tagged 平安办?", "sort them by execution rate", "which is last?"),
    ("平安办的项目", "按执行率从高到低排", "排最后的是哪个？"),
])
def test_the_last_of_a_sorted_list(seed_store, chain):
    assert _names(_ask(seed_store, *chain, search=None)) == VISUAL  # execution rate 0, the only 平安办 form at 0


def test_a_narrowing_sentence_then_a_question_is_two_turns():
    assert parts("Drop the ones that spent nothing. Which one is lowest now?", "en") == (
        "Drop the ones that spent nothing.", "Which one is lowest now?")
    assert parts("去掉一分钱没花的。剩下的里面执行率最低的是哪个？", "zh") == ("去掉一分钱没花的。", "剩下的里面执行率最低的是哪个？")


@pytest.mark.parametrize("chain, value", [
    (("Which projects are tagged 平安办?", "drop the ones that spent everything", "how many are left?"), 7),
    (("Which projects had a zero opening budget?", "what's the total?"), 153.65),  # their full-year budgets, not 0
    (("How many projects have a full-year budget of 5 million yuan or more?", "What share of all forms is that?"), 10.71),
    (("平安办的项目有哪些？", "其中执行率在90%以上、又有按“人”计的数量指标的，有几个？"), 5),  # forms, not the 7 rows
    (("执行率低于60%的项目", "按预算从高到低排", "前两个的预算加起来多少？"), 513.47),  # 300 + 213.47
    (("Which projects scored below 95?", "sort them by budget", "what's the total budget of the first two?"), 381.9),
    (("Which forms have an execution rate under 60%?", "Only the 平安办 ones. What's their total budget?"), 548.02),
])
def test_a_figure_asked_of_the_last_set(seed_store, chain, value):
    assert _ask(seed_store, *chain, search=None).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("chain, names", [
    (("Which forms are tagged （党群中心） or （信）?",),
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "信访代理员经费（信）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "劝导队经费（信）", "浦江初心微史馆质保金（党群中心）", "维稳经费（信）"]),
    (("执行率低于60%的项目", "其中指标最多的是哪个？"), VISUAL),  # 17 indicators, not the highest rate
    (("Which forms have an execution rate under 60%?", "Drop the ones that spent nothing. Which one is lowest now?"), ["人才活动"]),
    (("信访办的项目", "按全年预算从高到低排", "第二个是哪个？"), ["信访代理员经费（信）"]),
])
def test_the_forms_of_a_chain(seed_store, chain, names):
    assert _names(_ask(seed_store, *chain, search=None)) == sorted(names)


@pytest.mark.parametrize("chain", [
    ("安保经费（平安办）的目标是什么？",),  # the whole name with its tag: that form, not every 平安办 form
    ("What's the execution rate of 安保经费（平安办）?", "what about its target?"),
    ("安保经费的执行率是多少？", "它的目标呢？"),
])
def test_the_goal_of_one_form(seed_store, chain):
    answer = _ask(seed_store, *chain, search=None)
    assert _names(answer) == ["安保经费（平安办）"] and "区域治安长效管理制度建立健全" in answer.text


def test_a_negation_anywhere_in_a_condition_is_found():
    from assistant import model as m

    grade = m.Text(m.Field("grade"), "equals", "优")
    assert m.negates(m.And((m.Text(m.Field("grade"), "present"), m.Not(grade)))) is True
    assert m.negates(m.HasIndicator(m.Not(grade))) is True
    assert m.negates(m.Or((grade, m.Compare(m.Field("execution_rate"), "<", m.Number(60))))) is False
    assert m.negates(None) is False
