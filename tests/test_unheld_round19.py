"""Round 19, text19: facts no form holds (a named entity, a town-level total, a count of events) are "not recorded in
these forms", never a sum of the forms' columns or the nearest snippets; a topic names the forms whose name, tag or unit
carry it, name hits first; a head said as what an amount is spread by (按代理员人头平均，每人…) picks that row.
Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.per_head import per_head_asked
from assistant.unheld import unheld_facts
from support import asked as _ask, names_of as _names

# An invented county's forms' text: a road-cleaning and a street-lamp form (no company named).
COUNTY_TEXT = "青石路灯维护经费（城管办） 道路清扫经费（环卫所） 路灯维修合格率 市民满意度 保洁员人数 完成道路清扫 12起投诉"
GLOSSED = {"accidents": ["交通事故"], "complaints": ["投诉"], "population": ["人口"], "cleaners": ["保洁员"]}


def _says(word: str) -> list[str]:
    return GLOSSED.get(word.lower(), [])


@pytest.mark.parametrize("question, expected", [
    ("青石县2023年财政总支出是多少？", ["财政总支出"]),  # a town-level total: not the forms' sum
    ("全县常住人口有多少？", ["常住人口"]),
    ("本县一般公共预算收入多少万元？", ["一般公共预算收入"]),
    ("道路清扫是哪家公司承包的？", ["公司"]),  # a named entity no form prints
    ("路灯维护的施工单位是哪一家？", ["施工单位"]),
    ("城管办处理了多少宗违建？", ["多少宗"]),
    ("Which company cleans the roads?", ["company"]),
    ("Who was the contractor for the street lamps?", ["contractor"]),
    ("What is the county's population?", ["population"]),
    ("What was the county's tax revenue in 2021?", ["tax revenue"]),
    ("How many traffic accidents were handled in 2021?", ["accidents"]),
])
def test_a_fact_no_form_holds_is_named(question, expected):
    assert sorted(unheld_facts(question, COUNTY_TEXT, _says)) == sorted(expected)


@pytest.mark.parametrize("question", [
    "全县道路清扫项目的总支出是多少？",  # a word for the forms: their own total
    "城管办有几起投诉？",  # the forms count complaints in 起
    "How many complaints were received?",  # a word the forms say
    "Which forms mention companies?",  # no entity asked: a text search
    "How many cleaners does the road-cleaning form count?",
    "道路清扫经费的预算是多少？",
])
def test_a_fact_some_form_holds_or_a_form_total_is_not_refused(question):
    assert unheld_facts(question, COUNTY_TEXT, _says) == []


def test_a_company_a_form_prints_is_held():
    assert unheld_facts("道路清扫是哪家公司承包的？", COUNTY_TEXT + " 由青石环卫有限公司承担", _says) == []


@pytest.mark.parametrize("question", [
    "鲁汇那项装修是哪家施工队做的？",
    "浦江镇2023年财政总支出是多少？",
    "全镇常住人口是多少？",
    "视频监控系统是向哪家供应商租的？",
    "2023年派出所一共处理了多少起案件？",
    "What is the population of Pujiang town?",
    "Which company won the bid for the Luhui police station renovation?",
    "What is the town's total government expenditure for 2023?",
])
def test_an_unheld_fact_on_the_bundled_corpus_is_not_recorded(seed_store, question):
    answer = _ask(seed_store, question)
    assert answer.kind == "unknown" and answer.value is None


@pytest.mark.parametrize("question, value", [
    ("全部项目的全年执行数合计是多少？", 263351.96),  # the forms' own total is still their sum
    ("浦江镇实有人口移动信息采集终端租赁服务费（平安办）的全年预算是多少？", 89.57),  # 人口 of a form's name
    ("信访代理员经费按代理员人头平均，每人用掉几何？", 2.0591),  # 72.07 / 35 (信访代理员人数)
    ("平安志愿者经费按志愿者人数算，人均花了多少？", 0.2184),  # 222.79 / 1020 (志愿者人数, not 志愿者装备数)
    ("社工按社工人数平均下来每人多少钱？", 21.0584),  # 2042.66 / 97 (社工数量, a row counting 人)
])
def test_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.001)


@pytest.mark.parametrize("question, expected", [
    ("信访方面的项目有哪些？", ["信访代理员经费（信）", "劝导队经费（信）", "维稳经费（信）"]),  # 维稳: by its unit 信访办
    ("哪些项目跟派出所有关？", ["杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("和人才有关的表有哪些？", ["人才健康体检", "人才活动"]),
])
def test_a_topic_names_the_forms_carrying_it_first(seed_store, question, expected):
    answer = _ask(seed_store, question)
    assert sorted(record.project_name for record in answer.records[:len(expected)]) == sorted(expected)


def test_a_head_spread_by_is_read_on_an_invented_store():
    question, head = per_head_asked("道路清扫经费按保洁员人头平均，每人花了多少？", ["保洁员人数", "道路清扫面积"], {})
    assert question == "道路清扫经费花了多少？" and head.words == ("保洁员",)
    assert per_head_asked("道路清扫经费按保洁员人头平均", ["道路清扫面积"], {})[1] is None  # no row counts them
