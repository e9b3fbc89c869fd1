"""Round 17, second pass on statistics (stats17b): a function word inside a part of names (人才, 两个实有, 非警务类) is part
of it, a part of several names before glue and a count names the forms as a group (人才两个项目, 人才类的项目), a count
after forms named (两项合计的执行率) points at them, the N largest said as an adjective (前三大), an English gloss before a
part of a name (the riot-control (维稳) fund), Chinese written whole in an English question, and a conditional opening an
exclusion ("Once X is taken out"). Expected values computed from the bundled forms (`jixiao export --format json`,
bench/data/stats17b/make_sets.py), not from the assistant."""

from __future__ import annotations

import dataclasses

import pytest

from assistant import model as m
from assistant.glossed_literal import unglossed
from assistant.ranked_size import size_ranks_said
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask

ANNUAL, RATE = m.Field("annual_budget"), m.Field("execution_rate")
TALENT = m.Text(m.Field("project_name"), "contains", "人才")
# An invented county whose names hold function words: 才 of 人才, 非 of 非机动车, 有 of 公有.
COUNTY = dataclasses.replace(INVENTED_COUNTY, projects=[
    "青年人才培训经费（城管办）", "人才公寓补贴（城管办）", "非机动车停放管理经费", "公有房屋修缮经费", "道路清扫经费（环卫所）"])


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(COUNTY, glossary=GLOSSARY_EN)


@pytest.mark.parametrize("question, where, aggregate", [
    ("两个人才项目全年预算合计多少？", TALENT, m.Aggregate("sum", ANNUAL)),
    ("人才两个项目平均执行率是多少？", TALENT, m.Aggregate("avg", RATE)),
    ("人才方面的两个项目，全年预算合计多少？", TALENT, m.Aggregate("sum", ANNUAL)),
    ("人才类的项目平均执行率？", TALENT, m.Aggregate("avg", RATE)),
    ("What is the total full-year budget of the 人才 projects?", TALENT, m.Aggregate("sum", ANNUAL))])
def test_a_function_word_inside_a_part_of_names_keeps_the_part(reader, question, where, aggregate):
    reading = reader.read(question)
    assert (reading.select.where, reading.select.aggregate, reading.unread) == (where, aggregate, [])


def test_a_negation_character_inside_a_name_is_no_negation(reader):
    select = reader.read("非机动车那个项目全年预算多少？").select
    assert "Not(" not in repr(select.where) and "非机动车" in repr(select.where)


def test_a_count_after_forms_named_points_at_them_and_their_rate_is_pooled(reader):
    reading = reader.read("青年人才培训经费和道路清扫经费两项合计的执行率是多少？")
    assert reading.select.aggregate == m.Aggregate("pooled", m.Arith("/", m.Field("executed"), ANNUAL))
    assert reading.unread == []


@pytest.mark.parametrize("question, rewritten", [
    ("全年预算前三大的项目执行率平均是多少？", "全年预算最大的三个项目执行率平均是多少？"),
    ("前5大项目", "最大的5个项目"),
    ("排名前两小的", "最小的两个"),
    ("前三的项目", "前三的项目")])  # 前三 alone is a ranking the readers know already
def test_the_n_largest_said_as_an_adjective(question, rewritten):
    assert size_ranks_said(question) == rewritten


def test_the_n_largest_rank_by_budget_and_the_measure_after_them(reader):
    select = reader.read(size_ranks_said("前四大项目平均执行率？")).select
    assert (select.where, select.aggregate) == (m.Ranked(ANNUAL, True, 4), m.Aggregate("avg", RATE))


@pytest.mark.parametrize("question, rewritten", [
    ("What did the riot-control (维稳) fund spend?", "What did “维稳” fund spend?"),
    ("How much did the security-guard (安保经费) project execute?", "How much did “安保经费” project execute?"),
    ("the two warranty-deposit (质保金) projects", "the two warranty-deposit (质保金) projects")])  # not one form's
def test_an_english_gloss_before_a_part_of_one_name_is_the_name(question, rewritten):
    one_name = lambda literal: literal in ("维稳", "安保经费")
    assert unglossed(question, lambda literal: False, one_name) == rewritten


@pytest.mark.parametrize("questions, value", [
    (["两个人才项目的执行数加起来多少万？"], 13.62),
    (["人才两个项目平均执行率是多少？"], 23.605),
    (["人才类的项目一共花了多少钱？"], 13.62),
    (["两个实有奖励费的全年预算是多少万？"], 41.0),
    (["非警务类那个项目全年预算多少万？"], 3.03),
    (["What is the total full-year budget of the two 人才 projects?"], 65.0),
    (["下拨经费和党建活动两项合计的执行率是多少？"], 62.7671),
    (["劝导队经费、维稳经费两个项目总的执行率？"], 92.4224),
    (["全年预算前三大的项目执行率平均是多少？"], 92.4433),
    (["前五大项目的全年预算合计多少万？"], 6115.15),
    (["规模前两大的项目年初预算一共多少？"], 4499.93),
    (["What did the riot-control (维稳) fund spend?"], 271.37),
    (["What did the riot-control (维稳) and petition-agent (信访代理员) funds spend in total?"], 343.44),
    (["What did the 维稳 fund spend?"], 271.37),
    (["Once the 社工 form is taken out, what's the total full-year budget of the rest?"], 5926.88),
    (["两个人才项目（人才活动、人才健康体检）合并起来算，执行率是多少？"], 20.9538)])
def test_the_figures_on_the_bundled_corpus(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.01)


# ----- an amount per head of what one form's indicator row counts ------------------------------------------------------

ROWS = ["保洁员人数", "保洁员装备数", "清扫面积", "路灯维修合格率"]  # an invented county's rows


@pytest.mark.parametrize("question, rest, words, unit", [
    ("道路清扫经费平均每个保洁员花了多少钱？", "道路清扫经费花了多少钱？", ("保洁员",), None),
    ("道路清扫经费摊到每名保洁员身上是多少万？", "道路清扫经费是多少万？", ("保洁员",), None),
    ("道路清扫经费人均多少钱？", "道路清扫经费多少钱？", (), "人"),
    ("道路清扫经费每平方米花了多少？", "道路清扫经费花了多少？", (), "平方米"),
    ("Per square metre, what did the sweeping fund spend?", "what did the sweeping fund spend?", (), "平方米"),
    ("每个项目平均执行率多少？", "每个项目平均执行率多少？", None, None),  # 项目 counts no row: a statistic over forms
    ("For each form, list the budget", "For each form, list the budget", None, None)])
def test_a_per_head_phrase_is_taken_off_with_what_it_divides_by(question, rest, words, unit):
    from assistant.per_head import per_head_asked

    found, head = per_head_asked(question, ROWS, GLOSSARY_EN)
    assert found == rest and (head is None if words is None else (head.words, head.unit) == (words, unit))


@pytest.mark.parametrize("question, value", [
    ("平安志愿者经费平均每个志愿者花了多少钱？", 0.2184),  # 222.79 / 志愿者人数 1020 (not 志愿者装备数)
    ("社工这个项目每个社工平均多少钱？", 21.0584),  # 2042.66 / 97, the amount executed when none is named
    ("信访代理员经费每位信访代理员的全年预算是多少？", 2.0869),
    ("社会治安保障经费每名安保人员平均花了多少？", 3.3421),  # 安保人数 19, not the 100% rate of 安保人员…处置率
    ("鲁汇派出所新址装修工程每平方米花了多少万元？", 0.0862),
    ("Per volunteer, what did the volunteer-patrol fund (平安志愿者经费) spend?", 0.2184),
    ("For each guardian, how much did the 重精患者监护人奖励费 pay out?", 0.2139)])
def test_an_amount_per_head_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.0001)


def test_a_per_head_asked_of_several_forms_says_it_was_not_applied(seed_store):
    answer = _ask(seed_store, "信访办的项目平均每个信访代理员多少钱？")
    assert "未按" in answer.text
