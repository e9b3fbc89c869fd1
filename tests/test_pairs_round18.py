"""Round 18 (pairs18), two things asked together: an amount asked in a unit other than 万元 (亿元, millions of yuan,
千元, 元; a bare figure in a range said in yuan), two named forms' figures compared (difference, ratio), and whether every
form of a group meets a condition (the ones that do not). Expected values computed by SQL over the views of the bundled
store (`jixiao export --format json` gives the same figures), not from the assistant; the readers also on an invented
county."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.answer import Answer, AnswerRecord
from assistant.asked_scale import asked_scale, in_scale
from assistant.every_form import every_asked, exceptions
from assistant.pair_compare import compared, pair_asked
from assistant.reader import QuestionReader
from assistant.same_figures import said_same, same_asked
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

LAMPS, SWEEPING = "青石路灯维护经费（城管办）", "道路清扫经费（环卫所）"
NAMES = INVENTED_COUNTY.projects
TAG_CHENGGUAN = m.Text(m.Field("project_name"), "suffix", "（城管办）")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- a unit asked ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten, unit", [
    ("城管办项目全年预算合计是多少亿元？", "城管办项目全年预算合计是多少？", "亿元"),
    ("What is the combined budget of the 城管办 projects, in millions of yuan?", "What is the combined budget of the 城管办 projects?", "百万元"),
    ("In RMB millions, what was the budget of 道路清扫经费?", "what was the budget of 道路清扫经费?", "百万元"),
    ("路灯维护经费的全年执行数是多少千元？", "路灯维护经费的全年执行数是多少？", "千元"),
    ("How much did they spend, in thousands of yuan?", "How much did they spend?", "千元"),
    ("How many million yuan did 城管办 spend?", "how much did 城管办 spend?", "百万元"),
    ("道路清扫经费的年初预算是多少元？", "道路清扫经费的年初预算是多少？", "元"),
    ("全年预算超过0.02亿元的项目有哪些？", "全年预算超过0.02亿元的项目有哪些？", None),  # a figure, no unit asked
    ("预算是多少万元", "预算是多少万元", None),  # the forms' own unit
    ("Which projects had a budget over 2 million yuan?", "Which projects had a budget over 2 million yuan?", None)])
def test_an_amount_asked_in_another_unit_is_read_without_it(question, rewritten, unit):
    text, scale = asked_scale(question)
    assert (text, scale.unit if scale else None) == (rewritten, unit)


def test_an_amount_in_wan_is_restated_in_the_unit_asked():
    _, scale = asked_scale("多少亿元")
    answer = in_scale(Answer("q", "", "365.54 万元", "aggregate", value=365.54, unit="万元"), scale, "zh")
    assert (answer.value, answer.unit) == (pytest.approx(0.036554), "亿元")
    _, scale = asked_scale("how many yuan")
    per_head = in_scale(Answer("q", "", "", "aggregate", value=0.2, unit="万元/人"), scale, "en")
    assert (per_head.value, per_head.unit) == (2000.0, "元/人")
    count = in_scale(Answer("q", "", "3 forms", "count", value=3, unit="个"), scale, "en")
    assert count.value == 3 and "not converted to yuan" in count.text


# ----- two forms compared ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten, kind", [
    ("青石路灯维护经费和道路清扫经费的执行率差了几个百分点？", "青石路灯维护经费和道路清扫经费的执行率是多少？", "diff"),
    ("青石路灯维护经费的年初预算比道路清扫经费高多少？", "青石路灯维护经费的年初预算和道路清扫经费是多少？", "diff"),
    ("青石路灯维护经费的全年预算是道路清扫经费的几倍？", "青石路灯维护经费的全年预算和道路清扫经费是多少？", "ratio"),
    ("How many times bigger is the budget of 青石路灯维护经费 than 道路清扫经费?",
     "what is the budget of 青石路灯维护经费 and 道路清扫经费?", "ratio"),
    ("What's the gap in execution rate between 青石路灯维护经费 and 道路清扫经费, in percentage points?",
     "What's the execution rate of 青石路灯维护经费 and 道路清扫经费?", "diff"),
    ("城管办项目全年预算最大的和最小的相差多少？", "城管办项目全年预算最大的和最小的相差多少？", None),  # another comparison
    ("青石路灯维护经费的预算执行比满分少了几分？", "青石路灯维护经费的预算执行比满分少了几分？", None),  # one form
    ("路灯项目年中预算比年初多了多少万？", "路灯项目年中预算比年初多了多少万？", None)])  # a change of one form
def test_two_forms_compared_ask_both_figures(question, rewritten, kind):
    text, comparison = pair_asked(question, NAMES)
    assert (text, comparison.kind if comparison else None) == (rewritten, kind)


def _both(unit: str, first: float, second: float) -> Answer:
    return Answer("q", "", f"{LAMPS}：全年预算数 {first:,} {unit}\n{SWEEPING}（2021）全年预算数：{second:,} {unit}", "list",
                  records=[AnswerRecord(1, LAMPS, 2021), AnswerRecord(2, SWEEPING, 2021)], unit=unit)


def test_two_forms_figures_give_their_difference_or_ratio():
    _, diff = pair_asked("青石路灯维护经费和道路清扫经费的执行率相差多少？", NAMES)
    answer = compared(_both("%", 81.8, 99.32), diff, "q", "zh")
    assert (answer.value, answer.unit) == (pytest.approx(17.52), "个百分点")
    question = "道路清扫经费的全年预算是青石路灯维护经费的几倍？"
    _, ratio = pair_asked(question, NAMES)
    assert compared(_both("万元", 1200.5, 300.0), ratio, question, "zh").value == pytest.approx(300.0 / 1200.5, abs=1e-4)
    one = Answer("q", "", f"{LAMPS}：全年预算数 1 万元", "list", records=[AnswerRecord(1, LAMPS, 2021)], unit="万元")
    assert "未作比较" in compared(one, ratio, question, "zh").text


# ----- every form of a group ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rest", [
    ("城管办的项目是不是都把全年预算花完了？没花完的是哪些？", "城管办的项目把全年预算花完了？"),
    ("是不是每个城管办项目的执行率都超过90%？哪些没有？", "城管办项目的执行率超过90%？"),
    ("每个城管办项目的总分都在95分以上吗？列出不是的。", "城管办项目的总分在95分以上？"),
    ("Did every 城管办 project score above 95? Which ones didn't?", "城管办 project score above 95?"),
    ("Were all 城管办 forms graded 优? If not, which weren't?", "城管办 forms graded 优?"),
    ("哪些城管办项目执行率超过90%？", None),
    ("Did every 城管办 project score above 95? And what is their total budget?", None)])  # a second question
def test_a_universal_question_is_read_without_its_universal_words(question, rest):
    assert every_asked(question) == rest


@pytest.mark.parametrize("question", [
    "是不是每个城管办项目的执行率都超过90%？哪些没有？",
    "城管办的项目执行率是否全都高于90%？不是的话列出来。",
    "Do all 城管办 projects have an execution rate above 90%? Which fall short?"])
def test_every_form_of_a_group_is_answered_with_the_exceptions(reader, question):
    where = reader.read(question).select.where
    assert where.items[0] == TAG_CHENGGUAN and isinstance(where.items[1], m.Not)
    assert "execution_rate" in repr(where.items[1])


def test_a_group_with_no_condition_has_no_exceptions():
    assert exceptions(m.Select(where=TAG_CHENGGUAN)) is None


def test_a_bare_figure_a_scale_would_put_above_the_other_end_is_in_yuan(reader):
    where = reader.read("Which projects have full-year budgets between 300,000 and 1 million yuan?").select.where
    assert [item.right.value for item in where.items] == [30.0, 100.0]
    where = reader.read("Which projects have full-year budgets between 0.3 and 1 million yuan?").select.where
    assert [item.right.value for item in where.items] == [30.0, 100.0]  # a small bare figure takes the scale


# ----- the same figure on every form -----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten, asked", [
    ("城管办的几个项目，满意度指标分值是不是都一样？各是多少？", "城管办的几个项目，满意度指标分值各是多少？", "是不是都一样"),
    ("青石路灯维护经费和道路清扫经费的满意度指标分值一样吗？", "青石路灯维护经费和道路清扫经费的满意度指标分值各是多少？", "一样吗"),
    ("Is the satisfaction weight the same for 青石路灯维护经费 and 道路清扫经费?",
     "what is the satisfaction weight for 青石路灯维护经费 and 道路清扫经费?", "Is the satisfaction weight the same"),
    ("哪些项目的年初预算和全年预算是否一致？", "哪些项目的年初预算和全年预算是否一致？", None)])  # forms picked by an equality
def test_sameness_asked_asks_the_figures(question, rewritten, asked):
    assert same_asked(question) == (rewritten, asked)


def test_the_figures_shown_are_said_to_be_the_same_or_not():
    same = said_same(_both("分", 15.0, 15.0), "一样吗", "zh")
    assert (same.value, same.text.splitlines()[0]) == (15.0, "都一样：15 分（2 个项目）")
    differ = said_same(_both("分", 15.0, 30.0), "一样吗", "en")
    assert differ.value is None and differ.text.startswith("Not all the same: 2 different figures (15、30)")


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("维稳经费和信访代理员经费的全年预算合计是多少亿元？", 0.036554),
    ("What is the combined full-year budget of the 信访办 projects, in millions of yuan?", 3.6957),
    ("安保经费的全年执行数是多少千元？", 3647.9),
    ("维稳经费和劝导队经费两个项目全年执行数之和是多少元？", 2740600.0),
    ("杜行派出所新址修缮和鲁汇派出所新址装修，两个工程的执行率差了几个百分点？", 17.52),
    ("How many times bigger is the full-year budget of the 社工 (social workers) project than the 社工点经费 one?", 5.0183),
    ("平安志愿者经费平均每个志愿者花了多少元？", 2184.22),
    ("名称后面带（党群中心）的那几个项目，满意度指标的分值是不是都一样？各是多少分？", 30.0),
    ("Are the budget-execution weights the same on every form?", 10.0)])
def test_the_figures_on_the_bundled_corpus(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.001)


@pytest.mark.parametrize("question, expected", [
    ("Which projects have full-year budgets between 500,000 and 1 million yuan, not counting the ones tagged 平安办?",
     ["党建活动（党群中心）", "信访代理员经费（信）", "杜行派出所公用事业费"]),
    ("是不是每个信访办项目的执行率都超过90%？哪些没有？", ["劝导队经费（信）"]),
    ("Did every 平安办-tagged project spend its whole full-year budget? List the ones that didn't.",
     ["安保经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）", "鲁汇派出所新址装修工程（平安办）",
      "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", "杜行派出所新址修缮工程（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
