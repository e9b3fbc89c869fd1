"""Round 20, mechanism B of audit 20: the asked quantity over a derived or picked operand — a superlative governing a
budget change ranks by that change (or its percentage of the initial budget, over forms with one); a share's numerator
is the form a superlative picks or the union of the forms named; a form left out restricts a pooled share; a group's
unspent amount is summed. Expected values computed from the bundled forms (`jixiao export --format json`), not from
the assistant; the readers also on an invented county."""

from __future__ import annotations

import pytest

from assistant import governed
from assistant import model as m
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names, fitted as _fitted

ANNUAL, INITIAL = m.Field("annual_budget"), m.Field("initial_budget")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- what a superlative governs (invented county) --------------------------------------------------------------------

@pytest.mark.parametrize("question, order_by, descending", [
    ("Which 城管办 form had the deepest cut to its budget?", m.Arith("-", INITIAL, ANNUAL), True),
    ("城管办的项目里，年中追加最多的是哪个？", m.Arith("-", ANNUAL, INITIAL), True),
    ("Of the forms whose budget was raised, which was raised by the least?", m.Arith("-", ANNUAL, INITIAL), False),
    ("Which 城管办 project's budget was slashed by the largest percentage?",
     m.Arith("*", m.Number(100.0), m.Arith("/", m.Arith("-", INITIAL, ANNUAL), INITIAL)), True),
    ("Among the forms whose budget was cut, which has the largest annual budget?", ANNUAL, True)])
def test_a_superlative_ranks_what_it_governs(reader, question, order_by, descending):
    reading, unfit = _fitted(reader, question)
    assert not unfit and reading.select.order_by == order_by and reading.select.descending is descending


def test_a_percentage_change_needs_a_starting_budget(reader):
    reading, _ = _fitted(reader, "In percentage terms, whose budget shrank most?")
    assert m.Compare(INITIAL, ">", m.Number(0.0, "0")) in reading.select.where.items


@pytest.mark.parametrize("question, way", [
    ("which form had the biggest top-up?", ">"), ("被砍得最多的是哪个？", "<"),
    ("which cut form has the highest execution rate?", "execution_rate"), ("哪个项目预算最大？", None)])
def test_what_the_superlative_governs(reader, question, way):
    from assistant.interpret import normalize

    text = normalize(question)
    tokens, _ = reader.recogniser.tokens(text)
    superlative = next(t for t in tokens if t.kind == "superlative")
    lang = "en" if question.isascii() else "zh"
    assert governed.change_of(text, lang, tokens, superlative) in ((way,) if way else (None, "annual_budget"))


# ----- a share of a picked entity (invented county) --------------------------------------------------------------------

@pytest.mark.parametrize("question, base", [
    ("What percentage of the total full-year budget does the largest project account for?", None),
    ("What share of the 城管办 forms' combined annual budget belongs to the largest of them?", "城管办")])
def test_a_share_held_by_the_form_a_superlative_picks(reader, question, base):
    reading, unfit = _fitted(reader, question)
    aggregate = reading.select.aggregate
    assert not unfit and aggregate.function == "share" and isinstance(aggregate.condition, m.Ranked)
    assert aggregate.condition.descending and aggregate.condition.limit == 1
    assert (reading.select.where is None) == (base is None)


def test_forms_named_together_are_a_union(reader):
    reading, unfit = _fitted(reader, "青石路灯维护经费和道路清扫经费两张表的全年预算占全部的百分之几？")
    assert not unfit and isinstance(reading.select.aggregate.condition, m.Or)


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected, figure", [
    ("Which project saw its budget topped up the most during the year, and by how much?", "鲁汇派出所新址装修工程（平安办）", "169.89"),
    ("Which form had the deepest cut to its budget over the year?", "社工点经费（平安办）", "9.48"),  # 435.54 − 426.06
    ("Which project got the smallest positive mid-year increase, and by how much?",
     "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "3.03"),  # 0 → 3.03
    ("年初有预算的项目里，哪个全年预算增幅最大？增长了百分之几？", "鲁汇派出所新址装修工程（平安办）", "28.32"),  # 169.89 / 599.97
    ("In percentage terms, whose year budget shrank most?", "下发基层书报杂志费（平安办）", "10.77"),  # 1.12 / 10.4
    ("被砍得最少的是哪个项目？", "重精患者监护人奖励费（平安办）", "0.96")])  # 10.8 − 9.84
def test_the_change_a_superlative_governs_on_the_bundled_corpus(seed_store, question, expected, figure):
    answer = _ask(seed_store, question)
    assert _names(answer) == [expected] and figure in answer.text


@pytest.mark.parametrize("question, value", [
    ("What percentage of the total full-year budget does the largest project account for?", 29.92),  # 2,412.86 / 8,065
    ("The smallest single project holds what percent of the summed full-year budgets?", 0.0045),  # 0.36 / 8,065
    ("What share of the 平安办 forms' combined annual budget belongs to the largest of them?", 46.83),  # 2,412.86 / 5,152.17
    ("安保经费和维稳经费两张表的全年预算占全部表的百分之几？", 8.19),  # (368.25 + 292.5) / 8,065
    ("除去户籍档案数字化加工项目，全部表的执行数占全年预算的比例是多少？", 89.27),  # 6,943.47 / 8,039.38
    ("Among the 平安办 forms other than 安保经费（平安办）, how much budget was left unspent?", 555.48)])
def test_a_picked_or_restricted_operand_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.001 if value < 1 else 0.01)
