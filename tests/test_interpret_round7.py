"""Round 7: wordings no set had — money synonyms, margins and shares between fields, same-for swaps, top-N follow-ups."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.conversation import Conversation
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, unprinted as plain

NAMES = INVENTED_COUNTY
RATE = m.Field("execution_rate")
RAISED = m.Compare(m.Field("annual_budget"), ">", m.Field("initial_budget"))
CUT = m.Compare(m.Field("annual_budget"), "<", m.Field("initial_budget"))
TOP_UPS_BY_BUDGET = ["社工", "鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(NAMES, glossary=GLOSSARY_EN)


def where(reader, question):
    reading = reader.read(question)
    assert reading is not None, question
    assert reading.ignored == [], (question, reading.ignored)
    return plain(reading.select.where)


def share(part, whole):
    return m.Arith("*", m.Number(100.0), m.Arith("/", m.Field(part), m.Field(whole)))


@pytest.mark.parametrize("question, op, value", [
    ("which projects absorbed less than half of their envelope", "<", 50.0),
    ("哪些项目的盘子用了不到一半", "<", 50.0),
    ("资金拨付不到七成的项目有哪些", "<", 70.0),
    ("which forms expended more than 90% of their appropriation", ">", 90.0),
    ("how many projects paid out less than 80% of their funding", "<", 80.0),
])
def test_spending_and_budget_synonyms_read_as_the_execution_rate(reader, question, op, value):
    assert where(reader, question) == m.Compare(RATE, op, m.Number(value))


@pytest.mark.parametrize("question, expected", [
    ("which projects received a supplement during the year", RAISED),
    ("年中加了钱的项目有几个", RAISED),
    ("城管办的项目里哪些年底的预算比年初少", m.And((m.Text(m.Field("project_name"), "suffix", "（城管办）"), CUT))),
    ("which projects were assessed below 90", m.Compare(m.Field("total_score"), "<", m.Number(90.0))),
])
def test_top_ups_cuts_and_grading_words(reader, question, expected):
    assert where(reader, question) == expected


@pytest.mark.parametrize("question, op", [
    ("执行数超出年初预算5万元以上的项目", ">="),
    ("执行数超过年初预算5万元的项目", ">"),
    ("executed above the initial budget by 5万元", ">"),
])
def test_an_amount_right_after_the_second_field_is_the_margin(reader, question, op):
    gap = m.Arith("-", m.Field("executed"), m.Field("initial_budget"))
    assert where(reader, question) == m.Compare(gap, op, m.Number(5.0))


@pytest.mark.parametrize("question, op, value", [
    ("结余占全年预算一半以上的项目", ">=", 50.0),
    ("结余占全年预算不到10%的项目", "<", 10.0),
    ("which projects had money left over of more than a quarter of their budget", ">", 25.0),
])
def test_the_unspent_balance_as_a_share_of_the_budget(reader, question, op, value):
    assert where(reader, question) == m.Compare(share("unspent", "annual_budget"), op, m.Number(value))


def test_money_left_over_sized_by_an_amount_stays_an_amount(reader):
    assert where(reader, "which forms had money left over of more than 50万元") == \
        m.Compare(m.Field("unspent"), ">", m.Number(50.0))


@pytest.mark.parametrize("question, count", [
    ("which projects absorbed less than half of their envelope", 6),
    ("资金拨付不到七成的项目有哪些", 10),
    ("which projects received a supplement during the year", 8),
    ("年中加了钱的项目有几个", 8),
    ("结余占全年预算一半以上的项目", 6),
    ("剩下的钱超过预算四分之一的项目", 11),
    ("which projects had money left over of more than a quarter of their budget", 11),
])
def test_the_new_wordings_on_the_corpus(seed_store, question, count):
    assert len(Conversation(seed_store, llm=None).ask(question).records) == count


@pytest.mark.parametrize("question", ["执行数超出年初预算5万元以上的项目", "执行数超过年初预算5万元的项目"])
def test_a_margin_over_the_initial_budget_on_the_corpus(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == [
        "人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）",
        "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("follow_up", ["same for 信访办", "the same for 信访办", "那信访办呢"])
def test_same_for_asks_the_previous_total_of_other_forms(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办的项目总共花了多少钱")
    answer = conversation.ask(follow_up)
    assert round(answer.value, 2) == 346.13 and len(answer.records) == 3


@pytest.mark.parametrize("follow_up", ["只要前三个", "前3个", "the first 3", "only the first 3", "top 3 only", "取前三个"])
def test_top_n_of_the_previous_answer_keeps_its_order_and_conditions(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("which projects had a top-up")
    conversation.ask("sort them by budget")
    answer = conversation.ask(follow_up)
    assert [r.project_name for r in answer.records] == TOP_UPS_BY_BUDGET


def test_top_n_without_a_previous_answer_asks_nothing_of_the_query_model(reader):
    assert reader.read("前3个") is None


@pytest.mark.parametrize("question, op", [
    ("which projects' spending was at least 5万元 below the budget", ">="),
    ("projects whose spending was more than 5万元 under the budget", ">"),
])
def test_a_figure_between_two_fields_is_their_margin(reader, question, op):
    gap = m.Arith("-", m.Field("annual_budget"), m.Field("executed"))
    assert where(reader, question) == m.Compare(gap, op, m.Number(5.0))


def test_a_percentage_between_two_fields_is_a_margin_relative_to_the_second(reader):
    gap = m.Arith("-", m.Field("annual_budget"), m.Field("executed"))
    assert where(reader, "projects whose spending was more than 10% below the budget") == m.Compare(
        m.Arith("*", m.Number(100.0), m.Arith("/", gap, m.Field("annual_budget"))), ">", m.Number(10.0))


@pytest.mark.parametrize("question, expected", [
    ("执行数和全年预算一样的项目有几个", m.Compare(m.Field("executed"), "=", m.Field("annual_budget"))),
    ("年初预算和全年预算不一样的项目有几个", m.Compare(m.Field("initial_budget"), "!=", m.Field("annual_budget"))),
    ("which projects' final allocation differs from the original one", m.Compare(m.Field("annual_budget"), "!=",
                                                                               m.Field("initial_budget"))),
    ("which projects' final budget differs from the initial budget", m.Compare(m.Field("annual_budget"), "!=",
                                                                             m.Field("initial_budget"))),
    ("which projects used up their allocation", m.Compare(RATE, "=", m.Number(100.0))),
    ("钱全部花出去了的项目有哪些", m.Compare(RATE, "=", m.Number(100.0))),
])
def test_equal_and_different_between_fields(reader, question, expected):
    assert where(reader, question) == expected


@pytest.mark.parametrize("question, count", [
    ("which projects' spending was at least 5万元 below the budget", 12),
    ("执行数和全年预算一样的项目有几个", 8),
    ("年初预算和全年预算不一样的项目有几个", 13),
    ("which projects' final allocation differs from the original one", 13),
    ("which projects used up their allocation", 8),
])
def test_field_comparisons_on_the_corpus(seed_store, question, count):
    assert len(Conversation(seed_store, llm=None).ask(question).records) == count


@pytest.mark.parametrize("follow_up", ["and the rest?", "the others", "其余的呢"])
def test_the_rest_of_a_list(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("which projects had a top-up")
    assert len(conversation.ask(follow_up).records) == 20


@pytest.mark.parametrize("question", ["how many projects lost points on budget execution", "预算执行率被扣分的项目有几个",
                                      "预算执行没拿满分的项目有几个"])
def test_points_lost_on_budget_execution(reader, seed_store, question):
    assert where(reader, question) == m.Compare(m.Field("budget_score"), "<", m.Field("budget_weight"))
    assert Conversation(seed_store, llm=None).ask(question).value == 19.0


def test_fell_short_of_a_share_of_the_appropriation(reader):
    assert where(reader, "which projects' outlay fell short of 90% of the appropriation") == \
        m.Compare(RATE, "<", m.Number(90.0))


@pytest.mark.parametrize("first, follow_up, count", [
    ("which projects spent less than 90% of their budget", "exclude the ones from 党群中心", 8),
    ("执行率低于90%的项目", "排除信访办的", 11),
])
def test_an_opening_exclusion_naming_a_tag_narrows_the_list(seed_store, first, follow_up, count):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask(first)
    assert len(conversation.ask(follow_up).records) == count


def test_of_those_at_the_end_points_back(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("预算被调减的项目")
    answer = conversation.ask("what's the average execution rate of those")
    assert round(answer.value, 3) == 99.812 and len(answer.records) == 5


def test_spending_words_in_a_ranking(seed_store):
    answer = Conversation(seed_store, llm=None).ask("用钱最少的项目是哪个")
    assert answer.value == 0.0 and sorted(r.project_name for r in answer.records) == [
        "党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


def test_still_carries_no_condition(reader):
    assert where(reader, "which projects had their budgets trimmed and still spent everything") == \
        m.And((CUT, m.Compare(RATE, "=", m.Number(100.0))))


def test_money_still_remaining_for_a_tag(seed_store):
    assert round(Conversation(seed_store, llm=None).ask("how much money is still remaining for 平安办").value, 2) == 558.94


@pytest.mark.parametrize("question, expected", [
    ("哪些项目的预算年中被压缩了", CUT),
    ("城管办的预算缩减了吗", m.And((m.Text(m.Field("project_name"), "suffix", "（城管办）"), CUT))),
    ("哪些项目年中补了预算", RAISED),
    ("增补预算的项目有哪些", RAISED),
])
def test_squeezed_and_supplemented_budgets(reader, question, expected):
    assert where(reader, question) == expected


@pytest.mark.parametrize("question, count", [
    ("which projects got less money at year end than at the start", 5),
    ("which projects were cut by more than 5万元", 2),
    ("which projects were topped up by more than 10万元", 7),
    ("which projects have a balance of more than 50万元", 4),
    ("which projects' balance is above 30% of the budget", 10),
])
def test_balances_and_cuts_in_plain_english_on_the_corpus(seed_store, question, count):
    assert len(Conversation(seed_store, llm=None).ask(question).records) == count
