"""Round 22, statements before the question: when the last asking sentence reads a whole question, the asker's statements
before it (background, an observation, a definition to confirm) are named, not conditions; a pronoun in it is the one
field or class they name; a pointer question (What was it? / 是多少？) asks what a statement of a want names; a
condition said only in the statement (听说有几个项目一分钱都没花，是哪几个？) stays one; a factor said in words (好多倍,
many times) is at least twice. Expected values computed from the bundled forms (`jixiao export --format json`), not
from the assistant."""

from __future__ import annotations

import pytest

from assistant.factor_words import factors_said
from support import asked as _ask, names_of as _names

TWO_SATISFACTION = sorted(["社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）",
                           "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）",
                           "禁毒与反邪教（平安办）", "杜行派出所新址修缮工程（平安办）", "重精患者监护人奖励费（平安办）"])
NOTHING_SPENT = sorted(["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])


# ----- rewritten before reading, on any store -------------------------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("有个项目执行数比预算数高出好多倍，是哪个？", "有个项目执行数是预算数的2倍以上，是哪个？"),
    ("路灯经费的支出比预算大了很多倍吗", "路灯经费的支出是预算的2倍以上吗"),
    ("Which project's executed amount is many times its budget?", "Which project's executed amount is at least twice its budget?"),
    # a factor said as a figure, or "many times" not before what it multiplies, is left alone
    ("执行数比预算数高出3倍的项目", "执行数比预算数高出3倍的项目"),
    ("I have asked many times already. Which forms?", "I have asked many times already. Which forms?"),
])
def test_a_factor_said_in_words_is_at_least_twice(question, plain):
    assert factors_said(question) == plain


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "第一次写自评表，想参考一下别人怎么设满意度指标的。有哪些表的满意度指标设了两个或两个以上？",
    "我在学怎么设满意度指标，满意度指标有两个及以上的是哪些表？",
    "领导让我研究一下满意度指标的设置。满意度指标不少于两个的表有哪些？",
    "Sorry if this is a basic question, I'm new. I noticed some forms have more than one satisfaction indicator. "
    "Which forms have two or more of them?",
])
def test_a_statement_naming_the_class_asked_is_background(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == TWO_SATISFACTION
    assert "满意度" in answer.text.split("\n")[-1] or "satisfaction" in answer.text.split("\n")[-1]  # named as a remark


def test_the_follow_up_after_an_observation_reads_its_forms(seed_store):
    answer = _ask(seed_store, "Sorry if this is a basic question, I'm new. I noticed some forms have more than one "
                              "satisfaction indicator. Which forms have two or more of them?",
                  "Thanks! Out of those, which ones didn't reach 100% execution?", search=None)
    assert _names(answer) == sorted(["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）",
                                     "禁毒与反邪教（平安办）", "杜行派出所新址修缮工程（平安办）"])


@pytest.mark.parametrize("question, value", [
    ("So I'm new and trying to understand the scoring. I gather budget execution is worth 10 points. How many points "
     "did the 人才活动 project actually get for budget execution?", 1.34),
    ("I understand budget execution carries 10 points on every form. What did 人才健康体检 score on it?", 3.37),
    ("我刚开始做这个，有个概念想确认：执行率就是全年执行数除以全年预算数对吧？那杜行派出所公用事业费这个项目，全年还有多少万元没花出去？",
     26.86),
    ("If I have it right, execution rate is executed over budget. How much of the 杜行派出所公用事业费 budget was left "
     "unspent, in 万元?", 26.86),
    ("My boss wants the total self-evaluation score of the Duhang police station utilities (杜行派出所公用事业费) form "
     "for a slide she's making. What was it?", 95.52),
    ("我刚接手党群中心这一块，想知道项目名称里带“（党群中心）”的那几个项目，全年执行数加起来是多少万元？", 145.11),
])
def test_the_figure_asked_after_a_statement(seed_store, question, value):
    answer = _ask(seed_store, question, search=None)
    assert answer.value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question", [
    "我是新来的，对这些表还不太熟。听同事说有个项目的全年执行数比全年预算数大了好多倍，看着像填错单位了，是哪个项目啊？",
    "A colleague said one project's executed amount is many times its budget, probably a unit mistake. Which project is that?",
])
def test_a_factor_said_in_words_and_a_guess_at_its_cause(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == ["户籍档案数字化加工项目"]


@pytest.mark.parametrize("question", ["听说有几个项目一分钱都没花，是哪几个？", "I heard some projects spent nothing at all. Which ones?"])
def test_a_condition_said_only_in_the_statement_stays_a_condition(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == NOTHING_SPENT


def test_a_statement_saying_only_is_a_condition(seed_store):
    answer = _ask(seed_store, "我只看平安办的项目。执行率低于60%的有哪些？", search=None)
    assert _names(answer) == sorted(["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）",
                                     "公安后勤及协管员经费（平安办）"])


@pytest.mark.parametrize("question", ["前任留下的交接文档里什么都没写。执行率低于60%的项目有哪些？",
                                      "户籍档案数字化那个不用管它，执行率低于60%的有哪些？"])
def test_a_remark_with_a_negation_and_an_exclusion_said_with_bu_yong_guan(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert len(answer.records) == 9 and "户籍档案数字化加工项目" not in _names(answer)
