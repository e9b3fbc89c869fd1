"""Round 23, the set a question works on: after a total, average or count, them / their / 其中 is the set the figure was
computed over (a sentence pointing back is never background; i.e. closes no sentence); an exclusion before a glossed
literal (Excluding the petition office (信访办)) stays an exclusion; 去掉…，剩下哪些 is glue; a form field said after its
figure (which didn't reach 100% execution) takes the bound, not an indicator said before; best performers / 表现最差 rank
the total score; "which of them are below that?" after an average compares with it. Expected values computed from the
bundled forms (`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.field_after_figure import field_after_figure
from assistant.performance_words import performance_said
from assistant.recognise import Token
from support import asked as _ask, names_of as _names

XINFANG_BEST = ["信访代理员经费（信）"]
WORST = sorted(["浦江初心微史馆质保金（党群中心）", "党群中心（南区）规范化建设质保金（党群中心）",
                "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"])
BEST = sorted(["浦江镇实有人口移动信息采集终端租赁服务费（平安办）", "下发基层书报杂志费（平安办）",
               "第三届人民警察节升警旗暨浦江镇非警务类110分流处置工作启动仪式", "图像视频监控系统租赁经费（平安办）",
               "社会治安保障经费（平安办）", "社工点经费（平安办）", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）",
               "户籍档案数字化加工项目", "重精患者监护人奖励费（平安办）"])
UNDER_70_ABOVE_95 = sorted(["杜行派出所公用事业费", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"])
PINGAN_NOT_FULL = sorted(["安保经费（平安办）", "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）",
                          "鲁汇派出所新址装修工程（平安办）", "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）",
                          "杜行派出所新址修缮工程（平安办）"])
SUSTAINABILITY_NOT_FULL = sorted(["劝导队经费（信）", "维稳经费（信）", "信访代理员经费（信）", "安保经费（平安办）",
                                  "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "禁毒与反邪教（平安办）"])


# ----- rewritten or moved before reading, on any store ---------------------------------------------------------------

@pytest.mark.parametrize("question, plain", [
    ("Worst performers?", "projects with the lowest total score?"),
    ("Which are the weakest projects?", "Which are the projects with the lowest total score?"),
    ("Which projects performed best?", "Which projects had the highest total score?"),
    ("表现最差的项目是哪些？", "总分最低的项目是哪些？"),
    # another measure named: the readers rank that one
    ("Worst performers by execution rate?", "Worst performers by execution rate?"),
    ("预算执行表现最差的项目", "预算执行表现最差的项目"),
])
def test_performance_words_are_the_total_score(question, plain):
    assert performance_said(question) == plain


def test_a_field_after_its_figure_takes_the_bound_only_after_a_class():
    def token(kind, text, key=""):
        return Token(kind=kind, text=text, key=key, start=0, end=0)

    after_class = [token("class", "sustainability indicator", "可持续影响指标"), token("op", "less than", "<"),
                   token("number", "100%"), token("field", "execution", "execution_rate")]
    assert [t.kind for t in field_after_figure(after_class)] == ["class", "field", "op", "number"]
    alone = after_class[1:]
    assert [t.kind for t in field_after_figure(alone)] == ["op", "number", "field"]
    row_field = after_class[:3] + [token("field", "target", "indicator.target")]
    assert [t.kind for t in field_after_figure(row_field)] == ["class", "op", "number", "field"]


# ----- asked of the bundled forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("context, question", [
    ("Petition office, total spent?", "Best scorer among them?"),
    ("信访办实施的项目全年预算一共多少？", "其中总分最高的是哪个？"),
    ("How many projects are implemented by the petition office?", "Best performers among them?"),
])
def test_a_pointer_after_a_figure_is_the_set_it_was_over(seed_store, context, question):
    assert _names(_ask(seed_store, context, question, search=None)) == XINFANG_BEST


def test_their_pooled_rate_after_a_total_glossed_with_i_e(seed_store):
    answer = _ask(seed_store, "What's the total full-year budget of the projects implemented by 信访办?",
                  "And their overall execution rate, i.e. total executed over total budget?", search=None)
    assert answer.value == pytest.approx(93.66, abs=0.01)  # 346.13 / 369.57 over the three 信访办 forms, not all 28


@pytest.mark.parametrize("question", [
    "Excluding the petition office (信访办) projects, which ones executed under 70% of budget but still scored above 95 overall?",
    "Which projects spent under 70% of their budget and scored above 95, not counting the 信访办 ones?",
    "除信访办的项目外，执行率低于70%但总分高于95的有哪些？",
])
def test_an_exclusion_is_negated_wherever_it_stands(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == UNDER_70_ABOVE_95


@pytest.mark.parametrize("question", [
    "名称带“平安办”的项目里，把执行率100%的去掉，剩下哪些？",
    "平安办的项目，剔除执行率100%的以后，还有哪些？",
])
def test_what_is_left_after_taking_some_out(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == PINGAN_NOT_FULL


@pytest.mark.parametrize("question", [
    "Among projects that have a sustainability-impact indicator (可持续影响指标), which didn't reach 100% execution?",
    "有可持续影响指标的项目中，执行率没到100%的有哪些？",
])
def test_execution_after_an_indicator_condition_is_the_forms_rate(seed_store, question):
    assert _names(_ask(seed_store, question, search=None)) == SUSTAINABILITY_NOT_FULL


@pytest.mark.parametrize("question, expected", [
    ("Worst performers?", WORST),
    ("表现最差的项目是哪些？", WORST),
    ("Which are the weakest projects?", WORST),
    ("哪些项目表现最好？", BEST),
    ("信访办表现最好的项目是哪个？", XINFANG_BEST),
])
def test_performers_rank_the_total_score_with_ties(seed_store, question, expected):
    assert _names(_ask(seed_store, question, search=None)) == expected


@pytest.mark.parametrize("context, question, expected", [
    # the 平安办 forms' average rate is 84.86%: four of the fourteen below it
    ("What's the average execution rate of the 平安办 projects?", "Which of them are below average?",
     sorted(["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "鲁汇派出所新址装修工程（平安办）",
             "禁毒与反邪教（平安办）", "公安后勤及协管员经费（平安办）"])),
    # the three 信访办 forms average 98.57 points
    ("信访办项目的平均总分是多少？", "其中高于这个平均分的有哪些？", sorted(["维稳经费（信）", "信访代理员经费（信）"])),
])
def test_which_of_them_are_below_that_compares_with_the_last_figure(seed_store, context, question, expected):
    assert _names(_ask(seed_store, context, question, search=None)) == expected
