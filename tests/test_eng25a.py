"""Round 25 (eng25a), kinds of English questions read by what they say: points bound by their head (how many points
were lost on the budget-execution criterion, a total below 100, a perfect 100 overall, the line (worth 10 points)
score); a fraction of the form's 100 points; N points on a single indicator; the forms' year; a named form's rows of a
class counted; a figure before a row's class and column; a measure over one form's amount; which indicators those are;
a date target. Expected values computed from the bundled forms (`jixiao export --format json`), not from the
assistant."""

from __future__ import annotations

import pytest

from assistant.asked_year import _patterns as year_patterns
from assistant.points_fraction import points_said
from assistant.prenominal_figure import figure_after_column
from assistant.recognise import Token
from assistant.rows_counted import counts_rows
from support import asked as _ask, names_of as _names

# Forms whose total score is below 100 (19 of 28), and those at 100 (9).
BELOW_100 = 19
AT_100 = 9
# Points lost on budget execution over all forms: Σ (budget weight − budget score).
BUDGET_POINTS_LOST = 73.91
# Forms named without a bracketed tag.
UNTAGGED = ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费", "社工",
            "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]
# Forms with a satisfaction row targeted at 100%.
SATISFACTION_100 = ["下拨经费（党群中心）", "鲁汇派出所新址装修工程（平安办）"]
LUHUI = "鲁汇派出所新址装修工程（平安办）"


# ----- rewritten or read before composing, on any store ---------------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("Which forms give output indicators more than half of the total points?",
     "Which forms give output indicators more than 50 points in total?"),
    ("where the satisfaction block weighs less than a quarter of the 100 points",
     "where the satisfaction block weighs less than 25 points in total"),
    ("output above 40% of the total points", "output above 40 points in total"),
    ("满意度指标合计超过满分的四分之一的项目", "满意度指标合计超过25分的项目"),
    # a fraction of money is no share of the points
    ("spent more than half of the budget", "spent more than half of the budget"),
])
def test_a_fraction_of_the_points_is_that_many_points(question, plain):
    assert points_said(question) == plain


@pytest.mark.parametrize("question, counts", [
    ("In the X project, how many timeliness indicators are there?", True),
    ("安保经费有几个数量指标？", True),
    ("社工的数量指标有几条？", True),
    ("社工的数量指标是多少？", False),
    ("What is the quantity target of 社工?", False),
])
def test_rows_counted_are_a_count_word_with_the_rows_noun(question, counts):
    assert counts_rows(question) is counts


@pytest.mark.parametrize("question, asks", [
    ("Which fiscal year are these self-evaluations for?", True),
    ("For which year were these filed?", True),
    ("这些表是哪一年的？", True),
    ("Which forms had the highest rate?", False),
])
def test_a_year_asked_is_found(question, asks):
    assert any(p.search(question) for p in year_patterns().values()) is asks


def test_a_figure_before_a_class_and_its_column_moves_after_them():
    tokens = [Token("op", ">=", 0, 8, "at least"), Token("number", "", 11, 14, "95%", value=95.0, unit="percent"),
              Token("class", "质量指标", 15, 29, "quality target")]
    moved = figure_after_column(tokens)
    assert [(t.kind, t.key) for t in moved] == [("class", "质量指标"), ("field", "indicator.target_number"), ("op", ">="),
                                                 ("number", "")]


def test_a_class_alone_gains_no_column():
    tokens = [Token("class", "质量指标", 0, 14, "quality target"), Token("op", ">", 15, 19, "over"),
              Token("number", "", 20, 23, "95%", value=95.0, unit="percent")]
    assert figure_after_column(tokens) == tokens


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Summed over all forms, how many points were lost on the budget-execution criterion?",
    "Across every form, how many points went missing on the budget execution line?",
    "所有项目在预算执行这一项上一共丢了多少分？",
])
def test_points_lost_on_a_part_are_that_parts(seed_store, question):
    assert _ask(seed_store, question, search=None).value == pytest.approx(BUDGET_POINTS_LOST)


@pytest.mark.parametrize("question, count", [
    ("how many forms got a perfect 100 overall?", AT_100),
    ("On how many forms did the budget-execution line (worth 10 points) score less than the full 10?", BELOW_100),
    ("For how many forms did the budget execution item (10 points) score below the full 10?", BELOW_100),
])
def test_points_bound_by_their_head_are_counted(seed_store, question, count):
    assert _ask(seed_store, question, search=None).value == pytest.approx(count)


@pytest.mark.parametrize("question", [
    "Which projects were not given full marks (total below 100)?",
    "Which projects had a total below 100?",
])
def test_a_total_below_100_is_the_total_score(seed_store, question):
    assert len(_ask(seed_store, question, search=None).records) == BELOW_100


def test_a_bracketed_department_tag_is_the_name_tag(seed_store):
    answer = _ask(seed_store, "Which projects have no bracketed department tag in their name at all?", search=None)
    assert _names(answer) == sorted(UNTAGGED)


@pytest.mark.parametrize("question, count", [
    ("Which forms put 30 points or more on a single indicator?", 11),
    ("Which forms give output indicators more than half of the total points?", 9),
    ("In which forms does the satisfaction block weigh less than a quarter of the 100 points?", 19),
])
def test_points_on_rows_and_blocks(seed_store, question, count):
    assert len(_ask(seed_store, question, search=None).records) == count


def test_the_forms_year(seed_store):
    answer = _ask(seed_store, "Which fiscal year are these self-evaluations for?", search=None)
    assert answer.value == 2023 and "2023" in answer.text and "2,023" not in answer.text


def test_a_named_forms_rows_of_a_class_are_counted(seed_store):
    answer = _ask(seed_store, "How many quality indicators does 社工点经费（平安办） have?", search=None)
    assert answer.value == 1


@pytest.mark.parametrize("question", [
    "Which projects set a 100% satisfaction target?",
    "Did anyone set a 100% satisfaction target? Which projects?",
])
def test_a_figure_before_a_class_target(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == sorted(SATISFACTION_100)


def test_the_final_budget_raised_at_some_point(seed_store):
    answer = _ask(seed_store, "Which projects had their appropriation increased at some point during the year, i.e. the "
                              "final full-year budget ended up higher than the opening budget?", search=None)
    assert len(answer.records) == 8


def test_less_than_full_marks_beside_a_row_class_is_the_forms(seed_store):
    answer = _ask(seed_store, "Forms with no timeliness indicator, a final budget above 500k yuan, and less than full marks?",
                  search=None)
    assert _names(answer) == sorted(["社工", "党建活动（党群中心）", "下拨经费（党群中心）", LUHUI,
                                     "杜行派出所新址修缮工程（平安办）"])


@pytest.mark.parametrize("first, then, value", [
    ("biggest mid-year top-up in absolute terms — which project, and how much?",
     "what's that as a percentage of its original budget?", 28.3164),  # 169.89 / 599.97
    ("Which project had the biggest budget cut, and by how much?", "What percentage of its initial budget is that?",
     2.1766),  # 9.48 / 435.54
])
def test_one_forms_figure_over_its_amount(seed_store, first, then, value):
    assert _ask(seed_store, first, then, search=None).value == pytest.approx(value, abs=0.001)


def test_which_indicators_are_those(seed_store):
    answer = _ask(seed_store, "Do any forms contain indicators that carry zero weight?",
                  "Which indicators are those? Give me the Chinese names as printed.", search=None)
    assert _names(answer) == ["户籍档案数字化加工项目"] and "提高户籍民警工作效率" in answer.text


def test_a_date_target_is_the_timeliness_row(seed_store):
    name = "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"
    answer = _ask(seed_store, f"For the {name} project, what was the target number of attending departments and units?",
                  "what about its date target?", search=None)
    assert "2023年1月10日" in answer.text
