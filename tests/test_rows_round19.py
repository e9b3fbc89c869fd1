"""Round 19, one row predicate: a property said of an indicator row's column anywhere in its clause (a target given in
words, an actual with no number, a printed ≥ or ≤), a literal an English question prints in a column, a word of one
before a row (EXISTS, never a count of one), points on one row (its weight), rows as a word for indicators, and a class
glossed in brackets. Expected values computed from the bundled forms (`jixiao export --format json`), not from the
assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

TARGET_MISSING = m.Text(m.Field("target_number", "indicator"), "missing")
GE = m.Text(m.Field("target_comparison", "indicator"), "equals", "≥")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- on an invented store ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "How many indicators have a target that is not a number?",
    "Count the indicator rows whose target is given in words rather than figures.",
    "有多少条指标的目标值不是数字？",
    "目标一栏用文字而非数字写成的指标共几条？"])
def test_a_target_without_a_number_is_one_condition_on_the_rows(reader, question):
    select = reader.read(question).select
    assert select.entity == "indicators" and select.aggregate.function == "count"
    assert select.where in (TARGET_MISSING, m.HasIndicator(TARGET_MISSING))


@pytest.mark.parametrize("question", [
    "How many indicators print a ≥ sign in their target?",
    "How many rows use the 'at least' operator (≥) for the target?",
    "目标值带大于等于号的指标有几条？"])
def test_a_printed_sign_is_the_target_comparison(reader, question):
    reading = reader.read(question)
    assert reading.select.where in (GE, m.HasIndicator(GE)) and not reading.ignored


def test_a_class_said_with_a_word_of_one_is_one_row(reader):
    where = reader.read("哪些表有一条产出指标分值是20分？").select.where
    assert where == m.HasIndicator(m.And((m.Text(m.Field("level1", "indicator"), "equals", "产出指标"),
                                          m.Compare(m.Field("weight", "indicator"), "=", m.Number(20.0, "20分")))))


def test_a_class_said_alone_keeps_its_block_of_points(reader):
    where = reader.read("哪些项目满意度指标占30分？").select.where
    assert isinstance(where, m.Compare) and isinstance(where.left, m.IndicatorSum)


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("目标一栏用文字而非数字写成的指标共几条？", 68),
    ("How many timeliness indicators have a target with no number in it?", 13),
    ("实际完成值没有给出数字的指标有几条？", 82),
    ("How many indicators print a ≥ sign in their target?", 39),
    ("满意度指标里目标带大于等于号的有几条？", 26),
    ("How many indicators have 达成指标 as the actual?", 82),
    ("How many rows show just '达成指标' in the actual column?", 82),
    ("How many rows have a weight of 20 points?", 25),
    ("In how many forms is every satisfaction row worth exactly 10 points?", 6),
    ("How many indicators scored below their weight?", 1)])
def test_row_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


OUTPUT_20 = ["下发基层书报杂志费（平安办）", "图像视频监控系统租赁经费（平安办）", "平安志愿者经费（平安办）", "杜行派出所公用事业费",
             "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社会治安保障经费（平安办）", "社工点经费（平安办）",
             "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("Which forms put 20 points on a single output (产出) indicator?", OUTPUT_20),
    ("哪些项目有一项产出指标占20分？", OUTPUT_20),
    ("Which projects assign 30 points to a single benefit (效益) indicator?",
     ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江初心微史馆质保金（党群中心）", "社工"]),
    ("Which forms give 20 points to one quality indicator?",
     ["下发基层书报杂志费（平安办）", "图像视频监控系统租赁经费（平安办）", "杜行派出所公用事业费", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
      "社会治安保障经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("哪些项目有目标值用“≤”号的指标？", ["图像视频监控系统租赁经费（平安办）"]),
    ("Which forms never use ≥ in any indicator target?",
     ["事业编残保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "社工", "维稳经费（信）",
      "信访代理员经费（信）"]),
    ("Which forms have no indicator whose target lacks a number?", ["下拨经费（党群中心）", "社工"])])
def test_row_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
