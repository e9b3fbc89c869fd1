"""Checks flag the seed's real anomalies, leave its clean forms alone, and catch arithmetic that does not add up."""

import dataclasses

from store.checks import check_form, grade_for, truncate2
from store.records import Figure


def _codes(form, severities=("error", "warning")):
    return [finding.code for finding in check_form(form) if finding.severity in severities]


def test_seed_anomalies_are_flagged_and_clean_forms_are_not(seed_forms):
    flagged = {name: _codes(form) for name, form in seed_forms.items() if _codes(form)}
    assert flagged == {
        "浦江初心微史馆质保金（党群中心）": ["NOTHING_EXECUTED_FULL_SCORES"],
        "党群中心（南区）规范化建设质保金（党群中心）": ["NOTHING_EXECUTED_FULL_SCORES"],
        "浦江镇平安治理可视化安全管控租赁和运维服务经费（平安办）": ["NOTHING_EXECUTED_FULL_SCORES"],
        "户籍档案数字化加工项目": ["EXECUTED_ABOVE_BUDGET"],
    }


def test_unit_slip_message_names_the_likely_cause(seed_forms):
    (finding,) = [f for f in check_form(seed_forms["户籍档案数字化加工项目"]) if f.code == "EXECUTED_ABOVE_BUDGET"]
    assert finding.severity == "error"
    assert "256,175.00" in finding.message and "元" in finding.message and "25.6175 万元" in finding.message


def test_truncation_not_rounding():
    assert truncate2(72.68977) == 72.68
    assert truncate2(9.5535) == 9.55
    assert truncate2(48.08) == 48.08


def test_grade_bands():
    assert [grade_for(score) for score in (100, 90, 89.99, 80, 79.9, 60, 59.9)] == ["优", "优", "良", "良", "中", "中", "差"]


def test_arithmetic_errors_are_flagged_without_changing_figures(seed_forms):
    form = dataclasses.replace(seed_forms["社工"])
    form.funds = [dataclasses.replace(row) for row in form.funds]
    form.funds[0].execution_rate = Figure("95.60", 95.60)
    form.funds[0].score = Figure("9.80", 9.80)
    form.total_score = Figure("98.00", 98.0)
    form.grade = "良"
    form.indicators = [dataclasses.replace(row) for row in form.indicators]
    form.indicators[0].score = Figure("16.00", 16.0)
    codes = _codes(form)
    assert {"RATE_MISMATCH", "TOTAL_MISMATCH", "GRADE_MISMATCH", "SCORE_ABOVE_WEIGHT", "BUDGET_SCORE_MISMATCH"} <= set(codes)
    assert form.funds[0].execution_rate.printed == "95.60"


def test_missed_target_without_reason(seed_forms):
    form = dataclasses.replace(seed_forms["劝导队经费（信）"])
    form.indicators = [dataclasses.replace(row) for row in form.indicators]
    assert "MISSED_TARGET_NO_REASON" not in _codes(form)  # 4 of 8 people, but a reason is given
    form.indicators[0].deviation = None
    assert "MISSED_TARGET_NO_REASON" in _codes(form)


def test_vague_targets_are_information_only(seed_forms):
    findings = check_form(seed_forms["党建活动（党群中心）"])
    assert [f.code for f in findings if f.severity == "info"] == ["VAGUE_TARGET"]
