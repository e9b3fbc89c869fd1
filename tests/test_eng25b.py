"""Round 25 (eng25b), English questions no reader was written for: a described row's figure asked with no column
(how many surveillance points does X cover, the floor area in square metres), a plural said as optional (which
one(s)?), a share of the budget said before its part (more than a quarter of the final budget left unspent), the
underspend, a count restating the forms named (the five projects tagged X), a tag said missing in other words, a
procurement method (held by no form), a form described with no word for a form (For the community safety volunteers,
…), the form's name in brackets after a description, a figure said before its column (a 100% satisfaction target),
the row a one-form list quoted, asked after it. Expected values computed from the bundled forms (`jixiao export
--format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.answer import Answer, AnswerRecord
from assistant.figure_before_field import figure_after_field
from assistant.optional_plural import plural_said
from assistant.pointer_count import without_pointer_counts
from assistant.recognise import Token
from assistant.row_follow_up import asked_of_row, one_row
from assistant.share_before_part import part_first
from assistant.unheld_fields import unheld_fields
from support import asked as _ask, names_of as _names

QUANZHI = "劝导队经费（信）"
UNTAGGED = ["社工", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费",
            "户籍档案数字化加工项目", "人才活动", "人才健康体检"]
QUARTER_UNSPENT = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
                   "党群中心（南区）规范化建设质保金（党群中心）", "劝导队经费（信）", "杜行派出所公用事业费",
                   "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）",
                   "公安后勤及协管员经费（平安办）", "人才活动", "人才健康体检"]
FULL_SATISFACTION = ["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"]


def _token(kind, key, start, text, value=None, unit=None):
    return Token(kind, key, start, start + len(text), text, value, unit)


# ----- words, on any store ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("Which one(s)?", "Which ones?"),
    ("List the project(s) with no grade printed.", "List the projects with no grade printed."),
    ("Any box(es)?", "Any boxes?"),
    ("哪个（些）项目的执行率低于50%？", "哪些项目的执行率低于50%？"),
    ("(s)tart", "(s)tart"),  # no word before the bracket: no plural
])
def test_an_optional_plural_is_the_plural(question, plain):
    assert plural_said(question) == plain


def test_a_share_before_its_whole_then_the_part_puts_the_part_first():
    tokens = [_token("op", ">", 0, "more than"), _token("number", "", 10, "a quarter", 25.0, "percent"),
              _token("op", "=", 20, "of"), _token("field", "annual_budget", 23, "final budget"),
              _token("field", "unspent", 36, "left unspent")]
    assert [t.key for t in part_first(tokens)] == ["unspent", ">", "", "=", "annual_budget"]


def test_a_negated_spending_after_the_whole_is_the_unspent_part():
    tokens = [_token("op", ">", 0, "超过"), _token("number", "", 2, "四分之一", 25.0, "percent"),
              _token("field", "annual_budget", 7, "全年预算"), _token("not", "not", 11, "没有"),
              _token("field", "executed", 13, "花掉")]
    moved = part_first(tokens)
    assert [(t.kind, t.key) for t in moved][0] == ("field", "unspent") and moved[0].text == "没有花掉" and len(moved) == 4


def test_a_share_of_spending_is_left_alone():
    tokens = [_token("field", "executed", 0, "spent"), _token("op", ">", 6, "more than"),
              _token("number", "", 16, "half", 50.0, "percent"), _token("field", "annual_budget", 21, "budget")]
    assert part_first(tokens) == tokens


def test_a_figure_before_a_row_column_is_that_column_equal_to_it():
    tokens = [_token("number", "", 0, "100%", 100.0, "percent"), _token("class", "满意度指标", 5, "satisfaction"),
              _token("field", "indicator.target_number", 18, "target")]
    assert [(t.kind, t.key) for t in figure_after_field(tokens)] == [
        ("class", "满意度指标"), ("field", "indicator.target_number"), ("op", "="), ("number", "")]


def test_a_figure_compared_already_is_not_moved():
    tokens = [_token("op", ">", 0, "above"), _token("number", "", 6, "90%", 90.0, "percent"),
              _token("field", "indicator.target_number", 10, "target")]
    assert figure_after_field(tokens) == tokens


def test_a_count_in_words_before_the_forms_noun_and_their_tag_restates_them():
    tokens = [_token("number", "", 0, "five", 5.0, "count"), _token("noun", "form", 5, "projects"),
              _token("name_cue", "name", 14, "tagged"), _token("tag", "党群中心", 21, "（党群中心）")]
    assert [t.kind for t in without_pointer_counts(tokens, "five projects tagged （党群中心）")] == ["noun", "name_cue", "tag"]


@pytest.mark.parametrize("question, field", [
    ("What procurement method was used for the video surveillance rental?", "procurement method"),
    ("Was the Luhui renovation contract put out to public tender?", "procurement method"),
    ("图像视频监控系统租赁采用了什么采购方式？", "采购方式"),
])
def test_a_procurement_method_is_a_field_no_form_holds(question, field):
    assert unheld_fields(question, "装修面积 质保金") == [field]


def test_a_tender_some_form_says_is_held():
    assert unheld_fields("哪个项目搞了招标？", "该项目已完成招标") == []


def test_a_one_form_list_quoting_one_row_points_at_that_row():
    listed = Answer(question="q", interpretation="i", kind="list", records=[AnswerRecord(7, QUANZHI, 2023)],
                    text=f"1 form: {QUANZHI}. {QUANZHI} · 维稳工作完成率: =8.00(人) → 4.00(人), 14.9/15")
    row = one_row(listed)
    assert row == (QUANZHI, "维稳工作完成率")
    assert asked_of_row("What were the target and actual on that indicator?", row, "en") == \
        f"What was the target and actual value of the indicator 维稳工作完成率 in the form {QUANZHI}?"
    assert asked_of_row("那个指标的目标值和实际值是多少？", row, "zh") == f"{QUANZHI}里维稳工作完成率的年度指标值和实际完成值是多少？"


# ----- asked of the bundled forms -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("How many surveillance points does the 平安治理可视化 project cover?", 6905.0),
    ("How many social workers does the 社工 form cover?", 97.0),
    ("Renovated floor area at the Luhui police station new site, in square metres?", 7306.2),
    ("What floor area did the Duhang police station new-site repair project cover, in square metres?", 19975.0),
    ("社工点经费覆盖多少名社工？", 19.0),
    ("What weight does the staff-satisfaction KPI carry in the 社工 scorecard?", 30.0),
])
def test_a_described_rows_figure(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(value) and len(answer.records) == 1


def test_rows_counted_are_no_rows_figure(seed_store):
    assert _ask(seed_store, "How many indicators does 社工 have?", search=None).value == pytest.approx(4.0)


def test_the_archiving_rate_target_and_actual(seed_store):
    answer = _ask(seed_store, "Household-registration archive digitisation: what was the target for the archiving "
                              "rate, and what was achieved?", search=None)
    assert "≥80.00(%)" in answer.text and "100.00(%)" in answer.text and _names(answer) == ["户籍档案数字化加工项目"]


@pytest.mark.parametrize("question, names", [
    ("Did any project report an actual value below its indicator target? Which one(s)?", [QUANZHI]),
    ("Which project names carry no department tag in brackets at the end?", UNTAGGED),
    ("List the project titles that lack a department tag in parentheses.", UNTAGGED),
    ("Which allocations had more than a quarter of the final budget left unspent?", QUARTER_UNSPENT),
    ("哪些项目有超过四分之一的全年预算没有花掉？", QUARTER_UNSPENT),
    ("Which forms set a 100% satisfaction target (however it is written)?", FULL_SATISFACTION),
    ("哪些项目设了100%的满意度目标？", FULL_SATISFACTION),
])
def test_the_forms_of_a_condition(seed_store, question, names):
    assert sorted(_names(_ask(seed_store, question, search=None))) == sorted(names)


@pytest.mark.parametrize("question, value", [
    ("Across the five projects tagged （党群中心）, what is the combined underspend against the final budget, in 万元?", 106.34),
    ("How large was the underspend on 禁毒与反邪教（平安办）?", 15.99),
    ("What was the final budget for the Third People's Police Day flag-raising and 110 call-diversion launch ceremony?", 3.03),
    ("For the community safety volunteers, how much was actually disbursed?", 222.79),
    ("关于平安志愿者，全年执行数是多少？", 222.79),
    ("In the police logistics and auxiliary staff form (公安后勤及协管员经费), how many third-level indicators sit under "
     "the quantity indicator heading?", 5.0),
])
def test_a_figure_of_forms_described(seed_store, question, value):
    assert _ask(seed_store, question, search=None).value == pytest.approx(value, abs=0.01)


def test_a_count_that_disagrees_is_named(seed_store):
    answer = _ask(seed_store, "What is the total budget of the four projects tagged （信）?", search=None)
    assert answer.value == pytest.approx(369.57) and "the question says 4 forms; 3 match" in answer.text


def test_a_procurement_method_is_not_understood(seed_store):
    answer = _ask(seed_store, "What procurement method was used for the video surveillance rental?", search=None)
    assert answer.kind == "unknown" and "procurement method" in answer.text


def test_the_row_a_one_form_list_quoted_is_asked_after_it(seed_store):
    answer = _ask(seed_store, "Show me the 信访办 forms.", "Which of them lost points on any indicator?",
                  "What were the target and actual on that indicator?", search=None)
    assert "=8.00(人)" in answer.text and "4.00(人)" in answer.text and _names(answer) == [QUANZHI]


@pytest.mark.parametrize("question, unheld", [
    ("Which forms have an archiving rate above 90%?", []),  # the glossary's 归档率 is a row's
    ("list the projects whose attendance rate was over 95%", ["attendance rate"]),  # 出勤率 no form prints (出席 is looser)
])
def test_a_measure_the_glossary_glosses_whole_is_held_only_by_its_own_word(question, unheld):
    from assistant.unheld import unknown_measures

    forms_text = "户籍人口归档率 出席部门、单位数量"
    assert unknown_measures(question, forms_text, lambda words: []) == unheld
