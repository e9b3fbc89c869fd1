"""Round 25: written question words in their plain form — 为何 closing a noun asks what (分值最高的三级指标为何？), while
为何 before a predicate, or after 原因, still asks why. Expected values read from the bundled forms
(`jixiao export --format json`): 鲁汇派出所新址装修工程（平安办）'s heaviest row is 相关单位满意度 (分值 30)."""

from __future__ import annotations

import pytest

from assistant.literary_words import plainly_said
from support import asked as _ask

LUHUI = "鲁汇派出所新址装修工程（平安办）"


@pytest.mark.parametrize("question, plain", [
    ("该项目分值最高的三级指标为何？", "该项目分值最高的三级指标是什么？"),
    ("社工的年度总体目标为何", "社工的年度总体目标是什么"),
    ("执行率低的原因为何？", "执行率低的原因是什么？"),
    ("社工的全年预算几何？", "社工的全年预算是多少？"),
    ("三个项目中执行率最低者为何者？", "三个项目中执行率最低者为哪个？"),
    # before a predicate 为何 asks why, and stays
    ("执行率为何偏低？", "执行率为何偏低？"),
    ("为何没有满分", "为何没有满分"),
])
def test_written_question_words_in_plain_form(question, plain):
    assert plainly_said(question) == plain


def test_the_heaviest_row_asked_in_written_chinese_after_a_form(seed_store):
    answer = _ask(seed_store, f"{LUHUI}绩效自评情况", "该项目分值最高的三级指标为何？", search=None)
    assert "相关单位满意度" in answer.text
    assert "原因" not in answer.interpretation


def test_why_closing_a_reason_is_still_why(seed_store):
    answer = _ask(seed_store, f"{LUHUI}执行率低的原因为何？", search=None)
    assert "原因" in answer.interpretation
