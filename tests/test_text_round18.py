"""Round 18, a string predicate on any text column (string_pattern.py): names beginning or ending with X, the name
without its bracketed tag, a row column that never says X (NOT EXISTS over the rows, never a whole-text search), in
both languages. Expected values computed from the bundled forms (`jixiao export --format json`), not from the
assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.reader import QuestionReader
from assistant.sqlcompile import condition as compiled
from assistant.string_pattern import read
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

NAME, UNIT, TARGET = m.Field("project_name"), m.Field("implementing_unit"), m.Field("target", "indicator")


@pytest.mark.parametrize("question, condition", [
    ("名称以“青石”开头的项目有哪些？", m.Text(NAME, "prefix", "青石")),
    ("名字打头是“道路”二字的，列出来。", m.Text(NAME, "prefix", "道路")),
    ("Which projects have names starting with 青石?", m.Text(NAME, "prefix", "青石")),
    ("Which forms name an implementing unit that does not end in 大队?", m.Not(m.Text(UNIT, "suffix", "大队"))),
    ("Ignoring the office tag in brackets, which project names end in 经费?", m.Text(m.Field("base_name"), "suffix", "经费")),
    ("项目名去掉括号里的部门后，以“费”字结尾的有哪些？", m.Text(m.Field("base_name"), "suffix", "费")),
    ("目标值那一栏从头到尾一次也没写过“每月”的表", m.Not(m.HasIndicator(m.Text(TARGET, "contains", "每月")))),
    ("Which forms never write 及时 as a target?", m.Not(m.HasIndicator(m.Text(TARGET, "contains", "及时")))),
    ("实际完成值一栏里一条“达成指标”都没写的项目", m.Not(m.HasIndicator(m.Text(m.Field("actual", "indicator"), "contains", "达成指标")))),
    ("Which forms do not have a single indicator whose name mentions 机制?",
     m.Not(m.HasIndicator(m.Text(m.Field("name", "indicator"), "contains", "机制"))))])
def test_a_pattern_on_a_text_column_is_read_with_its_polarity(question, condition):
    assert read(question).condition == condition


@pytest.mark.parametrize("question", [
    "名称含“人才”的项目",  # contains, said plainly: the other readers' own
    "质量指标的年度指标值只写了“合格率”三个字、没写数的",  # the negator is of the number, not of the words
    "主管部门填报为“上海市闵行区浦江镇人民政府”（不带“(汇总)”字样）的项目"])  # two literals: each its own reader's
def test_no_pattern_where_the_words_say_none(question):
    assert read(question) is None


def test_the_base_name_and_prefix_compile_to_like():
    assert compiled(m.Text(NAME, "prefix", "人才")) == "COALESCE(f.project_name, '') LIKE '人才%' ESCAPE '\\'"
    assert "SUBSTR(f.project_name" in compiled(m.Text(m.Field("base_name"), "suffix", "工程"))


def test_the_rest_of_the_question_is_read_beside_the_pattern():
    reader = QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)
    reading = reader.read("执行率低于90%的项目中，名称以“青石”开头的有哪些？")
    assert m.Text(NAME, "prefix", "青石") in reading.select.where.items
    assert any(isinstance(c, m.Compare) and c.op == "<" for c in reading.select.where.items)


@pytest.mark.parametrize("question, expected", [
    ("名称以“浦江镇”开头的项目有哪些？", ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which forms name an implementing unit that does not end in 中心?", ["信访代理员经费（信）", "劝导队经费（信）", "维稳经费（信）"]),
    ("Which forms' names end in 工程 once the bracketed tag is dropped?", ["杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("执行率低于90%的表里，目标值从来不写“提升”的有哪些？", ["劝导队经费（信）", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, value", [
    ("How many forms have no target written as 每季度一次?", 26),
    ("指标名称里压根没有“完成率”的项目，数一下几个？", 21),
    ("实施单位以“上海市”开头的项目有多少个？", 25)])
def test_the_counts_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == value
