"""Round 22 (second pass), text and conditions: a goal a position word reads (goals beginning with X), a purpose
(为了…, in order to, exists to) searched over what the forms say, a share of the whole said with 占比 after the whole
or a sum word after the field, a perfect 100 with no field, a factor said in words (好多倍, many times, 大了一倍), a
form named by a Chinese place inside English beside its kind. Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.factor_words import factors_said
from assistant.plain_rewrites import rewritten
from assistant.purpose_said import aim
from support import asked as _ask, names_of as _names

_PERFECT = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
            "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
            "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "户籍档案数字化加工项目",
            "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, expected", [
    ("哪个项目的全年执行数比全年预算数大了好多倍？", "哪个项目的全年执行数是全年预算数的2倍以上？"),
    ("执行数超出预算好几倍的是哪个项目？", "执行数是预算的2倍以上的是哪个项目？"),
    ("全年执行数比全年预算数大了一倍以上的项目", "全年执行数是全年预算数的2倍以上的项目"),
    ("Which project executed many times its budget?", "Which project executed at least twice its budget?"),
    ("人才活动的预算是人才健康体检的几倍？", "人才活动的预算是人才健康体检的几倍？"),  # asks a factor: unchanged
    ("How many times bigger is A than B?", "How many times bigger is A than B?")])
def test_a_factor_said_in_words_is_a_figure(question, expected):
    assert factors_said(question) == expected


def test_a_perfect_100_alone_is_the_total_score():
    assert rewritten("Which projects got a perfect 100?") == "Which projects got a total score of 100?"
    assert "total score" not in rewritten("Which projects had a perfect 100% execution rate?")


@pytest.mark.parametrize("question, lang, expected", [
    ("哪些项目是为了改善派出所民警办公条件、保障派出所日常办公的？", "zh", "改善派出所民警办公条件、保障派出所日常办公"),
    ("哪个项目的钱是用来支付司法社工经费的？", "zh", "支付司法社工经费"),
    ("Which project exists to pay the volunteers?", "en", "pay the volunteers"),
    ("Which project was set up in order to digitise the household registration archives?", "en",
     "digitise the household registration archives"),
    ("哪些项目执行率低于50%？", "zh", None),
    ("为了把执行率提到90%以上的项目有哪些？", "zh", None)])  # a figure in the purpose: a condition, not a text
def test_a_purpose_is_the_words_searched(question, lang, expected):
    assert aim(question, lang) == expected


@pytest.mark.parametrize("question, expected", [
    ("Which goals begin with “按时支付”?", ["杜行派出所公用事业费", "平安志愿者经费（平安办）"]),
    ("绩效目标是“确保”打头的项目有哪些？", ["维稳经费（信）", "社会治安保障经费（平安办）"]),
    ("哪些项目的全年预算数在全部项目总预算中占比超过两成？", ["社工", "图像视频监控系统租赁经费（平安办）"]),
    ("Which projects have an annual budget above 5% of all projects' budgets combined?",
     ["社工", "图像视频监控系统租赁经费（平安办）", "社工点经费（平安办）", "鲁汇派出所新址装修工程（平安办）"]),
    ("Which projects got a perfect 100?", _PERFECT),
    ("哪个项目的全年执行数比全年预算数大了好多倍？", ["户籍档案数字化加工项目"]),
    ("Which project spent several times its annual budget?", ["户籍档案数字化加工项目"]),
    ("哪个项目的钱是用来支付司法社工经费的？", ["社工点经费（平安办）"])])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == sorted(expected)
