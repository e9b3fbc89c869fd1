"""Courtesies around a question (请问, "Quick question:", 谢谢) are taken off: they change no answer and no condition."""

from pathlib import Path

import pytest

from assistant.conversation import Conversation
from assistant.courtesy import unwrapped
from assistant.whole_scope import without_whole_scope
from bench.restated import load_wrappers, restated

UNWRAPPED = [
    ("请问，执行率低于60%的项目有哪些，谢谢？", "执行率低于60%的项目有哪些？"),
    ("麻烦帮我查一下：总分最低的", "总分最低的"),
    ("领导让我核对一下，哪些项目年内预算被调减了", "哪些项目年内预算被调减了"),
    ("处长交代我核实一下，哪些项目年内预算被调减了", "哪些项目年内预算被调减了"),
    ("亲，在不在，问个事儿：信访办的项目有几个", "信访办的项目有几个"),
    ("执行率低于60%的项目有哪些，领导等着要", "执行率低于60%的项目有哪些"),
    ("Quick question: which forms have no timeliness indicator?", "which forms have no timeliness indicator?"),
    ("Hope you're well, which projects overspent?", "which projects overspent?"),
    ("Sorry to bother you, but which projects overspent?", "which projects overspent?"),
    ("What was the total full-year budget, in 万元 — thanks in advance?", "What was the total full-year budget, in 万元?"),
    ("Which projects spent less than 60% — asking for my boss?", "Which projects spent less than 60%?"),
    ("What about 信访办, thanks?", "What about 信访办?"),
]
# Leading and closing clauses that hold a condition, a reference back or the question itself stay.
KEPT = [
    "其中，执行率低于60%的有哪些",
    "Of those, which spent less than half?",
    "平安办的项目：哪些执行率低于60%",
    "Among graded forms, which is lowest?",
    "执行率低于60%的，有哪些",
    "执行率低于60%的项目，按执行率排序",
    "信访办的，执行率是多少",
    "In 2023, which forms were cut?",
    "Excluding 社工, what is the average?",
    "不算社工，平均执行率",
    "没花钱的，有几个",
    "谢谢",
    "Hi",
]


@pytest.mark.parametrize("question, expected", UNWRAPPED)
def test_courtesies_around_a_question_are_taken_off(question, expected):
    assert unwrapped(question) == expected


@pytest.mark.parametrize("question", KEPT)
def test_clauses_that_ask_point_back_or_limit_are_kept(question):
    assert unwrapped(question) == question


@pytest.mark.parametrize("question, plain", [
    ("Quick question: which forms have no timeliness indicator (时效指标)?", "Which forms have no timeliness indicator (时效指标)?"),
    ("领导让我核对一下，哪些项目年内预算被调减了", "哪些项目年内预算被调减了"),
    ("安保经费年中被砍了多少，谢谢", "安保经费年中被砍了多少"),
    ("Hope you're well, which projects used less than a quarter of their allocation?",
     "Which projects used less than a quarter of their allocation?"),
])
def test_a_question_in_courtesies_is_answered_as_the_plain_question(seed_store, question, plain):
    wrapped = Conversation(seed_store, search=None, llm=None).ask(question).to_json()
    bare = Conversation(seed_store, search=None, llm=None).ask(plain).to_json()
    assert wrapped["interpretation"] == bare["interpretation"]
    assert wrapped["value"] == bare["value"]
    assert [r["project_name"] for r in wrapped["records"]] == [r["project_name"] for r in bare["records"]]
    assert bare["kind"] != "unknown"


def test_the_cut_of_one_form_is_its_initial_minus_annual_budget_when_thanked(seed_store):
    answer = Conversation(seed_store, search=None, llm=None).ask("安保经费年中被砍了多少，谢谢")
    assert answer.value == pytest.approx(6.69)


def test_restated_puts_a_wrapper_before_or_after_the_question():
    start, end = load_wrappers()[0], [w for w in load_wrappers() if w.lang == "en" and w.place == "end"][0]
    assert restated("哪些项目超支了？", start) == "请问，哪些项目超支了？"
    assert restated("Which projects overspent?", end) == "Which projects overspent, thanks?"


def test_the_wrappers_file_names_file_and_line_of_a_bad_entry(tmp_path: Path):
    path = tmp_path / "wrappers.tsv"
    path.write_text("# comment\nzh\tstart\t请问，\nen\tmiddle\tHi,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"wrappers.tsv:3: expected"):
        load_wrappers(path)


@pytest.mark.parametrize("question, expected", [
    ("2023年度的表里，这些项目的全年预算合计多少万元", "这些项目的全年预算合计多少万元"),
    ("这些项目的全年预算合计多少万元（按2023年的自评表）", "这些项目的全年预算合计多少万元"),
    ("从这批自评表看，其中三级指标超过10个的呢", "其中三级指标超过10个的呢"),
    ("Looking at the 2023 forms, what's their average execution ratio?", "what's their average execution ratio?"),
    ("Which projects used less than 90% of it (2023 forms only)?", "Which projects used less than 90% of it?"),
    ("Which forms were cut, FY2023 scorecards only?", "Which forms were cut?"),
])
def test_a_scope_every_stored_form_meets_is_taken_off(question, expected):
    assert without_whole_scope(question, [2023]) == expected


@pytest.mark.parametrize("question, years", [
    ("2023年度的表里，这些项目的全年预算合计多少万元", [2022, 2023]),  # another year is held: a condition
    ("2023年度的表里，这些项目的全年预算合计多少万元", [None, 2023]),  # a form without a year would be left out
    ("2024年度的表里，哪些项目追加了预算", [2023]),  # a year the store does not hold
    ("哪些项目的经费拖到2024年才支付", [2023]),  # a year in the narrative
    ("Which projects paid in 2023?", [2023]),  # a year without a word for the forms: maybe the text's
])
def test_a_year_that_is_a_condition_stays(question, years):
    assert without_whole_scope(question, years) == question


def test_a_follow_up_scoped_to_the_stores_only_year_stays_a_follow_up(seed_store):
    conversation = Conversation(seed_store, search=None, llm=None)
    first = conversation.ask("信访办实施的项目有哪些")
    total = conversation.ask("2023年度的表里，这些项目的全年预算合计多少万元")
    assert len(first.records) == 3
    assert total.value == pytest.approx(369.57)  # 4.03 + 292.5 + 73.04, not the 8065 of every form


def test_form_years_are_the_distinct_years_of_the_stored_forms(seed_store):
    from store import query as store_query

    assert store_query.form_years(seed_store) == [2023]


def test_figures_are_rewritten_each_way_they_are_said():
    from bench.renumbered import chinese, rewrites

    assert [chinese(n) for n in (5, 15, 60, 105, 110, 1005)] == ["五", "十五", "六十", "一百零五", "一百一十", "一千零五"]
    assert rewrites("执行率低于60%的项目") == ["执行率低于百分之六十的项目", "执行率低于六成的项目"]
    assert rewrites("预算超过50万的项目") == ["预算超过五十万的项目"]
    assert rewrites("Which projects had a budget above 1 million yuan?") == ["Which projects had a budget above 1,000,000 yuan?"]
    assert rewrites("Which projects spent under 60% of their budget?") == ["Which projects spent under 60 percent of their budget?"]
    assert rewrites("哪些项目的经费拖到2024年才支付") == []


@pytest.mark.parametrize("question, points", [("预算执行一共扣了多少分", 73.91), ("信访办项目的指标一共被扣了多少分", 0.1),
                                              ("指标扣分合计是多少分", 0.1)])
def test_points_asked_are_answered_in_points_never_with_a_sum_of_budgets(seed_store, question, points):
    answer = Conversation(seed_store, search=None, llm=None).ask(question)  # round 14: the points-lost measures
    assert "万元" not in (answer.text or "")
    assert answer.value == pytest.approx(points)


def test_a_sum_of_points_asked_in_points_is_answered(seed_store):
    answer = Conversation(seed_store, search=None, llm=None).ask("平安办的项目总分合计多少分")
    assert answer.value == pytest.approx(1378.78)


def test_asks_points_tells_points_from_fractions():
    from assistant.asked_unit import asks_points

    assert asks_points("预算执行一共扣了多少分") and asks_points("How many points were lost?")
    assert not asks_points("执行率不到三分之一的项目") and not asks_points("几分之几的项目") and not asks_points("一共多少钱")
