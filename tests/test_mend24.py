"""Round 24, the code debts of round 23 paid with behaviour unchanged: one loader of filled_columns.tsv, the rewrites
before the readers as ordered tuples in one module (assistant/question_rewrites.py) with the store's names a step of
their own, the quoted figure an early answer of text_checks. Expected values computed from the bundled forms
(`jixiao export --format json`) and the data files, not from the assistant."""

from __future__ import annotations

import pytest

from assistant import filled_columns, question_rewrites, text_checks
from assistant.field_fill import _w as field_fill_words
from support import asked as _ask, names_of as _names


# ----- one loader of filled_columns.tsv --------------------------------------------------------------------------------

def test_the_columns_come_longest_first_from_one_loader():
    columns = filled_columns.words()[("zh", "column")]
    assert columns[:3] == ["偏差原因分析及改进措施", "偏差原因及改进措施", "偏差原因分析"]
    assert [len(word) for word in columns] == sorted((len(word) for word in columns), reverse=True)
    assert sorted(field_fill_words("zh", "column").split("|")) == sorted(columns)  # field_fill reads the same column words


# ----- the rewrites before the readers, in order -----------------------------------------------------------------------

def test_the_plain_rewrites_are_ordered_tuples():
    assert [rewrite.__name__ for rewrite in question_rewrites.OPENING] == ["plural_said", "plainly_said", "beat_said",
                                                                             "statistic_called"]
    assert [rewrite.__name__ for rewrite in question_rewrites.STATED] == ["slip_said", "conceded", "bound_said"]
    assert [rewrite.__name__ for rewrite in question_rewrites.EXCLUSIONS] == [
        "joined_exclusions", "without_exclusion_reasons", "without_field_glosses", "without_english_field_glosses",
        "without_english_glosses"]


@pytest.mark.parametrize("question, rewrites, expected", [
    ("Which forms report an actual figure that beat a numeric target?", "OPENING",
     "Which forms have an indicator that exceeded its target?"),
    ("虽然执行数是0，但指标都满分的有哪些？", "STATED", "执行数是0，指标都满分的有哪些？"),
    ("有没有哪张表的满意度目标定得比90%还高的？", "STATED", "有没有哪张表的满意度目标高于90%的？"),
    ("执行率低于60%的项目", "STATED", "执行率低于60%的项目"),  # nothing to rewrite
])
def test_a_tuple_of_rewrites_applies_in_turn(question, rewrites, expected):
    assert question_rewrites.applied(question, getattr(question_rewrites, rewrites)) == expected


def test_the_forms_named_exactly_are_the_store_names_step():
    named = question_rewrites.named_forms("名称就叫“社工”的那个项目执行率是多少？", "zh", ["社工", "社工点经费（平安办）"], None, {})
    assert (named.text, named.excluded) == ("社工的那个项目执行率是多少？", [])


def test_a_quoted_figure_is_an_early_answer_of_text_checks():
    answer = text_checks.quoted_figure("执行数写的是256,175.00，换算成万元是多少？", "zh")
    assert (answer.value, answer.unit) == (pytest.approx(25.6175), "万元")
    assert text_checks.quoted_figure("执行数超过256,175.00的项目有哪些，换算成万元", "zh") is None  # a figure picking forms


# ----- the same answers through Conversation.ask -----------------------------------------------------------------------

def test_a_concession_after_the_askers_background_is_still_read(seed_store):
    """The background sentence comes off before the concession is read: 虽然 then opens the question."""
    plain = _ask(seed_store, "虽然执行率低于60%，但总分高于90分的项目有哪些？", search=None)
    with_background = _ask(seed_store, "我刚接手这块工作。虽然执行率低于60%，但总分高于90分的项目有哪些？", search=None)
    assert _names(with_background) == _names(plain)


def test_a_quoted_figure_converted_leaves_the_last_answer(seed_store):
    from assistant.conversation import Conversation

    conversation = Conversation(seed_store, llm=None, search=None)
    first = conversation.ask("执行率低于60%的项目")
    converted = conversation.ask("执行数写的是256,175.00，换算成万元是多少？")
    assert converted.value == pytest.approx(25.6175)
    assert conversation.last_ids == [record.form_id for record in first.records]
