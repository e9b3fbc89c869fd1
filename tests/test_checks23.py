"""Round 23, figures that look wrong, rows that fell short and what the form says of them: an opening observation about
most forms is background; a unit slip said with the unit it should have been in is the slip; a concession (even though,
虽然…但) joins two conditions; 比90%还高 is a bound; a quoted figure is converted as asked; what a form says of the rows
that fell short is their deviation text; money from carry-over or other funds counts the forms holding it. Expected
values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.comparative_than import bound_said
from assistant.concessive import conceded
from assistant.observations import without_observed
from assistant.quoted_conversion import answer as converted
from assistant.unit_slips import slip_said
from support import asked as _ask, names_of as _names

XINFANG = sorted(["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）"])
NOTHING_SPENT = sorted(["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])
TOTAL_BELOW_92 = sorted(NOTHING_SPENT + ["人才活动"])


# ----- rewritten before reading, on any store ------------------------------------------------------------------------

@pytest.mark.parametrize("question, rest, said", [
    ("我看大部分指标都是满分，有没有哪个项目的某个指标被扣了分？", "有没有哪个项目的某个指标被扣了分？", ["我看大部分指标都是满分"]),
    ("I've noticed most forms are implemented by X, but a few seem to belong to a different office. Which projects list Y?",
     "Which projects list Y?", ["I've noticed most forms are implemented by X, but a few seem to belong to a different office"]),
    ("From what I can see most projects spent their money. Which projects spent nothing?", "Which projects spent nothing?",
     ["From what I can see most projects spent their money"]),
    # the rest points back, asks nothing of its own, or the observation is the question's subject: kept whole
    ("大部分表都是党群中心的，其中执行率最低的是哪个？", "大部分表都是党群中心的，其中执行率最低的是哪个？", []),
    ("大部分预算没花完的项目，有哪些？", "大部分预算没花完的项目，有哪些？", []),
    ("执行率大部分都在90%以上，哪些没到？", "执行率大部分都在90%以上，哪些没到？", []),
    ("Most forms score full marks. Which of those are 平安办's?", "Most forms score full marks. Which of those are 平安办's?", []),
])
def test_observation_about_most_forms_is_background(question, rest, said):
    assert without_observed(question) == (rest, said)


@pytest.mark.parametrize("question, plain", [
    ("Which form's figure was typed in yuan instead of 10k yuan?", "Which form's figure was typed in yuan?"),
    ("Which form was entered in yuan rather than 10,000 yuan?", "Which form was entered in yuan?"),
    ("Which form's spending was typed in yuan — it's wildly above the budget?", "Which form's spending was typed in yuan?"),
    ("Which form's budget is wildly above the budget?", "Which form's budget is wildly above the budget?"),
])
def test_unit_slip_said_alone(question, plain):
    assert slip_said(question) == plain


@pytest.mark.parametrize("question, plain", [
    ("Which forms gave every indicator full marks even though the money actually spent for the year was zero?",
     "Which forms gave every indicator full marks and spent nothing?"),
    ("Which projects scored full marks despite spending nothing?", "Which projects scored full marks and spending nothing?"),
    ("虽然全年执行数是0，但所有指标都满分的是哪几个项目？", "全年执行数是0，所有指标都满分的是哪几个项目？"),
    ("执行率很高，但总分不到95的有哪些？", "执行率很高，但总分不到95的有哪些？"),  # 但 alone is no concession
])
def test_concession_joins_conditions(question, plain):
    assert conceded(question) == plain


@pytest.mark.parametrize("question, plain", [
    ("有没有哪张表的满意度目标定得比90%还高的？", "有没有哪张表的满意度目标高于90%的？"),
    ("目标设得比80%低一些的", "目标低于80%的"),
    ("执行率比90%高多少", "执行率比90%高多少"),
])
def test_comparison_with_figure_is_bound(question, plain):
    assert bound_said(question) == plain


def test_quoted_figure_converted():
    answer = converted("全年执行数写的是256,175.00，换算成万元应该是多少？", "zh")
    assert answer is not None and answer.value == pytest.approx(25.6175)
    assert converted("The form shows 25.62, what is that in plain yuan?", "en").value == pytest.approx(256200)
    assert converted("全年执行数是1234.50万元以上的项目，换算成元是多少？", "zh") is None  # a figure picking forms
    assert converted("执行数写的是256,175.00，对吗？", "zh") is None  # no conversion asked


# ----- answered over the bundled forms -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("我看大部分指标都是满分，有没有哪个项目的某个指标被扣了分、没拿满？", ["劝导队经费（信）"]),
    ("I've noticed most forms are implemented by the community party-mass service centre, but a few seem to belong to a "
     "different office. Which projects list the petitions office (信访办) as the implementing unit?", XINFANG),
    ("Most of the forms seem to score above 95 overall. Which ones scored below 92?", TOTAL_BELOW_92),
    ("看大部分表满意度目标都写的90%，有没有哪张表的满意度目标定得比90%还高的？",
     sorted(["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"])),
    # the rest compares a figure with no field: the observation's field is the question's
    ("我翻了一下，几乎每张表的满意度目标都是90%，有没有高于90%的表？", sorted(["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"])),
    ("Which forms gave every performance indicator full marks even though the money actually spent for the year was zero?",
     NOTHING_SPENT),
    ("Which projects had zero actual spending for the year?", NOTHING_SPENT),
    ("Which form's actual spending figure looks like it was typed in yuan instead of 10k yuan — it's wildly above the budget?",
     ["户籍档案数字化加工项目"]),
    ("哪张表的全年执行数明显不对，像是填错了单位？", ["户籍档案数字化加工项目"]),
])
def test_answered(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == expected


def test_shortfall_row_deviation_text(seed_store):
    answer = _ask(seed_store, "Only one indicator in the whole set missed its target. What did the form say it would do about it?",
                  search=None)
    assert _names(answer) == ["劝导队经费（信）"] and "后续及时调整经费" in answer.text
    answer = _ask(seed_store, "只有一个指标没达到目标值，表上是怎么解释的？", search=None)
    assert "实际劝导队人员数量4人" in answer.text


def test_money_from_other_sources_counted(seed_store):
    answer = _ask(seed_store, "How many of the forms show any money coming from prior-year carry-over funds or other "
                              "(non-appropriation) funds?", search=None)
    assert answer.value == 0


def test_quoted_figure_in_a_conversation(seed_store):
    answer = _ask(seed_store, "有个户籍档案数字化的项目，全年执行数写的是256,175.00，明显不对劲，我猜是把元填进了万元那一栏。"
                              "如果真是这样，换算成万元应该是多少？", search=None)
    assert answer.value == pytest.approx(25.6175)
