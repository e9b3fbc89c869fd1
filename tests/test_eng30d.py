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
