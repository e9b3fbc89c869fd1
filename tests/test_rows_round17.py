"""Round 17, which-forms questions by kind: a year the store holds no form of (比去年, a 2022 budget), a budget change
sized against its baseline (调减幅度超过年初预算5%, topped up by more than 30万元 over the opening budget), one amount's
share of another on each form (结余占全年预算比例超过5%), and exclusion verbs said after what they take out (把…拿掉, take
out the X ones — which remain?). Expected values computed from the bundled forms (`jixiao export --format json`, SQL over
the views), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.other_years import unheld_year
from support import asked as _ask, names_of as _names

CUT_BOOKS, CUT_GUARDIANS, CUT_SOCIAL, CUT_TERMINALS, CUT_SECURITY = (
    "下发基层书报杂志费（平安办）", "重精患者监护人奖励费（平安办）", "社工点经费（平安办）",
    "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "安保经费（平安办）")
SOCIAL, UTILITIES, LUHUI, DUHANG, TALENT, CHECKUP, POLICE_DAY, ARCHIVE = (
    "社工", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）", "人才活动",
    "人才健康体检", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "户籍档案数字化加工项目")
PERSUADERS, STABILITY = "劝导队经费（信）", "维稳经费（信）"
PARTY, ALLOCATED, MUSEUM, SOUTH = ("党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
                                   "党群中心（南区）规范化建设质保金（党群中心）")
VISUAL = "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"


# ----- a year the store holds no form of ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, lang, years, expected", [
    ("哪些项目2023年的执行率比2022年有所提高？", "zh", [2023], ("named", [2022])),
    ("执行率比去年高的项目有哪些？", "zh", [2023], ("relative", [])),
    ("Which forms improved their total score year on year?", "en", [2023], ("relative", [])),
    ("How did the execution rate change from 2022 to 2023 for the 平安办 projects?", "en", [2023], ("named", [2022])),
    ("跟2022年比，平安办哪些项目预算增加了？", "zh", [2023], ("named", [2022])),
    ("Which forms had a 2021 budget above 100万元?", "en", [2023], ("named", [2021])),
    # an invented store of 2021 and 2022 forms: 2023 is the year it lacks, 2022 is held
    ("2023年的执行率低于80%的项目", "zh", [2021, 2022], ("named", [2023])),
    ("2022年的执行率低于80%的项目", "zh", [2021, 2022], None),
    # a year a form's text runs to, a carry-over from the year before, an amount: no year of forms
    ("哪些项目的钱拖到2024年才付？", "zh", [2023], None),
    ("Which forms received carry-over funds from the previous year?", "en", [2023], None),
    ("全年预算超过2000万元的项目", "zh", [2023], None),
    ("去年的项目里执行率最低的是哪个？", "zh", [2023], None)])
def test_a_year_the_store_holds_no_form_of_is_named(question, lang, years, expected):
    assert unheld_year(question, lang, years) == expected


@pytest.mark.parametrize("question", ["哪些项目2023年的执行率比2022年有所提高？", "Which projects spent more in 2023 than in 2022?",
                                      "与上年相比，哪些项目的总分下降了？"])
def test_a_comparison_with_a_year_not_held_is_not_answered(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "unknown" and not answer.records and "2023" in answer.text


# ----- a change sized against its baseline ------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("调减幅度超过年初预算5%的是哪几个项目？", [CUT_BOOKS, CUT_GUARDIANS]),  # 10.77%, 8.89% of the initial budget
    ("Projects whose budget was reduced by over 2% of the opening figure?", [CUT_BOOKS, CUT_SOCIAL, CUT_GUARDIANS]),
    ("年中被砍掉超过一成预算的项目是哪些？", [CUT_BOOKS]),
    ("调减幅度不到年初预算2%的项目有哪些？", [CUT_TERMINALS, CUT_SECURITY]),  # 1.15%, 1.78%: cuts only
    ("年初有预算的项目中，追加幅度超过年初数20%的有哪些？", [LUHUI, DUHANG]),  # 28.32%, 22.12%
    ("Show me projects that got topped up by more than 30万元 over their opening budget.",
     [SOCIAL, UTILITIES, LUHUI, DUHANG, TALENT])])  # +51.05, +60, +169.89, +33.8, +41
def test_a_change_sized_against_its_baseline(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


# ----- one amount's share of another on each form -----------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("信访办那三个项目，结余占全年预算比例超过5%的是哪几个？", [PERSUADERS, STABILITY]),  # 33.25%, 7.22% (代理员 1.33%)
    ("Which of the 信访办 forms had an unspent share of their budget above 30%?", [PERSUADERS]),
    ("党群中心的项目里，结余占预算比重高于25%的是哪些？", [PARTY, ALLOCATED, MUSEUM, SOUTH]),  # 51.92, 27.31, 100, 100
    ("调增额占全年预算的比例超过50%的项目有哪些？", [POLICE_DAY, UTILITIES, ARCHIVE, TALENT, CHECKUP]),  # all 100%
    ("Which projects' executed amount was less than half of their opening budget?", [PARTY, MUSEUM, SOUTH, VISUAL])])
def test_one_amounts_share_of_another_on_each_form(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_a_share_asked_with_no_figure_stays_pooled(seed_store):
    answer = _ask(seed_store, "信访办的项目结余占全年预算的比例是多少？", search=None)
    # (4.03 − 2.69 + 292.5 − 271.37 + 73.04 − 72.07) ÷ (4.03 + 292.5 + 73.04) = 23.44 ÷ 369.57
    assert answer.value == pytest.approx(6.34, abs=0.01)


# ----- exclusion verbs said after what they take out --------------------------------------------------------------

UNDER_90 = "Which forms spent less than 90% of their budget?"  # 11 forms


@pytest.mark.parametrize("questions, expected", [
    ((UNDER_90, "Take out the 党群中心 ones - which remain?"),
     [PERSUADERS, UTILITIES, VISUAL, LUHUI, "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", TALENT, CHECKUP]),
    ((UNDER_90, "Of those, strip out the ones whose total score is below 95. Which remain?"),
     [ALLOCATED, PERSUADERS, UTILITIES, LUHUI, "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    (("执行率低于100%的项目有哪些？", "把预算被砍过的拿掉，剩下的呢？"),
     [SOCIAL, PARTY, ALLOCATED, "事业编残保金（党群中心）", MUSEUM, SOUTH, PERSUADERS, STABILITY, "信访代理员经费（信）",
      UTILITIES, VISUAL, "平安志愿者经费（平安办）", LUHUI, "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", DUHANG,
      TALENT, CHECKUP])])
def test_an_exclusion_said_after_what_it_takes_out_narrows_the_last_answer(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions, search=None)) == sorted(expected)
