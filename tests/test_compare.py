"""`jixiao bench compare`'s table: both systems, their ratios, and a clear message when txtai is missing."""

from __future__ import annotations

from bench.compare import TXTAI_MISSING, format_table


def test_table_shows_both_systems_and_their_ratios():
    result = {"forms": 2000, "skipped": None,
              "jixiao": {"build_s": 30.0, "hybrid_p50_ms": 4.0, "hybrid_p95_ms": 9.0, "peak_rss_mb": 600,
                         "worker_peak_rss_mb": 200, "index_mb": 38.0, "snippets": 30312},
              "txtai": {"build_s": 40.0, "hybrid_p50_ms": 8.0, "hybrid_p95_ms": 12.0, "peak_rss_mb": 800,
                        "worker_peak_rss_mb": 0, "index_mb": 40.0, "tokenize_s": 20.0}}
    lines = format_table(result).splitlines()
    assert lines[0] == "2,000 forms, 30,312 snippets"
    assert "| build_s | 30.0 | 40.0 | 0.75 |" in lines
    assert "| hybrid_p50_ms | 4.0 | 8.0 | 0.50 |" in lines
    assert "| peak_rss_mb | 600 | 800 | 0.75 |" in lines
    assert "| build_s, txtai's jieba tokenising (20.0 s) included | 30.0 | 60.0 | 0.50 |" in lines
    assert "| peak_rss_mb, largest worker process added | 800 | 800 | 1.00 |" in lines


def test_without_txtai_the_table_says_how_to_get_it():
    result = {"forms": 10, "skipped": TXTAI_MISSING, "txtai": None,
              "jixiao": {"build_s": 1.0, "hybrid_p50_ms": 2.0, "hybrid_p95_ms": 3.0, "peak_rss_mb": 400,
                         "index_mb": 1.5, "snippets": 150}}
    table = format_table(result)
    assert "| index_mb | 1.5 | – | – |" in table
    assert table.endswith("txtai is not installed: pip install '.[compare]' to compare with it")
