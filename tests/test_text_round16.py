"""Text questions of round 16: an empty answer from a mention cut off an unquoted phrase is read again as a text
search, never stated with confidence; a question for one form takes the form clearly ahead; formal request words and
words of degree add no concept; alternatives that are whole clauses (… or that …) answer with the forms of either
(literal expected values read from `jixiao export --format json` of the bundled corpus; asked without the search index)."""

from __future__ import annotations

import pytest

from assistant import evidence_set as es
from assistant import vocabulary as vocab
from assistant.clause_or import clauses
from assistant.empty_reread import clause_like, quoted
from support import asked, names_of as _names

DEFERRED = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
            "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"]
UTILITIES = "杜行派出所公用事业费"
CHECK_UPS = "人才健康体检"
STABILITY = "维稳经费（信）"


def _ask(store, *questions):
    return asked(store, *questions, search=None)


# ----- units ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("literal, question, expected", [
    ("未完成", "有哪个项目的完成情况写了“未完成”？", True),
    ("资金紧张", "哪些项目提到'资金紧张'", True),
    ("要把进京", "哪张表提到要把进京的人稳在本地？", False),
    ("两新", "提到“两新”党建的项目", True),
])
def test_a_mention_is_quoted_when_the_question_quotes_it(literal, question, expected):
    assert quoted(literal, question) is expected


@pytest.mark.parametrize("literal, expected", [
    ("要把进京", True),             # a particle of the clause it was cut from
    ("2023年手头钱比较紧", True),    # a figure
    ("哪些说过", True),             # a question word
    ("资金紧张", False),
    ("消防演练", False),
    ("人才驿站建设情况", True),      # long: the reader's words rather than a printed term
])
def test_a_mention_cut_from_a_clause_is_told_from_a_printed_term(literal, expected):
    assert clause_like(literal) is expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Which forms admit that something could not be predicted or that turnout fell short of expectations?", "en",
     ["Which forms admit that something could not be predicted", "that turnout fell short of expectations?"]),
    ("哪些项目说用量没法提前估准，或者说来的人比预期少？", "zh", ["哪些项目说用量没法提前估准", "来的人比预期少？"]),
    ("Which projects mention renovation or repair of police premises?", "en", None),  # an "or" inside a noun phrase
    ("哪些项目提到装修或者修缮", "zh", None),
])
def test_alternatives_that_are_whole_clauses_are_split(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, labels", [
    # 有无 and 请指明 frame the request (承认 is a frame word, left out only when no form says it)
    ("有无项目在完成情况中承认实际参与人数未达预期？请指明项目。", ["完成", "承认", "实际", "参与", "人数", "未达", "预期"]),
    ("哪些项目说到了手头钱比较紧", ["钱紧"]),  # was 手头, 比较
    ("哪个项目的经费相当紧张", ["经费", "紧张"]),  # was 经费, 相当, 紧张
])
def test_formal_requests_and_words_of_degree_are_no_concept(text, labels):
    assert [c.label for c in es.concepts(text, "zh", vocab.STOPWORDS_ZH)] == labels


def test_a_question_for_one_form_takes_the_form_clearly_ahead():
    def support(name, coverage):
        return es.Support(1, name, 2023, "outcome", "", coverage)

    clear = [support("A", 0.63), support("B", 0.26), support("C", 0.25)]
    assert [s.project_name for s in es.select(clear, True, unsaid_share=0.6, content_unsaid=0.33)] == ["A"]
    # many of the question's own words said by no form: no form is asserted
    assert es.select(clear, True, unsaid_share=0.6, content_unsaid=0.6) == []
    # two forms close together: no clear lead, and too much unsaid for the ordinary rule
    close = [support("A", 0.63), support("B", 0.4)]
    assert es.select(close, True, unsaid_share=0.6, content_unsaid=0.33) == []
    # a question for several forms is not given the lead alone
    assert es.select(clear, False, unsaid_share=0.6, content_unsaid=0.33) == []


# ----- on the bundled corpus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("question, expected", [
    ("哪张表提到要把进京的人稳在本地？", [STABILITY]),
    ("哪些项目说到了2023年手头钱比较紧？", DEFERRED),
    ("有没有哪张表说过钱到明年才给的？", DEFERRED),
    ("党群中心的项目里，哪些说因为经费紧张推到下一年才付？", DEFERRED[:4]),
    ("有无项目在完成情况中承认实际参与人数未达预期？请指明项目。", [CHECK_UPS]),
    ("Which project says fewer people came for the check-ups than it had hoped?", [CHECK_UPS]),
    ("Which forms admit that something could not be predicted or that turnout fell short of expectations?",
     [UTILITIES, CHECK_UPS]),
    ("哪张表说水电燃气的用量事先估不准？", [UTILITIES]),
    ("哪个项目用往年结存的钱付了一部分专职书记的补贴？", ["下拨经费（党群中心）"]),
    ("哪些项目的经费拖到2024年才支付", DEFERRED),
    ("哪些项目次年才支付", DEFERRED),
    ("人才那个体检项目，完成情况里有没有说人数没达到预期？", [CHECK_UPS]),  # 有没有说: whether it says, no negation
    ("Which forms say the payments slipped into the next budget year?", DEFERRED),
])
def test_text_questions_find_the_set(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question", [
    "有哪个项目的完成情况写了“未完成”？",  # quoted: no form prints it, and that is the answer
    "哪些项目提到消防演练？",             # a plain term no form says: truly none
    "Which projects mention a fire drill?",
])
def test_a_true_empty_answer_stays_empty(seed_store, question):
    answer = _ask(seed_store, question)
    assert _names(answer) == [] and answer.kind != "unknown"


def test_an_unread_mention_is_never_a_confident_empty_answer(seed_store):
    answer = _ask(seed_store, "哪张表提到要把进京的人稳在本地？")
    assert answer.interpretation.startswith("没有表照写“要把进京”，按文本检索")
    assert "把赴京人员吸附在本地" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("For the project covering social workers' wages, benefits and office costs, how many social workers were budgeted?",
     ("covering social workers' wages, benefits and office costs", "how many social workers were budgeted?")),
    ("For the project that rents cameras, what was the target?", ("rents cameras", "what was the target?")),
    ("For the project covering wages, benefits", None),  # no question after the description
])
def test_a_participle_points_at_one_form_as_that_does(question, expected):
    from assistant.text_described import pointed

    assert pointed(question, "en") == expected


@pytest.mark.parametrize("question, expected", [
    ("Which Ping'an office project says its aim was fewer blind spots?", True),
    ("Which town-level security programme talks about hair tests?", True),
    ("Which petition office projects say so?", False),
    ("Which of those projects", False),
])
def test_which_and_a_singular_form_noun_asks_for_one_form(question, expected):
    from assistant.evidence_cues import is_singular

    assert is_singular(question) is expected


@pytest.mark.parametrize("question, expected", [
    # the figure picks the forms, the words it left (blamed … tight) are what their text must say
    ("Which projects spent under 90% and blamed it on money being tight?", DEFERRED),
    ("执行率低于90%、说是因为资金紧张的项目", DEFERRED),
    # a negation with a reason: the forms giving none, among those the figure picks
    ("哪些项目执行率不到九成又没交代原因", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）",
                                  "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]),
    # 写了东西: something written in the column, no mention of 东西
    ("哪些项目在偏差原因分析栏写了东西？", ["劝导队经费（信）"]),
    ("信访办负责实施的项目有哪些？ || 这几个里面，哪个在偏差原因分析栏写了东西？", ["劝导队经费（信）"]),
    ("For the project covering social workers' wages, benefits and office costs, how many social workers were budgeted?",
     ["社工"]),
])
def test_words_left_beside_conditions_are_read_not_dropped(seed_store, question, expected):
    assert _names(_ask(seed_store, *question.split(" || "))) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("初心微史馆那张表说质保金按多少比例付？", ("初心微史馆", "质保金按多少比例付？")),
    ("劝导队那张表里说协管员是从哪里来的？", ("劝导队", "协管员是从哪里来的？")),
    ("执行率低于60%的项目有哪些？", None),
])
def test_a_form_named_before_that_form_asks_what_it_says(question, expected):
    from assistant.named_saying import named_clause

    assert named_clause(question, "zh") == expected


@pytest.mark.parametrize("question, name, printed", [
    # the name picks one form (质保金 alone would name two): its sentence, with the figure asked
    ("初心微史馆那张表说质保金按多少比例付？", "浦江初心微史馆质保金（党群中心）", "18个月后支付0.3%"),
    ("劝导队那张表说协管员是从哪里来的？", "劝导队经费（信）", "协管员"),
])
def test_a_named_form_limits_the_text_search(seed_store, question, name, printed):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name] and printed in answer.text


@pytest.mark.parametrize("question", [
    "哪些项目没有说资金紧张但执行率低于60%",   # a negated verb of saying: the forms that do not say it
    "执行率低于60%的项目里，哪些没提到资金紧张",  # the mention reader's own negation: the same five
])
def test_a_negated_saying_keeps_the_forms_that_do_not_say_it(seed_store, question):
    assert _names(_ask(seed_store, question)) == sorted([
        "杜行派出所公用事业费", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）",
        "公安后勤及协管员经费（平安办）", "人才健康体检"])


@pytest.mark.parametrize("text, found", [("哪些项目没有说资金紧张", "没有说"), ("哪些没提过监控", "没提过"),
                                         ("哪个项目说实际参加人数没有达到预期", None),
                                         ("人才那个体检项目，完成情况里有没有说人数没达到预期？", None)])
def test_a_negated_verb_of_saying_is_found(text, found):
    from assistant.unsaid_search import negated_saying

    match = negated_saying(text)
    assert (match.group(0) if match else None) == found
