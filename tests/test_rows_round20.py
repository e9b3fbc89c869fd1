"""Round 20, indicator-row predicates: a negated number said in the clause naming a row column (any negator, any order:
实际值没有给出数值, 一个数也没有, an actual left without any number) is that column's number missing; a negator whose object
is a described row (forms lacking any quality row targeted at 100%, 一条目标值为100%的质量指标都没有) is NOT EXISTS over the
form; a class word before the rows' noun (quality rows, a quality (质量) row) is the class. Expected values computed from
the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

ACTUAL_MISSING = m.Text(m.Field("actual_number", "indicator"), "missing")
TARGET_MISSING = m.Text(m.Field("target_number", "indicator"), "missing")
QUALITY = m.Text(m.Field("level2", "indicator"), "equals", "质量指标")
AT_100 = (m.Compare(m.Field("target_number", "indicator"), "=", m.Number(100.0, "100%")),
          m.Text(m.Field("target_unit", "indicator"), "equals", "%"))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- on an invented store ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "实际完成值没写具体数字的指标有多少条？",
    "有多少条指标的实际值没有给出数值？",
    "实际值里一个数也没有的行共几条？",
    "Count the rows whose actual value was left without any number.",
    "How many indicators give no numeric actual result?"])
def test_a_negated_number_in_the_actual_clause_is_the_actual_missing(reader, question):
    reading = reader.read(question)
    assert reading.select.entity == "indicators" and reading.select.aggregate.function == "count"
    assert reading.select.where == ACTUAL_MISSING and not reading.ignored


def test_a_target_counted_as_the_subject_counts_rows(reader):
    select = reader.read("How many targets carry no number at all?").select
    assert select.entity == "indicators" and select.where == TARGET_MISSING


@pytest.mark.parametrize("question", [
    "Which forms have no quality indicator with a target of 100%?",
    "Forms lacking any quality row targeted at 100%?",
    "哪些表没有目标值为100%的质量指标？",
    "一条目标值为100%的质量指标都没有的表有哪些？"])
def test_no_row_described_is_not_exists_over_the_form(reader, question):
    select = reader.read(question).select
    assert select.entity == "forms" and select.where == m.Not(m.HasIndicator(m.And((QUALITY, *AT_100))))


@pytest.mark.parametrize("question", ["How many quality rows are there?", "How many quality (质量) rows are there?"])
def test_a_class_word_before_the_rows_noun_is_the_class(reader, question):
    select = reader.read(question).select
    assert select.entity == "indicators" and select.where == QUALITY


def test_a_negated_number_of_a_form_stays_the_forms(reader):
    assert reader.read("哪些项目没有评分等级？").select.where == m.Text(m.Field("grade"), "missing")


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("实际值里一个数也没有的行共几条？", 82),
    ("有多少条指标的实际值没有给出数值？", 82),
    ("质量指标里实际值无具体数的有几条？", 7),
    ("In the timeliness rows, how many actuals are without a figure?", 17),
    ("How many targets carry no number at all?", 68),
    ("满意度类里目标印着“≥”的行有几条？", 26),
    ("How many quantity rows have a target printed with ≥?", 9)])
def test_row_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


NO_QUALITY_AT_100 = ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "人才健康体检", "人才活动", "党建活动（党群中心）",
                     "党群中心（南区）规范化建设质保金（党群中心）", "户籍档案数字化加工项目", "浦江初心微史馆质保金（党群中心）"]


@pytest.mark.parametrize("question, expected", [
    ("Forms lacking any quality row targeted at 100%?", NO_QUALITY_AT_100),
    ("一条目标值为100%的质量指标都没有的表有哪些？", NO_QUALITY_AT_100),
    ("哪些项目没有一条指标的实际值缺数字？", ["社工"]),
    ("Which projects don't have a single indicator lacking a numeric actual?", ["社工"]),
    ("Forms with two or more quality (质量) rows and a rate above 95%?", ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）"])])
def test_row_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
