"""Round 17 (text17b), the forms' words said another way: a column said to print only some words (只写了“改善”俩字, just
the word “降低”) is exactly those words; quoted examples in brackets after a no-digit condition illustrate it; a purpose
remark after the question asks nothing; a Chinese paraphrase before a bracketed literal the forms say is its gloss.
Expected values computed from the bundled forms (`jixiao export --format json` / SQL over the views), not from the
assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.asides import without_asides
from assistant.courtesy import unwrapped
from assistant.glossed_literal import unglossed
from assistant.reader import QuestionReader
from assistant.zero_idioms import as_zero
from index.glossary import GLOSSARY_EN
from support import INVENTED_COUNTY, asked as _ask, names_of as _names

TARGET = m.Field("target", "indicator")


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY, glossary=GLOSSARY_EN)


# ----- on an invented county -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, words", [
    ("年度指标值只写了“亮化”俩字的指标在哪些项目？", "亮化"),
    ("目标值光写了“保洁”二字的项目", "保洁"),
    ("目标值仅为“整治”的项目有哪些", "整治"),
    ("目标值只写了提升两个字的项目", "提升"),
    ("Which forms have an indicator whose target is just the word “亮化”?", "亮化"),
    ("Which projects give a target of nothing but “保洁”?", "保洁"),
    ("Which forms set some target to just the single word “整治”?", "整治")])
def test_a_column_said_to_print_only_words_is_exactly_them(reader, question, words):
    where = reader.read(question).select.where
    assert where == m.HasIndicator(m.Text(TARGET, "equals", words))


@pytest.mark.parametrize("question", ["目标值写的是“亮化”的项目", "Which forms have a target written as “亮化”?"])
def test_a_wording_not_said_to_be_all_is_held(reader, question):
    assert reader.read(question).select.where == m.HasIndicator(m.Text(TARGET, "contains", "亮化"))


def test_only_in_words_is_no_wording(reader):
    where = reader.read("满意度指标目标值只有文字的项目").select.where
    assert m.Text(TARGET, "nodigit") in where.where.items


@pytest.mark.parametrize("question, kept", [
    ("满意度指标的年度指标值里一个阿拉伯数字都没写（只写了“满意率”“百分之九十”之类）的是哪些表？",
     "满意度指标的年度指标值里一个阿拉伯数字都没写的是哪些表？"),
    ("质量指标目标值只有文字（像“合格率”“质量达标率”之类）的表有几张？", "质量指标目标值只有文字的表有几张？"),
    ("Which forms phrase their satisfaction target without any digits (things like “满意率” or “百分之九十”)?",
     "Which forms phrase their satisfaction target without any digits?"),
    ("List the forms whose satisfaction target has no digit at all (“满意率”, “百分之九十” and so on) and whose rate is below 50%.",
     "List the forms whose satisfaction target has no digit at all and whose rate is below 50%.")])
def test_examples_after_a_no_digit_condition_are_taken_off(question, kept):
    assert without_asides(question) == kept


@pytest.mark.parametrize("question", [
    "满意度目标值不含“满意率”（比如“满意度”）的项目",  # a word besides the examples: a condition
    "设了工程验收类指标（“工程验收合格率”“工程验收完成率”）的项目是哪几个？"])  # row names after a class, not a condition
def test_other_quoted_brackets_stay(question):
    assert without_asides(question) == question


@pytest.mark.parametrize("question, kept", [
    ("满意度指标的年度指标值里一个阿拉伯数字都没写的是哪些表？明年要改掉。", "满意度指标的年度指标值里一个阿拉伯数字都没写的是哪些表？"),
    ("Which forms state their satisfaction target in words? We need to fix them next year.",
     "Which forms state their satisfaction target in words?")])
def test_a_purpose_remark_after_the_question_asks_nothing(question, kept):
    assert unwrapped(question).rstrip(".") == kept


def test_a_chinese_paraphrase_before_a_literal_the_forms_say():
    says = {"补齐监控盲区", "存量资金"}.__contains__
    assert unglossed("哪张表说过要把摄像头照不到的死角补上（补齐监控盲区）？", says) == "哪张表说“补齐监控盲区”？"
    assert unglossed("哪个项目提到拿以前年度沉淀下来的钱（存量资金）去垫付补贴？", says) == "哪个项目提到“存量资金”去垫付补贴？"
    unsaid = "哪个项目说要修路灯（路灯亮化工程）？"
    assert unglossed(unsaid, says) == unsaid  # a literal no form says: the question as typed


def test_an_emphatic_zero_with_an_adverb_inside():
    assert as_zero("Which of those didn't actually spend a cent during the year?") == "Which of those spent nothing during the year?"


# ----- on the bundled corpus -------------------------------------------------------------------------------------------

RAISED = ["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式",
          "社会治安保障经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）",
          "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）", "重精患者监护人奖励费（平安办）", "人才活动", "人才健康体检"]
SATISFACTION_IN_WORDS = ["党建活动（党群中心）", "下拨经费（党群中心）", "浦江初心微史馆质保金（党群中心）",
                         "党群中心（南区）规范化建设质保金（党群中心）", "维稳经费（信）", "人才活动"]


@pytest.mark.parametrize("question, expected", [
    ("年度指标值只写了“提升”两个字的指标分布在哪些项目？", RAISED),  # not 提升率 nor 提升工作能力
    ("Which forms have an indicator whose target reads only “提高”?",
     ["社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "杜行派出所新址修缮工程（平安办）"]),  # not 是否提高效率
    ("年度指标值只写了“改善”俩字的指标，所在项目里钱没花完（执行率不到100%）的有哪些？",
     ["鲁汇派出所新址装修工程（平安办）", "杜行派出所新址修缮工程（平安办）"]),
    ("目标值仅为“保障”二字的项目是哪几个？", ["劝导队经费（信）", "维稳经费（信）"]),
    ("满意度指标的年度指标值里一个阿拉伯数字都没写（只写了“满意率”“百分之九十”之类）的是哪些表？明年要改掉。", SATISFACTION_IN_WORDS),
    ("Which forms phrase their satisfaction target without any digits (things like “满意率” or “百分之九十”)?", SATISFACTION_IN_WORDS),
    ("哪张表提到把各处监控画面统统送到镇里的指挥大厅（汇聚至镇城运中心）？", ["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]),
])
def test_the_forms_on_the_bundled_corpus(seed_store, question, expected):
    assert _names(_ask(seed_store, question)) == sorted(expected)


def test_indicators_whose_actual_is_only_the_stock_wording(seed_store):
    assert _ask(seed_store, "How many indicators have an actual value that is only “达成指标”?").value == pytest.approx(82.0)
