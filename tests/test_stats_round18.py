"""Round 18, arithmetic spelled out between two fields (spelled_arithmetic.py): A minus / over / plus B, per form or as
totals of each, in the question or in a sentence of its own after it; a derived column glossed beside its name adds nothing; an
operator the reading could not place is named, never answered as its left operand. Expected values computed from the
bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask

ANNUAL, EXECUTED, INITIAL = m.Field("annual_budget"), m.Field("executed"), m.Field("initial_budget")
CHENGGUAN = m.Text(m.Field("project_name"), "suffix", "（城管办）")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


@pytest.mark.parametrize("question, aggregate", [
    ("城管办的表，全年预算减去执行数，合计多少万？", m.Aggregate("sum", m.Arith("-", ANNUAL, EXECUTED))),
    ("城管办项目的执行数之和除以年初预算之和是百分之多少？", m.Aggregate("pooled", m.Arith("/", EXECUTED, INITIAL))),
    ("For the 城管办 forms, what is their total spending divided by their total opening budget, as a percentage?",
     m.Aggregate("pooled", m.Arith("/", EXECUTED, INITIAL))),
    ("What share of their money did the 城管办 forms spend? Compute it as total executed over total opening budget.",
     m.Aggregate("pooled", m.Arith("/", EXECUTED, INITIAL))),
    ("For the 城管办 forms, what do total opening budgets minus total executed come to?",
     m.Aggregate("sum", m.Arith("-", INITIAL, EXECUTED)))])
def test_the_expression_is_the_measure_of_the_forms_read(reader, question, aggregate):
    reading = reader.read(question)
    assert reading.select.aggregate == aggregate
    assert reading.select.where == CHENGGUAN


def test_a_derived_column_glossed_beside_its_name_is_that_column(reader):
    reading = reader.read("Combined underspend, full-year allocation minus outturn, for the projects tagged 城管办")
    assert reading.select.aggregate == m.Aggregate("sum", m.Field("unspent")) and not reading.ignored


@pytest.mark.parametrize("question, value", [
    ("党群那五张表，年度预算扣掉执行数，剩下没用的加总几万？", 106.34),
    ("For the forms tagged 信, what is their total spending divided by their total opening budget, as a percentage?", 93.66),
    ("Over all forms, what is the sum of full-year budgets minus the sum of opening budgets?", 389.10),
    ("Take the forms with an execution rate below 60%. Their full-year budgets minus their executed amounts add up to how much?", 560.42),
    ("社工点经费的全年预算减去年初预算是多少？", -9.48)])
def test_the_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


# ----- the statistic's frame: a count of a tied first place, the base a share is over -----------------------------------

@pytest.mark.parametrize("question, value", [
    ("What number of forms are level on the highest total score?", 9),
    ("总分最低的并列有几个？", 3),
    ("平安办的项目里，总分最高的并列有几个？", 7),
    ("总分拿到100的那些表中间，执行率同样是100%的比例是多少？", 88.89),
    ("全年预算超过100万的那些表里面，执行率不到95%的占比多少？", 45.45)])
def test_the_frame_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


def test_a_count_of_the_tied_first_on_an_invented_store(reader):
    select = reader.read("How many forms are level on the highest total score?").select
    assert select.aggregate == m.Aggregate("count")
    assert select.where == m.Ranked(m.Field("total_score"), True, 1, ties=True)
