"""Round 10 (Chinese, colloquial): a grade written in quotes (评为“优”) is the grade, not a quoted indicator text."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from assistant.recognise import StoreNames

# An invented county: none of these names occurs in the bundled corpus.
NAMES = StoreNames(
    units=["青石县城市管理执法大队"],
    departments=["青石县城市管理局"],
    tags=["城管办", "环卫所"],
    classes={"产出指标": "level1", "满意度指标": "level1"},
    grades=["优", "良"],
    years=[2021],
    projects=["青石路灯维护经费（城管办）", "道路清扫经费（环卫所）"],
    indicators=["路灯维修合格率", "市民满意度"],
)
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
