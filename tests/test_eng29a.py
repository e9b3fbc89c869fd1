"""Round 29 (eng29a), form-level fields and aggregates by kind: a top-up or a cut summed over all forms (the changes of
that sign only), a comparison between two fields said with "more money than" or "remained exactly the same", a share
whose condition is restated after "i.e.". Expected values computed from the bundled forms' printed figures
(corpus/001_…txt), not from the assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

RAISED = ["社工", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）",
          "户籍档案数字化加工项目", "杜行派出所新址修缮工程（平安办）", "人才活动", "人才健康体检"]
CUT = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "安保经费（平安办）", "下发基层书报杂志费（平安办）", "社工点经费（平安办）",
       "重精患者监护人奖励费（平安办）"]


# ----- a top-up or a cut summed over every form: the changes of that sign -------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("total amt topped up midyear across all projects in wan yuan", 408.39),
    ("What was the total of all the mid-year top-ups across every form, in 万元?", 408.39),
    ("Sum of the mid-year budget cuts across all forms (original minus revised, only where revised is lower), in 万元?",
     19.29),
    ("total reductions across all projects in wan yuan", 19.29),
    ("所有项目年中被调减的预算加起来一共多少万元？", 19.29)])
def test_a_top_up_or_a_cut_over_all_forms_sums_that_sign(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize("question", [
    "net change across all 28 forms: SUM(全年预算数) - SUM(年初预算数), 万元",
    "By how much did the aggregate budget grow from original to final appropriation, summed over all forms?",
    "Raises and cuts together, what is the net adjustment for all forms?"])
def test_a_net_change_or_a_total_budget_stays_the_net_change(seed_store, question):
    assert _ask(seed_store, question, search=None).value == pytest.approx(389.1, abs=0.005)


# ----- two fields compared: more money than the initial budget, remained exactly the same ---------------------------

def test_more_money_than_a_field_compares_the_budget_with_it(seed_store):
    assert _ask(seed_store, "How many projects have received during the year more money than in the initial budget?",
                search=None).value == 8
    assert _names(_ask(seed_store, "Which projects were given less money than in their opening budget?", search=None)) \
        == sorted(CUT)


def test_a_budget_that_remained_exactly_the_same(seed_store):
    assert _ask(seed_store, "For how many of the forms did the budget remain exactly the same from the opening figure to "
                            "the year-end figure?", search=None).value == 15
    assert _ask(seed_store, "How many projects had a full-year budget identical to their opening budget?",
                search=None).value == 15


def test_a_share_restated_after_ie_is_over_every_form(seed_store):
    assert _ask(seed_store, "What percentage of the forms had their budget cut during the year, i.e. a full-year budget "
                            "below the initial budget?", search=None).value == pytest.approx(17.857, abs=0.01)


# ----- which field a word names ----------------------------------------------------------------------------------------

def test_field_words(seed_store):
    assert _ask(seed_store, "Sum of original (start-of-year) budgets across all 28 forms?", search=None).value == \
        pytest.approx(7675.9, abs=0.005)
    assert _names(_ask(seed_store, "Among programs that actually spent something, which had the lowest "
                                   "funding-execution score?", search=None)) == ["人才活动"]
    assert _ask(seed_store, "SUM(全年执行数) for the （平安办）-tagged projects", search=None).value == \
        pytest.approx(4593.27, abs=0.005)


def test_exec_alone_is_the_execution_rate(seed_store):
    assert _names(_ask(seed_store, "topped up midyear but exec still under 60 pct", search=None)) == \
        sorted(["人才健康体检", "人才活动", "杜行派出所公用事业费"])
    assert _names(_ask(seed_store, "projects w exec below half and no grade printed", search=None)) == \
        sorted(["党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"])


# ----- a budget's change in percent --------------------------------------------------------------------------------------

def test_by_how_many_percent_is_the_change_over_the_initial_budget(seed_store):
    assert _ask(seed_store, "By how many percent was the budget of 社工点经费 cut, compared to the initial budget?",
                search=None).value == pytest.approx(2.1766, abs=0.001)  # 9.48 / 435.54
    assert _ask(seed_store, "by how many percent did the budget of 杜行派出所新址修缮工程 go up compared to the initial budget",
                search=None).value == pytest.approx(22.1204, abs=0.001)  # 33.8 / 152.8
