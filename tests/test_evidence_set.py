"""Narrative questions answer with exactly the forms whose text says so, each with its evidence (literal expected values)."""

from __future__ import annotations

import pytest

from assistant import evidence_set as es
from assistant import vocabulary as vocab
from assistant.conversation import Conversation
from assistant.evidence_set import Concept, Support

DEFERRED = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
            "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"]


def _labels(found):
    return [concept.label for concept in found]


# ----- units ---------------------------------------------------------------------------------------------------


def test_chinese_concepts_are_the_key_words_with_the_forms_other_words_for_them():
    found = es.concepts("用存量资金支付补贴的是哪个项目", "zh", vocab.STOPWORDS_ZH)
    assert _labels(found) == ["存量", "资金", "支付", "补贴"]
    assert found[1].alternatives == ("资金", "经费")
    assert es.concepts("派出所装修", "zh", vocab.STOPWORDS_ZH)[1].alternatives == ("装修", "修缮", "改造", "装修工程", "装饰")


def test_compounds_are_read_as_their_words():
    # a form writes 信访 without 工作, and 党务 … 工作者 apart
    assert _labels(es.concepts("哪些项目和信访工作有关", "zh", vocab.STOPWORDS_ZH)) == ["信访"]
    assert _labels(es.concepts("党务工作者技能大赛", "zh", vocab.STOPWORDS_ZH)) == ["党务", "工作者", "技能", "大赛"]


def test_a_word_the_question_says_itself_is_no_other_words_synonym():
    # 推迟 expands to 支付 for search, but here 支付 is asked for on its own.
    found = es.concepts("推迟支付的项目", "zh", vocab.STOPWORDS_ZH)
    assert found[0].alternatives == ("推迟", "延期", "延迟", "滞后")


def test_english_concepts_come_from_the_glossary_and_figures():
    found = es.concepts("Which project leased 240 information-collection devices and 8 body cameras?", "en",
                        vocab.STOPWORDS_ZH)
    assert _labels(found) == ["information collection", "body cameras", "devices", "leased", "240", "8"]
    assert found[1].alternatives == ("执法仪", "执法记录仪")


def test_frame_words_and_section_labels_no_form_says_are_set_apart(seed_store):
    kept, frame = es.weighted(seed_store, es.concepts("Which projects' outcome says the work was completed on time?",
                                                      "en", vocab.STOPWORDS_ZH))
    assert _labels(kept) == ["completed", "on time"] and _labels(frame) == ["outcome"]
    kept, frame = es.weighted(seed_store, es.concepts("哪个项目解释执行率低", "zh", vocab.STOPWORDS_ZH))
    # 执行率低 is a phrase of the synonym table: read whole, by the forms' words for it (执行率较低, 结余)
    assert _labels(kept) == ["执行率低"] and _labels(frame) == ["解释"]
    kept, frame = es.weighted(seed_store, es.concepts("因为暴雨延误的项目", "zh", vocab.STOPWORDS_ZH))
    assert [(c.label, c.forms) for c in kept] == [("暴雨", 0), ("延误", 0)] and frame == []


def test_project_name_words_are_marked_named():
    found = es.concepts("面积是多少", "zh", vocab.STOPWORDS_ZH, ["鲁汇派出所"])
    assert [(c.label, c.named) for c in found] == [("面积", False), ("鲁汇", True), ("派出所", True)]


@pytest.mark.parametrize("unit, label, expected", [
    ("租赁信息采集设备240台，督导执法仪8台", "8", True),
    ("开展活动18场", "8", False),
    ("信息采集设备（产出指标·数量指标）目标 =240.00(台)", "240", True),
    ("年度资金总额 1,240 万元", "1240", True),
])
def test_a_figure_is_held_as_a_whole_number(unit, label, expected):
    assert es.holds(unit, Concept(label, (label,))) is expected


@pytest.mark.parametrize("question, singular", [
    ("用存量资金支付补贴的是哪个项目", True),
    ("哪个项目解释执行率低", True),
    ("Which project leased 240 devices?", True),
    ("哪些项目推迟支付", False),
    ("Which projects mention volunteers?", False),
])
def test_singular_questions(question, singular):
    assert es.is_singular(question) is singular


def _support(name, coverage, score=0.0, numbers=True):
    return Support(0, name, 2023, "outcome", name + "的句子", coverage, score, numbers)


def test_selection_keeps_forms_close_to_the_best_covered():
    supports = [_support("甲", 1.0), _support("乙", 0.8), _support("丙", 0.7), _support("丁", 0.4)]
    assert [s.project_name for s in es.select(supports, singular=False)] == ["甲", "乙"]
    assert [s.project_name for s in es.select(supports, singular=True)] == ["甲"]


def test_singular_keeps_ties_and_a_search_neighbour_needs_fair_coverage():
    tied = [_support("甲", 0.9), _support("乙", 0.9), _support("丙", 0.5)]
    assert [s.project_name for s in es.select(tied, singular=True)] == ["甲", "乙"]
    ranked = [_support("甲", 0.74, score=1.0), _support("乙", 0.38, score=0.97), _support("丙", 0.2, score=0.99)]
    assert [s.project_name for s in es.select(ranked, singular=False)] == ["甲", "乙"]


def test_nothing_is_asserted_below_half_or_when_most_of_the_question_is_said_nowhere():
    assert es.select([_support("甲", 0.45), _support("乙", 0.3)], singular=False) == []
    assert es.select([_support("甲", 1.0)], singular=False, unsaid_share=0.6) == []
    assert es.select([_support("甲", 1.0, numbers=False), _support("乙", 0.8)], singular=False)[0].project_name == "乙"


# ----- on the bundled corpus: with the keyword fallback and with the lexical index ----------------------------


@pytest.fixture(scope="module")
def lexical(seed_store, tmp_path_factory):
    from index.service import SearchService

    return SearchService(seed_store, index_dir=tmp_path_factory.mktemp("narrative-index"))


def _ask(store, search, question):
    return Conversation(store, search=search, llm=None).ask(question)


@pytest.mark.parametrize("use_index", [False, True])
@pytest.mark.parametrize("question, expected", [
    ("用存量资金支付补贴的是哪个项目", ["下拨经费（党群中心）"]),
    ("哪些项目的部分经费用存量资金支付", ["下拨经费（党群中心）"]),
    ("Which project paid subsidies out of existing funds?", ["下拨经费（党群中心）"]),
    ("哪个项目解决派出所后勤人员的就餐问题", ["公安后勤及协管员经费（平安办）"]),
    ("Which project pays for the meals of police logistics staff?", ["公安后勤及协管员经费（平安办）"]),
    ("Which project leased 240 information-collection devices and 8 body cameras for supervisors?",
     ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）"]),
    ("Which warranty deposit was paid 5 years after the works were completed?",
     ["党群中心（南区）规范化建设质保金（党群中心）"]),
    ("派出所装修", ["鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    ("哪些项目因为资金紧张，经费到2024年才支付", DEFERRED),
    ("which projects were short of money this year", DEFERRED),
])
def test_narrative_questions_return_the_forms_that_say_so(seed_store, lexical, use_index, question, expected):
    answer = _ask(seed_store, lexical if use_index else None, question)
    assert sorted(r.project_name for r in answer.records) == sorted(expected)
    assert answer.closest == []


def test_each_form_carries_its_evidence_sentence(seed_store, lexical):
    answer = _ask(seed_store, lexical, "哪个项目解决派出所后勤人员的就餐问题")
    assert answer.records[0].detail == "outcome: 解决派出所后勤人员的生活保障及就餐问题，提高队员工作积极性。"
    assert "（“派出所”按文本而非项目名读）" in answer.text
    rows = _ask(seed_store, lexical, "Which projects used an indicator about how quickly equipment faults are responded to?")
    assert [(r.project_name, r.detail) for r in rows.records] == [(
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）",
        "indicator: 设备故障响应及时性（产出指标·时效指标）目标 2小时，实际 达成指标")]


def test_when_no_form_says_it_the_closest_are_shown_not_asserted(seed_store, lexical):
    # 验收 is written on several forms, 天气 on none: a form that only says 验收 is not the answer.
    answer = _ask(seed_store, lexical, "哪些项目因为天气原因推迟了验收")
    assert answer.records == [] and len(answer.closest) == es.CLOSEST
    assert answer.text.startswith("没有项目的文本明确这样说。最接近的（不确定）：")
    assert answer.text.endswith("（没有项目的文本写到：天气、推迟）\n未使用：原因")
    payload = answer.to_json()
    assert payload["records"] == [] and payload["closest"][0]["project_name"] == answer.closest[0].project_name


# ----- an invented store: nothing about the bundled corpus is built in ---------------------------------------


@pytest.fixture
def invented(fresh_store, tmp_path):
    """The corpus with two narratives rewritten: a training put off by the epidemic, a canteen contract ended."""
    from corpus import default_files
    from store.ingest import ingest_paths

    text = default_files()[0].read_text(encoding="utf-8")
    text = text.replace("按时支付水、电、燃气各项费用，因实际使用无法预估准确，故执行率较低",
                        "受疫情影响，民警培训延期至次年举办，故执行率较低")
    text = text.replace("解决派出所后勤人员的生活保障及就餐问题", "食堂外包合同提前终止，改为发放餐费补贴")
    path = tmp_path / "invented.txt"
    path.write_text(text, encoding="utf-8")
    ingest_paths(fresh_store, [path])
    return fresh_store


@pytest.mark.parametrize("question, expected", [
    ("哪个项目因为疫情把培训延期了", ["杜行派出所公用事业费"]),
    ("Which project postponed training because of the epidemic?", ["杜行派出所公用事业费"]),
    ("食堂外包合同终止的是哪个项目", ["公安后勤及协管员经费（平安办）"]),
])
def test_an_invented_store(invented, question, expected):
    answer = Conversation(invented, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == expected


# ----- lookups: a named project's indicator row, found by its description in either language -----------------------


@pytest.mark.parametrize("question, row, printed", [
    ("How many residents' committees did the 两个实有 project cover?", "居委", "=42.00(个)"),
    ("How many information collection devices were leased under the 实有人口移动信息采集终端 project?", "信息采集设备",
     "=240.00(台)"),
    ("下发基层书报杂志费订了多少份书报杂志", "各类书报杂志书", "≥500.00(份)"),
    ("What satisfaction target did the 鲁汇派出所新址装修工程 form set?", "相关单位满意度", "≥100.00(%)"),
    ("平安治理可视化项目涉及点位的年度指标值", "涉及点位", "=6905.00(个)"),
])
def test_a_named_projects_figure_is_read_from_the_row_it_describes(seed_store, question, row, printed):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert answer.kind == "lookup" and answer.rows[0][3] == row and answer.rows[0][4] == printed
    assert f"{row}：" in answer.text and printed in answer.text


def test_counting_forms_still_counts_forms(seed_store):
    assert Conversation(seed_store, llm=None).ask("信访办有几个项目").value == 3


@pytest.mark.parametrize("question", ["哪些项目推迟了支付", "Which projects deferred payment?", "哪些项目的支付延期了"])
def test_deferred_without_a_year_is_a_year_after_the_forms_own(seed_store, question):
    answer = Conversation(seed_store, llm=None).ask(question)
    assert [r.project_name for r in answer.records] == DEFERRED
    assert answer.records[0].detail == "因2023年度资金紧张，部分活动经费于2024年度支付"


def test_a_deferral_nobody_dated_is_not_a_payment(invented):
    answer = Conversation(invented, llm=None).ask("Which project postponed training because of the epidemic?")
    assert [r.project_name for r in answer.records] == ["杜行派出所公用事业费"]
    assert answer.records[0].detail == "outcome: 受疫情影响，民警培训延期至次年举办，故执行率较低"
