"""Round 20, a field or relation said in words no reader listed, and the leftover guard by function: a money verb with
a year said (what did X pay out during 2023) looks the form's executed amount up; a form named by its id; a name's end
or start said by any verb of ending or beginning; a clause after an exact count that only rules out more or less;
the whole store's own count restated; a count with a verb and no noun; a fund noun read as a condition, its amount
shared by a source coordinated with it. Expected values computed from the bundled forms (`jixiao export --format
json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asides import without_asides
from assistant.conditions import compares
from assistant.exact_clause import without_exact_clause
from assistant.reader import QuestionReader
from assistant.whole_scope import without_whole_scope
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

CUT = ["下发基层书报杂志费（平安办）", "安保经费（平安办）", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）",
       "社工点经费（平安办）", "重精患者监护人奖励费（平安办）"]


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- words rewritten before reading -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, rewritten", [
    ("Which forms list precisely five indicators, not one more?", "Which forms list precisely five indicators?"),
    ("Which forms carry precisely twelve indicators, not eleven, not thirteen?", "Which forms carry precisely twelve indicators?"),
    ("Which forms have 12 indicators — not 11, not 13?", "Which forms have 12 indicators?"),
    ("Which forms have exactly 4 indicators, no more?", "Which forms have exactly 4 indicators?"),
    ("指标恰好12条、一条不多的表有几张？", "指标恰好12条的表有几张？"),
    ("Which forms spent 50, not 60?", "Which forms spent 50, not 60?"),  # a figure that is no neighbour: a condition
    ("Forms scoring 100, and not 城管办?", "Forms scoring 100, and not 城管办?")])  # a name ruled out stays
def test_a_clause_after_a_figure_that_only_rules_out_more_or_less_is_off(question, rewritten):
    assert without_exact_clause(question) == rewritten


def test_the_exact_clause_is_taken_off_among_the_asides():
    assert without_asides("Which forms list precisely five indicators, not one more?") == "Which forms list precisely five indicators?"


@pytest.mark.parametrize("question, rewritten", [
    ("Of these 28 forms, how many executed below 50%?", "how many forms executed below 50%?"),
    ("Among all the projects, which has the highest total score?", "which has the highest total score?"),
    ("How many were cut during the year?", "How many forms were cut during the year?"),
    ("How many indicators does 社工 have?", "How many indicators does 社工 have?"),
    ("Of the 城管办 forms, how many were cut?", "Of the 城管办 forms, how many forms were cut?")])  # a part of the store stays
def test_the_whole_store_restated_is_no_condition_and_a_bare_count_counts_forms(question, rewritten):
    assert without_whole_scope(question, [2023], 28) == rewritten


def test_a_year_the_forms_are_of_is_their_scope_not_a_figure_compared():
    year = m.Compare(m.Field("year"), "=", m.Number(2023, "2023"))
    name = m.Text(m.Field("project_name"), "equals", "X")
    assert not compares(m.conjoin(name, year))
    assert compares(m.conjoin(year, m.Compare(m.Field("executed"), ">", m.Number(5, "5"))))


@pytest.mark.parametrize("question, mode, literal", [
    ("Which project titles close with （环卫所）?", "suffix", "（环卫所）"),
    ("Project names whose last word is 经费?", "suffix", "经费"),
    ("Which names conclude with 维护?", "suffix", "维护"),
    ("Which titles wrap up with the word 经费?", "suffix", "经费"),
    ("Which forms' names terminate in 费?", "suffix", "费"),
    ("Names whose first two characters are 青石?", "prefix", "青石"),
    ("Which project names commence with 道路?", "prefix", "道路"),
    ("名称以“经费”作结的项目", "suffix", "经费")])
def test_a_name_end_said_by_any_verb_of_ending_is_a_suffix(reader, question, mode, literal):
    where = reader.read(question).select.where
    assert isinstance(where, m.Text) and where.field == m.Field("project_name") and (where.mode, where.value) == (mode, literal)


# ----- on the bundled forms -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("What did id 11 (security patrols) really pay out during 2023?", 364.79),
    ("How much did 安保经费 pay out during 2023?", 364.79),
    ("安保经费2023年的执行数是多少？", 364.79),
    ("安保经费2023年预算多少？", 368.25),
    ("劝导队经费实际付了多少？", 2.69),
    ("人才活动付出去多少钱？", 5.52),
    ("编号为22的表执行率多少？", 53.71),
    ("How much did form #11 spend?", 364.79),
    ("Total payouts of the 党群中心 forms?", 145.11),
    ("Of these 28 forms, how many executed below 50%?", 6),
    ("How many forms report spending from carry-over or other funds?", 0),
    ("Which forms carry precisely twelve indicators, not eleven, not thirteen?", None)])
def test_the_figures_on_the_bundled_corpus(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    if value is None:
        assert _names(answer) == ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "禁毒与反邪教（平安办）"]
    else:
        assert answer.value is not None and abs(float(answer.value) - value) < 0.01


@pytest.mark.parametrize("question, expected", [
    ("Project names whose last word is 活动?", ["人才活动"]),
    ("Which names conclude with 体检?", ["人才健康体检"]),
    ("Which forms' names terminate in 费?", ["杜行派出所公用事业费"]),
    ("How many forms were scaled back during the year?", CUT),
    ("哪些表年中被压减了预算？", CUT)])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)


def test_an_id_no_form_has_is_never_read_as_a_figure(seed_store):
    answer = _ask(seed_store, "What is the rate of id 99?", search=None)
    assert answer.kind == "unknown"


def test_an_id_is_a_word_of_its_own(seed_store):
    from assistant.form_ids import named_by_id

    assert named_by_id("Which warranty deposit was paid 5 years after the works were completed?", seed_store) \
        == "Which warranty deposit was paid 5 years after the works were completed?"
    assert named_by_id("What did id 11 (security patrols) pay out?", seed_store) == "What did 安保经费（平安办） pay out?"
