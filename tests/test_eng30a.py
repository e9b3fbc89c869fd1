"""Round 30 (eng30a), the money fields in the words of other budget traditions: actuals, outlays and amounts expended or
utilised (全年执行数), money that lapses, reverts or is surrendered and savings (the unspent balance), the net movement
of the budget (全年预算数 − 年初预算数), carry-forward and roll-over (上年结转资金); "actuals" stays the rows' actual
values where indicator rows are spoken of. Expected values computed from the bundled forms' printed figures
(corpus/001_…txt), not from the assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

ZERO = ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


# ----- actuals, outlays, expended: the amount executed (全年执行数) ---------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Sum of actuals for the forms tagged (党群中心)", 145.11),
    ("Sum the amounts expended by the programs tagged (信).", 346.13),
    ("How many forms show zero actuals?", 3),
    ("How many programmes recorded nil outlays for the year?", 3)])
def test_actuals_and_outlays_are_the_amount_executed(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


def test_zero_actuals_said_before_the_noun(seed_store):
    assert _names(_ask(seed_store, "Which zero-actuals forms still got a grade?", search=None)) \
        == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


def test_actuals_of_indicator_rows_stay_the_rows_actual_values(seed_store):
    assert _ask(seed_store, "In the timeliness rows, how many actuals are without a figure?", search=None).value == 17


# ----- lapse, revert, savings, 沉淀资金: the unspent balance (全年预算数 − 全年执行数) ---------------------------------

@pytest.mark.parametrize("question, expected", [
    ("How much lapsed on the 禁毒与反邪教 programme?", 15.99),
    ("How much of the 公安后勤及协管员经费 appropriation reverted at year end?", 93.55),
    ("How much were the savings on 人才活动 against its final allocation?", 35.48),
    ("Total lapse across all forms, leaving out 户籍档案数字化加工项目?", 862.42)])
def test_lapse_revert_and_savings_are_the_unspent_balance(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


def test_chinese_idle_funds_are_the_unspent_balance(seed_store):
    assert _names(_ask(seed_store, "沉淀资金超过100万元的项目有哪些？", search=None)) == sorted(
        ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）"])
    assert _ask(seed_store, "支出率不到六成的项目有几个", search=None).value == 9


# ----- the budget's movement over the year, with its sign ------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("All forms combined, by how much did the envelope grow from opening budget to full-year budget?", 389.1),
    ("What is the net movement between the opening and final budget?", 389.1),
    ("What was the net in-year adjustment to the 安保经费 appropriation?", -6.69),
    ("全部项目全年预算数比年初预算数净增加了多少万元？", 389.1),
    ("Across all programmes that were topped up in-year, how much was added in total (final budget minus opening budget), "
     "in 万元?", 408.39)])
def test_the_movement_of_the_budget_keeps_its_sign(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


def test_a_fall_from_the_opening_to_the_final_budget_is_the_opening_less_the_final(seed_store):
    assert _ask(seed_store, "By how much did the 安保经费 envelope shrink from the opening budget to the final budget?",
                search=None).value == pytest.approx(6.69, abs=0.005)


# ----- carry-forward and roll-over: the carry-over fund line ---------------------------------------------------------

@pytest.mark.parametrize("question", [
    "How much carry-forward (上年结转资金) shows up across all forms, in total?",
    "What is the total roll-over from the previous year across all forms?"])
def test_carry_forward_and_roll_over_are_the_carry_over_line(seed_store, question):
    assert _ask(seed_store, question, search=None).value == pytest.approx(0.0, abs=0.005)


# ----- nothing spent, everything spent, the budget as a warrant ------------------------------------------------------

def test_utilised_nothing_and_full_execution(seed_store):
    assert _names(_ask(seed_store, "Which forms utilised nothing of their sanctioned budget?", search=None)) == sorted(ZERO)
    assert _ask(seed_store, "What percentage of the programmes achieved exactly 100% execution?",
                search=None).value == pytest.approx(28.571, abs=0.01)
    assert len(_names(_ask(seed_store, "Which programmes fully expended their warrant?", search=None))) == 8


# ----- what the forms do not hold: encumbrances, obligations, commitments -------------------------------------------

@pytest.mark.parametrize("question", [
    "How much of 安保经费 was encumbered at year end?",
    "What obligations were incurred under the 社工 programme?"])
def test_encumbrances_and_obligations_are_not_recorded(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "unknown" and answer.value is None
    assert answer.text == "Cannot answer: not recorded in these forms: 'encumbrances or commitments'."


# ----- estimates, supplementals, over-expenditure, a fiscal year written short --------------------------------------

def test_estimates_and_supplementals_name_the_opening_and_the_full_year_budget(seed_store):
    assert _ask(seed_store, "What were the main estimates for 社工?", search=None).value == pytest.approx(2087.07, abs=0.005)
    assert len(_names(_ask(seed_store, "Which forms got a supplemental appropriation?", search=None))) == 8
    assert _names(_ask(seed_store, "Which programmes had over-expenditure?", search=None)) == ["户籍档案数字化加工项目"]


def test_a_fiscal_year_written_short_is_the_forms_year(seed_store):
    assert _ask(seed_store, "What was the FY23 outturn for 社工?", search=None).value == pytest.approx(2042.66, abs=0.005)


def test_a_change_between_a_budget_and_its_baseline_is_the_later_less_the_earlier(seed_store):
    assert _ask(seed_store, "What was the change between the final budget and the opening budget for 安保经费?",
                search=None).value == pytest.approx(-6.69, abs=0.005)
