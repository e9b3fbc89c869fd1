"""Round 14, derived measures, comparisons between columns, negation and numbers as people write them: points a score
lost (预算执行那一项丢了多少分, 比满分少了几分, lost the most points on budget execution, short of 100), money said to remain
unspent (还剩一万块以上没花掉, 还有多少预算没用掉), the size of a change asked of a form described (年中预算减了多少万), a
change's baseline restated after it, 年初没排预算. Each combined with a statistic, a subset, an exclusion or a follow-up,
in both languages. Expected values computed from the bundled forms (`jixiao export --format json`), not from the
assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asked_unit import without_asked_scale
from assistant.baseline_said import said_baseline
from assistant.derived_lookup import asks_derived
from assistant.left_unspent import said_unspent
from assistant.lexicon import load as load_lexicon
from assistant.reader import QuestionReader
from assistant.recognise import Token
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names, unprinted

BUDGET_LOST = m.Field("budget_points_lost")
TOTAL_LOST = m.Field("total_points_lost")
UNSPENT = m.Field("unspent")
TOP_UP = m.Arith("-", m.Field("annual_budget"), m.Field("initial_budget"))
RAISED = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))
CHENGGUAN = m.Text(m.Field("project_name"), "suffix", "（城管办）")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the words, on a store nobody on the team has seen ---------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("到年底还剩一万块以上没花掉的项目", "结余一万块以上的项目"),
    ("还有30万没花的项目", "结余至少30万的项目"),
    ("平安志愿者经费，还有多少预算没用掉？", "平安志愿者经费，结余是多少？"),
    ("那它最后剩了多少万没花？", "那它结余是多少万？"),
    ("哪些项目还有50万以上没花出去", "哪些项目结余50万以上"),
    ("还有多少项目没花钱", "还有多少项目没花钱"),  # a count of forms, no amount: left as it is
    ("剩下没花的钱最多的项目", "剩下没花的钱最多的项目")])
def test_money_said_to_remain_unspent_is_the_unspent_balance(question, rewritten):
    assert said_unspent(question) == rewritten


@pytest.mark.parametrize("question, rewritten", [
    ("年中预算减了多少万？", "年中预算减了多少？"),
    ("比年初多了多少万元", "比年初多了多少"),
    ("预算是多少万元", "预算是多少万元")])  # no by-how-much word: the unit stays with 多少万元
def test_the_unit_after_a_by_how_much_word_is_the_unit_asked(question, rewritten):
    assert without_asked_scale(question, load_lexicon().keys("by_how_much")) == rewritten


@pytest.mark.parametrize("question, function", [
    ("城管办的项目在预算执行上平均丢了几分？", "avg"),
    ("On average, how many points did the 城管办 projects lose on budget execution?", "avg"),
    ("城管办的项目预算执行一共被扣了多少分", "sum"),
    ("城管办的项目预算执行扣分的中位数是多少", "median")])
def test_points_lost_on_budget_execution_are_a_measure(reader, question, function):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (CHENGGUAN, m.Aggregate(function, BUDGET_LOST))


@pytest.mark.parametrize("question", ["Which projects lost the most points on budget execution?",
                                      "哪个项目预算执行丢的分最多"])
def test_most_points_lost_ranks_the_points_lost_not_the_score(reader, question):
    select = reader.read(question).select
    assert (select.order_by, select.descending) == (BUDGET_LOST, True)


@pytest.mark.parametrize("question", ["预算执行被扣了分的项目有哪些？", "预算执行被扣了分的项目有几个？"])
def test_points_lost_with_nothing_asked_of_them_are_a_condition(reader, question):
    assert reader.read(question).select.where == m.Compare(m.Field("budget_score"), "<", m.Field("budget_weight"))


@pytest.mark.parametrize("question, function", [
    ("How many points short of 100 did the 城管办 projects fall in total?", "sum"),
    ("城管办的项目，总分平均离满分差多少分？", "avg")])
def test_points_short_of_the_full_score(reader, question, function):
    select = reader.read(question).select
    assert (select.where, select.aggregate) == (CHENGGUAN, m.Aggregate(function, TOTAL_LOST))


def test_points_lost_on_indicators_keep_no_exclusion_of_the_budget_line(reader):
    select = reader.read("Which projects were docked points on their indicators, not counting the budget-execution line?").select
    assert select.where == m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator")))


@pytest.mark.parametrize("question", [
    "Which two projects got the biggest budget increases during the year, compared with what they were given at the start?",
    "Which two projects got the biggest budget increases during the year?"])
def test_a_change_restating_its_baseline_ranks_the_change(reader, question):
    select = reader.read(question).select
    assert (select.where, select.order_by, select.descending, select.limit) == (RAISED, TOP_UP, True, 2)


def test_a_comparison_written_out_after_a_change_keeps_both_sides(reader):
    select = reader.read("Of the projects whose budget was raised, which spent more than their initial budget?").select
    assert select.where == m.And((RAISED, m.Compare(m.Field("executed"), ">", m.Field("initial_budget"))))
    select = reader.read("有没有年中被调减预算的项目？全年预算数比年初预算数少的都列出来").select
    assert select.where == m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))


@pytest.mark.parametrize("question", ["年初压根没排预算、后来才给钱的项目有几个？", "年初没安排预算、年中才给了钱的项目有几个"])
def test_no_initial_budget_then_funded_later(reader, question):
    select = reader.read(question).select
    assert unprinted(select.where) == m.And((m.Compare(m.Field("initial_budget"), "=", m.Number(0.0)), RAISED))
    assert select.aggregate == m.Aggregate("count")


def test_unspent_above_an_amount_in_words_is_bound_to_the_unspent_balance(reader):
    select = reader.read("年中追加了预算、到年底还剩一万块以上没花掉的项目有哪些？").select
    assert unprinted(select.where) == m.And((RAISED, m.Compare(UNSPENT, ">=", m.Number(1.0))))


@pytest.mark.parametrize("shown, derived", [([TOP_UP], True), ([UNSPENT], True), ([m.Field("total_points_lost")], True),
                                             ([m.Field("annual_budget")], False), ([], False)])
def test_which_measures_no_printed_column_holds(shown, derived):
    assert asks_derived(m.Select(shown=shown)) is derived


def test_a_restated_side_of_a_change_is_taken_out_and_a_compared_one_kept():
    raised = Token("predicate", "annual_budget > initial_budget", 0, 4, "budget increases")
    restated = Token("field", "initial_budget", 5, 9, "what they were given at the start")
    compared = [Token("op", ">", 5, 6, "more than"), Token("field", "initial_budget", 7, 9, "initial budget")]
    assert [t.text for t in said_baseline([raised, restated])] == ["budget increases"]
    assert [t.text for t in said_baseline([raised, *compared])] == ["budget increases", "more than", "initial budget"]


# ----- end to end on the bundled forms ---------------------------------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    (["平安办的项目在预算执行上平均丢了几分？"], 1.5157),
    (["On average, how many points did the 平安办 projects lose on budget execution?"], 1.5157),
    (["那些钱一分没花的项目，在预算执行那一项上加起来一共丢了多少分？"], 30.0),
    (["For projects implemented by 信访办, how many points in total were lost on the budget-execution item relative to its weight?"], 4.2),
    (["信访办的项目", "它们在预算执行上一共丢了几分？"], 4.2),
    (["Summed over the 信访办 forms, how many points short of 100 did they fall in total?"], 4.3),
    (["党群中心的项目，总分平均离满分差多少分？"], 5.654),
    (["信访办的项目总分离满分一共差几分？"], 4.3),
    (["搞党建活动的那个项目，预算执行这一项比满分少了几分？"], 5.2),
    (["除了预算执行那一项，具体考核指标里一共被扣掉了几分？"], 0.1),
    (["平安志愿者经费，还有多少预算没用掉？"], 4.58),
    (["平安办的项目一共还剩多少钱没花？"], 558.94),
    (["平安办的项目", "其中还剩多少钱没花？"], 558.94),
    (["给重精病人监护人发奖励的那个项目，年中预算减了多少万？"], 0.96),
    (["鲁汇那个派出所搬新地方装修的项目，年中预算比年初多了多少万？"], 169.89),
    (["年初压根没排预算、后来才给钱的项目有几个？"], 5),
    (["预算执行被扣了分的项目有几个？"], 19),
    (["被砍了预算的项目，一共被砍了多少万？"], 19.29),
    (["没有被扣分的项目有几个？"], 9),
    (["执行率最低的三个项目，结余加起来是多少？"], 330.12),
    (["What share of the projects ended the year with money left unspent?"], 67.857),
    (["年中一共给各项目追加了多少万元的预算？只算加钱的，不算减的。"], 408.39)])
def test_values(seed_store, questions, value):
    assert _ask(seed_store, *questions).value == pytest.approx(value, abs=0.005)


@pytest.mark.parametrize("question, names", [
    ("Which projects lost the most points on budget execution?",
     ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("年中追加了预算、到年底还剩一万块以上没花掉的项目有哪些？",
     ["人才健康体检", "人才活动", "杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）"]),
    ("Which three projects got the biggest budget increases during the year, compared with what they were given at the start?",
     ["杜行派出所公用事业费", "社工", "鲁汇派出所新址装修工程（平安办）"]),
    ("Of the projects that actually spent some money, which three had the worst execution rates?",
     ["人才健康体检", "人才活动", "党建活动（党群中心）"]),
    ("哪些项目的钱刚好花完，一分都没剩下？",
     ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "下发基层书报杂志费（平安办）", "图像视频监控系统租赁经费（平安办）",
      "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社会治安保障经费（平安办）", "社工点经费（平安办）",
      "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "重精患者监护人奖励费（平安办）"]),
    ("Which projects got nothing in the opening budget, were funded later in the year, and still spent under half of that money?",
     ["人才健康体检", "人才活动"]),
    ("Which projects were docked points on their performance indicators, not counting the budget-execution line?",
     ["劝导队经费（信）"]),
    ("实际完成值（数值）高于年度指标值的指标，所属项目列出。", ["人才健康体检", "劝导队经费（信）", "户籍档案数字化加工项目"]),
    ("总分离满分最远的是哪个项目",
     ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("Which projects lost the most points?",
     ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])])
def test_sets(seed_store, question, names):
    assert _names(_ask(seed_store, question)) == names


@pytest.mark.parametrize("question", ["被扣分的项目有哪些？", "Which projects lost points?"])
def test_points_lost_with_no_part_named_are_the_totals(reader, question):
    assert unprinted(reader.read(question).select.where) == m.Compare(TOTAL_LOST, ">", m.Number(0.0))


def test_a_row_named_keeps_its_own_lost_points_condition(reader):
    select = reader.read("路灯维修合格率为什么扣了分？实际多少").select
    assert "total_points_lost" not in repr(select) and "score" in repr(select.where)


def test_a_minus_between_two_columns_is_no_cut(reader):
    select = reader.read("核查：全年预算数减全年执行数，差额最大者。").select
    assert (select.order_by, select.descending, select.limit) == (
        m.Arith("-", m.Field("annual_budget"), m.Field("executed")), True, 1)


def test_not_counting_the_cut_ones_excludes_cuts_not_the_raises(reader):
    select = reader.read("年中一共追加了多少万元的预算？只算加钱的，不算减的。").select
    assert select.where == m.And((RAISED, m.Not(m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget")))))
    assert select.aggregate == m.Aggregate("sum", TOP_UP)


# --- 两千多万: a round figure with 多 glued after it is a range up to the next step of its last place ---------------

@pytest.mark.parametrize("question, names", [
    ("年初预算一百多万的项目", ["下拨经费（党群中心）", "杜行派出所新址修缮工程（平安办）"]),
    ("执行率七成多的项目", ["下拨经费（党群中心）"]),
])
def test_a_round_figure_and_some_more_is_a_range(seed_store, question, names):
    assert _names(_ask(seed_store, question)) == names


@pytest.mark.parametrize("question, interpretation", [
    ("全年预算两千多万的项目有哪些", "全年预算数 > 2,000 万元 且 全年预算数 < 3,000 万元"),
    ("总分九十多分的项目", "总分 > 90 分 且 总分 < 100 分"),
    ("执行率一半多的项目", "执行率 > 50%"),  # 一半 is a word for a figure: only "more than"
    ("全年预算超过两千万的项目", "全年预算数 > 2,000 万元"),
])
def test_what_some_more_reads(seed_store, question, interpretation):
    read = _ask(seed_store, question).interpretation
    assert interpretation in read and ("且" in interpretation) == ("且" in read), read
