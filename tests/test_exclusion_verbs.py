"""A verb of taking out is an exclusion only as an instruction at a clause's start, never as the forms' own word."""

from __future__ import annotations

import pytest

from assistant.exclusion import joined_exclusions
from support import asked as _ask, names_of as _names


@pytest.mark.parametrize("question, expected", [
    ("Remove the forms with a zero opening budget - how many scored 100?",
     "excluding the forms with a zero opening budget - how many scored 100?"),
    ("Cross out those run by 信访办. Which remain?", "excluding those run by 信访办. Which remain?"),
    ("How many scored 100? Get rid of any run by 信访办.", "How many scored 100? excluding any run by 信访办."),
    ("Take the 信访办 forms out; what is left?", "excluding the 信访办 forms; what is left?"),
    # inside a sentence the verb is what a form says, and it stays
    ("Which form says staff had to remove petitioners from offices?",
     "Which form says staff had to remove petitioners from offices?"),
    ("Which projects weed out faulty cameras?", "Which projects weed out faulty cameras?"),
])
def test_opening_verbs_are_exclusions(question, expected):
    assert joined_exclusions(question) == expected


def test_an_opening_verb_excludes_on_the_store(seed_store):
    # 7 forms score 100 with a nonzero opening budget (jixiao export: initial_budget != 0 and total_score == 100)
    assert _ask(seed_store, "Remove the forms with a zero opening budget - how many forms scored 100?", search=None).value == 7
    assert len(_names(_ask(seed_store, "Cross out those run by 信访办. Which remain?", search=None))) == 25


def test_the_verb_inside_a_sentence_is_searched_not_refused(seed_store):
    answer = _ask(seed_store, "Which form says its staff had to remove petitioners from leaders' offices?", search=None)
    assert answer.kind != "unknown"
    assert "劝导队经费（信）" in _names(answer)
