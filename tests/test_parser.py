"""The parser reads every seed form exactly as printed, and the layout variants real forms use."""

from __future__ import annotations

import pytest

from store.parser import parse_tables
from store.readers.base import Row, Table
from store.readers.text import read_text
from support import SEED


def _table(text: str) -> list[Table]:
    return [Table(None, [Row(tuple(cell.strip() for cell in line.split("\t")), number)
                         for number, line in enumerate(text.splitlines(), start=1)])]


def test_all_28_seed_forms_parse_without_errors():
    result = parse_tables(read_text(SEED), SEED.name)
    assert len(result.forms) == 28
    assert result.errors == []
    assert [issue.location for issue in result.warnings] == ["574", "592"]  # the two forms with no year line


def test_counts_for_every_form(seed_forms):
    indicator_counts = {name: len(form.indicators) for name, form in seed_forms.items()}
    assert sum(indicator_counts.values()) == 188
    assert indicator_counts["社工"] == 4
    assert indicator_counts["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"] == 17
    assert indicator_counts["公安后勤及协管员经费（平安办）"] == 15
    assert all(len(form.funds) == 4 for form in seed_forms.values())
    assert sum(form.grade == "优" for form in seed_forms.values()) == 22
    assert {form.year for form in seed_forms.values()} == {2023}


def test_first_form_field_by_field(seed_forms):
    form = seed_forms["社工"]
    assert form.department == "上海市闵行区浦江镇人民政府(汇总)"
    assert form.implementing_unit == "上海市闵行区浦江镇社区党群服务中心"
    assert (form.year, form.year_inferred, form.amount_unit) == (2023, False, "万元")
    total = form.fund("total")
    assert (total.initial_budget.printed, total.annual_budget.printed, total.executed.printed) == ("2,087.07", "2,138.12", "2,042.66")
    assert (total.initial_budget.value, total.annual_budget.value, total.executed.value) == (2087.07, 2138.12, 2042.66)
    assert (total.weight.printed, total.execution_rate.printed, total.score.printed) == ("10.00", "95.53", "9.55")
    fiscal = form.fund("fiscal")
    assert fiscal.label == "其中：当年财政拨款"
    assert (fiscal.weight.printed, fiscal.weight.value) == ("—", None)
    assert form.goal == "保障社工2023年度工资福利、公用经费等的正常支出。"
    assert form.outcome == "按时按实完成了2023年度社工工资、福利、公用经费等正常支出。"
    first = form.indicators[0]
    assert (first.level1, first.level2, first.name) == ("产出指标", "数量指标", "社工数量")
    assert (first.target.printed, first.target.comparison, first.target.number, first.target.unit) == ("=97.00(人)", "=", 97.0, "人")
    assert (first.actual.printed, first.weight.printed, first.score.printed, first.deviation) == ("97.00(人)", "15.00", "15.00", None)
    # 一级指标 left blank by a merged cell is carried down from the row above.
    assert (form.indicators[1].level1, form.indicators[1].level2, form.indicators[1].name) == ("产出指标", "质量指标", "资金发放准确率")
    assert (form.total_weight.printed, form.total_score.printed, form.grade) == ("100", "99.55", None)
    assert (form.line_start, form.line_end) == (3, 20)


def test_qualitative_values_and_deviation(seed_forms):
    form = seed_forms["劝导队经费（信）"]
    assert form.implementing_unit == "信访办"
    row = form.indicators[0]
    assert (row.name, row.target.printed, row.actual.printed, row.score.printed) == ("维稳工作完成率", "=8.00(人)", "4.00(人)", "14.90")
    assert row.deviation == "实际劝导队人员数量4人，后续及时调整经费"
    assert form.indicators[3].target.printed == "保障"
    assert form.indicators[3].target.number is None
    assert form.grade == "优"


def test_row_starting_at_column_zero_belongs_to_group_above(seed_forms):
    form = seed_forms["浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）"]
    row = next(row for row in form.indicators if row.name == "设备故障处置及时性")
    assert (row.level1, row.level2, row.target.printed, row.actual.printed, row.weight.printed) == (
        "产出指标", "时效指标", "72小时", "达成指标", "5.00")


def test_forms_without_title_or_year_lines(seed_forms):
    # "(2023年度)" alone starts 维稳经费; 人才活动 has an odd title and no year; 人才健康体检 an HTML title.
    assert seed_forms["维稳经费（信）"].title is None
    assert seed_forms["人才活动"].title == "财政项目支出绩效自我评价"
    assert (seed_forms["人才活动"].year, seed_forms["人才活动"].year_inferred) == (2023, True)
    assert seed_forms["人才健康体检"].title == "<p> 财政项目支出绩效自评价 </p>"


def test_totals_row_without_label_and_extra_columns(seed_forms):
    form = seed_forms["人才活动"]
    assert (form.total_weight.printed, form.total_score.printed) == ("100", "91.34")
    assert form.fund("total").execution_rate.printed == "13.46"
    # Funds rows with two extra empty columns still map values to their headers.
    health = seed_forms["人才健康体检"].fund("total")
    assert (health.initial_budget.printed, health.annual_budget.printed, health.executed.printed,
            health.weight.printed, health.execution_rate.printed, health.score.printed) == (
        "0.00", "24.00", "8.10", "10.00", "33.75", "3.37")


def test_unit_slip_figure_is_kept_as_printed(seed_forms):
    total = seed_forms["户籍档案数字化加工项目"].fund("total")
    assert (total.executed.printed, total.executed.value) == ("256,175.00", 256175.0)
    assert total.execution_rate.printed == "999902.41"


def test_chinese_percentage_target(seed_forms):
    row = seed_forms["维稳经费（信）"].indicators[5]
    assert (row.target.printed, row.target.number, row.target.unit) == ("百分之九十", 90.0, "%")


VARIANT = """\
附件1
2022年度项目支出绩效自评表
項目名稱\t\t示例項目
主管部门\t示例局\t实施单位\t示例中心
项目资金（元）\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分
\t年度资金总额\t387664.62\t387664.62\t387664.62\t10\t100.00%\t10
年度总体目标\t预期目标\t\t实际完成情况
\t完成建设\t\t已完成
一级指标\t二级指标\t三级指标\t分值\t指标值\t全年实际值\t得分\t未完成原因及拟采取的改进措施
产出指标(50分)\t数量指标\t培训人次\t50\t≧735人次\t735人次\t50\t
效益指标(30分)\t社会效益指标\t群众受益\t30\t效果明显\t效果明显\t28\t宣传不足
满意度指标(10分)\t服务对象满意度指标\t满意度\t10\t≥90%\t95%\t10\t
总分\t\t\t100\t\t\t98\t优
"""


def test_layout_variant_weight_first_traditional_headers_and_yuan():
    result = parse_tables(_table(VARIANT), "variant.txt")
    assert result.errors == []
    (form,) = result.forms
    assert (form.project_name, form.year, form.amount_unit) == ("示例項目", 2022, "元")
    assert form.fund("total").execution_rate.printed == "100.00%"
    assert form.fund("total").execution_rate.value == 100.0
    first = form.indicators[0]
    assert (first.level1, first.weight.printed, first.target.comparison, first.target.number, first.target.unit) == (
        "产出指标", "50", "≥", 735.0, "人次")
    assert form.indicators[1].deviation == "宣传不足"
    assert (form.total_score.printed, form.grade) == ("98", "优")


def test_form_cut_after_its_funds_header_is_stored_as_partial_between_two_good_ones():
    lines = SEED.read_text(encoding="utf-8").splitlines()
    # Form one, then form three cut off right after its funds header, then form four.
    broken = lines[:21] + lines[39:45] + lines[58:76]
    result = parse_tables(_table("\n".join(broken)), "broken.txt")
    assert [form.project_name for form in result.forms] == ["社工", "下拨经费（党群中心）", "事业编残保金（党群中心）"]
    assert result.errors == []
    cut = result.forms[1]
    assert cut.missing == ["no 年度资金总额 row in the funds block", "no goal block", "no indicator table"]
    assert (cut.department, cut.year, cut.funds, cut.indicators) == ("上海市闵行区浦江镇人民政府", 2023, [], [])
    assert result.forms[0].missing == [] and len(result.forms[2].indicators) == 4


@pytest.mark.parametrize("text", ["", "hello\nworld", "项目名称\t\t\n"])
def test_text_without_a_form_reports_an_error(text):
    result = parse_tables(_table(text), "empty.txt")
    assert result.forms == []
    assert len(result.errors) == 1
