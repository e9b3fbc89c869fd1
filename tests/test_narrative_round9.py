"""Text answers in round 9's fresh wordings: English paraphrases of events and reasons, a payment put off named by
what was paid, a figure or a time read from the row that prints it (literal expected values, on the bundled corpus
without the model)."""

from __future__ import annotations

import pytest

from assistant import evidence_set as es
from assistant import vocabulary as vocab
from assistant.conversation import Conversation
from assistant.text_source import FormText
from index.glossary import glossary_matches
from support import names_of as _names

DEFERRED = ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）"]
RETENTION = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]


def _ask(store, question):
    return Conversation(store, search=None, llm=None).ask(question)


# ----- units ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, phrase, first", [
    ("paid late owing to a cash shortfall", "cash shortfall", "资金紧张"),
    ("paid late owing to a cash shortfall", "paid late", "延期支付"),
    ("because of a budget squeeze", "budget squeeze", "资金紧张"),
    ("the police station fit-out", "fit-out", "装修"),
    ("works that passed acceptance inspection", "acceptance inspection", "验收"),
    ("kept would-be Beijing petitioners in the district", "in the district", "本地"),
    ("the judicial bills were settled", "settled", "结算"),
])
def test_english_paraphrases_of_events_and_reasons_are_in_the_glossary(text, phrase, first):
    matches = dict(glossary_matches(text, inflected=True))
    assert matches[phrase][0] == first


def test_saying_after_what_is_asked_about_is_no_part_of_the_next_word():
    labels = [concept.label for concept in es.concepts("哪张表说来体检的人没有预想的多", "zh", vocab.STOPWORDS_ZH)]
    assert "说来" not in labels
    assert labels[1:] == ["体检", "没有预想"]  # the first, 张表说, is no word of the language: left out as frame


def test_a_figure_is_read_from_the_row_when_a_sentence_says_as_much():
    form = FormText(1, "重精患者监护人奖励费", 2023, [
        ("outcome", "保证重精患者签约率100%，并按时支付监护人奖励费"),
        ("indicator", "重精患者监护人数（产出指标·数量指标）目标 ≥46.00(人)，实际 46.00(人)")])
    found = [es.Concept("guardians", ("监护人",), 1.0), es.Concept("patients", ("患者",), 1.0)]
    assert es.best_evidence(form, found, figure=True).sentence.startswith("重精患者监护人数")
    assert es.best_evidence(form, found).sentence.startswith("保证重精患者签约率")


def test_a_question_asking_when_is_shown_the_row_saying_a_time():
    form = FormText(1, "重精患者监护人奖励费", 2023, [
        ("outcome", "保证重精患者签约率100%，并按时支付监护人奖励费"),
        ("indicator", "奖励费发放及时性（产出指标·时效指标）目标 第一季度，实际 达成指标")])
    found = [es.Concept("reward", ("奖励",), 1.0), es.Concept("guardian", ("监护人",), 1.0)]
    assert es.best_evidence(form, found, timing=True).sentence.endswith("目标 第一季度，实际 达成指标")
    assert es.best_evidence(form, found).sentence == "保证重精患者签约率100%，并按时支付监护人奖励费"


@pytest.mark.parametrize("question, asks", [
    ("When is the guardian reward paid out?", True),
    ("重精患者监护人奖励费什么时候发", True),
    ("Which projects were paid when money was tight?", False),
])
def test_a_question_asking_when(question, asks):
    assert es.uses_cue(question, "timing") is asks


# ----- on the bundled corpus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("question, expected", [
    ("Which schemes were paid late owing to a cash shortfall?", DEFERRED),
    ("Which projects had spending pushed into next year?", DEFERRED),
    ("list the projects whose bills were settled in 2024 instead of 2023", DEFERRED),
    ("哪些项目因为钱不够，付款挪到了下一年", DEFERRED),
    ("Which talent-related project was paid in 2024?", ["人才活动"]),
    ("Which project had its retention money paid in 2024 instead of 2023?", RETENTION),
    ("哪张表说来体检的人没有预想的多", ["人才健康体检"]),
    ("Which form mentions keeping would-be Beijing petitioners in the district?", ["维稳经费（信）"]),
])
def test_fresh_narrative_wordings_find_exactly_the_forms_that_say_so(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_subsidies_put_off_are_still_narrowed_by_the_sentence_not_the_names(seed_store):
    answer = _ask(seed_store, "Which project postponed paying subsidies to party leaders until 2024?")
    assert _names(answer) == ["下拨经费（党群中心）"]


@pytest.mark.parametrize("question, name, text", [
    ("How many guardians of mentally ill patients were covered?", "重精患者监护人奖励费（平安办）", "≥46.00(人)"),
    ("What is the monthly guardian reward per person for severe mental patients?", "重精患者监护人奖励费（平安办）",
     "200.00(元/人/月)"),
    ("When is the guardian reward paid out?", "重精患者监护人奖励费（平安办）", "奖励费发放及时性：target 第一季度"),
    ("When were the magazines subscribed?", "下发基层书报杂志费（平安办）", "目标 11月-12月"),
    ("how many special security staff did the security project plan", "安保经费（平安办）", "=360.00(人)"),
])
def test_a_lookup_quotes_the_row_that_prints_the_figure_or_time(seed_store, question, name, text):
    answer = _ask(seed_store, question)
    assert name in _names(answer)
    assert text in answer.text


POLICE_STATIONS = ["杜行派出所公用事业费", "杜行派出所新址修缮工程（平安办）", "鲁汇派出所新址装修工程（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("police station related project have which", POLICE_STATIONS),
    ("Which projects are related to the police station?", POLICE_STATIONS),
    ("跟派出所有关的项目有哪些", POLICE_STATIONS),
    ("talent related projects", ["人才健康体检", "人才活动"]),
    # one name says it: the topic is read in every form's text (the second surveillance scheme says 视频监控 in its goal)
    ("Which projects are about video surveillance?",
     ["图像视频监控系统租赁经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_the_forms_about_a_topic_are_those_named_for_it_when_several_are(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_a_form_described_as_the_one_of_a_topic_takes_the_rows_asked(seed_store):
    answer = _ask(seed_store, "the drug and cult one, which indicator weight 15")
    assert _names(answer) == ["禁毒与反邪教（平安办）"]
    assert "特殊人员满意度" in answer.text and "区域内受众群体满意度" in answer.text


@pytest.mark.parametrize("question, name, text", [
    ("重精患者监护人奖励费什么时候发", "重精患者监护人奖励费（平安办）", "奖励费发放及时性：年度指标值 第一季度"),
    ("When does 下发基层书报杂志费 do its subscriptions?", "下发基层书报杂志费（平安办）", "按时完成书报杂志征订：target 11月-12月"),
])
def test_when_a_named_form_does_a_thing_is_quoted_from_its_rows_saying_a_time(seed_store, question, name, text):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name]
    assert text in answer.text
    assert len(answer.text.splitlines()) == 1  # only the row saying when, not every row


def test_asking_when_is_its_own_part_of_a_forms_text():
    from assistant import form_text

    assert form_text.asked_field("重精患者监护人奖励费什么时候发") == "timing"
    assert form_text.asked_field("重精患者监护人奖励费为什么没花完") == "reason"


@pytest.mark.parametrize("question, expected", [
    ("Where did attendance at health screenings disappoint?", ["人才健康体检"]),
    ("Where is it stated that people heading to the capital were kept in the locality?", ["维稳经费（信）"]),
    ("Which project extended its opening hours to serve people after work?", ["党建活动（党群中心）"]),
    ("Which forms cite insufficient money as the reason for late payment?", DEFERRED),
])
def test_plain_english_paraphrases_of_what_the_forms_say(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_a_two_digit_year_next_to_the_stores_years_is_that_year():
    from assistant.evidence import constraint_years

    assert constraint_years("哪些项目说钱到24年才付", {2023}) == ["2024"]
    assert constraint_years("竣工5年后支付，质保10年", {2023}) == []  # counts of years, not years
    assert constraint_years("2024年支付", {2023}) == ["2024"]


@pytest.mark.parametrize("question, expected", [
    ("哪些项目说钱到24年才付", DEFERRED),
    ("哪些项目的款子推到了2024年", DEFERRED),
    ("哪个项目说要把上访的人留在本地", ["维稳经费（信）"]),
    ("哪个项目讲了体检发现的问题要跟进", ["人才健康体检"]),
])
def test_colloquial_chinese_of_what_the_forms_say(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
