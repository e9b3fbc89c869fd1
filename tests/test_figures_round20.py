"""Round 20, figures bound to their level (audit F): a figure of points is bound by its head — a total word (overall,
in total, a total of) makes it the form's total score whatever row the question also names, a weight word makes it the
weight of the row its clause names, wherever the weight word stands; a class stem said with a row noun (a quality row)
is that class; a range joined by through / up to / until keeps both ends. Expected values computed from the bundled
forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.plain_rewrites import rewritten
from assistant.range_ends import joins
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


def _fields(node) -> set[str]:
    """Every field name a condition compares (row fields as indicator.NAME)."""
    found = set()
    if isinstance(node, m.Field):
        found.add(f"{node.entity}.{node.name}" if getattr(node, "entity", None) not in (None, "form") else node.name)
    if hasattr(node, "__dataclass_fields__"):
        for name in node.__dataclass_fields__:
            value = getattr(node, name)
            for item in value if isinstance(value, (list, tuple)) else (value,):
                found |= _fields(item)
    return found


@pytest.mark.parametrize("question", [
    "Which programmes scored below 95 overall and have a timeliness indicator?",
    "Which forms score under 96 in total and have a quality indicator?",
    "Which ones have a social-benefit indicator and a total of at least 97?",
    "Forms whose total comes to under 95, with at least one quality indicator?"])
def test_points_with_a_total_word_are_the_forms_total_on_an_invented_store(reader, question):
    fields = _fields(reader.read(rewritten(question)).select.where)
    assert "total_score" in fields and "indicator.score" not in fields


@pytest.mark.parametrize("gap, joined", [(" through ", True), (" up to ", True), (" until ", True), ("到", True),
                                         (" in ", False), (" and ", False), ("元，", False)])
def test_the_words_that_join_two_figures_as_a_range(gap, joined):
    assert joins(gap) is joined


@pytest.mark.parametrize("question, expected", [
    ("Which programmes scored below 95 overall and have a timeliness indicator?",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which ones have a 30-point social-benefit indicator and a total of at least 97?",
     ["社工", "下拨经费（党群中心）", "事业编残保金（党群中心）"]),
    ("Forms whose total comes to under 95, with at least one sustainability indicator?",
     ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which forms score under 96 in total and have a quality indicator worth 10 points?",
     ["禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    ("Forms that give 20 points of weight to a timeliness indicator?",
     ["下发基层书报杂志费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
      "社会治安保障经费（平安办）", "社工点经费（平安办）", "平安志愿者经费（平安办）"]),
    ("Projects with an execution rate from 90 through 99 percent?",
     ["社工", "事业编残保金（党群中心）", "维稳经费（信）", "信访代理员经费（信）", "平安志愿者经费（平安办）"]),
    ("Which forms spent from a third up to a half of their budget?", ["党建活动（党群中心）", "人才健康体检"]),
    ("Which forms weight a quality row at 20 points?",
     ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）", "杜行派出所公用事业费", "图像视频监控系统租赁经费（平安办）",
      "社会治安保障经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("Which forms have between 500 thousand and 1 million yuan of annual budget?",
     ["党建活动（党群中心）", "信访代理员经费（信）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "杜行派出所公用事业费",
      "社会治安保障经费（平安办）"]),
    ("Which forms had 2 to 3 million of full-year budget?",
     ["维稳经费（信）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）", "公安后勤及协管员经费（平安办）"]),
    ("质量指标有一条占10分、总分不到100的表？",
     ["安保经费（平安办）", "平安志愿者经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    ("Which forms have any timeliness row and ended up with fewer than 96 points altogether?",
     ["杜行派出所公用事业费", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    ("In 2023, which forms executed under one half?",
     ["党建活动（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
      "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "人才活动", "人才健康体检"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
