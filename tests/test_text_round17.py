"""Round 17, the forms' words in other words: row names quoted side by side are alternatives (one row cannot bear two
names), and a column printed with no Arabic digit (满意率, 百分之九十, in words only; an actual said so is the actual's)
is a condition of its own. Expected values computed from the bundled forms (`jixiao export --format json`), not from
the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from assistant.sqlcompile import condition
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

NAME = m.Field("name", "indicator")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- on an invented county -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "设了“路灯维修合格率”或“市民满意度”指标的项目有哪些",
    "有“路灯维修合格率”“市民满意度”指标的项目",
    "三级指标是“路灯维修合格率”、“市民满意度”之一的项目",
    "Which forms have an indicator named “路灯维修合格率” or “市民满意度”?"])
def test_row_names_quoted_side_by_side_are_alternatives(reader, question):
    where = reader.read(question).select.where
    assert where == m.HasIndicator(m.Or((m.Text(NAME, "contains", "路灯维修合格率"), m.Text(NAME, "contains", "市民满意度"))))


def test_row_names_joined_by_and_stay_both(reader):
    where = reader.read("同时设了“路灯维修合格率”和“市民满意度”指标的项目").select.where
    assert "Or(" not in repr(where)


@pytest.mark.parametrize("question, column", [
    ("满意度指标的年度指标值里一个阿拉伯数字都没写的项目", "target"),
    ("Which forms state their satisfaction target in words, with no digits?", "target"),
    ("满意度指标实际值只有文字没有数字的项目有几个", "actual")])
def test_a_column_printed_with_no_digit(reader, question, column):
    where = reader.read(question).select.where
    assert isinstance(where, m.HasIndicator)
    assert m.Text(m.Field(column, "indicator"), "nodigit") in where.where.items
    assert m.Text(m.Field("level1", "indicator"), "equals", "满意度指标") in where.where.items


def test_no_digit_compiles_to_plain_like():
    sql = condition(m.Text(m.Field("target", "indicator"), "nodigit"), "i")
    assert sql.count("NOT LIKE") == 10 and "GLOB" not in sql


# ----- on the bundled corpus -------------------------------------------------------------------------------------------

ACCEPTANCE = ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
              "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]
SATISFACTION_IN_WORDS = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
                         "党群中心（南区）规范化建设质保金（党群中心）", "维稳经费（信）", "人才活动"]


@pytest.mark.parametrize("questions, expected", [
    (["设了工程验收类指标（“工程验收合格率”“工程验收完成率”）的项目是哪几个？"], ACCEPTANCE),
    (["三级指标叫“工程验收合格率”或“工程验收完成率”的项目有哪些？"], ACCEPTANCE),
    (["设了工程验收类指标（“工程验收合格率”“工程验收完成率”）的项目是哪几个？", "那这几个当中全年执行数是0的有哪些？"],
     ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"]),
    (["Which forms have an indicator named “设备合格率” or “工程验收合格率”?"],
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    (["有“社工数量”“社工人数”指标的项目是哪几个？"], ["社工", "社工点经费（平安办）"]),
    (["设了“志愿者人数”或者“开展活动次数”指标的项目，执行率低于50%的有哪些？"], ["党建活动（党群中心）", "人才活动", "人才健康体检"]),
    (["满意度指标的年度指标值里没有阿拉伯数字的是哪些表？"], SATISFACTION_IN_WORDS),
    (["Which forms state their satisfaction target in words, with no digits at all?"], SATISFACTION_IN_WORDS),
    (["满意度目标值没带数字的项目里，执行率低于50%的有哪些？"],
     ["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"]),
    (["质量指标的目标值一个数字都没有的项目有哪些？"],
     ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "人才活动", "人才健康体检"]),
])
def test_the_forms_on_the_bundled_corpus(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions)) == sorted(expected)


def test_satisfaction_actuals_in_words_counted(seed_store):
    assert _ask(seed_store, "满意度那一栏实际值只有文字没有数字的表有几张？").value == pytest.approx(8.0)
