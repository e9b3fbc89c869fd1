"""Round 17: questions about what no form holds are not understood, never answered as another question — a measure
after a noun nobody says (接种率, a recycling rate), a year the store has no forms of, staff numbers, next year; a year
beside a payment word is the date a sentence gives, not a rate's figure; a superlative over a row named by what it
counts ranks by the row's actual, over an unknown noun is not understood; a wording quoted in English is the Chinese the
forms print; 今年 / this year is the store's year. Expected values are computed from the bundled forms (`jixiao export
--format json`), not from the assistant; the pure readers also run on invented text."""

from __future__ import annotations

import pytest

from assistant.colloquial_fields import below_reached, money_named
from assistant.glossed_literal import quoted_wordings
from assistant.other_years import paid_years, unheld_years
from assistant.unheld import unknown_measures, unknown_nouns
from assistant.whole_scope import this_year
from support import asked, names_of

ZERO_AND_2024 = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]
UNDER_50_AND_2024 = ["人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]
SAY_2024 = ["下拨经费（党群中心）", *UNDER_50_AND_2024]
EVERY_MONTH = ["信访代理员经费（信）", "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费"]
SCORE_UNDER_95 = ["人才健康体检", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                  "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


# ----- the pure readers, on invented text ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, measures", [
    ("咕噜率高于50%的项目", ["咕噜率"]),
    ("哪些项目的嘀嗒值最高", ["嘀嗒值"]),
    ("forms with a glorp rate under 80 percent", ["glorp rate"]),
    ("the highest wibble score", ["wibble score"]),
    ("执法完成率高于50%的项目", []),  # the forms print it: a row's rate
    ("执行率高于50%的项目", []),  # a field of the lexicon
    ("指标分值为0的项目", []),  # 分值 is a column's word
    ("the execution-rate score fell short of its weight", []),
    ("Which scorecards rate below 95 points?", []),
    ("咕噜率是什么意思", []),  # not compared: no condition
])
def test_a_measure_after_a_noun_nobody_says(question, measures):
    assert unknown_measures(question, "青石县城管执法完成率", lambda word: []) == measures


@pytest.mark.parametrize("question, asked_years, unheld, paid", [
    ("2019年的执行率", [2019], ["2019"], []),
    ("What was the average execution rate in 2019?", [2019], ["2019"], []),
    ("2021年的执行率", [2021], [], []),  # the store's own year
    ("钱拖到2022年才支付的项目", [2022], [], [2022]),  # a later year beside a payment word: a date the text gives
    ("2022年的项目", [2022], [], []),  # a later year alone: left to the readers, as before
    ("projects that say payment happens in 2022", [2022], [], [2022]),
])
def test_a_year_the_store_lacks(question, asked_years, unheld, paid):
    assert unheld_years(question, asked_years, [2021]) == unheld
    assert paid_years(question, asked_years, [2021]) == paid


def test_unknown_nouns_are_words_no_list_knows():
    assert unknown_nouns("which form has the flurbs") == ["flurbs"]
    assert unknown_nouns("哪个项目的咕噜数") == ["哪个项目的咕噜数"]
    assert unknown_nouns("which project is the") == []
    assert unknown_nouns("lowest scorers") == []  # a word of the lists, inflected
    assert unknown_nouns("哪个项目") == []


@pytest.mark.parametrize("question, rewritten, unread", [
    ("Which forms have a timeliness target of 'every month'?", "Which forms have a timeliness target of “每月”?", []),
    ("Forms whose target reads \"quarterly\"", "Forms whose target reads “每季度”", []),
    ("Which forms describe their target as 'as required'?", "Which forms describe their target as 'as required'?",
     ["as required"]),
    ("How many committees does the 'two actuals' scheme cover?", "How many committees does the 'two actuals' scheme cover?",
     []),  # a name in quotes, no wording
    ("哪些项目的时效指标目标写的是“每月”", "哪些项目的时效指标目标写的是“每月”", []),
])
def test_a_wording_quoted_in_english(question, rewritten, unread):
    assert quoted_wordings(question) == (rewritten, unread)


@pytest.mark.parametrize("question, years, written", [
    ("今年预算超过100万的项目", [2021], "预算超过100万的项目"),  # one year held: every form meets it
    ("本年度的总分低于95分的项目", [2021], "总分低于95分的项目"),
    ("今年预算超过100万的项目", [2020, 2021], "2021年预算超过100万的项目"),
    ("今年度执行率", [2020, 2021], "2021年度执行率"),
    ("基本年薪", [2021], "基本年薪"),  # no relative year
    ("今年预算超过100万的项目", [], "今年预算超过100万的项目"),  # an empty store: no year to say
])
def test_this_year_is_the_newest_year_held(question, years, written):
    assert this_year(question, years) == written


def test_the_binding_words_are_one_data_file():
    assert below_reached("钱没花到六成的项目") == "钱花不到六成的项目"
    assert money_named("年初批的钱超过100万") == "年初预算数超过100万"


# ----- on the bundled forms ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, word", [
    ("接种率高于50%的项目有哪些", "接种率"),
    ("哪些项目的回收率不到80%", "回收率"),
    ("forms with a recycling rate under 80 percent", "recycling rate"),
    ("which projects have a filing rate below 90%", "filing rate"),
    ("2022年执行率低于60%的项目有哪些", "2022"),
    ("和2022年相比，哪些项目的预算增加了", "2022"),
    ("What was the average execution rate in 2021?", "2021"),
    ("社工项目的实施单位有多少在编人员", "在编人员"),
    ("How many staff does the Ping'an office employ?", "employ"),
    ("明年哪些项目预算会增加", "明年"),
    ("Which projects will get more money next year?", "next year"),
    ("which form has the most flurbs", ""),
    ("Which form counted the most grommets?", ""),  # an English word, but no field, row or list holds it
    ("哪个项目的咕噜数最多", ""),
    ("which projects had a glorbish budget over 1 million", "glorbish"),
    ("Which forms describe their timeliness target as 'as required'?", "as required"),
])
def test_what_no_form_holds_is_not_understood(seed_store, question, word):
    answer = asked(seed_store, question, search=None)
    assert answer.kind == "unknown"
    assert word in answer.interpretation


@pytest.mark.parametrize("question, names", [
    ("执行率为零、又说是2024年再付的项目有哪些", ZERO_AND_2024),
    ("执行率为0，2024年支付的项目有哪些", ZERO_AND_2024),
    ("执行率低于50%，2024年支付的项目", UNDER_50_AND_2024),
    ("projects with an execution rate of zero that say they will pay in 2024", ZERO_AND_2024),
    ("哪些项目说资金紧张、推迟到2024年支付，而且执行率为0", ZERO_AND_2024),
    ("Which projects mention the year 2024 in their outcome?", SAY_2024),
    ("哪个项目开展活动次数最多", ["人才活动"]),
    ("开展活动次数最少的是哪个项目", ["人才健康体检"]),
    ("哪张表的志愿活动次数最多", ["下拨经费（党群中心）"]),
    ("哪些表的设备合格率达到100%", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which scorecards rate below 95 points?", SCORE_UNDER_95),
    ("Which forms have a timeliness target of 'every month'?", EVERY_MONTH),
    ("Among forms with a budget over 50, which have a timeliness target of 'every month'?", EVERY_MONTH),
])
def test_what_the_forms_hold_is_answered(seed_store, question, names):
    assert names_of(asked(seed_store, question, search=None)) == sorted(names)


def test_this_year_is_said_and_not_left_unread(seed_store):
    answer = asked(seed_store, "今年预算超过100万的项目有几个", search=None)
    assert answer.value == 11 and "未使用" not in answer.text
    assert len(asked(seed_store, "今年资金紧张的项目有哪些", search=None).records) == 5  # the text's, not every form


def test_an_english_word_the_glossary_lacks_on_a_field_is_named(seed_store):
    answer = asked(seed_store, "Which forms had a snazzy execution rate under 60%?", search=None)
    assert "snazzy" in answer.text.split("ignored:")[-1] and len(answer.records) == 9


@pytest.mark.parametrize("question", [
    "How many forms spent any balance brought forward from earlier years?",
    "How many forms spent any carry-over funds?",
    "How many forms used any money left over from earlier years?",
])
def test_spending_any_of_a_source_is_that_source_above_zero(seed_store, question):
    answer = asked(seed_store, question, search=None)  # no form prints carry-over spending (the export: 0)
    assert answer.value == 0 and "carry-over funds executed > 0" in answer.interpretation


def test_spending_any_more_stays_a_comparison(seed_store):
    answer = asked(seed_store, "Did any form spend any more than its budget?", search=None)
    assert names_of(answer) == ["户籍档案数字化加工项目"]


def test_a_figure_no_form_records_is_not_understood(seed_store):
    answer = asked(seed_store, "浦江镇2023年共受理治安案件几起？", search=None)
    assert answer.kind == "unknown" and not answer.records
