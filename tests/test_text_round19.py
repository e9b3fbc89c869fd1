"""Round 19, what a string pattern may take: a negator governs only the words near it, and a grade or an indicator
class named in the question is a category's value, never a pattern on a text column; a bare 指标 / indicator names the
indicator-name column. Expected conditions written by hand from the question's words."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.string_pattern import read

NAME, INDICATOR = m.Field("project_name"), m.Field("name", "indicator")


@pytest.mark.parametrize("question", [
    "Which forms with no bracketed office tag at the end of the project name were graded 优?",  # the "no" is the tag's
    "Which forms have no timeliness (时效指标) indicator at all?",  # a class, not a pattern
    "How many forms have no timeliness (时效) indicator at all?",  # a word of the class
    "Which projects without a deviation note were rated 良?",
    "哪些没有偏差说明、而且名称很长的项目被评为优？"])
def test_a_far_negator_or_a_category_value_makes_no_pattern(question):
    assert read(question) is None


@pytest.mark.parametrize("question, condition", [
    ("哪些表里有以“长效管理”开头的指标？", m.HasIndicator(m.Text(INDICATOR, "prefix", "长效管理"))),
    ("Which forms have any indicator beginning with “满意”?", m.HasIndicator(m.Text(INDICATOR, "prefix", "满意"))),
    ("哪些项目的三级指标从来没提到过“满意”？", m.Not(m.HasIndicator(m.Text(INDICATOR, "contains", "满意")))),
    ("Which projects have names that don't contain 所?", m.Not(m.Text(NAME, "contains", "所"))),
    ("哪些项目名称里没有“所”字？", m.Not(m.Text(NAME, "contains", "所")))])
def test_a_near_negator_and_a_bare_indicator_noun_are_read(question, condition):
    assert read(question).condition == condition
