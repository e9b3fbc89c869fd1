"""Unit tests of the rule-based executor and the conversation, on the bundled corpus (literal expected values)."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.execute import run
from assistant.rules_query import Query
from store.query import FormFilter, Range


def test_office_groups_are_computed_in_sql(seed_store):
    query = Query(question="各办的项目数", intent="aggregate", aggregate="count", group_by="office")
    answer = run(query, seed_store)
    assert answer.rows[:3] == [["平安办", "14"], ["（无标注）", "6"], ["党群中心", "5"]]
    assert answer.sql == ("SELECT f.office_tag AS grp, COUNT(*) AS value, COUNT(DISTINCT f.form_id) AS forms FROM forms AS f "
                          "WHERE f.form_id IN (" + ", ".join(str(i) for i in range(1, 29)) + ") "
                          "GROUP BY f.office_tag ORDER BY value DESC, grp")


def test_office_with_the_largest_total_keeps_its_forms(seed_store):
    query = Query(question="哪个办的预算合计最多", intent="aggregate", aggregate="sum", field="annual_budget",
                  group_by="office", limit=1, descending=True)
    answer = run(query, seed_store)
    assert answer.value == pytest.approx(5152.21)
    assert len(answer.records) == 14 and all(r.project_name.endswith("（平安办）") for r in answer.records)


def test_list_answers_use_the_store_field_map(seed_store):
    query = Query(question="执行数超过300万元", intent="list", form_filter=FormFilter(ranges=[Range("executed", ">", 300)]))
    answer = run(query, seed_store)
    assert [r.project_name for r in answer.records] == [
        "户籍档案数字化加工项目", "图像视频监控系统租赁经费（平安办）", "社工", "鲁汇派出所新址装修工程（平安办）",
        "社工点经费（平安办）", "安保经费（平安办）"]
    assert answer.rows[0][2] == "256,175 万元"


def test_unknown_questions_get_suggestions(seed_store):
    answer = Conversation(seed_store, llm=None).ask("今天天气怎么样")
    assert answer.kind == "unknown" and answer.suggestions[0] == "执行率低于60%的项目"
    assert answer.sql is None


def test_rule_based_follow_up_after_a_query_model_answer(seed_store):
    conversation = Conversation(seed_store, llm=None)
    first = conversation.ask("信访办的项目执行率低于95%的")
    assert first.sql is not None and len(first.records) == 2
    follow = conversation.ask("那执行数呢")
    assert [r.project_name for r in follow.records] == ["劝导队经费（信）", "维稳经费（信）"]


def test_state_survives_a_foreign_or_broken_file(seed_store):
    conversation = Conversation(seed_store, llm=None)
    conversation.load_state('{"version": 1, "select": {"node": "DropTable"}}')
    assert conversation.last_select is None and conversation.last is None
    conversation.load_state("not json")
    assert conversation.last_ids is None


@pytest.mark.parametrize("question, expected", [
    ("哪些项目没有设置时效指标？", ["社工", "党建活动（党群中心）", "下拨经费（党群中心）", "事业编残保金（党群中心）",
                          "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                          "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "鲁汇派出所新址装修工程（平安办）",
                          "杜行派出所新址修缮工程（平安办）", "人才活动", "人才健康体检"]),
    ("满意度目标定为85%的是哪个项目", ["劝导队经费（信）"]),
    ("有没有哪张表的三级指标得分低于分值？列出项目", ["劝导队经费（信）"]),
    ("Which form fills in the deviation-reason column (偏差原因分析) of its indicator table?", ["劝导队经费（信）"]),
    ("Which projects spent something, but less than half of their budget?", ["党建活动（党群中心）", "人才活动", "人才健康体检"]),
    ("哪些表没有填写评分等级", ["社工", "党建活动（党群中心）", "下拨经费（党群中心）", "事业编残保金（党群中心）",
                        "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）"]),
    ("平安办-tagged projects with a mid-year budget cut and a 100% execution rate", [
        "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）", "社工点经费（平安办）",
        "重精患者监护人奖励费（平安办）"]),
])
def test_round_two_sets_on_the_corpus(seed_store, question, expected):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == sorted(expected)
    assert answer.sql is not None


@pytest.mark.parametrize("question, value", [
    ("How much budget is left unspent in total across the 平安办 projects (万元)?", 558.94),
    ("How much did 信访办 disburse in total?", 346.13),
    ("Summed over the projects whose budget was reduced during the year, by how many 万元 were budgets reduced in total?", 19.29),
])
def test_round_two_values_on_the_corpus(seed_store, question, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.value == pytest.approx(value)


@pytest.mark.parametrize("question, value", [
    ("总分与执行率得分加各项指标得分之和不一致的表有几张", 0),
    ("总分等于执行率得分加指标得分之和的项目有几个", 28),
])
def test_totals_against_their_parts_on_the_corpus(seed_store, question, value):
    assert Conversation(seed_store, llm=None).ask(question).value == value


def test_a_printed_figure_of_a_form_named_in_full_on_the_corpus(seed_store):
    answer = Conversation(seed_store, llm=None).ask("What is the final full-year appropriation of 安保经费（平安办）?")
    assert answer.value == pytest.approx(368.25)
    assert [r.project_name for r in answer.records] == ["安保经费（平安办）"]


@pytest.mark.parametrize("question", ["Which forms do not print their fiscal year in the header?", "哪些表没有填写年度",
                                      "forms that do not state their year"])
def test_forms_whose_year_is_not_printed(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == ["人才健康体检", "人才活动"]


@pytest.mark.parametrize("question", ["劝导队经费的偏差原因是怎么写的", "What deviation reason does 劝导队经费 give?",
                                      "哪些项目写了偏差原因"])
def test_the_column_asked_about_is_quoted_as_evidence(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == ["劝导队经费（信）"]
    assert "维稳工作完成率" in answer.text and "实际劝导队人员数量4人，后续及时调整经费" in answer.text
    assert answer.sql is not None


def test_cause_clause_is_read_from_the_lexicon():
    from assistant import evidence
    from assistant.lexicon import load

    cues = load().keys("cause")
    assert evidence.cause_clause("哪个项目解释执行率低是因为实际使用无法预估", cues) == "实际使用无法预估"
    assert evidence.cause_clause("Which forms were late because of a funding shortage?", cues) == "a funding shortage"
    assert evidence.cause_clause("执行率低的项目", cues) == ""


@pytest.mark.parametrize("question", ["哪个项目解释执行率低是因为实际使用无法预估", "执行率较低是由于实际使用无法预估的项目"])
def test_a_cause_in_the_question_is_said_by_the_answer(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == ["杜行派出所公用事业费"]
    assert "因实际使用无法预估准确，故执行率较低" in answer.text


NOTHING_SPENT_ON_THE_CORPUS = ["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                               "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("调减了预算的项目有哪些", ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "安保经费（平安办）",
                      "下发基层书报杂志费（平安办）", "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]),
    ("有结余、但结余低于1万元的项目", ["事业编残保金（党群中心）", "浦江初心微史馆质保金（党群中心）", "信访代理员经费（信）"]),
    ("一分钱也没花出去的是哪些项目", NOTHING_SPENT_ON_THE_CORPUS),
    ("排除一分钱没花的项目后，执行率最低的项目", ["人才活动"]),
    ("Which projects without any tag in their name?", ["社工", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式",
                                                     "杜行派出所公用事业费", "户籍档案数字化加工项目", "人才活动", "人才健康体检"]),
    ("forms scoring below the full weight on an indicator", ["劝导队经费（信）"]),
    ("指标分值为0的出现在哪些项目", ["户籍档案数字化加工项目"]),
    ("projects not managed by 信访办 whose execution rate is under 40%", [
        "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "人才活动", "人才健康体检"]),
])
def test_round_three_sets_on_the_corpus(seed_store, question, expected):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == sorted(expected)
    assert answer.sql is not None


@pytest.mark.parametrize("question, value", [
    ("How many forms do not state a grade?", 6),
    ("Leaving out 户籍档案数字化加工项目, what is the total executed across the rest, in 万元?", 7176.96),
    ("What is the unspent balance (full-year budget minus executed) of 鲁汇派出所新址装修工程?", 140.1),
])
def test_round_three_values_on_the_corpus(seed_store, question, value):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.value == pytest.approx(value)


@pytest.mark.parametrize("question, expected", [
    ("满意度目标为100%的项目", ["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"]),
    ("projects whose satisfaction indicator targets 100%", ["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"]),
])
def test_a_target_written_in_words_is_a_number(seed_store, question, expected):
    # 下拨经费 prints its satisfaction target as 满意率百分百
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("哪些项目提到“两新”党建或者“两新”党组织", ["党建活动（党群中心）", "下拨经费（党群中心）"]),
    ("提到“两新”党组织的项目", ["下拨经费（党群中心）"]),
])
def test_a_mention_of_either_wording_on_the_corpus(seed_store, question, expected):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert sorted(r.project_name for r in answer.records) == sorted(expected)


@pytest.mark.parametrize("question", ["哪些项目提到实际体检人数没有达到预期", "提到体检人数没达到预期的项目"])
def test_a_mention_written_with_another_negation_on_the_corpus(seed_store, question):
    # the form prints 实际体检人数未达到预期
    answer = Conversation(seed_store, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == ["人才健康体检"]
