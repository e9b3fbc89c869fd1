"""Round 10 (Chinese, colloquial): a grade written in quotes (评为“优”) is the grade, not a quoted indicator text."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from support import INVENTED_COUNTY_WITH_TIMELINESS

NAMES = INVENTED_COUNTY_WITH_TIMELINESS  # none of its names occurs in the bundled corpus
GOOD = m.Text(m.Field("grade"), "equals", "良")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES)


@pytest.mark.parametrize("question", ["自评等级为“良”的表格有哪些", "等级评为“良”的项目", "评为良的项目有哪些"])
def test_a_quoted_grade_is_the_grade(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (GOOD, [])


def test_a_quoted_grade_joins_the_other_conditions(reader):
    where = reader.read("执行率没有达到90%、而自评等级仍然评为“优”的项目").select.where
    assert where == m.And((m.Compare(m.Field("execution_rate"), "<", m.Number(90.0, "90%")),
                           m.Text(m.Field("grade"), "equals", "优")))


RATE_BELOW_70_SPENT = m.And((m.Compare(m.Field("execution_rate"), "<", m.Number(70.0, "七成")),
                             m.Compare(m.Field("executed"), "!=", m.Number(0.0, "0"))))


@pytest.mark.parametrize("question", ["执行率不到七成的，一分没花的那几个别算进来", "执行率不到七成的，没花钱的那些除外",
                                      "执行率不到七成的，没花钱的那几个不算在内"])
def test_a_word_pointing_at_the_excluded_forms_keeps_the_exclusion(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (RATE_BELOW_70_SPENT, [])


def test_an_excluded_tag_pointed_at_with_najige(reader):
    where = reader.read("带（城管办）的那几个不算，执行率不到九成的有哪些").select.where
    assert where == m.And((m.Not(m.Text(m.Field("project_name"), "suffix", "（城管办）")),
                           m.Compare(m.Field("execution_rate"), "<", m.Number(90.0, "九成"))))


@pytest.mark.parametrize("question, op, number", [("指标写了十条以上的有哪些", ">=", m.Number(10.0, "十条")),
                                                  ("指标有8个以上的项目", ">=", m.Number(8.0, "8个")),
                                                  ("指标有3条以下的项目有哪些", "<=", m.Number(3.0, "3条"))])
def test_an_indicator_count_with_its_bound_after_the_number(reader, question, op, number):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (m.Compare(m.IndicatorCount(), op, number), [])


def test_an_approximation_is_refused_not_read_as_equal(seed_store):
    from assistant.conversation import Conversation

    answer = Conversation(seed_store, llm=None).ask("全年预算将近100万的项目")
    assert (answer.kind, answer.interpretation, answer.records) == ("unknown", "未能理解：将近", [])
    assert answer.text.startswith("没能读懂其中的条件：将近。已读懂的部分：项目：全年预算数 = 100 万元")


@pytest.mark.parametrize("question", ["哪些表压根没设时效指标", "哪些项目根本没有设置时效指标"])
def test_a_class_never_set_is_a_class_lacking(reader, question):
    reading = reader.read(question)
    assert (reading.select.where, reading.ignored) == (
        m.Not(m.HasIndicator(m.Text(m.Field("level2", "indicator"), "equals", "时效指标"))), [])
