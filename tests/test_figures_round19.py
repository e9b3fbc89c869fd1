"""Round 19, a figure bound by what it is said of: a coin idiom of smallness (一分钱预算也没拿到, not a penny of opening
budget, 一分不剩) is the nil of the money field its clause names, never a score of 1 分; a bound said of a bare magnitude
(上千万, 过亿, 没上百万, running into the millions) is at least / more than / below that figure in 万元, never equal to
it. Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.plain_rewrites import rewritten
from assistant.reader import QuestionReader
from assistant.spoken_over import magnitudes_said
from assistant.zero_idioms import as_zero
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

INITIAL, ANNUAL, EXECUTED = m.Field("initial_budget"), m.Field("annual_budget"), m.Field("executed")
TAG_CHENGGUAN = m.Text(m.Field("project_name"), "suffix", "（城管办）")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


def _where(reader: QuestionReader, question: str):
    return reader.read(rewritten(question)).select.where


# ----- words rewritten before reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, written", [
    ("开年时一分钱预算也没拿到的表", "年初预算为0的表"),
    ("年初分文未拨的项目", "年初预算为0的项目"),
    ("刚开年的时候一个子儿都没批下来的项目", "年初预算为0的项目"),
    ("年初没拿到一分钱的项目", "年初预算为0的项目"),
    ("全年预算一分钱都没有的项目", "全年预算为0的项目"),
    ("一分不剩用光的表", "一分钱都没剩用光的表"),
    ("钱一分都没动的项目", "钱一分钱都没动的项目"),
    ("总分和各项得分一分钱都不差", "总分和各项得分一分钱都不差"),  # a coin of exactness, no field: as it was
    ("Which forms started the year without a cent of budget?", "Which forms started the year with no initial budget?"),
    ("forms that got not a penny of opening budget", "forms that with no initial budget"),
    ("forms whose opening allocation was not a single cent", "forms whose opening allocation is 0"),
    ("Which forms have not a cent left over?", "Which forms spent in full?"),
    ("forms that spent their budget down to the last penny", "forms that spent their budget in full"),
    ("Which projects didn't spend one cent?", "Which projects spent nothing?")])
def test_a_coin_idiom_is_the_nil_of_its_clauses_money_field(question, written):
    assert as_zero(question) == written


@pytest.mark.parametrize("question, written", [
    ("年度拨款上千万的表", "年度拨款不少于1000万的表"),
    ("全年预算过亿的项目", "全年预算超过10000万的项目"),
    ("年初预算逾十万的", "年初预算超过10万的"),
    ("全年预算没上百万的", "全年预算不到100万的"),
    ("全年预算没过百万的", "全年预算不超过100万的"),
    ("执行数超过百万元的", "执行数超过100万的"),
    ("50万以上的", "50万以上的"),  # 以上 is no bound before a magnitude
    ("a budget running into the millions", "a budget at least 100 万元"),
    ("budgets in the tens of millions of yuan", "budgets at least 1000 万元")])
def test_a_bound_said_of_a_bare_magnitude_is_that_figure_in_wanyuan(question, written):
    assert magnitudes_said(question) == written


# ----- the query model on an invented county ------------------------------------------------------------------------

@pytest.mark.parametrize("question, where", [
    ("城管办的项目里，年初一分钱预算都没有的是哪些？", m.And((TAG_CHENGGUAN, m.Compare(INITIAL, "=", m.Number(0.0))))),
    ("Which 城管办 forms started the year without a single yuan of budget?", m.And((TAG_CHENGGUAN, m.Compare(INITIAL, "=", m.Number(0.0))))),
    ("全年预算上千万的项目有几个？", m.Compare(ANNUAL, ">=", m.Number(1000.0))),
    ("执行数过亿的项目", m.Compare(EXECUTED, ">", m.Number(10000.0))),
    ("How many forms have a full-year budget running into the millions?", m.Compare(ANNUAL, ">=", m.Number(100.0)))])
def test_a_figure_is_bound_to_the_field_its_clause_names(reader, question, where):
    said = _where(reader, question)
    assert _plain(said) == _plain(where)


def _plain(node):
    """The condition with the printed form of each figure left out (上千万 is printed as the question said it)."""
    if isinstance(node, m.Number):
        return ("number", node.value)
    if isinstance(node, tuple):
        return tuple(_plain(n) for n in node)
    if hasattr(node, "__dataclass_fields__"):
        return (type(node).__name__,) + tuple(_plain(getattr(node, f)) for f in node.__dataclass_fields__ if f != "printed")
    return node


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("开年时一分钱预算也没拿到的表，年终拨款加总是多少？", 153.65),
    ("What is the total full-year budget of the forms that got not a cent of initial budget?", 153.65),
    ("年初分文未拨的项目有几个？", 5),
    ("How many forms didn't receive a red cent at the start of the year?", 5),
    ("钱一分都没动的项目全年预算加起来多少？", 330.12),
    ("预算一分钱都没剩下的项目有几个？", 8),
    ("年度拨款上千万的表共几张？", 2),
    ("年度拨款上百万的项目有几个？", 11),
    ("全年预算上亿的项目有几个？", 0),
    ("全年预算没上百万的项目有几个？", 17),
    ("How many forms have a full-year budget running into the millions of yuan?", 11)])
def test_the_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, expected", [
    ("年初一分钱都没拿到、执行率又不到一半的项目有哪些？", ["人才活动", "人才健康体检"]),
    ("List the forms whose opening allocation was not a single cent and whose execution rate is below 50%.",
     ["人才活动", "人才健康体检"]),
    ("年内被砍过又一分不剩用光的平安办表格", ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
                                "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]),
    ("全年预算上千万的有哪些？", ["社工", "图像视频监控系统租赁经费（平安办）"]),
    ("年初预算逾千万的项目有哪些？", ["社工", "图像视频监控系统租赁经费（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
