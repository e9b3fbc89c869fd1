"""Round 28 (eng28c), statistics and follow-ups that transfer: points docked on indicator rows summed (over every
indicator line, or over the forms a follow-up points at), …. Expected values computed from the bundled forms with SQL
over the store's tables, not from the assistant."""

from __future__ import annotations

import pytest

from support import asked as _ask, names_of as _names

DOCKED = ["劝导队经费（信）"]  # the one form whose indicator row scored below its weight: 14.9 of 15


# ----- points docked on indicator rows ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("Across every indicator line on every form, how many points in total were docked (allotted points minus points "
     "awarded)? Do not count the funding-execution score.", 0.1),
    ("Summed over every indicator line on every form, how many points were docked in total?", 0.1),
    ("Across the indicator lines of the （平安办） forms, how many marks were docked altogether?", 0.0),
    ("How many points were lost on the budget execution line in total?", 73.91)])
def test_points_docked_on_every_indicator_line_are_the_rows_points_lost(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.005)


@pytest.mark.parametrize("first, question", [
    ("Which forms docked points on an indicator?", "How many points were docked there?"),
    ("Apart from the execution-rate part, did any project get docked marks on its performance indicators? Which one?",
     "How many marks were docked there?"),
    ("Which forms lost marks on an indicator?", "How many marks is that in all?"),
    ("哪些项目有指标被扣了分？", "一共扣了几分？")])
def test_points_docked_there_after_the_forms_docked_are_their_rows_points(seed_store, first, question):
    answer = _ask(seed_store, first, question, search=None)
    assert answer.value == pytest.approx(0.1, abs=0.005)
    assert _names(answer) == DOCKED


def test_the_budget_line_left_out_of_a_docking_question_is_no_condition(seed_store):
    answer = _ask(seed_store, "Apart from the execution-rate part, did any project get docked marks on its performance "
                              "indicators? Which one?", search=None)
    assert _names(answer) == DOCKED


# ----- a budget change summed over the whole set, or over a follow-up's forms ------------------------------------------

@pytest.mark.parametrize("question", [
    "By how much did the aggregate budget grow from original to final appropriation, summed over all forms?",
    "Taking all forms together, by how much did the total budget rise between the start of the year and the year end?",
    "How much did the budgets grow in total across all the forms, from the initial to the final figure?",
    "Overall, by how much did the combined budget of every project increase between the opening and the final allocation?"])
def test_a_budget_change_asked_of_every_form_is_the_net_change(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(389.1, abs=0.005)
    assert len(answer.records) == 28


def test_a_budget_change_asked_without_the_whole_stays_over_the_forms_changed_that_way(seed_store):
    assert _ask(seed_store, "By how much did the budgets grow in total?", search=None).value == pytest.approx(408.39, abs=0.005)


def test_the_amount_cut_from_those_reduced_budgets_is_their_total_cut(seed_store):
    answer = _ask(seed_store, "What is the total amount cut from those reduced budgets, in 万元?", search=None)
    assert answer.value == pytest.approx(19.29, abs=0.005)
    assert _ask(seed_store, "What is the total final budget of the projects cut mid-year?", search=None).value \
        == pytest.approx(903.0, abs=0.005)


def test_a_top_up_totalled_after_leaving_out_the_zero_openings_is_over_the_rest(seed_store):
    answer = _ask(seed_store, "Which programmes had their budgets raised during the year?",
                  "Leave out the ones that started the year with a zero opening budget.",
                  "What is the combined increase for the remainder, in 万元?", search=None)
    assert answer.value == pytest.approx(254.74, abs=0.005)
    assert _names(answer) == sorted(["社工", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"])


# ----- a statistic per project is over every form, never a form the words describe -----------------------------------

@pytest.mark.parametrize("question, expected", [
    ("What is the median final appropriation per project?", 68.27),
    ("Per project, what is the median opening appropriation?", 68.27),
    ("What is the average appropriation per project, in 万元?", 288.04)])
def test_a_median_or_mean_per_project_is_over_every_form(seed_store, question, expected):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(expected, abs=0.005)
    assert len(answer.records) == 28


# ----- the share of money the N largest forms hold ---------------------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("What share of the total full-year budget across all forms (in percent) is accounted for by the two largest "
     "projects?", 56.43),
    ("What percentage of the full-year budget do the three biggest projects account for?", 65.97),
    ("What share of the total budget does the largest project take?", 29.92)])
def test_the_share_of_the_n_largest_forms_counts_n_forms(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.01)


# ----- a share of forms, over every form or over the rest once one is left out ----------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("What percentage of the forms were fully disbursed?", 28.57),
    ("Leaving out the household-register digitisation form, what percentage of the remaining forms were fully "
     "disbursed (execution rate of 100%)?", 29.63)])
def test_a_share_of_the_forms_counts_forms_never_a_balance(seed_store, question, expected):
    assert _ask(seed_store, question, search=None).value == pytest.approx(expected, abs=0.01)
