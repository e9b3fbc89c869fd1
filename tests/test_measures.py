"""Printed figures and indicator values parse to numbers without losing their print."""

import pytest

from store.measures import chinese_number, parse_figure, parse_measure


@pytest.mark.parametrize("printed, comparison, number, unit", [
    ("=97.00(人)", "=", 97.0, "人"),
    ("≥90.00(%)", "≥", 90.0, "%"),
    ("≧735人次", "≥", 735.0, "人次"),
    ("﹦100(百分比)", "=", 100.0, "%"),
    ("≤90万元", "≤", 90.0, "万元"),
    ("小于5次", "<", 5.0, "次"),
    ("24小时内", "≤", 24.0, "小时"),
    ("90%", None, 90.0, "%"),
    ("百分之九十", None, 90.0, "%"),
    ("满意率百分百", None, 100.0, "%"),
    ("百分之百", None, 100.0, "%"),
    ("满意率不低于百分之八十五", "≥", 85.0, "%"),
    ("=200.00(元/人/月)", "=", 200.0, "元/人/月"),
    ("≥11.376万元", "≥", 11.376, "万元"),
])
def test_quantitative_values(printed, comparison, number, unit):
    measure = parse_measure(printed)
    assert (measure.printed, measure.comparison, measure.number, measure.unit) == (printed, comparison, number, unit)


@pytest.mark.parametrize("printed", ["达成指标", "提升", "11月-12月", "2023年1月10日", "每季度一次", "第一季度", ""])
def test_qualitative_values_keep_only_their_print(printed):
    measure = parse_measure(printed)
    assert (measure.printed, measure.number, measure.comparison) == (printed, None, None)


@pytest.mark.parametrize("cell, printed, value", [
    ("2,087.07", "2,087.07", 2087.07),
    ("256,175.00", "256,175.00", 256175.0),
    ("—", "—", None), ("－", "－", None), ("-", "-", None), ("", None, None), ("/", "/", None),
    ("100.00%", "100.00%", 100.0),
])
def test_figures(cell, printed, value):
    figure = parse_figure(cell)
    assert (figure.printed, figure.value) == (printed, value)


def test_chinese_numerals():
    assert [chinese_number(text) for text in ("九十", "九十五", "一百", "十", "九十五点五", "abc")] == [90, 95, 100, 10, 95.5, None]
