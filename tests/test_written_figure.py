"""A printed indicator figure in the short form a reader writes it; lookups answer with both."""

import pytest

from assistant.conversation import Conversation
from assistant.written_figure import with_written, written


def test_written_drops_the_plain_equals_and_trailing_zeros():
    assert written("=", 97.0, "人") == "97人"
    assert written("≥", 90.0, "%") == "≥90%"
    assert written("=", 7306.2, "平方米") == "7306.2平方米"
    assert written("≤", 24.0, "小时") == "≤24小时"
    assert written(None, 200.0, "元/人/月") == "200元/人/月"
    assert written("=", None, "人") is None


def test_with_written_keeps_the_printed_cell_first():
    assert with_written("=90.00(%)", "=", 90.0, "%", zh=True) == "=90.00(%)（即 90%）"
    assert with_written("≥90(%)", "≥", 90.0, "%", zh=False) == "≥90(%) (i.e. ≥90%)"
    assert with_written("100%", None, 100.0, "%", zh=True) == "100%"  # nothing to add
    assert with_written("达成指标", None, None, None, zh=True) == "达成指标"


@pytest.mark.parametrize("question, text", [
    ("社工项目的满意度指标目标值是多少", "90%"),
    ("鲁汇派出所装修工程的装修面积指标值是多少", "7306.2平方米"),
    ("社工项目的社工数量指标值", "97人"),
])
def test_a_lookup_answer_carries_the_target_as_people_write_it(seed_store, question, text):
    answer = Conversation(seed_store, search=None, llm=None).ask(question)
    assert text in answer.text
