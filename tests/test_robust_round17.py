"""Round 17, a harmless element added to a question changes nothing: the store's own year said bare (2023年，… / "in
2023"), a reporting phrase (根据表上填的, according to the forms), a closing format instruction (请列个清单。 "Give the
answer in percent."), the store's own unit said of the answer ((in 10,000 yuan), （单位：万元）). Expected values computed
from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.asides import without_asides
from assistant.courtesy import unwrapped
from assistant.whole_scope import without_whole_scope
from bench.metamorphic import added, applies, elements
from support import asked, names_of

BELOW_95 = ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
CUT = ["下发基层书报杂志费（平安办）", "安保经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
       "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]


# ----- words taken off before reading ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, years, kept", [
    ("2023年，总分低于95的项目有哪些？", [2023], "总分低于95的项目有哪些？"),
    ("2023年度上述项目全年预算数合计。", [2023], "上述项目全年预算数合计。"),
    ("2023年执行率最低的", [2023], "执行率最低的"),
    ("In 2023, how many forms scored 100?", [2023], "how many forms scored 100?"),
    ("How many forms scored 100 in 2023?", [2023], "How many forms scored 100?"),
    ("2023年初预算最高的项目", [2023], "2023年初预算最高的项目"),  # 年初, the opening budget: no year scope
    ("2023年底前完成的项目", [2023], "2023年底前完成的项目"),  # a date inside the year a text may give
    ("2023年执行率最低的", [2022, 2023], "2023年执行率最低的"),  # a store of two years: a condition
    ("In 2022, how many forms scored 100?", [2023], "In 2022, how many forms scored 100?"),  # a year not held
    ("Was that money paid out in 2023?", [2023], "Was that money paid out in 2023?"),  # a payment's date: the text's
    ("2023年，支付的项目有哪些", [2023], "2023年，支付的项目有哪些")])
def test_a_bare_year_the_whole_store_holds_is_no_condition(question, years, kept):
    assert without_whole_scope(question, years) == kept


@pytest.mark.parametrize("question, kept", [
    ("根据表上填的，年中追加了预算的有哪些？", "年中追加了预算的有哪些？"),
    ("表上说，执行率低于60%的项目有哪些？", "执行率低于60%的项目有哪些？"),
    ("按自评表填报的数据来看，总分是多少？", "总分是多少？"),
    ("According to the forms, which forms scored below 95?", "which forms scored below 95?"),
    ("Going by what the forms report, which of them were rated below 95?", "which of them were rated below 95?"),
    ("表上说的原因是什么？", "表上说的原因是什么？")])  # no comma after it: what the form says is asked
def test_a_reporting_phrase_is_a_courtesy(question, kept):
    assert unwrapped(question) == kept


@pytest.mark.parametrize("question, kept", [
    ("分值为0的指标出现在哪个项目里。给我列出来。", "分值为0的指标出现在哪个项目里。"),
    ("总分低于95的项目有哪些？请列个清单。", "总分低于95的项目有哪些？"),
    ("等级为优的表占全部表的百分比？保留两位小数。", "等级为优的表占全部表的百分比？"),
    ("Which forms scored below 95? Give it as a list, please.", "Which forms scored below 95?"),
    ("What share of forms scored 100? Give the answer in percent.", "What share of forms scored 100?"),
    ("what's the total executed for those (in 10,000 yuan)?", "what's the total executed for those?"),
    ("How much did they spend, in 10k yuan?", "How much did they spend?"),
    ("安保经费年中被砍了多少（单位：万元）", "安保经费年中被砍了多少"),
    ("安保经费年中被砍了多少？按万元算。", "安保经费年中被砍了多少？"),
    ("执行数超过50万元的项目", "执行数超过50万元的项目"),  # a unit beside a figure stays
    ("Which forms spent more than 50 (in 10,000 yuan) on it and scored 100?",
     "Which forms spent more than 50 (in 10,000 yuan) on it and scored 100?")])  # not at the end: kept
def test_a_closing_format_or_unit_note_adds_nothing(question, kept):
    assert without_asides(unwrapped(question)) == kept


# ----- the metamorphic check's own rules ---------------------------------------------------------------------------

def test_elements_are_added_where_their_row_says():
    rows = {(row["kind"], row["lang"], row["text"]): row for row in elements()}
    assert added("Which forms scored below 95?", rows[("year", "en", "In 2023, ")]) == "In 2023, which forms scored below 95?"
    assert added("哪些项目总分低于95？", rows[("basis", "zh", "（以表上数字为准）")]) == "哪些项目总分低于95（以表上数字为准）？"
    assert added("哪些项目总分低于95", rows[("list", "zh", "请列个清单。")]) == "哪些项目总分低于95。请列个清单。"
    unit = rows[("unit", "zh", "（单位：万元）")]
    assert not applies(unit, {"kind": "value"}, "总分100的项目有几个？")  # a count: no unit
    assert not applies(rows[("year", "zh", "2023年，")], {"kind": "set"}, "去年执行率低于60%的项目")
    assert applies(unit, {"kind": "value"}, "禁毒与反邪教实际执行了多少？")


# ----- the same answer with and without the element, on the bundled store -----------------------------------------

@pytest.mark.parametrize("question", [
    "总分低于95的项目有哪些？", "2023年，总分低于95的项目有哪些？", "根据表上填的，总分低于95的项目有哪些？",
    "总分低于95的项目有哪些？请列个清单。", "Which forms scored below 95?", "In 2023, which forms scored below 95?",
    "According to the forms, which forms scored below 95?", "Which forms scored below 95? Give it as a list, please."])
def test_below_95_with_any_harmless_element(seed_store, question):
    assert names_of(asked(seed_store, question, search=None)) == sorted(BELOW_95)


@pytest.mark.parametrize("question", [
    "全年预算比年初预算少的项目有哪些？", "表上说，2023年度全年预算被调减的项目有哪些？给我列出来。",
    "In 2023, according to the forms, which projects had their budget cut?"])
def test_budget_cut_with_two_harmless_elements(seed_store, question):
    assert names_of(asked(seed_store, question, search=None)) == sorted(CUT)


@pytest.mark.parametrize("question, value", [
    ("信访办的项目一共花了多少钱？", 346.13),  # 2.69 + 271.37 + 72.07
    ("2023年，信访办项目一共花了多少钱？按万元算。", 346.13),
    ("How much did the 信访办 forms spend altogether, in 10k yuan?", 346.13),
    ("平安办项目全年预算合计多少（单位：万元）", 5152.21),
    ("What is the total full-year budget of the 平安办 forms (in 10,000 yuan)?", 5152.21),
    ("安保经费全年预算比年初少了多少？（单位：万元）", 6.69),  # 374.94 − 368.25
    ("总分为100的项目占全部项目的百分比？保留两位小数。", 32.14),  # 9 of 28
    ("What share of forms scored exactly 100, according to the forms? Give the answer in percent.", 32.14)])
def test_a_value_with_harmless_elements(seed_store, question, value):
    assert asked(seed_store, question, search=None).to_json()["value"] == pytest.approx(value, abs=0.01)


def test_a_year_on_a_follow_up_keeps_the_previous_forms(seed_store):
    answer = asked(seed_store, "信访办实施的项目有哪些？", "2023年度上述项目全年预算数合计。", search=None)
    assert answer.to_json()["value"] == pytest.approx(369.57, abs=0.01)  # 4.03 + 292.5 + 73.04
