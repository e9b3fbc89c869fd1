"""Round 9 (Chinese): negation closing on the noun it qualifies, follow-ups that swap what they name, a top N asked
with 是哪些, an exclusion opening a follow-up with 以后还有."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.conversation import Conversation
from assistant.follow_ups import swapped

RATE_BELOW_80 = m.Compare(m.Field("execution_rate"), "<", m.Number(80.0))
PINGAN = m.Text(m.Field("project_name"), "suffix", "（平安办）")
XINFANG = m.Text(m.Field("implementing_unit"), "contains", "信访办")
BELOW_80_NOT_PINGAN = ["下拨经费（党群中心）", "人才健康体检", "人才活动", "党建活动（党群中心）",
                       "党群中心（南区）规范化建设质保金（党群中心）", "劝导队经费（信）", "杜行派出所公用事业费",
                       "浦江初心微史馆质保金（党群中心）"]
DANGQUN = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
           "浦江初心微史馆质保金（党群中心）"]


def names(answer) -> list[str]:
    return [record.project_name for record in answer.records]


def test_a_swap_replaces_whose_forms_and_keeps_the_rest():
    assert swapped(m.And((PINGAN, RATE_BELOW_80)), XINFANG) == m.And((RATE_BELOW_80, XINFANG))


def test_a_swap_of_a_field_replaces_that_field_only():
    rate_below_50 = m.Compare(m.Field("execution_rate"), "<", m.Number(50.0))
    assert swapped(m.And((PINGAN, RATE_BELOW_80)), rate_below_50) == m.And((PINGAN, rate_below_50))


def test_a_swap_about_something_new_adds_it():
    assert swapped(RATE_BELOW_80, XINFANG) == m.And((RATE_BELOW_80, XINFANG))
    assert swapped(m.Not(PINGAN), XINFANG) == XINFANG


@pytest.mark.parametrize("question", ["没花钱的项目以外，平均执行率是多少", "没花钱的以外，平均执行率是多少"])
def test_yiwai_after_the_noun_negates_the_condition_before_it(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert round(answer.value, 2) == 40074.56 and len(answer.records) == 25


@pytest.mark.parametrize("follow_up", ["去掉平安办以后还有哪些", "排除平安办之后还有哪些"])
def test_an_exclusion_with_yihou_narrows_the_last_list(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("执行率低于80%的项目")
    assert sorted(names(conversation.ask(follow_up))) == sorted(BELOW_80_NOT_PINGAN)


def test_an_exclusion_with_yihou_counts_what_is_left(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("执行率低于80%的项目")
    assert conversation.ask("排除平安办之后还剩几个").value == 8


def test_huancheng_swaps_the_unit_for_a_tag(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("信访办的项目")
    assert sorted(names(conversation.ask("换成党群中心呢"))) == sorted(DANGQUN)


def test_na_ne_swaps_whose_forms_and_keeps_the_rate(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办执行率低于80%的项目")
    assert names(conversation.ask("那信访办呢")) == ["劝导队经费（信）"]


def test_top_three_asked_with_shi_naxie_takes_the_sorted_list(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("信访办的项目")
    conversation.ask("再按执行率排一下")
    assert names(conversation.ask("前三个是哪些")) == ["信访代理员经费（信）", "维稳经费（信）", "劝导队经费（信）"]

LOWEST_SCORES = ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                 "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


@pytest.mark.parametrize("question", ["总分最后三名", "总分排在最后的三个项目", "总分后三名", "总分后3个项目"])
def test_the_last_n_of_a_ranking(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(names(answer)) == sorted(LOWEST_SCORES)


def test_hou_after_a_verb_is_no_ranking(seed_store):
    answer = Conversation(seed_store, llm=None).ask("调整后三个项目的预算")
    assert answer.kind != "list"


@pytest.mark.parametrize("follow_up, expected", [
    ("后三个是哪些", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    ("最后两个", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"]),
])
def test_the_last_rows_of_a_sorted_list(seed_store, follow_up, expected):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办的项目")
    conversation.ask("按执行率排")
    assert names(conversation.ask(follow_up)) == expected


@pytest.mark.parametrize("question", ["没有一个指标扣分的项目", "一个指标都没扣分的项目"])
def test_not_a_single_indicator(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert len(answer.records) == 27 and "劝导队经费（信）" not in names(answer)


def test_a_short_part_of_a_name_pointed_at_is_excluded(seed_store):
    answer = Conversation(seed_store, llm=None).ask("除了人才那两个项目以外，年初预算是0的还有哪几个？")
    assert sorted(names(answer)) == sorted(["户籍档案数字化加工项目", "杜行派出所公用事业费",
                                             "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"])


def test_a_used_negation_does_not_cancel_a_later_yiwai(seed_store):
    answer = Conversation(seed_store, llm=None).ask("不算社工那个，平安办以外的项目有几个")
    assert answer.value == 13


@pytest.mark.parametrize("first, follow_up, value", [
    ("年中调减了预算的项目有哪些", "这几个一共调减了多少万元？", 19.29),
    ("追加过预算的项目", "一共追加了多少", 408.39),
])
def test_the_total_change_of_the_forms_a_comparison_picked(seed_store, first, follow_up, value):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask(first)
    assert round(conversation.ask(follow_up).value, 2) == value


@pytest.mark.parametrize("question", ["有没有哪个项目的指标实际值只完成了目标的一半？是哪个项目", "实际值只达到目标值一半的指标"])
def test_only_half_of_a_target(seed_store, question):
    assert names(Conversation(seed_store, llm=None).ask(question)) == ["劝导队经费（信）"]


def test_the_first_n_of_a_ranking_compiles_to_a_subquery():
    from assistant.sqlcompile import condition

    ranked = m.Ranked(m.Field("annual_budget"), True, 3, PINGAN)
    assert condition(ranked) == (
        "f.form_id IN (SELECT r.form_id FROM forms AS r WHERE COALESCE(r.project_name, '') LIKE '%（平安办）' ESCAPE '\\' "
        "AND r.annual_budget IS NOT NULL ORDER BY r.annual_budget DESC, r.form_id LIMIT 3)")


def test_a_ranked_condition_survives_a_session_file():
    ranked = m.Ranked(m.Field("execution_rate"), False, 5, RATE_BELOW_80)
    assert m.from_data(m.to_data(ranked)) == ranked


@pytest.mark.parametrize("question, value, count", [
    ("全年预算数最大的三个项目加起来多少万元", 5320.84, 3),
    ("平安办里执行率最低的三个一共花了多少钱", 138.48, 3),
    ("总分最低的三个项目的平均执行率", 0.0, 3),
])
def test_a_statistic_over_the_first_n_of_a_ranking(seed_store, question, value, count):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert round(answer.value, 2) == value and len(answer.records) == count


def test_a_statistic_over_the_first_n_runs_on_both_engines(fresh_store):
    from store.ingest import ingest_paths
    from support import SEED

    ingest_paths(fresh_store, [SEED])
    answer = Conversation(fresh_store, llm=None).ask("平安办里执行率最低的三个一共花了多少钱")
    assert round(answer.value, 2) == 138.48 and len(answer.records) == 3
    assert "LIMIT 3" in answer.sql


@pytest.mark.parametrize("first, follow_up, count", [
    ("执行率低于80%的项目", "换成90%呢", 12),
    ("执行率低于80%的项目", "那90%呢", 12),
    ("平安办全年预算超过100万元的项目", "那200万元呢", 7),
    ("总分低于95的项目", "要是换成低于98呢", 11),
])
def test_a_changed_figure_keeps_the_other_conditions(seed_store, first, follow_up, count):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask(first)
    assert len(conversation.ask(follow_up).records) == count


def test_a_ranking_with_no_subject_of_its_own_is_said_of_the_last_list(seed_store):
    # The question names no forms (no 项目, 平安办): the list just given is the one ranked.
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("总分低于95的项目")
    assert sorted(names(conversation.ask("执行率最低的是哪个"))) == sorted(LOWEST_SCORES)
    conversation.ask("信访办的项目")
    assert names(conversation.ask("执行率最低的是哪个")) == ["劝导队经费（信）"]


def test_a_ranking_naming_its_forms_is_a_fresh_question(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("信访办的项目")
    assert len(conversation.ask("执行率最低的项目是哪个").records) == 3


@pytest.mark.parametrize("question, expected", [
    ("按执行率从低到高排，前三个是哪些", ["人才活动", "人才健康体检", "杜行派出所公用事业费"]),
    ("所有项目按执行率从低到高排，前三个是哪些",
     ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_an_order_and_a_limit_rank_the_last_list_unless_every_form_is_named(seed_store, question, expected):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("追加过预算的项目")
    assert names(conversation.ask(question)) == expected


@pytest.mark.parametrize("question, groups", [
    ("每个一级指标下面有几个三级指标", [["产出指标", "101"], ["效益指标", "52"], ["满意度指标", "35"]]),
    ("按一级指标统计三级指标数量", [["产出指标", "101"], ["效益指标", "52"], ["满意度指标", "35"]]),
])
def test_indicators_counted_per_class_of_a_level(seed_store, question, groups):
    table = Conversation(seed_store, llm=None).ask(question).to_json()["table"]
    assert [row[:2] for row in table["rows"]] == groups


@pytest.mark.parametrize("question", ["预算既没追加也没调减的项目", "既没有追加也没有调减预算的项目"])
def test_neither_raised_nor_cut_is_an_unchanged_budget(seed_store, question):
    assert len(Conversation(seed_store, llm=None).ask(question).records) == 15


@pytest.mark.parametrize("follow_up, value", [("这三个的平均执行率是多少", 86.06), ("这3个项目一共花了多少", 346.13)])
def test_zhe_and_a_count_points_at_the_last_list(seed_store, follow_up, value):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("信访办的项目")
    assert round(conversation.ask(follow_up).value, 2) == value


@pytest.mark.parametrize("question, value", [
    ("信访办项目全年预算合计占全部预算的百分之几", 4.58),  # 369.57 / 8065.00
    ("平安办的全年预算占总预算的比例", 63.88),  # 5152.21 / 8065.00
])
def test_a_share_of_the_total_money(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


def test_a_share_of_an_amount_compiles_to_a_ratio_of_sums():
    from assistant.sqlcompile import aggregate_sql

    select = m.Select(aggregate=m.Aggregate("share", m.Field("annual_budget"), XINFANG))
    assert aggregate_sql(select) == (
        "SELECT 100.0 * SUM(CASE WHEN LOWER(COALESCE(f.implementing_unit, '')) LIKE '%信访办%' ESCAPE '\\' "
        "THEN f.annual_budget ELSE 0 END) / SUM(f.annual_budget) AS value, COUNT(DISTINCT f.form_id) AS forms FROM forms AS f")


@pytest.mark.parametrize("question, value", [
    ("执行率超过100%的项目不算，平均执行率多少", 72.65),
    ("执行率超过100%的以外，平均执行率", 72.65),
    ("全年预算低于10万元的项目排除，平均总分", 97.37),
])
def test_a_comparison_closed_by_its_exclusion(seed_store, question, value):
    assert round(Conversation(seed_store, llm=None).ask(question).value, 2) == value


def test_a_class_closed_by_yige_dou_meiyou(seed_store):
    assert len(Conversation(seed_store, llm=None).ask("时效指标一个也没有的项目").records) == 11


def test_the_lowest_of_a_sorted_list_with_no_field_named(seed_store):
    conversation = Conversation(seed_store, llm=None)
    for question in ("平安办的项目", "其中执行率低于90%的", "按总分排一下"):
        conversation.ask(question)
    assert names(conversation.ask("最低的是哪个")) == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


@pytest.mark.parametrize("follow_up", ["分别是哪些", "都是哪些"])
def test_which_are_they_after_a_count(seed_store, follow_up):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("信访办的项目有几个")
    assert sorted(names(conversation.ask(follow_up))) == sorted(["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）"])


def test_a_statistic_with_no_forms_of_its_own_is_of_the_last_list(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("平安办的项目")
    assert round(conversation.ask("执行率平均多少").value, 2) == 84.86


def test_one_more_condition_narrows_the_last_list(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.ask("总分低于95的项目")
    answer = conversation.ask("再加一个条件，执行率低于50%")
    assert len(answer.records) == 6 and "总分 < 95" in answer.interpretation


@pytest.mark.parametrize("question", ["执行率最低的五个项目平均总分",
                                      "average total score of the five projects with the lowest execution rate"])
def test_the_ranked_field_is_the_one_the_superlative_qualifies(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert round(answer.value, 3) == 90.942 and "人才活动" in names(answer)


@pytest.mark.parametrize("question, value", [
    ("非满意度类的指标有多少个", 153),  # 188 rows, 35 of them 满意度指标
    ("满意度指标以外的指标有多少个", 153),
    ("非产出指标的指标有多少个", 87),  # 101 产出指标
    ("没有时效指标的项目一共有多少个三级指标", 46),  # the rows of the forms without one
])
def test_a_negated_class_when_counting_indicator_rows(seed_store, question, value):
    assert Conversation(seed_store, llm=None).ask(question).value == value


def test_tied_for_first_keeps_every_form_at_the_top(seed_store):
    answer = Conversation(seed_store, llm=None).ask("总分并列第一的项目")
    assert len(answer.records) == 9 and answer.value == 100.0
