"""Round 17 (text17c): an exclusion clause beside a text search leaves its forms out (除了X，还有哪些表提到Y; "Y, not
counting X"), the equal alternative a strict comparison rejects is no condition (rather than just meeting it, 而不是
刚好持平), a verb of allotting points adds none (给时效指标配了20分权重), and an English list closed by "and the like"
gives examples. Expected values computed from the bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asides import without_asides
from assistant.example_list import find
from assistant.excluded_search import split_clause
from assistant.reader import QuestionReader
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- the words alone -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, clause, rest", [
    ("除了平安志愿者经费，还有哪些表提到志愿者？", "除了平安志愿者经费", "还有哪些表提到志愿者？"),
    ("图像视频监控系统租赁经费那张不算，还有哪个项目说到视频监控？", "图像视频监控系统租赁经费那张不算", "还有哪个项目说到视频监控？"),
    ("Which forms bring in volunteers, not counting the 平安志愿者 budget?", "not counting the 平安志愿者 budget",
     "Which forms bring in volunteers?"),
    ("哪些表提到体检，人才健康体检那张除外？", "人才健康体检那张除外", "哪些表提到体检？"),
])
def test_the_exclusion_clause_and_the_rest(question, clause, rest):
    assert split_clause(question) == (clause, rest)


@pytest.mark.parametrize("question", ["哪些表提到志愿者？", "Excluding 信访办 which forms mention volunteers?"])
def test_no_clause_of_its_own_no_split(question):
    assert split_clause(question) is None


@pytest.mark.parametrize("question, expected", [
    ("哪些项目的满意度实际值超过了目标值，而不是刚好持平？", "哪些项目的满意度实际值超过了目标值？"),
    ("满意度指标实际值超过目标值、不是刚好踩线的项目有哪些？", "满意度指标实际值超过目标值的项目有哪些？"),
    ("Which forms had a satisfaction indicator that exceeded its target rather than just meeting it?",
     "Which forms had a satisfaction indicator that exceeded its target?"),
    ("Where did a satisfaction figure beat its target instead of landing right on it?",
     "Where did a satisfaction figure beat its target?"),
    # an alternative that is no equality, or that goes on, stays for the readers
    ("Which forms met their target rather than just reaching halfway?", "Which forms met their target rather than just reaching halfway?"),
])
def test_the_equal_alternative_taken_off(question, expected):
    assert without_asides(question) == expected


def test_an_english_list_closed_by_and_the_like():
    found = find("Which projects are about looking after local 'talent' — talent events, health checks for key talent and the like?")
    assert found is not None and found.members == ("talent events", "health checks for key talent")
    assert find("Which forms mention both: cameras and terminals?") is None  # no closing word: no examples


# ----- on an invented county -------------------------------------------------------------------------------------------

def test_a_verb_of_allotting_points_is_no_condition(reader):
    reading = reader.read("哪些项目给满意度指标配了30分？")
    assert not reading.ignored
    assert reading.select.where == reader.read("哪些项目满意度指标30分？").select.where


def test_a_rejected_equal_alternative_leaves_the_strict_comparison(reader):
    reading = reader.read(without_asides("哪些项目的满意度实际值超过了目标值，而不是刚好持平？"))
    assert not reading.ignored
    assert m.Compare(m.Field("actual_number", "indicator"), ">", m.Field("target_number", "indicator")) in reading.select.where.where.items


# ----- on the bundled corpus -------------------------------------------------------------------------------------------

TIGHT = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "人才活动"]
TIMELINESS_20 = ["下发基层书报杂志费（平安办）", "图像视频监控系统租赁经费（平安办）", "平安志愿者经费（平安办）", "社会治安保障经费（平安办）",
                 "社工点经费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式"]


@pytest.mark.parametrize("question, expected", [
    ("除了人才健康体检，还有哪些表提到体检？", ["禁毒与反邪教（平安办）"]),
    ("除开人才活动这张，还有哪张表提到人才？", ["人才健康体检"]),
    ("撇开鲁汇派出所那张，哪些表提到装修？", ["党群中心（南区）规范化建设质保金（党群中心）"]),
    ("人才活动不算，哪些表写了资金紧张？", [name for name in TIGHT if name != "人才活动"]),
    ("Not counting forms tagged （平安办）, which ones mention 派出所?",
     ["第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "杜行派出所公用事业费"]),
    ("哪些项目的满意度实际值超过了目标值，而不是刚好持平？", ["人才健康体检", "劝导队经费（信）"]),
    ("Leaving aside the petition office's own projects, where did a reported satisfaction figure actually beat its target "
     "instead of landing right on it?", ["人才健康体检"]),
    ("哪些表给时效类指标配了20分权重？", TIMELINESS_20),
])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_the_excluded_form_is_named_as_left_out(seed_store):
    answer = _ask(seed_store, "除了人才健康体检，还有哪些表提到体检？")
    assert "不含：除了人才健康体检" in answer.interpretation


# ----- paid inside its year: the deferral sentence quoted -----------------------------------------------------------

@pytest.mark.parametrize("question, expected", [
    ("那笔补贴当年发下去了没有？", True), ("Was the money all spent inside 2023?", True),
    ("哪些项目当年没花完？", False), ("Which forms were paid in 2024?", False), ("当年的执行率是多少？", False)])
def test_a_within_year_payment_question(question, expected):
    from assistant.paid_in_year import asks

    assert asks(question) is expected


@pytest.mark.parametrize("questions, name, quoted", [
    (["Was the 党建活动 money all spent inside 2023?"], "党建活动（党群中心）", "部分活动经费于2024年度支付"),
    (["人才活动的经费当年付清了没有？"], "人才活动", "经费于2024年度支付"),
    (["下拨经费（党群中心）是哪个部门的？", "那笔书记补贴当年发下去了没有？"], "下拨经费（党群中心）", "党组织负责人补贴2024年度下拨"),
])
def test_not_paid_inside_its_year_quotes_the_sentence(seed_store, questions, name, quoted):
    answer = _ask(seed_store, *questions)
    assert _names(answer) == [name]
    assert answer.text.startswith(("否", "No")) and quoted in answer.text


def test_no_deferral_sentence_is_said_so(seed_store):
    answer = _ask(seed_store, "安保经费当年都花出去了吗？")
    assert _names(answer) == ["安保经费（平安办）"]
    assert "没有写到推迟" in answer.text and "99.06%" in answer.text
