"""Round 19, the leftover-word guard by what a word does (audit M5, M9): a money source's amount nothing measures is
that amount above zero, never every form; the store's own count of forms is all forms; a perfection adjective, a degree
of a comparison, a hedge of seeming and a restated exactness add no condition; a unit slip described (far above its
budget, entered in yuan at its column) is the error finding. Expected values computed from the bundled forms
(`jixiao export --format json`: every carry-over and other-source line is 0; 14 of 28 names carry （平安办）; nine
total scores are 100; only 户籍档案数字化加工项目 spends above its budget), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asides import without_asides
from assistant.reader import QuestionReader
from assistant.whole_scope import store_count
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

SLIP = "户籍档案数字化加工项目"


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


@pytest.mark.parametrize("question, column", [
    ("用了其他资金的项目有几个？", "other_executed"),
    ("How many forms used carry-over funds?", "carryover_executed"),
    ("有结转资金的项目有哪些？", "carryover_budget"),
])
def test_a_source_nothing_measures_is_held_above_zero_on_an_invented_county(reader, question, column):
    where = reader.read(question).select.where
    assert isinstance(where, m.Compare) and where.left == m.Field(column) and where.op == ">" and where.right.value == 0


def test_a_source_with_a_figure_stays_compared(reader):
    where = reader.read("其他资金超过10万的项目有几个？").select.where
    assert where.left == m.Field("other_budget") and where.op == ">" and where.right.value == 10


@pytest.mark.parametrize("question, forms, expected", [
    ("在全体28张表中是几成？", 28, "在全部表中是几成？"),
    ("28个项目当中，平安办的占几成？", 28, "全部项目当中，平安办的占几成？"),
    ("Out of the 28 self-evaluation forms, what share?", 28, "Out of all the self-evaluation forms, what share?"),
    ("Of all 5 forms, how many are graded 优?", 5, "Of all the forms, how many are graded 优?"),
    ("28个项目当中", 30, "28个项目当中"),  # another count than the store's: a figure
    ("执行率28%的项目", 28, "执行率28%的项目"),
    ("128个项目", 28, "128个项目"),
])
def test_the_stores_own_count_is_every_form(question, forms, expected):
    assert store_count(question, forms) == expected


@pytest.mark.parametrize("question, expected", [
    ("How many forms have a total score of a flawless 100?", "How many forms have a total score of a 100?"),
    ("Which forms scored a perfect 100, not a point short?", "Which forms scored a 100?"),
    ("Which projects spent exactly their budget, no more and no less?", "Which projects spent exactly their budget?"),
    ("不多不少刚好花掉全部预算的项目", "刚好花掉全部预算的项目"),
    ("Which project's spending is wildly higher than its budget?", "Which project's spending is higher than its budget?"),
    ("支出远远超过预算的项目", "支出超过预算的项目"),
    ("执行数比预算大了好几千倍的表", "执行数比预算大的表"),
    ("执行数疑似按元填写的项目", "执行数按元填写的项目"),
    ("not more than 10 points", "not more than 10 points"),  # a negated comparison keeps its words
])
def test_words_that_stress_a_comparison_add_no_condition(question, expected):
    assert without_asides(question) == expected


@pytest.mark.parametrize("question, value", [
    ("Did any form spend money from other sources (其他资金)? How many?", 0),
    ("有多少个项目动用了上年结转资金？", 0),
    ("信访办的项目里，有几个花了结转的钱？", 0),
    ("挂着平安办字样的表，在全体28张表中是几成？", 50),
    ("Out of the 28 self-evaluation forms, what percentage belong to 信访办?", 10.71),
    ("How many of the 28 forms spent nothing at all?", 3),
    ("How many forms have an execution rate of exactly 100%, not a hair more?", 8),
    ("不多不少刚好花掉全部预算的平安办项目有几个？", 7),
    ("除去支出远远超出预算的那张表，执行率100%的有几个？", 8),
])
def test_the_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, expected", [
    ("Which forms scored a flawless 100 on the total, not a point short?",
     ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
      "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
      "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", SLIP,
      "重精患者监护人奖励费（平安办）"]),
    ("Among the 28 projects, which had the largest full-year budget?", ["图像视频监控系统租赁经费（平安办）"]),
    ("Which form looks like it typed yuan into the 万元 column?", [SLIP]),
    ("支出远超拨款者为何表", [SLIP]),
    ("哪张表的执行数比全年预算大了好几千倍？", [SLIP]),
    ("执行数疑似按元填写的是哪个项目？", [SLIP]),
    ("Is there a form where the executed amount seems to be entered in yuan rather than 万元?", [SLIP]),
])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
