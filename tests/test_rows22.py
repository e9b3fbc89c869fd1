"""Round 22, indicator rows asked about: one row of a named form (by its printed name, a quoted name or words
describing it) asked for one column (target, weight, actual, score) is that column as printed, the row's name never a
condition on another column; one named row's column ranked over the forms holding it, or among the previous answer's
forms (a pointer 这个指标 / it standing for the previous question's row); the points a named form got for budget
execution; a count said twice around 或 (两个或两个以上). Expected values computed from the bundled forms
(`jixiao export --format json`), not from the assistant."""

from __future__ import annotations

import pytest

from assistant.restated_figure import without_restated_figures
from assistant.row_vocabulary import asked_columns
from support import asked as _ask, names_of as _names

TWO_SATISFACTION = ["“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "平安志愿者经费（平安办）", "杜行派出所新址修缮工程（平安办）",
                    "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "社工点经费（平安办）", "禁毒与反邪教（平安办）",
                    "重精患者监护人奖励费（平安办）"]


@pytest.mark.parametrize("question, columns", [
    ("两个实有那张表里，信息登记准确率的分值是多少？", {"weight"}),
    ("What weight did the 安保经费 form give to 压降辖区内警情?", {"weight"}),
    ("劝导队经费的维稳工作完成率这条指标得了几分？", {"score"}),
    ("What actual figure did 劝导队经费 report for 维稳工作完成率?", {"actual"}),
    ("Target value for 户籍人口归档率?", {"target"}),
    ("社工点经费的社工人数指标，分值和得分分别是多少？", {"weight", "score"})])
def test_the_columns_a_question_asks_of_a_row(question, columns):
    assert asked_columns(question) == columns


@pytest.mark.parametrize("said, plain", [
    ("有哪些表的满意度指标设了两个或两个以上？", "有哪些表的满意度指标设了两个及以上？"),
    ("时效指标3条或3条以下的表", "时效指标3条及以下的表"),
    ("两个或三个以上", "两个或三个以上")])  # two different counts: no restatement
def test_a_count_said_twice_around_or_is_said_once(said, plain):
    assert without_restated_figures(said) == plain


# ----- on the bundled corpus ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("What weight did the 安保经费 form give to 压降辖区内警情?", 20),  # was no value
    ("On the 2+1 work-mode reward form (两个实有), what weight was given to 信息登记准确率?", 5),  # was 95, the target
    ("What floor area (in square metres) was targeted for the renovation of the new 杜行派出所 site?", 19975),
    ("安保经费里“特勤安保人数”这一项的分值是多少？", 10),  # was 360, the target
    ("劝导队经费的维稳工作完成率这条指标得了几分？", 14.9),  # was 8, the target
    ("禁毒与反邪教这张表给“宣传活动达标率”设了多少分值？", 10),
    ("What was the actual number of 特勤安保人数 on the 安保经费 form?", 360),
    ("how many points did the 人才活动 project get for budget execution?", 1.34),  # was 1, a count of forms
    ("人才活动预算执行得了几分？", 1.34)])  # was 41, the budget
def test_a_named_rows_column(seed_store, question, value):
    assert _ask(seed_store, question).value == pytest.approx(value, abs=0.01)


@pytest.mark.parametrize("question, form, printed", [
    ("What's the target for 信息登记准确率 in the 两个实有 reward form?", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）", "≥95.00(%)"),
    ("How was the target for 开展活动次数 (number of activities) written on the 人才活动 form?", "人才活动", "≥10.00(次)"),
    ("In the 平安治理可视化 security control project, what's the target for equipment fault handling time (设备故障处置及时性)?",
     "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "72小时"),
    ("重精患者监护人奖励费项目里，“监护人奖励费”这个指标的年度指标值是怎么写的？", "重精患者监护人奖励费（平安办）", "=200.00(元/人/月)")])
def test_a_named_rows_target_as_printed(seed_store, question, form, printed):
    answer = _ask(seed_store, question)
    assert _names(answer) == [form] and printed in answer.text


def test_a_row_ranked_among_the_previous_forms_by_a_pointer(seed_store):
    answer = _ask(seed_store, "“相关单位满意度”这个指标在哪些表里出现过？", "其中这个指标分值给得最高的是哪张表？")
    assert _names(answer) == ["鲁汇派出所新址装修工程（平安办）"] and answer.value == 30
    answer = _ask(seed_store, "Which forms include the indicator 相关单位满意度?", "Which of them gives it the most weight?")
    assert _names(answer) == ["鲁汇派出所新址装修工程（平安办）"]


def test_a_rows_target_in_each_previous_form(seed_store):
    answer = _ask(seed_store, "哪些表用了“居民群众满意度”这个指标？", "这几张表里它的目标值是怎么写的？都一样吗")
    assert _names(answer) == sorted(["图像视频监控系统租赁经费（平安办）", "社会治安保障经费（平安办）", "杜行派出所新址修缮工程（平安办）",
                                     "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）", "平安志愿者经费（平安办）"])
    assert "都一样：≥90.00(%)" in answer.text


def test_a_class_counted_per_form_said_twice_around_or(seed_store):
    assert _names(_ask(seed_store, "有哪些表的满意度指标设了两个或两个以上？")) == sorted(TWO_SATISFACTION)


def test_no_row_named_leaves_the_form_question_alone(seed_store):
    assert _ask(seed_store, "社工的执行率是多少？").value == pytest.approx(95.53)
    assert _names(_ask(seed_store, "安保经费里分值为10分的指标有哪些？")) == ["安保经费（平安办）"]


def test_a_forms_own_column_beside_the_row_is_not_one_rows_column(seed_store):
    # the rate ranks the forms: no ranking of the row's weight over the forms holding it
    answer = _ask(seed_store, "执行率最高的项目的相关单位满意度分值是多少？")
    assert "分值最高" not in answer.interpretation and "分值最低" not in answer.interpretation
    # something left out (除了采集设备): the row named there is not the one asked
    assert _ask(seed_store, "租机器采集人口信息的那个项目，除了采集设备，目标里还说要租几台执法仪？").value == pytest.approx(8)
