"""Round 18 (exclusions18): one exclusion reader (assistant/exclusion.py over data/exclusions.tsv); a follow-up that
leaves forms out or puts them back keeps the last statistic (那不算信访办的呢, "and if we leave out X?", 加上X呢,
"with the zero-spend ones back in"); a count asked over a text search's forms (how many forms say payment slipped to
the next year?). Expected values computed from the bundled forms (`jixiao export --format json`), not from the
assistant; the same kinds on an invented store (the petitions office renamed)."""

from __future__ import annotations

import pytest

from assistant import exclusion
from assistant.lexicon import load
from support import asked as _ask

ANNUAL_ALL = 8065.00       # sum of annual_budget over the 28 forms
ANNUAL_NOT_PETITIONS = 7695.43  # less the 3 forms implemented by 信访办 (4.03 + 292.5 + 73.04)
INITIAL_NOT_PETITIONS = 7306.33
SCORE_ALL = 97.3568        # average total_score of the 28 forms
SCORE_SPENDING = 98.2396   # of the 25 forms whose executed figure is not 0


# ----- the one reader -------------------------------------------------------------------------------------------------

def test_the_lexicon_reads_its_exclusion_words_from_the_one_file():
    words = load()
    assert {"除了", "excluding", "all but"} <= set(words.keys("exclusion"))
    assert {"不算", "are left out", "排除掉"} <= set(words.keys("closing_not"))
    assert exclusion.words() == exclusion.words(words)


@pytest.mark.parametrize("question, cue, span, named, scope", [
    ("除了平安志愿者经费，还有哪些表提到志愿者", "除了", (0, 10), "平安志愿者经费", "question"),
    ("那不算信访办的呢", "不算", (0, 8), "那信访办的呢", "previous"),
    ("Which forms mention volunteers, not counting the 平安志愿者 budget?", "not counting", (31, 62), "the 平安志愿者 budget",
     "question"),
])
def test_clauses_their_cue_span_what_they_name_and_their_scope(question, cue, span, named, scope):
    (found,) = exclusion.clauses(question)
    assert (found.cue, found.span, found.named, found.scope) == (cue, span, named, scope)


@pytest.mark.parametrize("question, again", [
    ("那不算信访办的呢", True), ("And if we leave out the 信访办 ones?", True), ("加上信访办", True),
    ("Same figure, but without the petition office's projects", True), ("What about with the zero-spend ones back in?", True),
    ("哪些项目执行率低于60%", False), ("Which forms mention volunteers?", False)])
def test_a_question_asking_the_last_statistic_again(question, again):
    assert exclusion.asks_again(question, []) is again


def test_a_dropped_exclusion_word_is_named():
    assert exclusion.dropped_exclusions(["leave out", "怎么"]) == ["leave out"]


# ----- follow-ups keep the statistic, on the bundled store ---------------------------------------------------------

@pytest.mark.parametrize("questions, value", [
    (("全年预算合计多少万元", "那不算信访办的呢"), ANNUAL_NOT_PETITIONS),
    (("What's the total full-year budget across all forms?", "And if we leave out the 信访办 ones?"), ANNUAL_NOT_PETITIONS),
    (("平均总分是多少", "去掉没执行的呢"), SCORE_SPENDING),
    (("How many forms have an execution rate below 60%?", "and leaving out the 党群中心 ones?"), 6),  # 9 less 2, 5, 6
    (("不算信访办的，全年预算合计多少", "加上信访办呢"), ANNUAL_ALL),
    (("Excluding the zero-spend forms, what is the average total score?", "What about with the zero-spend ones back in?"), SCORE_ALL),
    (("执行率低于60%的有几个，平安办的不算", "把平安办的也算上呢"), 9),
    (("Sum of the opening budgets?", "Same figure, but without the petition office's projects"), INITIAL_NOT_PETITIONS),
])
def test_a_follow_up_leaving_out_or_putting_back_keeps_the_statistic(seed_store, questions, value):
    assert _ask(seed_store, *questions, search=None).value == pytest.approx(value, abs=0.01)


def test_a_follow_up_after_a_list_stays_a_list(seed_store):
    answer = _ask(seed_store, "执行率低于60%的有哪些", "那不算平安办的呢", search=None)
    assert len(answer.records) == 6  # 9 forms under 60% less the 3 平安办 ones


# ----- the same kinds on an invented store -------------------------------------------------------------------------

@pytest.fixture
def invented(fresh_store, tmp_path):
    """The corpus with the petitions office renamed 环保科: nothing about 信访办 is built in."""
    from corpus import default_files
    from store.ingest import ingest_paths

    text = default_files()[0].read_text(encoding="utf-8").replace("信访办", "环保科")
    path = tmp_path / "invented.txt"
    path.write_text(text, encoding="utf-8")
    ingest_paths(fresh_store, [path])
    return fresh_store


@pytest.mark.parametrize("questions, value", [
    (("全年预算合计多少万元", "那不算环保科的呢"), ANNUAL_NOT_PETITIONS),
    (("不算环保科的，全年预算合计多少", "加上环保科呢"), ANNUAL_ALL),
    (("What's the total full-year budget?", "And what if we leave out the 环保科 forms?"), ANNUAL_NOT_PETITIONS),
])
def test_the_kinds_on_an_invented_store(invented, questions, value):
    assert _ask(invented, *questions, search=None).value == pytest.approx(value, abs=0.01)


# ----- a count over a text search's forms ----------------------------------------------------------------------------

def test_the_forms_counted_are_not_what_the_text_says():
    from assistant.saying import form_count, without_form_count

    assert without_form_count("说资金紧张的项目共有几个").strip() == "说资金紧张的"
    assert form_count("有几个项目提到验收", [5, 6, 12, 21, 25, 5]) == 5.0
    assert form_count("哪些项目提到验收", [5, 6]) is None


@pytest.mark.parametrize("question", ["多少张表说因为资金紧张延后支付了", "有多少个项目说钱到2024年度才付"])
def test_a_count_of_the_forms_a_deferral_search_finds(seed_store, question):
    # 党建活动, 下拨经费, the two 质保金 forms and 人才活动 write 资金紧张 … 2024年 支付/下拨
    assert _ask(seed_store, question, search=None).value == 5
