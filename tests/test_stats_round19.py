"""Round 19, the asked-quantity slot: what a question asks (a share, which one, a simple mean, the unspent part, a
difference) is read before fields are bound, and a reading answering an operand or a neighbouring statistic of it is
rebuilt, else refused naming the operator. Expected values computed from the bundled forms (`jixiao export --format
json`), not from the assistant; the readers also on an invented county."""

from __future__ import annotations

import pytest

from assistant import asked_quantity
from assistant import model as m
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names, fitted as _fitted

CHENGGUAN = m.Text(m.Field("project_name"), "contains", "城管办")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the frame, read before any field is bound ----------------------------------------------------------------------

@pytest.mark.parametrize("question, frames", [
    ("城管办的全年预算在全部预算里是几成？", {"share"}),
    ("What fraction of the 城管办 money went unspent?", {"share", "unspent"}),
    ("What percentage of all forms spent under half?", {"share", "of_forms", "used"}),
    ("城管办的项目里哪一个结余最多？", {"which", "unspent"}),
    ("Which 城管办 project left the most unspent?", {"which", "unspent"}),
    ("Which forms were cut by more than 5万?", set()),  # plural: a list, no one form asked
    ("城管办执行率不加权平均是多少？", {"simple", "amount"}),
    ("Unweighted mean execution rate of the 城管办 forms?", {"simple"}),
    ("城管办还有多少钱没花掉？", {"amount", "unspent"}),
    ("How much of the 城管办 budget was actually spent?", {"amount", "used"}),
    ("预算执行一共扣了多少分？", {"points"}),  # points, no amount
    ("How many forms spent nothing?", {"used"})])  # a count: no amount asked
def test_the_asked_quantity_is_read_from_the_frame(reader, question, frames):
    assert set(asked_quantity.read(question, reader.recogniser).frames) == frames


def test_more_than_a_figure_compares_and_does_not_choose(reader):
    assert asked_quantity.read("Which one spent more than 5万?", reader.recogniser).end is None
    assert asked_quantity.read("Which one spent more?", reader.recogniser).end == "max"


# ----- a reading rebuilt to what was asked (invented county) ----------------------------------------------------------

@pytest.mark.parametrize("question", ["城管办的项目全年预算在全部全年预算里是几成？",
                                      "What share of the total full-year budget goes to the 城管办 forms?"])
def test_a_share_of_money_is_never_a_share_of_forms_or_a_total(reader, question):
    reading, unfit = _fitted(reader, question)
    assert not unfit and reading.select.aggregate.function == "share" and reading.select.aggregate.expr == m.Field("annual_budget")


@pytest.mark.parametrize("question", ["城管办的项目里，哪一个剩下没花的钱最多？", "Which 城管办 project sat on the biggest leftover sum?"])
def test_which_one_is_the_form_ahead_never_the_groups_figure(reader, question):
    reading, unfit = _fitted(reader, question)
    select = reading.select
    assert not unfit and select.aggregate is None and select.limit == 1 and select.descending
    assert select.order_by == m.Arith("-", m.Field("annual_budget"), m.Field("executed")) or select.order_by == m.Field("unspent")


@pytest.mark.parametrize("question", ["城管办项目执行率的不加权平均是多少？", "Unweighted mean of the 城管办 forms' overall execution rate?"])
def test_a_simple_mean_is_never_the_pooled_rate(reader, question):
    reading, unfit = _fitted(reader, question)
    assert not unfit and reading.select.aggregate == m.Aggregate("avg", m.Field("execution_rate"))


def test_an_unspent_amount_is_never_a_count_of_forms_that_spent_nothing(reader):
    reading, unfit = _fitted(reader, "城管办那几张表剩下没花的加起来多少？")
    assert not unfit and reading.select.aggregate == m.Aggregate("sum", m.Field("unspent"))
    assert "executed" not in repr(reading.select.where)


def test_a_difference_with_one_operand_read_names_the_operator(reader):
    reading, unfit = _fitted(reader, "How much larger was 青石路灯维护经费's opening budget than its final one?")
    assert unfit == ["how much larger"]


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("信访办那三张表的年度拨款，在全体拨款里是几成？", 4.58),  # 369.57 / 8,065
    ("维稳经费的全年预算在全部项目预算里是百分之几？", 3.63),  # 292.5 / 8,065
    ("How much of the overall full-year budget, in percent, belongs to 维稳经费?", 3.63),
    ("As a fraction of every form's opening budget, how big is the 派出所 forms' opening budget?", 9.81),  # 752.77 / 7,678.93
    ("禁毒与反邪教那张表，全年预算里有百分之几没花掉？", 46.28),  # (34.55 − 18.56) / 34.55
    ("What percentage of all forms disbursed less than half of their final appropriation?", 21.43),  # 6 / 28, of forms
    ("党群的几张表，执行率不加权平均是多少？", 43.49),  # (48.08 + 72.68 + 96.7 + 0 + 0) / 5
    ("党群那几张表剩下没花的加起来多少？", 106.34),
    ("禁毒与反邪教那张表有多少预算没有用掉？", 15.99),
    ("How much of the 信访办 money was never spent?", 23.44),  # 369.57 − 346.13
    ("How much of its full-year budget did 安保经费 not use?", 3.46)])
def test_the_asked_quantity_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, expected, figure", [
    ("信访办的几个项目里，哪一个剩下没花的钱最多？剩了多少？", "维稳经费（信）", "21.13"),
    ("Among the forms tagged 党群, which one left the largest sum unused, and how much?", "党建活动（党群中心）", "42.52"),
    ("人才的两个项目，哪个没用掉的钱更多？", "人才活动", "35.48")])
def test_which_one_on_the_bundled_corpus(seed_store, question, expected, figure):
    answer = _ask(seed_store, question)
    assert _names(answer) == [expected] and figure in answer.text
