"""Round 17, second pass on which-forms questions by kind: the funding sources against the total they make up
(财政拨款、上年结余、其他资金三项加起来跟执行数对不上), an emphatic restatement of a figure's exactness (一分不多一分不少,
on the nose) that adds no condition, a budget change said with a verb of the year and its size (年中加了不到10万, got more
than 400k extra during the year), and one mechanism for a year the store holds no form of. Expected values computed
from the bundled forms (`jixiao export --format json`, SQL over the views: every form's fund lines add up to its executed
amount and its full-year budget), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asides import without_asides
from assistant.other_years import paid_years, said, unheld_year, unheld_years
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

SOCIAL, UTILITIES, LUHUI, DUHANG, TALENT, CHECKUP, POLICE_DAY, ARCHIVE = (
    "社工", "杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）", "人才活动",
    "人才健康体检", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "户籍档案数字化加工项目")
TERMINALS, BOOKS, SECURITY, SOCIAL_POINT, GUARDIANS = (
    "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）", "安保经费（平安办）",
    "社工点经费（平安办）", "重精患者监护人奖励费（平安办）")
FULL_SCORE = [TERMINALS, BOOKS, POLICE_DAY, "图像视频监控系统租赁经费（平安办）", "社会治安保障经费（平安办）", SOCIAL_POINT,
              "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", GUARDIANS, ARCHIVE]  # total_score = 100
NINETY = ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
          "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]  # total_score = 90
EXECUTED_PARTS = m.Arith("+", m.Field("fiscal_executed"), m.Arith("+", m.Field("carryover_executed"), m.Field("other_executed")))
BUDGET_PARTS = m.Arith("+", m.Field("fiscal_budget"), m.Arith("+", m.Field("carryover_budget"), m.Field("other_budget")))


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the funding sources against the total they make up -----------------------------------------------------------

@pytest.mark.parametrize("question, where", [
    ("财政拨款、上年结余、其他资金三项加起来跟执行数对不上的表有几张？", m.Compare(m.Field("executed"), "!=", EXECUTED_PARTS)),
    ("资金来源合计与全年执行数不一致的项目有几个？", m.Compare(m.Field("executed"), "!=", EXECUTED_PARTS)),
    ("各资金来源执行数之和等于执行数的表有几张？", m.Compare(m.Field("executed"), "=", EXECUTED_PARTS)),
    ("执行数不等于各项资金来源执行数相加的表有几张？", m.Compare(m.Field("executed"), "!=", EXECUTED_PARTS)),
    ("全年预算数与财政拨款、结转、其他资金之和不一致的项目有几个？", m.Compare(m.Field("annual_budget"), "!=", BUDGET_PARTS)),
    ("How many forms have fiscal, carry-over and other-source spending that don't add up to the amount executed?",
     m.Compare(m.Field("executed"), "!=", EXECUTED_PARTS)),
    ("How many forms have funding sources that sum to a different figure than the executed amount?",
     m.Compare(m.Field("executed"), "!=", EXECUTED_PARTS)),
    ("On how many forms do the funding sources add up exactly to the amount executed?",
     m.Compare(m.Field("executed"), "=", EXECUTED_PARTS))])
def test_the_funding_sources_against_their_total_on_an_invented_county(reader, question, where):
    assert reader.read(question).select.where == where


@pytest.mark.parametrize("question, count", [
    ("财政拨款、上年结余、其他资金三项加起来跟执行数对不上的表有几张？", 0),
    ("How many forms' executed amount does not equal the sum of their fund sources?", 0),
    ("执行率低于60%的项目里，资金来源加总和执行数不符的有几个？", 0),
    ("On how many forms do the funding sources add up exactly to the amount executed?", 28),
    ("How many forms have a full-year budget that differs from their funding sources added up?", 0)])
def test_the_funding_sources_add_up_on_every_bundled_form(seed_store, question, count):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "aggregate" and len(answer.records) == count


def test_one_source_beside_an_amount_is_still_its_own_figure(reader):
    assert reader.read("财政拨款执行数超过100万的项目").select.where.left == m.Field("fiscal_executed")


# ----- an emphatic restatement of a figure's exactness --------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("总分恰好100分，一分不多一分不少的表有哪些？", "总分恰好100分的表有哪些？"),
    ("总分不多不少刚好90分的项目", "总分刚好90分的项目"),
    ("执行率是0，实打实的零，这样的表有哪些？", "执行率是0，这样的表有哪些？"),
    ("Which forms scored 100 dead on, nothing over, nothing under?", "Which forms scored 100?"),
    ("List the forms whose total score is precisely 90, not a point above or below.",
     "List the forms whose total score is precisely 90."),
    ("Show me the forms with an execution rate of exactly 100 percent, on the nose.",
     "Show me the forms with an execution rate of exactly 100 percent."),
    ("不多不少的项目有哪些", "不多不少的项目有哪些"),  # no figure: left for the readers
    ("no more and no less budget", "no more and no less budget")])
def test_a_restatement_after_a_figure_adds_no_condition(question, rewritten):
    assert without_asides(question) == rewritten


@pytest.mark.parametrize("question, expected", [
    ("总分恰好100分，一分不多一分不少的表有哪些？", FULL_SCORE),
    ("Which forms scored 100 dead on, nothing over, nothing under?", FULL_SCORE),
    ("List the forms whose total score is precisely 90, not a point above or below.", NINETY),
    ("总分不多不少刚好90分的项目", NINETY)])
def test_a_restated_figure_picks_the_forms_of_that_figure(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


# ----- a budget change said with a verb of the year -----------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("年中加了不到10万的项目有哪些？", [POLICE_DAY]),  # +3.03
    ("预算年中多了超过50万的表有哪些？", [SOCIAL, UTILITIES, LUHUI]),  # +51.05, +60, +169.89
    ("年中补了不到30万元的项目", [POLICE_DAY, ARCHIVE, CHECKUP]),  # +3.03, +25.62, +24
    ("Which forms got more than 400k extra during the year?", [SOCIAL, UTILITIES, LUHUI, TALENT]),  # +41 for 人才活动
    ("Which forms were given under 50,000 yuan more mid-year?", [POLICE_DAY]),
    ("Which forms lost less than 20k yuan of budget during the year?", [TERMINALS, BOOKS, GUARDIANS]),  # −1.04 −1.12 −0.96
    ("年中多拨了一百万以上的项目", [LUHUI]),
    ("Which projects saw their budget trimmed by over 50k yuan?", [SECURITY, SOCIAL_POINT])])  # −6.69, −9.48
def test_a_change_said_with_a_verb_of_the_year_is_sized(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_a_size_written_before_the_change_with_its_bound_after_the_figure(reader):
    where = reader.read("How many forms had 200k or more added to their budget mid-year?").select.where
    assert where == m.Compare(m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget")), ">=", where.right)
    assert where.right.value == 20.0


# ----- one mechanism for a year the store holds no form of ----------------------------------------------------------

def test_the_year_clause_is_one_for_both_paths():
    assert said("zh", [2023], [2022]) == "库中只有 2023 年度的表，没有2022年的数据"
    assert said("en", [2023, None], None) == "the store holds forms of 2023 only, nothing for the year before"


@pytest.mark.parametrize("question", ["上年同期相比执行率提高的项目", "Which forms spent more compared with last year?"])
def test_the_year_before_said_as_the_same_period_is_another_year(question):
    assert unheld_year(question, "en" if question.isascii() else "zh", [2023]) == ("relative", [])


def test_a_payment_year_is_a_date_and_an_earlier_year_is_not_held():
    assert paid_years("执行率为0，2024年支付的项目", [2024], [2023]) == [2024]
    assert unheld_years("2022年执行率低于80%的项目", [2022], [2023]) == ["2022"]
    assert unheld_years("执行率为0，2024年支付的项目", [2024], [2023]) == []


def test_a_year_not_held_is_refused_naming_the_years_held(seed_store):
    answer = _ask(seed_store, "2022年执行率低于80%的项目有哪些？", search=None)
    assert answer.kind == "unknown" and not answer.records and "2023" in answer.text and "2022" in answer.text


# ----- rows17's misses: a grade said after "have", a unit said not to run the forms -----------------------------------

@pytest.mark.parametrize("question, count", [
    ("How many forms have a grade of 优?", 22),
    ("Among forms the petitions office doesn't run, how many have a grade of 优?", 19),  # 22 graded 优, 3 of 信访办
    ("How many forms is the 信访办 not responsible for implementing?", 25)])
def test_a_grade_after_have_and_a_unit_that_does_not_run_the_forms(seed_store, question, count):
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "aggregate" and len(answer.records) == count


@pytest.mark.parametrize("question", ["预算增减相抵后，平安办的表一共变了多少？", "平安办的表，调增调减相抵，净变化多少？"])
def test_the_budget_said_before_a_net_change_is_its_end(seed_store, question):
    # 平安办: −1.04 −6.69 −1.12 −9.48 +169.89 +33.80 −0.96 = +184.40 (cuts counted as negatives)
    answer = _ask(seed_store, question, search=None)
    assert answer.kind == "aggregate" and answer.value == pytest.approx(184.40, abs=0.01)


@pytest.mark.parametrize("question, expected", [
    ("追加部分占全年预算三成以上的项目", [POLICE_DAY, UTILITIES, ARCHIVE, TALENT, CHECKUP]),  # all 100% of the full-year budget
    ("Which forms' mid-year top-up made up more than 20% of the full-year budget?",
     [POLICE_DAY, UTILITIES, LUHUI, ARCHIVE, TALENT, CHECKUP])])  # 鲁汇 169.89 / 769.86 = 22.07%; 杜行修缮 18.11% out
def test_a_top_up_that_makes_up_a_share_of_the_budget(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


@pytest.mark.parametrize("questions, count", [
    (("Which forms spent less than 90% of their budget?", "Excluding the zero-spend forms, how many are left?"), 9),
    (("执行率低于100%的项目有哪些？", "去掉零支出的项目，还剩几个？"), 16),  # 19 below 100%, 3 of them spent nothing
    (("Excluding the zero-spend forms, how many are left?",), 25)])  # no previous answer: every form
def test_an_opening_exclusion_naming_forms_is_said_of_the_last_answer(seed_store, questions, count):
    answer = _ask(seed_store, *questions, search=None)
    assert answer.kind == "aggregate" and answer.value == count
