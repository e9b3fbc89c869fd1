"""Round 29 (eng29c): lookups about one named form — a field asked in the reader's words (what grade is printed on X,
which implementing unit delivers X, what did X end up costing, X 年初定的目标), a narrative fact of its text, an indicator
found by its description, and the difference between two named forms' indicators. Expected values computed from the
bundled forms (corpus/001_…txt), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.filled_columns import filled_columns

CEREMONY = "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"


def _ask(store, question):
    return Conversation(store, search=None, llm=None).ask(question)


@pytest.mark.parametrize("question, name, printed", [
    ("What performance grade is printed on the 禁毒与反邪教（平安办） form?", "禁毒与反邪教（平安办）", "优"),
    ("What grade is printed on the 维稳经费（信） form?", "维稳经费（信）", "优"),
    ("Which implementing unit delivers 维稳经费（信）?", "维稳经费（信）", "信访办"),
    ("Which implementing unit runs 信访代理员经费（信）?", "信访代理员经费（信）", "信访办"),
    ("重精患者监护人奖励费年初定的目标是什么？", "重精患者监护人奖励费（平安办）", "将本年度符合政策条件的人员纳入奖补范围"),
    ("平安治理可视化安全管控那个项目年初定的目标是什么？", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "补齐监控盲区"),
])
def test_a_field_of_a_named_form_in_the_readers_words(seed_store, question, name, printed):
    answer = _ask(seed_store, question)
    assert [r.project_name for r in answer.records] == [name]
    assert printed in answer.text


@pytest.mark.parametrize("question, name, value", [
    ("what did the police day flag raising ceremony end up costing", CEREMONY, 3.03),
    ("How much did the 安保经费 project end up costing?", "安保经费（平安办）", 364.79),
    ("重精患者监护人奖励费年初定的预算是多少？", "重精患者监护人奖励费（平安办）", 10.8),  # the budget stays the budget
])
def test_what_a_named_form_cost(seed_store, question, name, value):
    answer = _ask(seed_store, question)
    assert [r.project_name for r in answer.records] == [name]
    assert answer.value == pytest.approx(value)


def test_a_column_asked_by_what_is_not_a_filled_condition():
    assert filled_columns("What grade is printed on the X form?") == "What grade is printed on the X form?"
    assert filled_columns("forms whose grade is printed") == "forms whose with a grade"


SOUTH = "党群中心（南区）规范化建设质保金（党群中心）"
MUSEUM = "浦江初心微史馆质保金（党群中心）"


def test_a_name_holding_a_bracket_of_its_own_is_written_whole():
    from assistant.exact_name import said_plainly

    names = [SOUTH, MUSEUM, "党建活动（党群中心）", "社工"]
    assert said_plainly("南区规范化建设质保金，按装修工程款的多少比例付？", names, "zh").text == \
        SOUTH + "，按装修工程款的多少比例付？"
    assert said_plainly("what % is paid on the 党群中心（南区） 质保金 form?", names, "en").text == \
        f"what % is paid on the {SOUTH} form?"
    assert said_plainly(SOUTH + "呢", names, "zh").text == SOUTH + "呢"


@pytest.mark.parametrize("question, name, printed", [
    ("党群中心（南区）规范化建设质保金原计划什么时候付？", SOUTH, "2023年10月中下旬"),
    ("南区规范化建设质保金，按装修工程款的多少比例付？", SOUTH, "2.5%"),
    ("what % of the fit-out cost is paid as warranty retention on the 党群中心（南区） 质保金 form?", SOUTH, "2.5%"),
    ("微史馆那笔质保金是按工程款的百分之几付的？", MUSEUM, "0.3%"),
    ("Which percentage of the project money is paid as warranty (质保金) in the 浦江初心微史馆 project?", MUSEUM, "0.3%"),
    ("浦江初心微史馆质保金的依据文件是哪个？", MUSEUM, "闵浦府抄【2021】11号"),
])
def test_a_fact_the_named_forms_text_gives(seed_store, question, name, printed):
    answer = _ask(seed_store, question)
    assert [r.project_name for r in answer.records] == [name]
    assert printed in answer.text


def test_a_share_of_a_field_stays_the_field(seed_store):
    answer = _ask(seed_store, "党群中心（南区）规范化建设质保金的执行率是多少？")
    assert answer.value == 0.0 and "写到百分比" not in answer.text


@pytest.mark.parametrize("question, value", [
    ("安保经费的交通辅警人数比社工点经费的社工人数多多少？", 33.0),  # 52 − 19, the rows' figures, not their scores (10 − 10)
    ("安保经费的执行数比社工点经费多多少？", 61.27),  # a form's field: unchanged
])
def test_the_difference_between_two_named_forms_rows(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value)


def test_a_rows_line_gives_the_column_asked():
    from assistant.pair_compare import _row_figure

    line = "安保经费（平安办） · 产出指标/数量指标 · 交通辅警人数：年度指标值 =52.00(人)（即 52人），实际完成值 50.00(人)（即 50人），得分 10.00/10.00"
    assert _row_figure(line, "交通辅警人数比社工人数多多少？") == "50.00"
    assert _row_figure(line, "目标比社工人数多多少？") == "52.00"
    assert _row_figure(line, "得分比社工人数多多少？") is None
    assert _row_figure("社工：全年执行数 364.79 万元", "执行数多多少？") is None


@pytest.mark.parametrize("question, row, printed", [
    ("重精患者监护人奖励费里，监护人数这个指标的年度目标值是怎么写的？", "重精患者监护人数", "≥46.00(人)"),
    ("平安志愿者经费里志愿者人数的目标值是怎么写的？", "志愿者人数", "=1020.00(人)"),
])
def test_a_rows_target_value_is_not_the_forms_goal(seed_store, question, row, printed):
    text = _ask(seed_store, question).text
    assert row in text and printed in text and "年度总体目标" not in text


def test_the_forms_annual_goal_asked_how_it_is_written_stays_the_goal(seed_store):
    assert "将本年度符合政策条件的人员纳入奖补范围" in _ask(seed_store, "重精患者监护人奖励费的年度目标是怎么写的？").text


@pytest.mark.parametrize("question, value", [
    ("how many pts did the 劝导队 one get docked on its indicators", 0.1),  # shorthand pts: the rows' points lost
    ("how many points did the 劝导队 one get docked on its indicators", 0.1),
    ("how many pts did 社工 score in total", 99.55),
])
def test_points_said_in_shorthand(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value)


@pytest.mark.parametrize("question", ["劝导队经费里被扣分的那条指标，最后得了几分？", "劝导队经费里被扣分的指标得分是多少？"])
def test_the_row_a_description_picks_is_no_pointer_back(seed_store, question):
    answer = _ask(seed_store, question)
    assert [r.project_name for r in answer.records] == ["劝导队经费（信）"] and "14.9" in answer.text
