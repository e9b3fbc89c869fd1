"""Round 16, conditions on a form's indicator rows and lookups of a named form's row or text: rows absent after their
class (效益指标一个都没有), a share of the row's own target or weight (fell short of 80% of its target), full marks said
with a figure (the full 10 points for budget execution), a column's wording in words (时效目标写的是按计划开展), a missed
target by grammar, funding sources as fields (财政拨款 / 上年结转 / 其他资金), did-it-reach lookups quoting the outcome,
a whole short name inside a longer word (社工站). Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.absent_rows import absent_rows
from assistant.fund_sources import read_sources
from assistant.full_marks import full_marks
from assistant.missed_target import missed_targets
from assistant.printed_words import printed_words
from assistant.reached import asks_reached
from assistant.recognise import Token
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY_WITH_TIMELINESS, asked as _ask, names_of as _names

TIMELY = m.Text(m.Field("level2", "indicator"), "equals", "时效指标")


def _token(kind, key, start=0, end=0, text="", value=None, unit=None):
    return Token(kind, key, start, end, text, value, unit)


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY_WITH_TIMELINESS, glossary=GLOSSARY_EN)


# ----- the token passes, on tokens written out -----------------------------------------------------------------------

def test_a_source_folds_into_the_amount_beside_it():
    tokens = [_token("fund_source", "fiscal", text="财政拨款"), _token("field", "executed", text="执行数"),
              _token("superlative", "max", text="最高")]
    assert [(t.kind, t.key) for t in read_sources(tokens)] == [("field", "fiscal_executed"), ("superlative", "max")]


def test_a_source_amount_nothing_measures_is_held_above_zero():  # round 19: 用了财政拨款执行数的 → held, not a bare field
    tokens = [_token("fund_source", "fiscal", text="财政拨款"), _token("field", "executed", text="执行数")]
    assert [(t.kind, t.key) for t in read_sources(tokens)] == [("predicate", "fiscal_executed > 0")]


def test_a_source_rewrites_a_predicate_on_its_amount():
    tokens = [_token("fund_source", "other", text="其他资金"), _token("predicate", "executed > 0", text="有支出")]
    assert [(t.kind, t.key) for t in read_sources(tokens)] == [("predicate", "other_executed > 0")]


def test_a_source_alone_is_its_full_year_budget():
    tokens = [_token("fund_source", "carryover", text="carry-over funds"), _token("nonzero", "!=")]
    assert [(t.kind, t.key) for t in read_sources(tokens)] == [("field", "carryover_budget"), ("nonzero", "!=")]


def test_a_source_beside_an_amount_it_has_no_column_for_stays_to_be_named():
    tokens = [_token("fund_source", "fiscal", text="财政拨款"), _token("field", "initial_budget", text="年初预算")]
    assert [(t.kind, t.key) for t in read_sources(tokens)] == [("fund_source", "fiscal"), ("field", "initial_budget")]


def test_rows_said_absent_after_their_class_are_negated_before_it():
    tokens = [_token("class", "效益指标"), _token("number", "", text="一个", value=1.0, unit="count"),
              _token("not", "not", text="都没有"), _token("noun", "form", text="项目")]
    assert [(t.kind, t.key) for t in absent_rows(tokens)] == [("not", "not"), ("class", "效益指标"), ("noun", "form")]


def test_a_negation_qualifying_what_follows_is_left_alone():
    tokens = [_token("class", "时效指标"), _token("not", "not", text="没有"), _token("field", "indicator.target_number")]
    assert absent_rows(tokens) == tokens


def test_the_full_ten_points_is_the_parts_weight():
    text = "fell short of the full 10 points for budget execution"
    tokens = [_token("op", "<", 0, 13, "fell short of"), _token("number", "", 23, 32, "10 points", 10.0, "score"),
              _token("field", "execution_rate", 37, 53, "budget execution")]
    assert [(t.kind, t.key) for t in full_marks(tokens, text, ("full", "满"))] == [
        ("field", "budget_score"), ("op", "<"), ("full", "full")]


def test_a_figure_after_full_marks_already_said_is_dropped():
    text = "预算执行没拿满10分"
    tokens = [_token("field", "budget_score", 0, 4, "预算执行"), _token("not", "not", 4, 5, "没"),
              _token("full", "full", 5, 7, "拿满"), _token("number", "", 7, 10, "10分", 10.0, "score")]
    assert [t.kind for t in full_marks(tokens, text, ("full", "满"))] == ["field", "not", "full"]


def test_a_miss_verb_before_the_target_is_rows_below_target():
    tokens = [_token("miss", "miss", text="missed"), _token("field", "indicator.target_number", text="target")]
    assert [(t.kind, t.key) for t in missed_targets(tokens)] == [("predicate", "indicator: actual_number < target_number")]


def test_a_miss_verb_with_no_target_is_a_negation():
    tokens = [_token("miss", "miss", text="missed"), _token("noun", "form", text="forms")]
    assert [(t.kind, t.key) for t in missed_targets(tokens)] == [("not", "not"), ("noun", "form")]


def test_a_wording_after_a_cue_is_one_quoted_token():
    text = "时效那一栏填的是每季度一次的有哪些表"
    tokens = [_token("class", "时效指标", 0, 2, "时效"), _token("stop", "stop", 2, 5, "那一栏"), _token("stop", "stop", 5, 6, "填"),
              _token("stop", "stop", 6, 7, "的"), _token("op", "=", 7, 8, "是"), _token("number", "", 11, 13, "一次", 1.0, "count"),
              _token("stop", "stop", 13, 14, "的"), _token("noun", "form", 17, 18, "表")]
    out, gaps = printed_words(tokens, ["每季度"], text, {"填的是": "printed"})
    assert [(t.kind, t.key) for t in out if t.kind != "stop"] == [
        ("class", "时效指标"), ("field", "indicator.target_number"), ("quoted_indicator", "每季度一次"), ("noun", "form")]
    assert gaps == []


@pytest.mark.parametrize("question, asks", [
    ("劝导队那个项目的人数目标达到了没有？", True),
    ("Did the talent health check project reach its goal?", True),
    ("人才活动的活动次数目标完成了吗", True),
    ("劝导队那个项目的人数目标是多少？", False),
    ("What goal did the talent health check project set?", False)])
def test_a_reached_or_not_question_is_told_from_a_lookup(question, asks):
    assert asks_reached(question) is asks


# ----- readings on an invented county ----------------------------------------------------------------------------

def test_rows_absent_after_the_class_read_as_not_exists(reader):
    assert reader.read("时效指标一个都没有的项目").select.where == m.Not(m.HasIndicator(TIMELY))


def test_a_share_of_the_rows_own_target(reader):
    where = reader.read("Forms where some indicator's actual fell short of 80% of its target").select.where
    ratio = m.Arith("*", m.Number(100.0), m.Arith("/", m.Field("actual_number", "indicator"), m.Field("target_number", "indicator")))
    assert where == m.HasIndicator(m.Compare(ratio, "<", m.Number(80.0, "80%")))


def test_a_funding_source_compared(reader):
    where = reader.read("财政拨款全年预算超过300万元的项目").select.where
    assert where == m.Compare(m.Field("fiscal_budget"), ">", m.Number(300.0, "300万元"))


# ----- on the bundled corpus -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("questions, expected", [
    (["连一个时效指标都没设的平安办项目有哪些"],
     ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    (["Projects where some indicator's actual value fell short of 80% of its target"], ["劝导队经费（信）"]),
    (["Which forms have a row whose score is under 99.5% of its weight?"], ["劝导队经费（信）"]),
    (["Forms where any indicator's actual is at most half of its target"], ["劝导队经费（信）"]),  # a target of 0 holds no share
    (["Which (平安办) forms fell short of the full 10 points for budget execution?"],
     ["安保经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）",
      "鲁汇派出所新址装修工程（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    (["Among forms with no timeliness indicator, which had the largest full-year budget?"], ["社工"]),
    (["Which projects got the full 10 for budget execution and are (信) ones?"], []),  # every 信访办 form lost points there
    (["预算执行那10分全部拿到、年初没有预算的项目有哪些"], ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "户籍档案数字化加工项目"]),
    (["时效指标的目标就写了“每月”两个字的，都是哪些项目？"], ["信访代理员经费（信）", "杜行派出所公用事业费", "公安后勤及协管员经费（平安办）"]),
    (["时效指标目标写的是按计划开展的项目"], ["禁毒与反邪教（平安办）"]),
    (["时效指标目标填的是“及时”的项目有哪些"], ["维稳经费（信）", "社工点经费（平安办）"]),
    (["Which projects are run by the petition office (信访办)?", "Of those, which one missed a numeric target?"], ["劝导队经费（信）"]),
    (["信访办负责实施的项目有哪些？", "这几个里面，哪个在偏差原因分析栏写了东西？"], ["劝导队经费（信）"]),
    (["财政拨款全年预算超过300万元的项目有哪些"],
     ["社工", "安保经费（平安办）", "图像视频监控系统租赁经费（平安办）", "社工点经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
])
def test_the_forms_on_the_bundled_corpus(seed_store, questions, expected):
    assert _names(_ask(seed_store, *questions)) == sorted(expected)


@pytest.mark.parametrize("question, value", [
    ("其他资金有支出的项目有几个？", 0.0),
    ("How many forms received any carry-over funds from the previous year?", 0.0),
    ("信访办三个项目的财政拨款执行数加起来多少？", 346.13),
    ("效益指标一个都没有的项目有几个", 0.0),
    ("满意度指标正好两条的表一共几张？", 7.0),
    ("总分没拿满100分的项目有几个", 19.0)])  # the 100 restates the full marks the negation is of
def test_the_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, form, quoted", [
    ("劝导队那个项目的人数目标达到了没有？", "劝导队经费（信）", "实际完成值 4.00(人)"),
    ("Did the talent health check project reach its goal?", "人才健康体检", "实际体检人数未达到预期"),
    ("What is the monthly reward rate per guardian in the severe-mental-illness guardian form?",
     "重精患者监护人奖励费（平安办）", "200.00(元/人/月)"),
    ("那个社工站的项目，社工人数目标是多少", "社工点经费（平安办）", "=19.00(人)"),
    ("How many social workers does the 社工 form fund?", "社工", "社工数量：actual 97.00(人)"),  # round 25: the row's figure
    ("How many camera points does the 可视化 project cover?", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
     "涉及点位：actual 6905.00(个)")])  # round 25: the described row's figure, its actual first
def test_a_named_forms_row_or_outcome_is_quoted(seed_store, question, form, quoted):
    answer = _ask(seed_store, question)
    assert _names(answer) == [form]
    assert quoted in answer.text
