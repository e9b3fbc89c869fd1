"""Chart data from the store (literal values on the bundled corpus) and how plotext draws wide labels."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from store.charts import ChartError, budget_against_spending, execution_rate_by_unit, query_chart, score_distribution
from store.query import FormFilter
from tui.plotting import save_chart, terminal_chart
from tui_support import corpus_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return corpus_store(tmp_path_factory.mktemp("charts"))


def test_execution_rate_by_unit_leaves_out_the_unit_slip_and_names_it(store):
    chart = execution_rate_by_unit(store)
    assert (chart.kind, chart.x, chart.y) == ("bar", ["上海市闵行区浦江镇社区党群服务中心", "信访办"], [89.06, 93.66])
    assert chart.note == "left out, money figures flagged: 户籍档案数字化加工项目 (EXECUTED_ABOVE_BUDGET)"


def test_score_distribution_counts_every_form_once(store):
    chart = score_distribution(store)
    assert chart.x[0] == "90–91" and chart.x[-1] == "99–100"
    assert len(chart.x) == 10 and sum(chart.y) == 28
    # 90 counts in the first band; the nine full marks (100) fall in the last band with the seven 99.x.
    assert chart.y == [3, 1, 0, 1, 1, 3, 1, 1, 1, 16]
    assert score_distribution(store, FormFilter(grades=["优"])).y == [1, 1, 0, 1, 0, 3, 1, 0, 1, 14]


def test_budget_against_spending_is_one_point_per_form(store):
    chart = budget_against_spending(store)
    assert chart.kind == "scatter" and len(chart.x) == len(chart.y) == len(chart.labels) == 27
    at = chart.labels.index("社工")
    assert (chart.x[at], chart.y[at]) == (2138.12, 2042.66)


def test_query_result_charts_as_bars_or_scatter_or_says_why_not():
    bars = query_chart(["unit", "n"], [("信访办", 3), ("社工", "2"), ("其他", None)])
    assert (bars.kind, bars.x, bars.y, bars.note) == ("bar", ["信访办", "社工"], [3.0, 2.0],
                                                      "1 row(s) without a number in n left out")
    assert query_chart(["budget", "executed"], [(10, 8), (5, 5.5)]).kind == "scatter"
    with pytest.raises(ChartError, match="two columns"):
        query_chart(["a", "b", "c"], [(1, 2, 3)])
    with pytest.raises(ChartError, match="the second column, b, holds no numbers"):
        query_chart(["a", "b"], [("x", "y")])


def test_terminal_chart_keeps_wide_labels_aligned(store):
    lines = terminal_chart(execution_rate_by_unit(store), 70, 14).plain.splitlines()
    plot_lines = [line for line in lines if "│" in line or "┤" in line]
    # The left frame is in one column on every line, whatever the labels' wide characters.
    assert len({cell_len(line.split("│")[0].split("┤")[0]) for line in plot_lines}) == 1
    assert {cell_len(line) for line in lines[:-1]} == {70}


def test_file_output_says_what_is_missing(store, tmp_path):
    chart = execution_rate_by_unit(store)
    with pytest.raises(ChartError, match="not .txt"):
        save_chart(chart, tmp_path / "chart.txt")
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        with pytest.raises(ChartError, match="need matplotlib, which is not installed"):
            save_chart(chart, tmp_path / "chart.png")
    else:
        assert save_chart(chart, tmp_path / "chart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
