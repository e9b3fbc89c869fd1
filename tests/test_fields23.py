"""Round 23, how a field is filled: 没写 / 空着 / left blank a field empty and 写了内容 / wrote something in a column the
field filled; observations of some forms before the question background; a quoted wording of a class its printed
target; a figure shown as a field (0.00 as the initial budget) a number; a year of the whole year never a figure; a
field chosen against another no condition; parts said against a printed total a check; fields no form holds (填报人,
a phone, who signed it) not understood, named. Expected values computed from the bundled forms (`jixiao export
--format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.field_fill import field_fill
from assistant.unheld_fields import unheld_fields
from support import asked as _ask, names_of as _names

NO_GRADE = sorted(["社工", "党建活动（党群中心）", "下拨经费（党群中心）", "事业编残保金（党群中心）",
                   "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"])
ZERO_OPENING = sorted(["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费",
                       "户籍档案数字化加工项目", "人才活动", "人才健康体检"])
QUARTERLY = sorted(["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "公安后勤及协管员经费（平安办）"])


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("有的表有评分等级，有的没有，哪些表没写评分等级？", "哪些表没写评分等级？"),
    ("偏差原因那一栏，有哪张表是真写了内容的？", "有哪张表是有偏差原因的？"),
    ("Which forms actually wrote something in the deviation reason column?", "Which forms have a deviation reason?"),
    ("Which forms show 0.00 as the initial budget?", "Which forms have the initial budget of 0.00?"),
    ("How much was budgeted for the whole of 2023?", "How much was budgeted in 2023?"),
    ("时效指标用了“每月”这种写法的表", "时效指标写的是“每月”的表"),
    # one observation, or a question pointing back at it, is left alone
    ("有的表有评分等级，哪些表总分最高？", "有的表有评分等级，哪些表总分最高？"),
    ("有的表有评分等级，有的没有，其中总分最高的是哪个？", "有的表有评分等级，有的没有，其中总分最高的是哪个？"),
])
def test_how_a_field_is_filled_is_said_plainly(question, plain):
    assert field_fill(question) == plain


@pytest.mark.parametrize("question, fields", [
    ("Could you give me the name and phone number of the person who filled it in?", ["preparer", "phone number"]),
    ("安保经费那张表的填报人是谁？联系电话多少？", ["填报人", "联系电话"]),
    ("Which forms mention a phone hotline?", []),  # a text search, never refused
    ("协议全部签署了吗", []),
])
def test_fields_no_form_holds_are_named(question, fields):
    assert sorted(unheld_fields(question, "监护补助申请协议全部签署")) == sorted(fields)


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "有的表最下面有“评分等级 优”，有的好像压根没这一行，哪些表没写评分等级啊？",
    "Some forms print a grade at the bottom, others don't. Which ones leave it out?",
])
def test_an_observation_before_the_question_is_no_negation(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == NO_GRADE


@pytest.mark.parametrize("question", [
    "偏差原因分析及改进措施那一栏，有哪张表是真写了内容的？",
    "Which forms actually wrote something in the deviation explanation column?",
])
def test_something_written_in_a_column_is_the_column_filled(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == ["劝导队经费（信）"]


@pytest.mark.parametrize("question, names", [
    ("有哪些表的时效指标用了“每季度一次”这种频率写法？", QUARTERLY),
    ("Which projects' timeliness targets are written simply as “及时”?", sorted(["维稳经费（信）", "社工点经费（平安办）"])),
])
def test_a_quoted_wording_of_a_class_is_its_printed_target(seed_store, question, names):
    assert _names(_ask(seed_store, question, search=None)) == names


def test_a_figure_shown_as_a_field_is_that_field(seed_store):
    answer = _ask(seed_store, "some projects show 0.00 as the initial budget and only got money later in the year. "
                              "Which ones are those?", search=None)
    assert _names(answer) == ZERO_OPENING


@pytest.mark.parametrize("question, value", [
    ("I want to know how much the town budgeted for the whole of 2023 across all these self-evaluation forms. Use the "
     "adjusted full-year budget, not the start-of-year number. What's the grand total in 万元?", 8065.0),
    ("2023年全年一共预算了多少万元？用调整后的全年预算数，不是年初预算数。", 8065.0),
    ("按年初预算数算，全部项目预算合计多少？不要用全年预算数。", 7675.9),
])
def test_a_year_and_a_field_chosen_are_no_conditions(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(value)


@pytest.mark.parametrize("question", [
    "How many forms have indicator scores plus the budget score that don't add up to the printed total score?",
    "How many forms have a total score that doesn't tally with the sum of their parts?",
    "有几张表的各项指标得分加上预算执行得分跟总分对不上？",
])
def test_parts_against_the_printed_total(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == 0 and "≠" in answer.interpretation


@pytest.mark.parametrize("question, named", [
    ("Who signed off the 安保经费 form?", "signer"),
    ("社工点经费（平安办）这张表是谁审核批准的？", "审批人"),
])
def test_a_field_no_form_holds_is_not_understood(seed_store, question, named):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "unknown" and named in answer.text
