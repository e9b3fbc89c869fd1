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
