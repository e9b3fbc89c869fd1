"""Round 27 (eng27b), English readings by kind: a span of time before the year (in the course of 2023), the budget
fixed at the start of the year, a measure restated by its arithmetic (unspent balance, the full-year budget minus the
amount executed), a grade said in the perfect passive (have been graded 优). Expected values computed from the bundled
forms' printed figures (corpus/001_…txt), not from the assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

CUT = ["下发基层书报杂志费（平安办）", "安保经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
       "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]
ZERO = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）",
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
RAISED = ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "社工",
          "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "鲁汇派出所新址装修工程（平安办）"]


# ----- a span of time before the year; the budget fixed at the start of the year -------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Which forms had their allocation cut over the course of 2023?", CUT),
    ("In the course of fiscal 2023, which projects spent nothing at all?", ZERO),
    ("Which projects spent nothing during fiscal 2023?", ZERO),
    ("Which projects ended with a full-year budget below the allocation set at the outset?", CUT),
    ("Which projects had their allocation raised in the course of 2023, such that the full-year budget stands above "
     "the budget fixed at the start of the year?", RAISED)])
def test_a_span_of_time_before_the_year_reads_the_year(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_a_count_over_the_course_of_the_year(seed_store):
    assert _ask(seed_store, "How many projects were topped up in the course of 2023?", search=None).value == 8


def test_the_budget_fixed_at_the_start_of_the_year_is_the_initial_budget(seed_store):
    assert _ask(seed_store, "What was the budget fixed at the start of the year for 社工?", search=None).value == \
        pytest.approx(2087.07)


# ----- a measure restated by its arithmetic; a ratio of totals said in the passive ----------------------------------

@pytest.mark.parametrize("question, expected", [
    ("What unspent balance remains on the 社工 project once the amount executed is deducted from its full-year budget?",
     95.46),  # 2,138.12 − 2,042.66
    ("How much did 公安后勤及协管员经费（平安办） leave unused, i.e. its full-year budget less the amount executed, in 万元?",
     93.55),  # 213.47 − 119.92
    ("How much did 公安后勤及协管员经费（平安办） leave unused?", 93.55),
    ("What is the full-year executed amount of 社工?", 2042.66)])
def test_a_measure_restated_by_its_arithmetic_is_the_measure(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected)


def test_the_largest_unspent_balance_measured_as_budget_minus_the_full_year_executed_amount(seed_store):
    question = ("Which project is left with the largest unspent balance, measured as the full-year budget minus the "
                "full-year executed amount?")
    assert _names(_ask(seed_store, question, search=None)) == ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]


def test_a_ratio_of_totals_said_in_the_passive(seed_store):
    question = ("For the 信访办 projects, what rate results when the total executed amount is divided by the total "
                "full-year budget?")
    assert _ask(seed_store, question, search=None).value == pytest.approx(346.13 / 369.57 * 100)


# ----- a grade said in the perfect passive ----------------------------------------------------------------------------

UNGRADED = ["下拨经费（党群中心）", "事业编残保金（党群中心）", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）", "社工"]


@pytest.mark.parametrize("question, expected", [
    ("How many of the forms have been graded 优?", 22),
    ("How many forms have been awarded 优?", 22),
    ("How many forms weren't rated 优?", 6),
    ("Considering only those forms to which a grade has been assigned, what is their average total score?", 97.9414),
    ("Among the forms that have been given a grade, what is the average total score?", 97.9414)])
def test_a_grade_said_in_the_perfect_passive(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("question", ["Which forms have not been graded 优?", "Which forms haven't been awarded 优?",
                                      "Which forms have been assigned no grade?"])
def test_a_grade_denied_in_the_perfect_passive(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == sorted(UNGRADED)


# ----- the whole amount said with entirety ----------------------------------------------------------------------------

FULL = ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "下发基层书报杂志费（平安办）", "图像视频监控系统租赁经费（平安办）",
        "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社会治安保障经费（平安办）", "社工点经费（平安办）",
        "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question", [
    "Which forms report an execution rate of exactly 100%, the full-year appropriation having been disbursed in its entirety?",
    "Which projects disbursed their appropriation in its entirety?",
    "Which projects spent the entire amount?"])
def test_the_whole_amount_said_with_entirety(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == sorted(FULL)


def test_less_than_the_entire_amount_is_short_of_full_execution(seed_store):
    answer = _ask(seed_store, "How many projects executed more than 60% of the budget but less than the entire amount?",
                  search=None)
    assert answer.value == 10  # 95.53 72.68 96.70 66.74 92.77 98.67 99.06 97.98 81.80 99.32


# ----- a name said to mention words -----------------------------------------------------------------------------------

def test_a_name_said_to_mention_words_holds_them(seed_store):
    question = "What is the combined full-year budget, in 万元, of the projects whose names mention a police station (派出所)?"
    assert _ask(seed_store, question, search=None).value == pytest.approx(1016.46)  # 60.00 + 769.86 + 186.60
    assert _names(_ask(seed_store, "Which projects have names featuring 人才?", search=None)) == ["人才健康体检", "人才活动"]
