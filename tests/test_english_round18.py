"""Round 18, how English-speaking analysts ask: a zero or a whole said with a coin or a money word (didn't draw down a
single yuan, zero outlay, spent every last fen), a year said of an amount (their 2023 appropriation: never a figure), a
rate restated after "i.e." / 即 (total outlay over total budget: the pooled rate), the asker's own remark set aside (I
mean…, I'm wondering whether…, I've already got those) unless it limits the forms, a closing sentence of format words,
and a grade given to oneself (awarded themselves an 优). Expected values computed from the bundled forms (`jixiao
export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.courtesy import unwrapped
from assistant.ratio_gloss import ratio_glosses
from assistant.reader import QuestionReader
from assistant.whole_scope import without_whole_scope
from assistant.zero_idioms import as_zero
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked, names_of

ZERO = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
FULL = ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "下发基层书报杂志费（平安办）", "图像视频监控系统租赁经费（平安办）",
        "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社会治安保障经费（平安办）", "社工点经费（平安办）",
        "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "重精患者监护人奖励费（平安办）"]
UNDER_60_GRADED = ["人才健康体检", "人才活动", "公安后勤及协管员经费（平安办）", "杜行派出所公用事业费",
                   "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]


# ----- words rewritten before reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("Which line items didn't draw down a single yuan?", "Which line items spent nothing?"),
    ("lines that haven't touched a single fen of their money", "lines that spent nothing of their money"),
    ("schemes where not one yuan was drawn down", "schemes where spent nothing"),
    ("programmes with zero outlay", "programmes with spent nothing"),
    ("projects that recorded nil drawdown", "projects that recorded spent nothing"),
    ("Which programmes spent every last fen?", "Which programmes spent in full?"),
    ("lines that drew down every single yuan", "lines that spent in full"),
    ("forms with a zero execution rate", "forms with a zero execution rate"),  # a rate of zero: a figure
    ("no spending rate above 5%", "no spending rate above 5%")])
def test_a_zero_or_a_whole_said_with_a_coin_or_a_money_word(question, rewritten):
    assert as_zero(question) == rewritten


@pytest.mark.parametrize("question, years, kept", [
    ("Which forms drew down less than their 2023 appropriation?", [2023], "Which forms drew down less than their appropriation?"),
    ("Total FY2023 outlay of the 信访办?", [2023], "Total outlay of the 信访办?"),
    ("Which forms drew down less than their 2021 appropriation?", [2021, 2022], "Which forms drew down less than their 2021年 appropriation?"),
    ("Which forms spent more than 2023 yuan?", [2023], "Which forms spent more than 2023 yuan?")])  # a figure
def test_a_year_said_of_an_amount_is_a_year(question, years, kept):
    assert without_whole_scope(question, years) == kept


@pytest.mark.parametrize("question, rewritten", [
    ("what's its burn rate, i.e. total outlay over total full-year budget across everything? Percent.",
     "what's its burn rate pooled ? Percent."),
    ("Overall rate for the 城管办 — i.e. total outlay / total appropriation — please", "Overall rate for the 城管办 pooled — please"),
    ("城管办的执行率是多少，即执行数合计除以全年预算合计？", "城管办的执行率是多少 pooled ？"),
    ("the rate, ie. money spent over money budgeted, pooled", "the rate , pooled"),
    ("What is the rate, i.e. the median?", "What is the rate, i.e. the median?")])  # no ratio: kept
def test_a_rate_restated_after_ie_is_a_gloss(question, rewritten):
    assert ratio_glosses(question) == rewritten


@pytest.mark.parametrize("question, kept", [
    ("Which line items spent nothing? I mean zero outlay, full stop.", "Which line items spent nothing?"),
    ("Which lines grew? Leave out the ones that started from zero, I've already got those.",
     "Which lines grew? Leave out the ones that started from zero."),
    ("How many were cut? I'm wondering whether the 100% is partly just a cut.", "How many were cut?"),
    ("The 劝导队经费 form missed its target, as far as I can tell. What does it give as the reason?",
     "The 劝导队经费 form missed its target. What does it give as the reason?"),
    ("I'm wondering whether cuts were common. How many forms had cuts?", "How many forms had cuts?"),
    ("Which forms spent under 60%? I mean among the 平安办 ones.", "Which forms spent under 60%? I mean among the 平安办 ones."),
    ("Which forms spent under 60%? I think only the graded ones.", "Which forms spent under 60%? I think only the graded ones.")])
def test_the_askers_remark_is_set_aside_unless_it_limits_the_forms(question, kept):
    assert unwrapped(question) == kept


def test_a_grade_given_to_oneself_is_that_grade_on_an_invented_store():
    reader = QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)
    for question in ("Which forms awarded themselves an 优?", "Which forms gave themselves a 良?", "Which projects are self-rated 优?"):
        reading = reader.read(question)
        assert reading is not None and "Field(name='grade'" in repr(reading), (question, reading)


# ----- whole questions on the bundled store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Which line items didn't draw down a single yuan of their 2023 appropriation? I mean zero outlay, full stop.", ZERO),
    ("Which programmes had zero outlay in 2023?", ZERO),
    ("Which programmes spent every last fen, with execution at exactly 100%?", FULL),
    ("Of the forms that awarded themselves an 优, which burned through less than 60% of their full-year money?", UNDER_60_GRADED),
    ("Which lines left over 30万 unspent? To be clear, I'm after the balance, not the rate.",
     ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "公安后勤及协管员经费（平安办）",
      "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"])])
def test_sets_on_the_bundled_store(seed_store, question, expected):
    assert names_of(asked(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, value", [
    ("Looking at the petitions office (信访办) as a whole, what's its aggregate burn rate, i.e. total outlay over total "
     "full-year budget across everything it implements? Percent, two decimals.", 93.66),
    ("信访办的执行率是多少，即执行数合计除以全年预算合计？", 93.66),
    ("What was the total 2023 outlay of the 信访办 forms, in 万元?", 346.13),
    ("What's the total budget of the forms that didn't disburse a penny?", 330.12),
    ("How many forms gave themselves an 优?", 22)])
def test_values_on_the_bundled_store(seed_store, question, value):
    assert asked(seed_store, question).value == pytest.approx(value, abs=0.01)
