"""Round 30 (eng30d), questions answered from the forms' text: which forms give a reason for spending less (an
explanation for low spending, 钱没花完给出了说明), an outcome asked in plain words (干成了啥, what did it deliver), how a
shortfall was met (钱不够咋付的), a share the text gives (按工程款几个点付). Expected values read from the bundled forms
(corpus/001_4248eb844d2ba1f1.txt), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import unexplained
from support import asked as _ask, names_of as _names

# The forms that left money unspent and whose text gives a reason (资金紧张, 无法预估准确, 未达到预期, 劝导队's row reason).
EXPLAINED = sorted(["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）", "人才活动", "人才健康体检",
                    "党建活动（党群中心）", "杜行派出所公用事业费", "劝导队经费（信）", "下拨经费（党群中心）"])


# ----- which forms give a reason for spending less ------------------------------------------------------------------

@pytest.mark.parametrize("question, asks", [
    ("Which forms offer an explanation in their narrative for low spending?", True),
    ("Which programmes give a reason for their underspend?", True),
    ("Which forms justify under-expenditure in their narrative?", True),
    ("哪些项目对钱没花完给出了说明？", True),
    ("Which form explains its low spend by unpredictable consumption?", False),  # a cause named: its search
    ("Why did 党建活动 underspend?", False),  # one form's reason
    ("which low spenders gave no explanation", False)])  # the forms giving none
def test_which_forms_explain_their_underspend_is_read(question, asks):
    assert unexplained.asks_explained(question) is asks


@pytest.mark.parametrize("question", [
    "Which forms offer an explanation in their narrative for low spending?",
    "Which projects explain why money was left unspent?",
    "哪些项目对钱没花完给出了说明？"])
def test_the_forms_explaining_their_underspend_each_with_its_reason(seed_store, question):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == EXPLAINED
    assert "资金紧张" in answer.text and "无法预估准确" in answer.text and "未达到预期" in answer.text
    assert answer.records[0].project_name == "浦江初心微史馆质保金（党群中心）"  # execution 0% first


# ----- a share the text gives, asked in points ----------------------------------------------------------------------

@pytest.mark.parametrize("question, name, share", [
    # 南区: 5年后支付装修工程款1190.21941元的2.5%; 微史馆: 18个月后支付0.3%
    ("南区质保金按工程款几个点付", "党群中心（南区）规范化建设质保金（党群中心）", "2.5%"),
    ("南区质保金占装修工程款多少个点", "党群中心（南区）规范化建设质保金（党群中心）", "2.5%"),
    ("微史馆质保金按工程款几个点付", "浦江初心微史馆质保金（党群中心）", "0.3%")])
def test_a_share_asked_in_points_of_one_of_two_forms_is_its_sentence(seed_store, question, name, share):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == [name]
    assert share in answer.text


# ----- an outcome asked in plain words; how a shortage was met; a reason asked as a justification ---------------------

@pytest.mark.parametrize("question, name, said", [
    # 维稳经费（信）'s outcome: 把赴京人员吸附在本地，确保浦江镇区域内的社会稳定
    ("维稳经费实际干成了啥", "维稳经费（信）", "赴京"),
    # 社工's outcome: 按时按实完成了2023年度社工工资、福利、公用经费等正常支出
    ("社工这个项目钱花下去办成了啥", "社工", "按时按实"),
    ("安保经费落实得咋样", "安保经费（平安办）", "治安环境"),
    # 下拨经费: 因2023年度资金紧张，党组织负责人补贴2024年度下拨，部分下派专职书记补贴经费用存量资金支付
    ("下拨经费里书记补贴钱不够咋付的", "下拨经费（党群中心）", "存量资金"),
    ("With funds tight, how were the secretaries' subsidies under 下拨经费 covered?", "下拨经费（党群中心）", "存量资金"),
    ("Per the 下拨经费（党群中心） form, how was part of the subsidy for seconded full-time secretaries (下派专职书记) paid, given "
     "the funding squeeze?", "下拨经费（党群中心）", "存量资金"),
    # 杜行派出所公用事业费: 因实际使用无法预估准确，故执行率较低; 人才健康体检: 实际体检人数未达到预期
    ("What justification does 杜行派出所公用事业费 give for its low utilisation?", "杜行派出所公用事业费", "无法预估准确"),
    ("What's the rationale for the variance on 人才健康体检?", "人才健康体检", "未达到预期")])
def test_a_named_forms_text_asked_in_other_words(seed_store, question, name, said):
    answer = _ask(seed_store, question, search=None)
    assert _names(answer) == [name]
    assert said in answer.text


@pytest.mark.parametrize("question, field", [
    ("下拨经费里书记补贴钱不够咋付的", "reason"),
    ("维稳经费实际干成了啥", "outcome"),
    ("哪些项目因为钱不够，把款子拖到2024年才付？", None),  # which forms: a search, not one form's reason
    ("Which projects pushed payments into 2024 because money was tight?", None),
    ("What share of the total full-year budget do they account for?", None)])
def test_a_shortage_met_is_a_reason_only_of_a_form_asked(field, question):
    from assistant.form_text import asked_field

    assert asked_field(question) == field


# ----- a rate of pay no form prints -------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What hourly rate were the 特勤安保 guards paid?",  # 安保经费 prints 特勤安保人数 =360 人, no pay
    "安保经费里特勤人员时薪多少",
    "What daily rate do the 劝导队 staff get?"])
def test_a_rate_of_pay_no_form_prints_is_not_answered(seed_store, question):
    assert _ask(seed_store, question, search=None).kind == "unknown"


def test_a_reward_per_head_the_form_prints_is_still_found(seed_store):
    # 重精患者监护人奖励费's row 监护人奖励费: =200.00(元/人/月)
    answer = _ask(seed_store, "重精患者监护人奖励费的发放标准是多少", search=None)
    assert answer.kind != "unknown" and "200" in answer.text


# ----- money short and payments put off, in other traditions' words ------------------------------------------------

# The forms saying 因2023年度资金紧张 … 2024年(度)支付 / 下拨.
TIGHT = sorted(["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                "人才活动"])


@pytest.mark.parametrize("question", [
    "Which programmes report arrears carried into 2024?",  # money owed into a year: a payment put off
    "Which forms mention cash-flow constraints?",  # glossary: cash-flow constraints → 资金紧张
    "Which projects report delays?",  # a deferral naming nothing put off: any payment put off
    "哪些项目说钱不够，付款往后推了"])
def test_money_short_and_payments_put_off_in_other_words(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == TIGHT
