"""Round 18, kinds round 17 left: a condition said of every indicator row of a class (each satisfaction indicator only
10 points, 所有指标分值都不低于10分, all output indicators full marks) is no row of that class failing it, the form having
one; a figure reached "on the dot" / 刚好达到 is exact, not at least; a round figure said roughly (十几个, 九十几%,
twenty-odd, ninety-something) is the range it says; the budget-execution score checked against rate × weight shows both
figures and says how the forms cut the product, correcting neither. Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant; the readings also on an invented county."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asides import without_asides
from assistant.every_row import every_row, said, said_of_every_row
from assistant.explain import Explainer
from assistant.reader import QuestionReader
from assistant.rough_figures import rough_figures
from assistant.score_formula import asks as asks_score_formula
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names, unprinted

SATISFACTION = m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")
OUTPUT = m.Text(m.Field("level1", "indicator"), "equals", "产出指标")
WEIGHT, SCORE = m.Field("weight", "indicator"), m.Field("score", "indicator")


def _every(rows_of, condition):
    failing = m.conjoin(*(c for c in (rows_of, m.Not(condition)) if c is not None))
    return m.conjoin(m.HasIndicator(rows_of), m.Not(m.HasIndicator(failing)))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the word of every, taken off before reading -------------------------------------------------------------------

@pytest.mark.parametrize("question, without", [
    ("满意度指标每一条都只有10分的项目", "满意度指标只有10分的项目"),
    ("所有指标分值都不低于10分的项目有几个", "指标分值都不低于10分的项目有几个"),
    ("哪些项目的每个产出指标都是20分", "哪些项目的产出指标是20分"),
    ("效益指标条条都不低于15分", "效益指标不低于15分"),
    ("which forms give every satisfaction indicator only 10 points?", "which forms give satisfaction indicator only 10 points?"),
    ("how many forms weight each of their indicators at 10 points or more?", "how many forms weight indicators at 10 points or more?"),
    ("forms whose satisfaction indicators are all weighted 30 points", "forms whose satisfaction indicators are  weighted 30 points")])
def test_a_word_of_every_before_or_after_the_rows_is_taken_off(question, without):
    assert said(question) == without


@pytest.mark.parametrize("question", [
    "平均每个项目有几个时效指标",  # each form: a statistic, not every row
    "所有指标分值加起来等于100的项目",  # the rows added up: a class total
    "each form's total of satisfaction indicator weights",
    "which forms' satisfaction indicators total 30 points?",
    "时效指标都没设的项目",  # no row at all: absent_rows'
    "每个项目的执行率"])
def test_no_word_of_every_covers_rows_here(question):
    assert said(question) is None


def test_every_row_of_a_class_is_no_head_counted():
    from assistant.per_head import per_head_asked

    rows = ["社工满意度", "志愿者人数"]
    assert per_head_asked("哪些项目的每个满意度指标都是15分？", rows, GLOSSARY_EN) == ("哪些项目的每个满意度指标都是15分？", None)
    assert per_head_asked("平均每个志愿者花了多少钱", rows, GLOSSARY_EN)[1] is not None  # a head counted stays


def test_a_class_total_or_a_row_said_of_every_row_is_no_row_failing_it():
    ten = m.Number(10)
    assert every_row(m.Compare(m.IndicatorSum("weight", SATISFACTION), "=", ten)) \
        == _every(SATISFACTION, m.Compare(WEIGHT, "=", ten))
    assert every_row(m.HasIndicator(m.Compare(WEIGHT, ">=", ten))) == _every(None, m.Compare(WEIGHT, ">=", ten))
    assert every_row(m.HasIndicator(SATISFACTION)) is None  # nothing said of the rows but their class
    assert every_row(m.Compare(m.Field("execution_rate"), "<", m.Number(90))) is None


def test_the_reading_names_every_row(reader):
    reading = reader.read("满意度指标每一条都只有10分的项目有哪些？")
    assert reading.select.where == _every(SATISFACTION, m.Compare(WEIGHT, "=", m.Number(10, "10")))
    rows_of, condition, rest = said_of_every_row(reading.select.where.items)
    assert (rows_of, rest) == (SATISFACTION, ())
    assert "每条（一级指标 = 满意度指标）都满足" in Explainer(reader.lexicon, "zh").condition(reading.select.where)


def test_an_invented_countys_rows_every_one_full_marks(reader):
    reading = reader.read("Which forms scored full marks on each of their output indicators and belong to 城管办?")
    assert _every(OUTPUT, m.Compare(SCORE, "=", WEIGHT)).items[1] in reading.select.where.items


# ----- exact equality said colloquially --------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("How many projects hit 100% execution on the dot?", "How many projects hit exactly 100% execution?"),
    ("执行率达到100%，不多不少的项目", "执行率达到正好100%的项目"),
    ("总分100分，一分不多一分不少的项目", "总分100分的项目")])  # no verb of reaching: the figure is equal already
def test_a_figure_reached_on_the_dot_is_exact(question, rewritten):
    assert without_asides(question) == rewritten


# ----- rough figures ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("指标有十几个的项目", "指标有11到19个的项目"),
    ("设了二十几条指标", "设了21到29条指标"),
    ("执行率九十几%的项目", "执行率高于90%且低于100%的项目"),
    ("全年预算二十几万的项目", "全年预算高于20万且低于30万的项目"),
    ("Which forms have ten-odd indicators?", "Which forms have between 11 and 19 indicators?"),
    ("ninety-something percent of their budget", "more than 90 percent and less than 100 percent of their budget"),
    ("a budget of 20-odd 万元", "a budget of more than 20 万元 and less than 30 万元"),
    ("平均每个项目有几个指标", "平均每个项目有几个指标"),  # 几 asking a number: no rough figure
    ("第十几个", "第十几个"),  # an ordinal
    ("几十个项目", "几十个项目")])  # no tens before 几
def test_a_rough_round_figure_is_the_range_it_says(question, rewritten):
    assert rough_figures(question) == rewritten


def test_an_invented_countys_rough_count_of_rows(reader):
    reading = reader.read(rough_figures("城管办指标有十几个的项目"))
    assert [unprinted(c) for c in reading.select.where.items][1:] == [
        m.Compare(m.IndicatorCount(), ">=", m.Number(11.0, "")), m.Compare(m.IndicatorCount(), "<=", m.Number(19.0, ""))]


# ----- on the bundled store ---------------------------------------------------------------------------------------------

SATISFACTION_10 = ["安保经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）",
                   "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）", "公安后勤及协管员经费（平安办）"]
EXECUTED_100 = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
                "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
                "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）",
                "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("满意度指标每一条都只有10分的项目有哪些？", SATISFACTION_10),
    ("Which forms give every satisfaction indicator only 10 points?", SATISFACTION_10),
    ("效益指标每项都是5分的项目", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "禁毒与反邪教（平安办）",
                          "公安后勤及协管员经费（平安办）"]),
    ("满意度指标全部是15分的平安办项目", ["图像视频监控系统租赁经费（平安办）", "社会治安保障经费（平安办）",
                                "禁毒与反邪教（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    ("Which forms hit 100% execution bang on?", EXECUTED_100),
    ("How many projects hit 100% execution on the dot, which ones?", EXECUTED_100),
    ("全年预算二十几万的项目", ["党群中心（南区）规范化建设质保金（党群中心）", "户籍档案数字化加工项目", "人才健康体检"]),
    ("Which forms have ten-odd indicators?", ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "禁毒与反邪教（平安办）",
                                              "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "公安后勤及协管员经费（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, value", [
    ("所有指标分值都不低于10分的项目有几个？", 21),
    ("How many forms weight each of their indicators at 10 points or more?", 21),
    ("产出指标全都拿了满分的项目有几个", 27),
    ("How many projects hit 100% execution on the dot?", 8),
    ("执行率刚好达到100%的项目有几个", 8),
    ("设了十几条指标的项目有几个？", 4),
    ("How many forms came in at an execution rate of eighty-something percent?", 1),
    ("执行率五十几的项目有几个", 3)])
def test_the_counts_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == value


# ----- the budget-execution score against rate × weight ------------------------------------------------------------

@pytest.mark.parametrize("question, asked", [
    ("哪些项目的预算执行得分跟执行率乘以权重对不上？", True),
    ("Which forms' budget execution score differs from execution rate times weight?", True),
    ("预算执行得分和“执行率×权重”算出来不同的表", True),
    ("Check the budget score against rate × weight", True),
    ("预算执行得分最低的项目", False),  # no product
    ("执行率乘以权重最高的项目", False)])  # no score checked
def test_the_score_checked_against_the_product_is_asked(question, asked):
    assert asks_score_formula(question) is asked


def test_the_score_check_on_the_bundled_corpus(seed_store):
    found = _ask(seed_store, "哪些项目的预算执行得分跟执行率乘以权重对不上？")
    assert (_names(found), found.value) == (["户籍档案数字化加工项目"], 1)
    assert "99990.241" in found.text and "表上预算执行得分 10.00" in found.text  # computed and printed, neither fixed
    assert "截去第三位及以后的小数" in found.text  # every other form prints the product cut to two decimals
    named = _ask(seed_store, "For 下拨经费, does the budget execution score equal the execution rate times its weight?")
    assert _names(named) == ["下拨经费（党群中心）"] and "7.268" in named.text and "7.26" in named.text
    assert _names(_ask(seed_store, "平安办项目里，预算执行率得分与执行率乘权重不一致的有哪些")) == []
