"""One test per layout feature of forms from other templates, each on a small form written out in full."""

from __future__ import annotations

import pytest

from store.checks import check_form
from store.layout.labels import HeaderTable
from store.parser import parse_tables
from store.readers.base import Row, Table

HEADERS = HeaderTable.default()


def _parse(text: str, name: str = "form.txt"):
    rows = [Row(tuple(cell.strip() for cell in line.split("|")), number)
            for number, line in enumerate(text.strip("\n").splitlines(), start=1)]
    return parse_tables([Table(None, rows)], name, HEADERS)


HEAD = """\
项目支出绩效自评表
（2022年度）
项目名称||示例项目
主管部门||示例局|||实施单位|示例中心
"""
FUNDS = """\
项目资金（万元）|||年初预算数|全年预算数|全年执行数|分值|执行率|得分
||年度资金总额|100|100|90|10|90%|9
||其中：当年财政拨款|100|100|90|—||—
"""
GOAL = """\
年度总体目标|预期目标|||实际完成情况
|完成建设|||已完成
"""


def test_two_row_header_joins_the_split_target_as_printed():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|||实际完成值|分值|得分|偏差原因分析及改进措施
|||指标性质|指标值|度量单位||||
产出指标|数量指标|受资助人数|≧|735|人次|735|50|50|
效益指标|社会效益指标|政策知晓率|═|100|%|98%|30|27|宣传不足
满意度指标|服务对象满意度指标|减轻负担||有效||有效|10|10|
总分|||||||100|96|优
""")
    (form,) = result.forms
    assert [(row.name, row.target.printed, row.actual.printed) for row in form.indicators] == [
        ("受资助人数", "≧735人次", "735"), ("政策知晓率", "═100%", "98%"), ("减轻负担", "有效", "有效")]
    assert (form.indicators[0].target.comparison, form.indicators[0].target.number, form.indicators[0].target.unit) == (
        "≥", 735.0, "人次")
    assert (form.indicators[1].deviation, form.total_weight.printed, form.total_score.printed, form.grade) == (
        "宣传不足", "100", "96", "优")
    assert result.issues == []


def test_self_score_split_in_three_under_a_vertical_section_label():
    result = _parse(HEAD + FUNDS + GOAL + """\
绩 效 指 标|一级指标|二级指标|三级指标|年度指标值|实际完成值|自评得分|||偏差原因分析及改进措施
||||||单项得分|权重|折算得分|
|产 出 指 标|数量指标|开展活动次数|≥40次|42|100|60|60|
|效 益 指 标|社会效益指标|学生参与率|≥90%|85|90|30|27|时间冲突
总分|||||||90|87|
""")
    (form,) = result.forms
    assert [(row.level1, row.name, row.weight.printed, row.score.printed, row.deviation) for row in form.indicators] == [
        ("产出指标", "开展活动次数", "60", "60", None), ("效益指标", "学生参与率", "30", "27", "时间冲突")]
    assert (form.total_weight.printed, form.total_score.printed) == ("90", "87")


def test_single_funds_row_takes_the_budget_weight_from_its_label():
    result = _parse(HEAD + """\
预算执行情况（万元）（20分）|预算数(A)|执行数(B)|执行率(B/A)|得分(20分*执行率)
年度财政资金总额|34.64|34.64|100%|20
一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分
产出指标（60分）|数量指标|走访慰问人数|100%|100%|60
满意度指标（20分）|服务对象满意度指标|满意率|100%|100%|20
总分（100分）||100|自评等级||优
""")
    (form,) = result.forms
    total = form.fund("total")
    assert (total.label, total.annual_budget.printed, total.executed.value, total.execution_rate.value, total.score.value) == (
        "年度财政资金总额", "34.64", 34.64, 100.0, 20.0)
    assert (total.weight.printed, total.weight.value, total.initial_budget.printed, form.amount_unit) == ("20分", 20.0, None, "万元")
    assert [(row.level1, row.weight.printed, row.score.printed) for row in form.indicators] == [
        ("产出指标", None, "60"), ("满意度指标", None, "20")]
    assert (form.total_score.printed, form.grade, form.fund("fiscal")) == ("100", "优", None)


def test_side_by_side_funds_headers_unit_from_label_and_amounts_with_a_unit():
    result = _parse(HEAD + """\
项目资金（元）||预算安排||资金执行|||
||年初预算数|全年预算数|全年执行数|执行率|分值|得分
|年度资金总额|3359.62万|52000|52000|100%|10|10
|其中：中央、省、市补助|3000|3000|2900|||
|县级资金|359.62|359.62|300.5|||
""")
    (form,) = result.forms
    total = form.fund("total")
    assert form.amount_unit == "元"
    assert (total.initial_budget.printed, total.initial_budget.value) == ("3359.62万", 3359.62)
    assert (total.annual_budget.value, total.executed.value, total.weight.value, total.score.value) == (52000.0, 52000.0, 10.0, 10.0)
    assert [(row.kind, row.label, row.executed.value) for row in form.funds] == [
        ("total", "年度资金总额", 52000.0), ("sub", "其中：中央、省、市补助", 2900.0), ("sub", "县级资金", 300.5)]


def test_template_without_weight_column_gives_null_weights_and_no_weight_error():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年初目标值|实际完成值|得分
产出指标(50分)|数量指标|培训人次|100人|100人|50
效益指标(30分)|社会效益指标|群众受益|有效|有效|30
总分||||100|99
""")
    (form,) = result.forms
    assert [(row.level1, row.weight.printed, row.score.value) for row in form.indicators] == [
        ("产出指标", None, 50.0), ("效益指标", None, 30.0)]
    assert "WEIGHTS_NOT_100" not in {finding.code for finding in check_form(form)}


def test_partial_form_is_stored_with_what_it_misses_and_only_a_nameless_form_is_refused():
    result = _parse(HEAD + FUNDS + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|100人|100人|50|50|

项目支出绩效自评表
项目名称||
主管部门||另一局|||实施单位|另一中心
""")
    (form,) = result.forms
    assert form.missing == ["no goal block", "cut before the total"]
    incomplete = [finding for finding in check_form(form) if finding.code == "INCOMPLETE"]
    assert [(finding.severity, finding.message) for finding in incomplete] == [
        ("warning", "partial form: no goal block; cut before the total.")]
    (error,) = result.errors
    assert (error.location, error.message) == ("12", "form has no 项目名称 value")


def test_page_metadata_and_a_list_of_titles_make_no_record():
    result = _parse("""\
某县人民政府门户网站 > 信息公开
索引号：113418/2023-00123|发布机构：某县财政局
发布日期：2023-06-30
2021年度甲项目支出绩效自评表
2021年度乙项目支出绩效自评表
""" + HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|100人|100人|90|90|
总分|||||100|99|
""")
    assert [(form.project_name, form.year, form.line_start) for form in result.forms] == [("示例项目", 2022, 6)]
    assert result.issues == []


def test_tail_of_a_previous_form_is_reported_never_merged():
    result = _parse("""\
|产出指标|数量指标|成本控制数|≤30万元|完成|90|90|
合计||||||100||
""" + HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|100人|100人|90|90|
""")
    (form,) = result.forms
    assert [row.name for row in form.indicators] == ["培训人次"]
    assert [(issue.severity, issue.location, issue.message) for issue in result.issues] == [
        ("warning", "1", "2 table rows (lines 1-2) belong to no form (no 项目名称 row above them); not read"),
        ("warning", "3", "form '示例项目' stored as partial: cut before the total")]


def test_year_comes_only_from_the_forms_own_title_or_year_line():
    filed = HEAD.replace("（2022年度）\n", "单位名称：示例局|填报日期：2023年4月6日\n")
    second = "\n2020年度项目支出绩效自评表\n" + HEAD.split("\n", 2)[2]
    result = _parse(filed + FUNDS + second + FUNDS)
    assert [(form.year, form.year_inferred) for form in result.forms] == [(2020, True), (2020, False)]
    both = _parse(HEAD + FUNDS + "\n项目支出绩效自评表\n（2021年度）\n" + HEAD.split("\n", 2)[2] + FUNDS
                  + "\n项目支出绩效自评表\n" + HEAD.split("\n", 2)[2] + FUNDS)
    assert [form.year for form in both.forms] == [2022, 2021, None]
    assert [issue.message for issue in both.warnings if "year" in issue.message] == [
        "form '示例项目' states no year, nor does the file; year left empty"]


def test_project_name_ending_in_the_title_words_is_not_a_title():
    result = _parse(HEAD.replace("示例项目", "2020年省级卫片执法补助经费支出绩效自评表") + FUNDS)
    (form,) = result.forms
    assert (form.project_name, form.year, form.title) == ("2020年省级卫片执法补助经费支出绩效自评表", 2022, "项目支出绩效自评表")


def test_placeholder_rows_are_skipped_and_still_carry_their_levels_down():
    result = _parse(HEAD + FUNDS + GOAL + """\
年度绩效指标完成情况|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
|产出指标(50分)|数量指标|指标1:完成项目数量|1|1|25|25|
||||指标2:|||||
|||……|||||
|效益指标(30分)|经济效益指标||||||
||社会效益指标|指标1:群众受益|||25|25|
||生态效益指标|指标1:|/|/|/||
|满意度指标(10分)|服务对象满意度指标|指标N|||||
总分||||||100|50|
注：1.一级指标分值统一设置为：产出50、效益30、满意度10、预算执行率10。
""")
    (form,) = result.forms
    assert [(row.level1, row.level2, row.name, row.target.printed) for row in form.indicators] == [
        ("产出指标", "数量指标", "指标1:完成项目数量", "1"), ("效益指标", "社会效益指标", "指标1:群众受益", "")]
    assert (form.total_score.printed, result.issues) == ("50", [])


def test_unreadable_row_is_a_warning_with_file_line_and_text_and_costs_nothing():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|100人|100人|五十|满分|
效益指标|社会效益指标|群众受益|有效|有效|40|40|
""", "rows.txt")
    (form,) = result.forms
    assert [row.name for row in form.indicators] == ["群众受益"]
    warning, partial = result.warnings
    assert partial.message.startswith("form '示例项目' stored as partial: line 11 not read")
    assert str(warning) == ("rows.txt:11: form '示例项目': indicator row not read (no number under 分值/得分): "
                            "产出指标 | 数量指标 | 培训人次 | 100人 | 100人 | 五十 | 满分")
    assert form.missing == ["line 11 not read (no number under 分值/得分): 产出指标 | 数量指标 | 培训人次 | 100人 | 100人 | 五十 | 满分",
                            "cut before the total"]


def test_labels_match_through_zero_width_characters_full_width_forms_and_wraps():
    result = _parse("""\
项\u200b目名称||示例项目
主管部门（盖章）：示例局|||实施单位|示例中心
项目资金（万元）|||年初 预算数|全年预算数（Ａ）|全年执行数（Ｂ）|分值|执行率（Ｂ／Ａ）|得分
||年度资金总额|100|100|90|10|90%|9
""")
    (form,) = result.forms
    assert (form.project_name, form.department, form.implementing_unit) == ("示例项目", "示例局", "示例中心")
    assert (form.fund("total").initial_budget.printed, form.fund("total").execution_rate.value) == ("100", 90.0)


def test_users_extend_the_synonym_table_with_a_file_in_their_data_directory(tmp_path):
    text = HEAD.replace("项目名称", "项目名") + FUNDS + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|满分值|自评得分值
产出指标|数量指标|培训人次|100人|100人|90|88
"""
    rows = [Row(tuple(cell.strip() for cell in line.split("|")), n) for n, line in enumerate(text.splitlines(), 1)]
    assert parse_tables([Table(None, rows)], "new.txt", HEADERS).forms == []
    (tmp_path / "headers.tsv").write_text(
        "header\tproject_name\t项目名\nindicators\tweight\t满分值\nindicators\tscore\t自评得分值\n", encoding="utf-8")
    (form,) = parse_tables([Table(None, rows)], "new.txt", HeaderTable.default(tmp_path)).forms
    assert (form.project_name, form.indicators[0].weight.printed, form.indicators[0].score.printed) == ("示例项目", "90", "88")


def test_a_malformed_synonym_line_names_its_file_and_line(tmp_path):
    bad = tmp_path / "headers.tsv"
    bad.write_text("# mine\nindicators\tweight\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"headers.tsv:2: expected block<TAB>field<TAB>label"):
        HeaderTable.load(bad)


def test_traditional_characters_and_headers_wrapped_over_two_rows():
    result = _parse("""\
項目支出績效自評表
（2021年度）
項目名稱||示例項目
主管部門||示例局|||實施單位|示例中心
項目資金（萬元）|||年初|全年|全年|分值|執行率|得分
|||預算數|預算數|執行數|||
||年度資金總額|100|120|110|10|91.66%|9.16
||其中：當年財政撥款|100|120|110|—||—
一級指標|二級指標|三級指標|年度|實際|分值|得分|偏差原因
|||指標值|完成值|||分析及改進措施
產出指標|數量指標|培訓人次|≥100人|98人|50|48|天氣原因
總分|||||100|97.16|
""")
    (form,) = result.forms
    assert [(row.kind, row.initial_budget.printed, row.annual_budget.printed, row.executed.printed) for row in form.funds] == [
        ("total", "100", "120", "110"), ("fiscal", "100", "120", "110")]
    (row,) = form.indicators
    assert (row.level1, row.name, row.target.printed, row.actual.printed, row.weight.printed, row.score.printed, row.deviation) == (
        "產出指標", "培訓人次", "≥100人", "98人", "50", "48", "天氣原因")
    assert (form.year, form.total_score.printed, [issue.message for issue in result.issues]) == (
        2021, "97.16", ["form '示例項目' stored as partial: no goal block"])


def test_goal_beside_a_section_label_page_numbers_and_full_width_digits():
    result = _parse("""\
项目支出绩效自评表
(2022年度)
项目名称|示例项目
主管部门|示例局|实施单位|示例中心
项目资金（万元）|年初预算数|全年预算数|全年执行数|分值|执行率|得分
年度资金总额|１００|１００|９０|10|90%|9
年度绩效目标|完成示例建设任务并通过验收
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|≥100人|100人|45|45|
第 1 页
效益指标|社会效益指标|群众受益|有效|有效|45|45|
总分|||||100|99|
""")
    (form,) = result.forms
    total = form.fund("total")
    assert (total.initial_budget.printed, total.initial_budget.value, total.executed.value) == ("１００", 100.0, 90.0)
    assert (form.goal, form.outcome) == ("完成示例建设任务并通过验收", None)
    assert [(row.level1, row.name) for row in form.indicators] == [("产出指标", "培训人次"), ("效益指标", "群众受益")]
    assert (form.total_score.printed, form.missing, result.issues) == ("99", [], [])


def test_grouped_funds_headers_and_an_indicator_named_like_a_total():
    result = _parse(HEAD + """\
项目资金（万元）|预算安排||资金到位||资金执行||||
|年初数|调整数|到位数|到位率|执行数|执行率|分值|得分
年度资金总额|100|120|120|100%|110|91.67%|10|9.16
""" + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|合计完成培训人次|≥100人|98人|50|48|
合计|||||90|87.16|
""")
    (form,) = result.forms
    total = form.fund("total")
    assert (total.initial_budget.printed, total.annual_budget.printed, total.executed.printed,
            total.execution_rate.printed, total.weight.printed, total.score.printed) == ("100", "120", "110", "91.67%", "10", "9.16")
    assert [row.name for row in form.indicators] == ["合计完成培训人次"]
    assert (form.total_weight.printed, form.total_score.printed) == ("90", "87.16")


def test_header_block_repeated_at_the_top_of_each_page_does_not_cut_the_form():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|≥100人|100人|45|45|
""" + HEAD + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
效益指标|社会效益指标|群众受益|有效|有效|45|45|
总分|||||100|99|
""")
    (form,) = result.forms
    assert [(row.level1, row.name, row.line) for row in form.indicators] == [
        ("产出指标", "培训人次", 11), ("效益指标", "群众受益", 17)]
    assert (form.line_start, form.line_end, form.total_score.printed, form.missing, result.issues) == (1, 18, "99", [], [])


def test_scored_row_whose_label_spans_the_level_columns_keeps_its_own_numbers():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|≥100人|100人|45|45|
预算执行率|||100%|95%|10|9.5|
总分|||||55|54.5|
""")
    (form,) = result.forms
    assert [(row.level1, row.name, row.target.printed, row.actual.printed, row.weight.printed, row.score.printed)
            for row in form.indicators] == [("产出指标", "培训人次", "≥100人", "100人", "45", "45"),
                                           ("预算执行率", "预算执行率", "100%", "95%", "10", "9.5")]


def test_a_titled_form_without_a_name_row_is_refused_not_merged_into_the_form_above():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|培训人次|≥100人|100人|90|90|
总分|||||100|99|
项目支出绩效自评表
主管部门||另一局|||实施单位|另一中心
""" + FUNDS + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|植树面积|≥10亩|10亩|90|80|
""")
    (form,) = result.forms
    assert ([row.name for row in form.indicators], form.line_end, form.department) == (["培训人次"], 12, "示例局")
    assert [(issue.severity, issue.location, issue.message) for issue in result.issues] == [
        ("error", "13", "form titled '项目支出绩效自评表' (lines 13-19) has no 项目名称 row; not read")]


def test_short_indicator_rows_holding_a_year_or_a_tick_stay_data():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|得分
|时效指标|完工年份|2022年||
|质量指标|验收通过|√|√|
""")
    (form,) = result.forms
    assert [(row.name, row.target.printed, row.actual.printed) for row in form.indicators] == [
        ("完工年份", "2022年", ""), ("验收通过", "√", "√")]
    assert (form.year, form.missing) == (2022, ["cut before the total"])


GUANGSHUI = """\
广水市财政预算支出项目绩效目标自评表
（2019年度）
单位名称：某市纪委监委   填报日期：2020-02-18   自评总分：69   单位领导审签：
项目名称|办公局域网维护费||项目属性|☑1、常年性|□2、一次性
主管部门|某市纪委监委||项目实施单位|某市城投公司
项目资金（万元）|中央|省、地|本级|其他|合计|执行数|执行率
|||5.5||5.5|5.4|98%
年度总体目标|预期目标|||实际完成情况
|升级办公局域网。|||
一级指标|二级指标|指标名称(三级指标)|年初指标值|年终完成值|自评分|复核分|评价标准
项目决策(2分)||决策依据|||2||依据充分得2分
项目绩效(85分)|数量指标(15分)|采购设备|10台套|10台套|15||完成得15分
|质量指标 12 分|改善运行状况|便于信息化应用|便捷、快速运用|||达到要求得12分
"""


def test_scoring_sheet_with_label_pairs_in_one_cell_and_checkboxes_beside_the_name():
    result = _parse(GUANGSHUI)
    (form,) = result.forms
    assert (form.project_name, form.year, form.department, form.implementing_unit) == (
        "办公局域网维护费", 2019, "某市纪委监委", "某市城投公司")
    assert (form.total_score.printed, form.total_score.value, form.line_start) == ("69", 69.0, 1)
    assert result.errors == []


def test_funds_by_source_read_the_budget_from_合计_on_the_row_below():
    (form,) = _parse(GUANGSHUI).forms
    total = form.fund("total")
    assert (total.annual_budget.printed, total.executed.printed, total.execution_rate.value, total.weight.printed,
            total.score.printed, form.fund("fiscal")) == ("5.5", "5.4", 98.0, None, None, None)


def test_self_score_and_review_columns_without_weights_and_rubric_is_not_a_deviation():
    (form,) = _parse(GUANGSHUI).forms
    assert [(row.level1, row.level2, row.name, row.target.printed, row.actual.printed, row.weight.printed,
             row.score.printed, row.deviation) for row in form.indicators] == [
        ("项目决策", "", "决策依据", "", "", None, "2", None),
        ("项目绩效", "数量指标", "采购设备", "10台套", "10台套", None, "15", None),
        ("项目绩效", "质量指标", "改善运行状况", "便于信息化应用", "便捷、快速运用", None, None, None)]


def test_label_pairs_in_separate_cells_trailing_colons_and_a_name_after_empty_cells():
    result = _parse("""\
某市财政预算支出项目绩效目标自评表
（2021年度）
单位名称：某局|填报日期：2022-08-10|自评总分：95|单位领导审签：
项目名称：|||乡村道路建设养护项目|项目属性：|√1、常年性|2、一次性
主管部门：|某局||项目实施单位：|某局
一级指标|二级指标|指标名称(三级指标)|年初指标值|年终完成值|自评分|复核分|评价标准
项目决策（2分）
||决策依据|||2||依据充分得2分
项目绩效（85分）
|数量指标 15 分|建设养护里程|300公里|300公里|15||完成得15分
""")
    (form,) = result.forms
    assert (form.project_name, form.department, form.implementing_unit, form.total_score.printed, form.line_start) == (
        "乡村道路建设养护项目", "某局", "某局", "95", 1)
    assert [(row.level1, row.level2, row.name, row.score.printed) for row in form.indicators] == [
        ("项目决策", "", "决策依据", "2"), ("项目绩效", "数量指标", "建设养护里程", "15")]
    assert [issue.severity for issue in result.issues] == ["warning"]  # partial: no funds, no goal block


@pytest.mark.parametrize("printed, stored", [
    ("数量指标(15分)", "数量指标"), ("质量指标（12分）", "质量指标"), ("时效指标 5 分", "时效指标"),
    ("成本指标（分值：10分）", "成本指标"), ("项目绩效(85分)/产出指标(40分)", "项目绩效/产出指标"),
    ("社会效益指标", "社会效益指标")])
def test_weights_are_stripped_from_level2_labels_as_from_level1(printed, stored):
    result = _parse(HEAD + FUNDS + GOAL + f"""\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标(60分)|{printed}|培训人次|≥100人|100人|15|15|
""")
    (row,) = result.forms[0].indicators
    assert (row.level1, row.level2, row.name, row.weight.printed) == ("产出指标", stored, "培训人次", "15")


def test_header_only_total_with_reference_weight_before_the_target():
    (form,) = _parse("""\
某市本级部门项目支出绩效自评表
（2021年度）
项目名称||初中公用经费
主管部门||某教育局||实施单位|某中学
自评得分：98||||财政审核评分：
一级指标|二级指标|三级指标|参考分值|指标值(A)|全年实际值(B)|得分|未完成原因分析及改进措施
项目管理(25分)|投入管理(10分)|预算执行率|10|100%|100%|9|年末部分资金未支付
""").forms
    assert (form.total_score.printed, form.total_weight.printed) == ("98", None)
    assert [(row.level1, row.level2, row.name, row.target.printed, row.weight.printed, row.score.printed, row.deviation)
            for row in form.indicators] == [("项目管理", "投入管理", "预算执行率", "100%", "10", "9", "年末部分资金未支付")]


def test_whole_department_form_without_a_project_name_is_refused_with_its_line():
    result = _parse("""\
部门整体绩效自评表
（2021年度）
部门名称|某融媒体中心||自评总分(分)|97.6
年度预算执行情况（万元）|年初预算数|全年(调整)预算数|全年执行数|执行率(%)|执行率权重|执行率得分(分)
|||||76%|10|7.6
指标名称|计量单位|指标性质|年初指标值|调整指标值|全年完成值|得分系数(%)|指标权重(分)|指标得分(分)|是否核心指标
预算完成率|%|定量指标|70%||76%|100%|2|2|是
""", "dept.txt")
    assert result.forms == []
    assert [str(issue) for issue in result.errors] == [
        "dept.txt:1: form titled '部门整体绩效自评表' (lines 1-7) has no 项目名称 row; not read"]


def test_a_row_wrapped_onto_a_second_line_is_joined_to_the_row_above():
    result = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|财务管理制度|制度健全|制度健全|20|18|部分制度
||有效性|||||执行不到位
||其中：培训人次|≥100人|120人|||
|质量指标|验收合格率|100%|100%|20|20|
总分|||||40|38|
""")
    (form,) = result.forms
    assert [(row.name, row.deviation, row.weight.printed, row.line) for row in form.indicators] == [
        ("财务管理制度有效性", "部分制度执行不到位", "20", 11), ("验收合格率", None, "20", 14)]
    assert form.notes[0] == "line 12: text wrapped from indicator 1 (line 11); joined"
    assert result.warnings == []


def test_a_name_only_row_in_a_table_without_weights_stays_an_indicator():
    (form,) = _parse(GUANGSHUI + "||农村公路养护验收合格率|||||\n").forms
    assert [row.name for row in form.indicators][-2:] == ["改善运行状况", "农村公路养护验收合格率"]


def test_funds_by_source_under_a_grouped_header_and_a_total_printed_after_its_label():
    (form,) = _parse("""\
某市财政预算支出项目绩效目标自评表
（2019年度）
项目名称：乡村道路  项目属性：☑1、常年性 □2、一次性
主管部门：某局 项目实施单位：某公司
项目资金（万元）|年度预算||||||执行数|执行率
|中央|省、地|本级|其他|合计|||
|||5.5||5.5||5.4|98%
一级指标|二级指标|指标名称(三级指标)|年初指标值|年终完成值|自评分|复核分|评价标准
项目决策(2分)||决策依据|||2||依据充分得2分
自评总分：69
""").forms
    total = form.fund("total")
    assert (form.project_name, form.department, form.implementing_unit, form.total_score.printed) == (
        "乡村道路", "某局", "某公司", "69")
    assert (total.annual_budget.printed, total.executed.printed, total.execution_rate.printed) == ("5.5", "5.4", "98%")


@pytest.mark.parametrize("line, printed", [
    ("自评得分 98||||财政审核评分", "98"), ("自评总分：95|||单位领导审签：", "95"), ("自评总分98分", "98分"),
    ("自评得分||98||财政审核评分|", "98"), ("单位名称：某局 填报日期：2022-08-10 自评总分：97.5", "97.5")])
def test_a_total_printed_only_in_the_header_is_taken_as_printed(line, printed):
    (form,) = _parse(HEAD + line + "\n" + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|参考分值|指标值(A)|全年实际值(B)|得分|未完成原因分析及改进措施
项目管理(25分)|投入管理(10分)|预算执行率|10|100%|100%|9|
""").forms
    assert (form.total_score.printed, form.total_weight.printed, form.project_name, form.fund("total").score.printed) == (
        printed, None, "示例项目", "9")


def test_a_section_row_left_of_a_shifted_table_is_the_level1_label_below_it():
    (form,) = _parse(HEAD + FUNDS + GOAL + """\
绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
项目决策（10分）
||项目立项|立项依据充分性|充分|充分|10|10|
项目产出（40分）
||数量指标（20分）|培训人次|≥100人|100人|20|20|
""").forms
    assert [(row.level1, row.level2, row.name, row.weight.printed) for row in form.indicators] == [
        ("项目决策", "项目立项", "立项依据充分性", "10"), ("项目产出", "数量指标", "培训人次", "20")]


def test_an_untitled_form_without_a_project_name_is_an_error_not_a_warning():
    result = _parse("""\
部门名称|某融媒体中心||自评总分(分)|97.6
年度预算执行情况（万元）|年初预算数|全年(调整)预算数|全年执行数|执行率(%)|执行率权重|执行率得分(分)
|||||76%|10|7.6
""", "dept.txt")
    assert (result.forms, [str(issue) for issue in result.issues]) == (
        [], ["dept.txt:1: a form (lines 1-3) has no 项目名称 row; not read"])


def test_a_wrapped_name_under_a_split_target_header_is_joined_but_the_target_is_not():
    (form,) = _parse(HEAD + FUNDS + GOAL + """\
一级指标|二级指标|三级指标|年度指标值|||实际完成值|分值|得分|偏差原因分析及改进措施
|||指标性质|指标值|度量单位||||
产出指标|数量指标|学生受资|≧|735|人次|735|50|50|
||助人数||||||||
""").forms
    (row,) = form.indicators
    assert (row.name, row.target.printed, row.actual.printed, row.weight.printed) == ("学生受资助人数", "≧735人次", "735", "50")


def test_funds_sub_headers_under_the_block_label_alone_on_its_row():
    (form,) = _parse(HEAD + """\
项目资金（万元）
中央|省、地|本级|其他|合计|执行数|执行率
||12||12|11|91.67%
""" + GOAL).forms
    total = form.fund("total")
    assert (total.annual_budget.printed, total.executed.printed, total.execution_rate.printed, total.initial_budget.printed) == (
        "12", "11", "91.67%", None)
