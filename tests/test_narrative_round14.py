"""Text searches of round 14: colloquial topics read by the forms' words, a text condition beside a figure's or an
office's, a form pointed at by what its text says then asked about, and the printed words quoted (literal expected
values read from `jixiao export --format json` of the bundled corpus; asked without the search index)."""

from __future__ import annotations

import pytest

from assistant import evidence_set as es
from assistant import model as m
from assistant import vocabulary as vocab
from assistant.evidence import full_years
from assistant.mention_quotes import quote
from assistant.search_scope import _comparisons
from assistant.synonyms import is_colloquial, spoken_phrases
from assistant.text_described import pointed
from support import asked, names_of as _names

DEFERRED = ["下拨经费（党群中心）", "人才活动", "党建活动（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
            "浦江初心微史馆质保金（党群中心）"]
RETENTION = ["党群中心（南区）规范化建设质保金（党群中心）", "浦江初心微史馆质保金（党群中心）"]


def _ask(store, *questions):
    return asked(store, *questions, search=None)


# ----- units ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("哪些项目说23年钱紧", [(8, "钱紧")]),
    ("哪个项目的钱有一部分用的是以前剩下的钱", [(7, "一部分"), (13, "以前剩下的钱")]),
    ("哪些项目说执行率低于60%", []),  # 执行率低 ends inside 低于: no phrase
    ("哪个项目解释执行率低", [(6, "执行率低")]),
])
def test_phrases_of_the_synonym_table_are_found_where_words_begin_and_end(text, found):
    assert spoken_phrases(text) == found


def test_one_way_heads_are_colloquial_and_group_words_are_not():
    assert is_colloquial("钱紧") and is_colloquial("缺钱") and is_colloquial("以前剩下的钱")
    assert not is_colloquial("后面") and not is_colloquial("资金紧张")


def test_a_colloquial_phrase_is_one_concept_with_the_forms_words():
    found = es.concepts("哪个项目的钱有一部分用的是以前剩下的钱", "zh", vocab.STOPWORDS_ZH)
    assert [c.label for c in found] == ["一部分", "以前剩下的钱"]
    assert found[1].alternatives == ("以前剩下的钱", "存量资金", "存量", "结余资金", "上年结余")


@pytest.mark.parametrize("text, years, written", [
    ("哪些项目说23年钱紧", {2023}, "哪些项目说2023年钱紧"),
    ("钱到24年才付", {2023}, "钱到2024年才付"),
    ("质保期10年", {2023}, "质保期10年"),  # ten years, far from the store's years
])
def test_two_digit_years_next_to_the_stores_are_written_in_full(text, years, written):
    assert full_years(text, years) == written


@pytest.mark.parametrize("question, lang, expected", [
    ("那个订报纸杂志发给基层的项目，完成情况里说是按哪个部门的要求征订的？", "zh",
     ("订报纸杂志发给基层", "完成情况里说是按哪个部门的要求征订的？")),
    ("表里写到推进人才驿站建设的那个项目，执行率是多少？", "zh", ("表里写到推进人才驿站建设", "执行率是多少？")),
    ("The project that keeps would-be Beijing petitioners in the locality, what was its total score?", "en",
     ("keeps would-be Beijing petitioners in the locality", "what was its total score?")),
    ("执行率低于60%的项目，有哪些？", "zh", None),  # no pointer (那个): a condition, not one form described
    ("那个项目的全年预算", "zh", None),  # no question after the description
    ("结余最多的那个项目剩了多少万元（全年预算数减全年执行数）", "zh", None),  # a ranking, read by the query model
    ("重精患者监护人每月给多少钱的那个指标，目标值和单位怎么填的", "zh", None),  # an indicator row, not a form
])
def test_a_form_pointed_at_by_description_then_asked_about(question, lang, expected):
    assert pointed(question, lang) == expected


def test_only_figures_the_question_prints_or_spending_nothing_scope_a_text_search():
    budget = m.Field("annual_budget")
    printed = m.Compare(budget, ">", m.Number(50.0, "50万元"))
    squeeze = m.Compare(budget, "<", m.Field("initial_budget"))  # "budget squeeze" read as a cut
    year = m.Compare(budget, "=", m.Number(24.0, "24"))  # 钱到24年才付
    nothing = m.Compare(m.Field("executed"), "=", m.Number(0.0, "0"))
    where = m.And((printed, squeeze, year, nothing))
    assert _comparisons(where, "全年预算超过50万元、钱到24年才付、一分钱没花的") == [printed, nothing]
    five = m.Compare(m.Field("executed"), "=", m.Number(5.0, "5"))  # "paid 5 years after completion"
    assert _comparisons(five, "Which warranty deposit was paid 5 years after the works were completed?") == []


class _Row:
    def __init__(self, name, target, actual, deviation=None):
        self.name, self.target, self.actual, self.deviation = name, target, actual, deviation


class _Form:
    project_name = "劝导队经费（信）"
    goal = "提高协管员工作的积极性，配合信访部门做好信访工作"
    outcome = "劝导队能有效协助信访工作人员开展工作。该项目用于抽调至我办工作的协管员。"
    indicators = [_Row("维稳工作完成率", "=8.00(人)", "4.00(人)", "实际劝导队人员数量4人，后续及时调整经费")]


@pytest.mark.parametrize("words, fields, said", [
    (["协管员"], [], "提高协管员工作的积极性，配合信访部门做好信访工作"),
    (["协管员"], ["outcome"], "该项目用于抽调至我办工作的协管员。"),
    (["调整经费"], [], "实际劝导队人员数量4人，后续及时调整经费"),
    (["维稳"], ["indicator"], "维稳工作完成率：=8.00(人) / 4.00(人)"),
    (["劝导队经费"], [], None),  # only the name says it
])
def test_a_mention_is_quoted_as_printed(words, fields, said):
    assert quote(_Form(), words, fields) == said


# ----- on the bundled corpus -----------------------------------------------------------------------------------


@pytest.mark.parametrize("question, expected", [
    ("哪些项目说23年钱紧", DEFERRED),
    ("哪些项目说钱紧", DEFERRED),
    ("哪些项目缺钱", DEFERRED),
    ("哪些表里写了钱不够", DEFERRED),
    ("哪些项目钱不够，拖到下一年才付", DEFERRED),
    ("哪些项目因为手头紧把钱挪到2024年", DEFERRED),
    ("哪个项目的钱有一部分用的是以前剩下的钱", ["下拨经费（党群中心）"]),
    ("哪个项目用以前的结余付了一部分补贴", ["下拨经费（党群中心）"]),
    ("哪个项目人手不够", ["劝导队经费（信）"]),
    ("Which projects were short-staffed?", ["劝导队经费（信）"]),
    ("哪个项目的钱是给司法社工的", ["社工点经费（平安办）"]),
])
def test_colloquial_topics_find_the_forms_that_say_them_in_their_own_words(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


@pytest.mark.parametrize("question, expected", [
    ("哪几个项目是钱不够拖到明年才付，结果今年一分钱都没花出去的？", RETENTION),
    ("Which projects deferred payment to 2024 and spent nothing?", RETENTION),
    ("哪些项目说资金紧张、推迟到2024年支付，而且执行率为0", RETENTION),
    ("全年预算超过50万元的项目中，哪些把钱拖到2024年才付", ["党建活动（党群中心）", "下拨经费（党群中心）"]),
    ("执行率不到50%、又说钱紧的项目有哪些", ["党建活动（党群中心）", "人才活动", *RETENTION]),
    ("执行率低于50%的项目里哪些说钱不够", ["党建活动（党群中心）", "人才活动", *RETENTION]),
    ("党群中心的项目里哪些说缺钱", ["党建活动（党群中心）", "下拨经费（党群中心）", *RETENTION]),
    ("平安办的项目里哪些说缺钱", []),
    ("Which projects with an execution rate under 50% say money was tight?", ["党建活动（党群中心）", "人才活动", *RETENTION]),
])
def test_a_text_condition_beside_a_figure_or_an_office(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_a_list_by_tag_then_a_figure_of_those(seed_store):
    answer = _ask(seed_store, "名字后面带（平安办）的项目都列一下", "其中执行率百分之百的有几个？")
    assert answer.value == 7.0


@pytest.mark.parametrize("question, name, printed", [
    ("那个订报纸杂志发给基层的项目，完成情况里说是按哪个部门的要求征订的？", "下发基层书报杂志费（平安办）", "区政法委"),
    ("那个给支部书记、两新书记发补贴的项目，完成情况里说负责人补贴最后是怎么处理的？", "下拨经费（党群中心）",
     "党组织负责人补贴2024年度下拨"),
    ("Retention money: one form pays out a share of a renovation bill under a 2017 town document. What percentage "
     "does its goal text specify?", "党群中心（南区）规范化建设质保金（党群中心）", "2.5%"),
    ("总分低于95分的项目里，哪些提到资金紧张", "人才活动", "因2023年度资金紧张，经费于2024年度支付。"),
    ("信访办的项目里哪些提到协管员", "劝导队经费（信）", "提高协管员工作的积极性"),
])
def test_the_answer_quotes_the_printed_words(seed_store, question, name, printed):
    answer = _ask(seed_store, question)
    assert name in _names(answer) and printed in answer.text


@pytest.mark.parametrize("question, name, value", [
    ("表里写到推进人才驿站建设的那个项目，执行率是多少？", "人才活动", 13.46),
    ("管派出所后勤、解决吃饭问题的那个项目，社保队员晚饭实际管了多少人？", "公安后勤及协管员经费（平安办）", 128.0),
    ("写了要让群众零跑路的那个项目，全年预算多少？", "户籍档案数字化加工项目", 25.62),
    ("那个把赴京人员吸附在本地的项目，总分多少？", "维稳经费（信）", 99.27),
    ("The project that keeps would-be Beijing petitioners in the locality, what was its total score?", "维稳经费（信）", 99.27),
])
def test_a_form_described_by_its_text_is_asked_a_figure(seed_store, question, name, value):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name] and answer.value == pytest.approx(value)


# ----- a part of the form named, and text written twice ------------------------------------------------------


@pytest.mark.parametrize("text, said", [
    ("充分体现关心关怀，增强广大民警职业荣誉感。充分体现关心关怀，增强广大民警职业荣誉感。", "充分体现关心关怀，增强广大民警职业荣誉感"),
    ("按时支付。按时支付。", None),  # too short to be a repetition rather than a habit
    ("将矛盾化解在基层，化解在萌芽状态", None),
])
def test_a_sentence_written_twice(text, said):
    from assistant.repeated_text import repeated

    assert repeated(text) == said


@pytest.mark.parametrize("question, expected", [
    ("有没有哪张表的预期目标把同一段话重复写了两遍？", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("哪个项目的目标里同一句话写了两次", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("Is there a form whose goal text is duplicated?", ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]),
    ("哪些项目的完成情况里有重复的句子", []),
    ("Which forms bring up police stations in their stated goal or reported outcome, not merely in the project title?",
     ["社会治安保障经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）",
      "公安后勤及协管员经费（平安办）"]),
])
def test_questions_about_a_part_of_the_form(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_text_written_twice_is_quoted(seed_store):
    answer = _ask(seed_store, "Which form repeats the same sentence twice in its goal?")
    assert "增强广大民警职业荣誉感 (written twice)" in answer.text


UNEXPLAINED = ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("预算执行率低于60%，但绩效目标完成情况及偏差原因栏均未对执行偏低作出任何说明的项目有哪些？", UNEXPLAINED),
    ("执行率不到60%又没说明原因的项目", UNEXPLAINED),
    ("Which projects spent under 60% of their budget and gave no explanation?", UNEXPLAINED),
    ("Which forms with an execution rate below 60% do not explain why?", UNEXPLAINED),
    ("执行率低于50%的项目里哪些没解释", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
    ("党群中心的项目里，执行率低于60%又没解释的有哪些", []),
])
def test_forms_meeting_conditions_that_give_no_reason(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_the_others_reasons_are_quoted_beside_the_silent_forms(seed_store):
    answer = _ask(seed_store, "执行率不到60%又没说明原因的项目")
    assert "杜行派出所公用事业费：按时支付水、电、燃气各项费用，因实际使用无法预估准确，故执行率较低" in answer.text


@pytest.mark.parametrize("question, name, value", [
    ("租机器采集人口信息的那个项目，除了采集设备，目标里还说要租几台执法仪？", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", 8.0),
    ("实有人口信息采集终端那个项目租了几台执法仪", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", 8.0),
    ("How many devices did the 实有人口 terminal project rent?", "浦江镇实有人口移动信息采集终端租赁服务费（平安办）", 240.0),
    ("党建活动全年发展了多少名党员", "党建活动（党群中心）", 51.0),
    ("给精神病人监护人发奖励的那个项目，每人每个月发多少元？", "重精患者监护人奖励费（平安办）", 200.0),
])
def test_a_figure_only_the_text_gives_for_the_thing_asked(seed_store, question, name, value):
    answer = _ask(seed_store, question)
    assert _names(answer) == [name] and answer.value == value


@pytest.mark.parametrize("question, expected", [
    ("Which form talks about solving meal problems for police support staff?", ["公安后勤及协管员经费（平安办）"]),
    ("哪个项目说要解决吃饭问题", ["公安后勤及协管员经费（平安办）"]),
    ("Which forms have errors?", ["户籍档案数字化加工项目"]),  # no clause to say: the check findings
])
def test_a_word_for_findings_inside_a_clause_is_the_clauses(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_every_form_listed_by_an_indicator_word_shows_the_row_it_prints(seed_store):
    answer = _ask(seed_store, "指标名称里带“及时”的有哪些项目")
    assert len(answer.records) == 13
    assert "公安后勤及协管员经费（平安办） · 保洁经费支付及时性：目标 每月，实际 达成指标" in answer.text
    assert "社工点经费（平安办） · 社工经费拨付及时性：目标 及时，实际 达成指标" in answer.text


@pytest.mark.parametrize("question, expected", [
    ("Which projects paid part of their costs in 2024?", DEFERRED),  # 2024 is a year the text says, not an amount
    ("Which project says it paid 2.5% of the renovation cost after five years?",
     ["党群中心（南区）规范化建设质保金（党群中心）"]),  # 2.5% is what the text gives, not an execution rate
    ("和派出所装修、修缮工程有关的项目", ["鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]),
])
def test_figures_and_names_the_text_says_are_no_conditions(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)
