"""Round 30 (eng30b): statistics, sums, shares and counts over a subset or a derived measure, the restriction kept — the
net movement of the budget over every form, a remark that zero counts too, a grade below the best one, a share of forms
at exactly 100% execution, money not spent said in learner's English, a name without its office tag, a condition
restated after a sentence break, a figure every listed form shares. Expected values computed from the bundled forms
with SQL over the store's tables, not from the assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

NO_TAG = ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费", "社工",
          "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]  # 2291.77 万元 of final budget together
RAISED = ["人才健康体检", "人才活动", "户籍档案数字化加工项目", "杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "社工",
          "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "鲁汇派出所新址装修工程（平安办）"]
CUT = ["下发基层书报杂志费（平安办）", "安保经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "社工点经费（平安办）",
       "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question", [
    "What is the net movement between the opening and final budget for the whole portfolio of 28 forms?",
    "Over the whole set of forms, what was the net shift from the start-of-year budget to the year-end budget?",
    "All forms combined, by how much did the envelope grow from opening budget to full-year budget?",
    "All forms combined, by how much did the allocation grow from opening budget to full-year budget?",
    "全部28张表合计，全年预算数比年初预算数净变动了多少？"])
def test_the_net_movement_over_every_form_is_final_minus_opening(seed_store, question):
    assert _ask(seed_store, question).value == pytest.approx(389.1, abs=0.01)


def test_the_whole_portfolio_of_the_stores_count_is_every_form():
    from assistant.whole_scope import store_count

    assert store_count("the total for the whole portfolio of 28 forms?", 28) == "the total for all the forms?"
    assert store_count("the whole set of 12 forms", 28) == "the whole set of 12 forms"  # another count stays


@pytest.mark.parametrize("question", [
    "How many programmes show an opening budget under 500,000 yuan (zero opening budgets included)?",
    "How many forms had an initial budget below 50万元, counting those with no initial budget at all?",
    "Number of projects whose starting budget is less than 500k yuan, including the ones that started at zero?",
    "年初预算不足50万元的项目有几个（年初为0的也算进去）？"])
def test_zero_said_to_count_under_an_upper_bound_adds_no_condition(seed_store, question):
    assert _ask(seed_store, question).value == 13


def test_zero_said_to_count_without_an_upper_bound_stays():
    from assistant.asides import without_asides

    kept = "How many forms had an opening budget above 50万元 (zero included)?"
    assert "zero" in without_asides(kept)
    assert "zero" not in without_asides("How many forms had an opening budget under 50万元 (zero included)?")


@pytest.mark.parametrize("question", [
    "Of the programmes that were given a grade, how many were marked down to anything below 优?",
    "Among the rated projects, how many received a rating lower than 优?",
    "How many of the graded forms were rated worse than 优?",
    "评了等级的项目当中，低于优的有几个？"])
def test_a_grade_below_the_best_is_another_grade_printed(seed_store, question):
    assert _ask(seed_store, question).value == 0


def test_below_the_best_grade_reads_as_other_than_it(seed_store):
    answer = _ask(seed_store, "Which forms got a grade below 优?")
    assert answer.records == [] and "not (grade = 优)" in answer.interpretation


@pytest.mark.parametrize("question", [
    "What percentage of the programmes achieved exactly 100% execution?",
    "What proportion of forms recorded an execution rate of precisely 100%?",
    "执行率恰好100%的项目占比多少？"])
def test_the_share_of_forms_at_exactly_full_execution(seed_store, question):
    assert _ask(seed_store, question).value == pytest.approx(28.57, abs=0.01)  # 8 of 28


def test_achieved_before_a_figure_and_a_forms_field_is_that_field(seed_store):
    assert len(_ask(seed_store, "Which programmes achieved 100% execution?").records) == 8


@pytest.mark.parametrize("questions, expected", [
    (("how many money not used in 公安后勤及协管员经费（平安办）? in 万元 please",), 93.55),
    (("how many money left over for 人才活动, in 万元?",), 35.48),
    (("Which projects are implemented by 信访办?", "and the total money they not spent, in 万元?"), 23.44),
    (("Which projects are implemented by 信访办?", "and how much money they not used in total?"), 23.44),
    (("Which projects have 人才 in their names?", "What was the budget not spent by them, added up?"), 51.38)])
def test_money_not_spent_in_learners_english(seed_store, questions, expected):
    assert _ask(seed_store, *questions).value == pytest.approx(expected, abs=0.01)


def test_a_budget_not_spent_in_full_stays_a_condition():
    from assistant.unspent_said import unspent_said

    assert unspent_said("Which forms had their budget not spent in full?") == "Which forms had their budget not spent in full?"
    assert unspent_said("how many money not used in X") == "how much unspent balance in X"
    assert unspent_said("How many budget lines were cut?") == "How many budget lines were cut?"  # budgets are counted


@pytest.mark.parametrize("questions", [
    ("Which programmes spent nothing at all?", "What total score did each of them end up with?"),
    ("哪些项目一分钱都没花？", "那它们每个的总分各是多少？")])
def test_a_figure_every_listed_form_shares_is_the_value(seed_store, questions):
    answer = _ask(seed_store, *questions)
    assert answer.value == 90 and len(answer.records) == 3


def test_a_figure_the_listed_forms_do_not_share_gives_no_value(seed_store):
    assert _ask(seed_store, "Which projects are implemented by 信访办?", "What total score did each of them get?").value is None


@pytest.mark.parametrize("question", [
    "Summing final budgets for the programmes whose names carry no bracketed office tag, what do you get?",
    "Add up the final budgets of the projects with no office tag in brackets after the name.",
    "名称末尾没带科室标签的项目，全年预算加起来多少"])
def test_the_total_over_forms_without_an_office_tag(seed_store, question):
    assert _ask(seed_store, question).value == pytest.approx(2291.77, abs=0.01)


@pytest.mark.parametrize("question", [
    "项目名称末尾没有带（平安办）（信）（党群中心）这类科室标签的项目有哪些",
    "名称后面没挂（平安办）、（信）这种科室括号的项目有哪些",
    "Which projects have no office tag such as (平安办) or (信) in their names?"])
def test_tags_given_as_examples_of_the_class_name_no_tag(seed_store, question):
    assert _names(_ask(seed_store, question)) == sorted(NO_TAG)


def test_a_named_tag_stays_a_condition(seed_store):
    assert len(_ask(seed_store, "名称带（平安办）的项目有哪些").records) == 14


@pytest.mark.parametrize("question, expected", [
    ("哪些项目年中追加过预算？就是全年预算数大于年初预算数的，全部列出来", RAISED),
    ("哪些项目年中被调减了预算？就是全年预算数小于年初预算数的，列出来", CUT)])
def test_a_condition_restated_after_a_sentence_break(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_the_added_total_over_the_topped_up_forms_with_its_definition(seed_store):
    question = "Across all programmes that were topped up in-year, how much was added in total (final budget minus opening budget), in 万元?"
    assert _ask(seed_store, question).value == pytest.approx(408.39, abs=0.01)
    assert _ask(seed_store, "Which forms have (final budget minus opening budget) above 50?").records  # a measure compared stays


@pytest.mark.parametrize("question, expected", [
    ("按（全年预算数-年初预算数）升序排，调减最多的前2个项目是哪两个", ["安保经费（平安办）", "社工点经费（平安办）"]),
    ("追加最多的前2个项目是哪两个", ["杜行派出所公用事业费", "鲁汇派出所新址装修工程（平安办）"])])
def test_which_two_after_the_same_count_restates_it(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
