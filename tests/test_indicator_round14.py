"""Round 14: indicator rows looked up and filtered — by the unit they print, their weight within a class, a target as
printed, rows counted per form and per class, a class's points in a form named, and a row of a named form described
loosely; composed with form conditions and follow-ups, in both languages. Expected values are computed from the forms
(`jixiao export --format json` / `jixiao sql` over the bundled corpus), not from the assistant."""

from __future__ import annotations

import pytest

from assistant import model as m
from assistant.printed_as import sign_said
from assistant.reader import QuestionReader
from assistant.row_units import RowUnits
from support import INVENTED_COUNTY, asked

SATISFACTION = m.Text(m.Field("level1", "indicator"), "equals", "满意度指标")


def names(answer) -> list[str]:
    return sorted({record.project_name for record in answer.records})


def in_unit(unit: str) -> m.Or:
    return m.Or(tuple(m.Text(m.Field(column, "indicator"), "equals", unit) for column in ("target_unit", "actual_unit")))


# ----- recognisers, on any store ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, found", [
    ("单位是小时的指标有哪些", [(0, 5, "小时")]),
    ("以人次为单位的指标", [(0, 6, "人次")]),
    ("指标单位为元/人/月的是哪个项目", [(2, 10, "元/人/月")]),
    ("Which indicators are measured in hours?", [(21, 38, "小时")]),
    ("Which projects have an indicator whose unit is 台?", [(39, 48, "台")]),
    ("实施单位是信访办的项目", []),  # 单位 as an organisation
    ("目标值单位是“人”的指标有几个", [(0, 9, "人")]),
    ("按执行率排，单位是万元的", []),  # no indicator row asked: the answer's unit
])
def test_a_unit_asked_of_rows_is_found_in_the_question(question, found):
    assert RowUnits(["小时", "元/人/月", "人"]).find(question) == found


@pytest.mark.parametrize("text, expected", [
    ("满意度目标值≥90%（带≥号）的项目", ("满意度目标值≥90% 的项目", "≥")),
    ("how many forms print a satisfaction target of ≥90% (with the ≥ sign, e.g. ≥90.00(%))?",
     ("how many forms print a satisfaction target of ≥90%  ?", "≥")),
    ("forms with a satisfaction target of ≥90% (sign printed)", ("forms with a satisfaction target of ≥90%  ", "sign")),
    ("满意度目标值≥90%的项目", ("满意度目标值≥90%的项目", "")),
])
def test_a_remark_that_the_sign_is_printed_is_taken_out(text, expected):
    assert sign_said(text) == expected


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(INVENTED_COUNTY)  # no name of the bundled corpus


@pytest.mark.parametrize("question, where", [
    ("单位是小时的指标有哪些", m.HasIndicator(in_unit("小时"))),
    ("Which satisfaction indicators are worth 10 points?",
     m.HasIndicator(m.And((SATISFACTION, m.Compare(m.Field("weight", "indicator"), "=", m.Number(10.0, "10 points")))))),
    ("满意度目标定为85%及以上而不是通常的90%的项目",
     m.HasIndicator(m.And((SATISFACTION, m.Text(m.Field("target", "indicator"), "contains", "≥85"))))),
    ("没有满意度指标且指标少于6个的项目",
     m.And((m.Compare(m.IndicatorCount(), "<", m.Number(6.0, "6个")), m.Not(m.HasIndicator(SATISFACTION))))),
])
def test_row_conditions_composed(reader, question, where):
    assert reader.read(question).select.where == where


def test_a_class_points_asked_of_a_named_form_sums_its_weight(reader):
    select = reader.read("青石路灯维护经费（城管办）的满意度指标一共多少分").select
    assert select.where == m.Text(m.Field("project_name"), "equals", "青石路灯维护经费（城管办）")
    assert select.shown == [m.IndicatorSum("weight", SATISFACTION)]


@pytest.mark.parametrize("question, column", [
    ("每个项目各有几个三级指标", m.Field("project_name")),
    ("How many indicators does each form have?", m.Field("project_name")),
    ("Across every form, how many indicators are there?", None),
    ("平均每个项目有几个指标", None),
    ("哪个二级指标下的三级指标最多", m.Field("level2", "indicator")),
])
def test_the_group_rows_are_counted_by(reader, question, column):
    from assistant.distinct_values import LEVELS as _LEVELS
    from assistant.row_groups import row_group
    from assistant.interpret import normalize

    tokens = [t for t in reader.recogniser.tokens(normalize(question))[0] if t.kind != "stop"]
    superlative = next((t for t in tokens if t.kind == "superlative"), None)
    assert row_group(tokens, superlative, _LEVELS) == column


def test_rows_counted_per_form_group_by_the_form(reader):
    select = reader.read("每个项目各有几个三级指标").select
    assert (select.entity, select.aggregate, select.group_by) == ("indicators", m.Aggregate("count"), m.Field("project_name"))


# ----- on the bundled corpus (values read with jixiao sql) -------------------------------------------------------
@pytest.mark.parametrize("questions, expected", [
    (['满意度目标定成≥百分之一百的项目'], ['鲁汇派出所新址装修工程（平安办）']),  # a signed figure in words is its digits
    (['Which forms report a satisfaction result above their satisfaction target?'], ['人才健康体检', '劝导队经费（信）']),
    (['Which quantity indicators came in below their target?'], ['劝导队经费（信）']),  # a class against its own target
    (['满意度低于目标值的项目'], []),
    (['Which quantity targets exceed 1000?'],  # a class said with "targets": its rows' targets, not a count of rows
     ['平安志愿者经费（平安办）', '杜行派出所新址修缮工程（平安办）', '浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）', '鲁汇派出所新址装修工程（平安办）']),
    (['Which of the party-centre forms have a quantity target counted in times (次)?'],
     ['下拨经费（党群中心）', '党建活动（党群中心）', '党群中心（南区）规范化建设质保金（党群中心）', '浦江初心微史馆质保金（党群中心）']),
    (['Which satisfaction indicators weigh under 10 points?'], ['户籍档案数字化加工项目', '重精患者监护人奖励费（平安办）']),
    (['Does any form give zero weight to its satisfaction indicator?'], ['户籍档案数字化加工项目']),
    (['目标人数超过50人的指标有哪些'],  # a unit after the figure: rows printed in 人
     ['事业编残保金（党群中心）', '公安后勤及协管员经费（平安办）', '安保经费（平安办）', '平安志愿者经费（平安办）', '社工', '禁毒与反邪教（平安办）']),
    (['Which quantity indicators target more than 100 people?'],
     ['公安后勤及协管员经费（平安办）', '安保经费（平安办）', '平安志愿者经费（平安办）']),
    (['单位是小时的指标有哪些'],
     ['图像视频监控系统租赁经费（平安办）', '浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）', '社会治安保障经费（平安办）']),
    (['Which indicators are measured in hours?'],
     ['图像视频监控系统租赁经费（平安办）', '浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）', '社会治安保障经费（平安办）']),
    (['平安办的项目中，哪些有以小时为单位的时效指标？'],
     ['图像视频监控系统租赁经费（平安办）', '浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）', '社会治安保障经费（平安办）']),
    (['Which forms set a target in square metres?'],
     ['杜行派出所新址修缮工程（平安办）', '鲁汇派出所新址装修工程（平安办）']),
    (['指标单位为元/人/月的是哪个项目'],
     ['重精患者监护人奖励费（平安办）']),
    (['哪些项目有以人次为单位的指标'],
     []),
    (['全年预算超过100万元、且有以小时计的指标的项目'],
     ['图像视频监控系统租赁经费（平安办）', '浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）']),
    (['Which projects have an indicator whose unit is 台?'],
     ['浦江镇实有人口移动信息采集终端租赁服务费（平安办）']),
    (['单位是小时的指标有哪些', '其中全年预算最多的是哪个'],
     ['图像视频监控系统租赁经费（平安办）']),
    (['Which satisfaction indicators are worth 10 points?'],
     ['“两个实有”全面覆盖2+1工作模式奖励费（平安办）', '公安后勤及协管员经费（平安办）', '安保经费（平安办）', '平安志愿者经费（平安办）', '浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）', '社工点经费（平安办）', '重精患者监护人奖励费（平安办）']),
    (['质量指标分值为20分的项目有哪些'],
     ['下发基层书报杂志费（平安办）', '图像视频监控系统租赁经费（平安办）', '杜行派出所公用事业费', '浦江镇实有人口移动信息采集终端租赁服务费（平安办）', '社会治安保障经费（平安办）', '鲁汇派出所新址装修工程（平安办）']),
    (['权重最大的三级指标出自哪些项目'],
     ['下拨经费（党群中心）', '事业编残保金（党群中心）', '人才健康体检', '人才活动', '党建活动（党群中心）', '党群中心（南区）规范化建设质保金（党群中心）', '户籍档案数字化加工项目', '浦江初心微史馆质保金（党群中心）', '浦江镇实有人口移动信息采集终端租赁服务费（平安办）', '社工', '鲁汇派出所新址装修工程（平安办）']),
    (['满意度指标中分值最低的是哪个'],
     ['户籍档案数字化加工项目']),
    (['分值最高的前三个指标'],
     ['党建活动（党群中心）', '社工']),
    (['Which project set its satisfaction target at 85% or more, instead of the usual 90%?'],
     ['劝导队经费（信）']),
    (['满意度目标定为85%及以上而不是通常的90%的项目'],
     ['劝导队经费（信）']),
    (['满意度指标年度指标值印为“≥90%”（带≥号）、且全年预算数超过300万元的项目'],
     ['图像视频监控系统租赁经费（平安办）', '安保经费（平安办）', '社工点经费（平安办）']),
    (["Which satisfaction targets are printed as ≥90%? Only 信访办's, please."],
     []),
    (['Which project settled for a satisfaction target of only 85%?'],
     ['劝导队经费（信）']),
    (['没有时效指标并且全年预算超过100万的项目'],
     ['下拨经费（党群中心）', '杜行派出所新址修缮工程（平安办）', '社工', '鲁汇派出所新址装修工程（平安办）']),
])
def test_rows_filtered_on_the_corpus(seed_store, questions, expected):
    assert names(asked(seed_store, *questions)) == sorted(expected)

@pytest.mark.parametrize("questions, value", [
    (['Across every form, how many timeliness indicators are there?'], 21),
    (['How many quality targets are set at 100%?'], 24),
    (['满意度目标带≥号的平安办项目有几个'], 14),  # the sign alone said printed: targets printing it
    (['满意度目标带≥号的项目有几个'], 19),
    (['平安办的项目', '其中满意度目标写成“≥90”的有几个'], 13),  # of the last forms: forms counted, not rows
    (['平安办的项目', '其中满意度指标有几个'], 21),  # indicators named: rows counted  # every form together, not each
    (['How many output indicators does the volunteer scheme have?'], 4),  # a form described, its class's rows counted
    (['How many points does the petition agents project put on outputs in total?'], 45),
    (['全年预算（全年预算数）低于10万元的项目，三级指标一共有几个？'], 34),  # a bracket glossing the field is no condition
    (['How many satisfaction indicators do the forms with an execution rate (执行率) under 50% have?'], 7),
    (['目标值单位是“人”的指标有几个'], 18),
    (['How many indicator rows are counted in people (unit 人)?'], 18),
    (['时效指标中单位是小时的有几个'], 4),
    (['信访办的项目里，以人为单位的指标有几个？'], 2),
    (['效益指标中分值为5分的有几个'], 18),
    (['How many benefit indicators carry 10 points?'], 11),
    (['满意度指标里分值是15分的有几条'], 12),
    (['Which output indicators are worth 20 points or more? How many are there?'], 25),
    (['满意度目标值≥90%（带≥号）的项目有几个'], 17),
    (['没有可持续影响指标且指标少于6个的项目有几个'], 15),
    (['指标多于10条的项目有几个'], 4),
    (['人才活动这张表，满意度那块一共占几分？'], 15),
    (['社工点经费的效益指标加起来几分'], 30),
    (['How much weight does the security budget (安保经费) give to output indicators in total?'], 50),
    (['杜行派出所新址修缮工程（平安办）项下满意度指标分值合计'], 30),
    (['公安后勤及协管员经费的时效指标一共多少分'], 15),
])
def test_rows_counted_and_points_added_on_the_corpus(seed_store, questions, value):
    assert asked(seed_store, *questions).value == value

@pytest.mark.parametrize("questions, printed, forms", [
    (['哪个二级指标下的三级指标最多'], '数量指标：48', None),  # classes of a level ranked by their rows
    (['Which level-1 class holds the fewest third-level indicators?'], '满意度指标: 35', None),
    (['What area was the Duhang police station renovation meant to cover?'], '=19975.00(平方米)', ['杜行派出所新址修缮工程（平安办）']),
    (['What target did the newspaper subscription project set for copies?'], '≥500.00(份)', ['下发基层书报杂志费（平安办）']),
    (['How many information-collection terminals did the rental project aim for?'], '=240.00(台)',
     ['浦江镇实有人口移动信息采集终端租赁服务费（平安办）']),
    (['信访办的项目', '它们各有几个指标'], '劝导队经费（信）：6', None),  # a follow-up: each of the last forms
    (['社工点经费的指标中，目标值单位是人的有哪些'], '社工人数：目标 =19.00(人)', ['社工点经费（平安办）']),
    (['Which indicator of the petition agents project has the highest weight?'], '信访代理员人数（15）', ['信访代理员经费（信）']),
    (['名称带（党群中心）的每个项目各有几个三级指标'], '党建活动（党群中心）：4', None),
    (['How many indicators does each form have?'], '公安后勤及协管员经费（平安办）: 15', None),
    (['信访办的每个项目分别有几个指标'], '劝导队经费（信）：6', None),
    (['给鲁汇派出所新办公地装修的那个工程，计划装修多大面积？'], '=7306.20(平方米)', ['鲁汇派出所新址装修工程（平安办）']),
    (['社会治安保障经费的突发事件处置时限是多少'], '1小时', ['社会治安保障经费（平安办）']),
    (['How fast were repairs promised in the video surveillance rental?'], '24小时内', ['图像视频监控系统租赁经费（平安办）']),
    (['图像视频监控系统租赁经费出故障要求多长时间内处置好？'], '24小时内', ['图像视频监控系统租赁经费（平安办）']),
    (['杜行派出所修缮工程计划修缮多大面积'], '=19975.00(平方米)', ['杜行派出所新址修缮工程（平安办）']),
    (['重精患者监护人奖励费的奖励费多久发一次'], '第一季度', ['重精患者监护人奖励费（平安办）']),
])
def test_a_row_is_quoted_as_printed_on_the_corpus(seed_store, questions, printed, forms):
    answer = asked(seed_store, *questions)
    assert printed in answer.text
    if forms is not None:
        assert names(answer) == forms


def test_listed_rows_show_the_row_and_its_target_as_printed(seed_store):
    answer = asked(seed_store, "单位是小时的指标有哪些")
    assert "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办） · 设备故障处置及时性：目标 72小时，实际 达成指标" in answer.text
    assert "社会治安保障经费（平安办） · 突发事件处置及时性：目标 1小时，实际 达成指标" in answer.text


def test_the_heaviest_rows_keep_their_ties(seed_store):
    answer = asked(seed_store, "Which indicators have the heaviest weight?")
    assert len(answer.records) == 21 and answer.value == 30
