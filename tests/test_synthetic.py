"""Synthetic forms parse with the real parser, follow the scoring rules, and their planted anomalies are caught."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from store.checks import check_form
from store.form_rows import project_key
from store.parser import parse_tables
from store.readers.base import Row, Table
from store.readers.text import read_text
from bench.synthetic import ANOMALY_KINDS, generate, generate_forms, main, make_previous_year, write_corpus

SEED = Path(__file__).resolve().parents[1] / "corpus" / "001_4248eb844d2ba1f1.txt"
SAMPLE_SIZE = 600
# The check that must fire for each kind of planted anomaly.
EXPECTED_CODE = {"rate_mismatch": "RATE_MISMATCH", "total_mismatch": "TOTAL_MISMATCH",
                 "missing_reason": "MISSED_TARGET_NO_REASON"}


def parse_text(text: str, name: str = "synthetic.txt"):
    rows = [Row(tuple(cell.strip() for cell in line.split("\t")), number)
            for number, line in enumerate(text.splitlines(), start=1)]
    return parse_tables([Table(None, rows)], name)


@pytest.fixture(scope="module")
def sample():
    """Generated forms paired with what the real parser reads from their text."""
    forms = list(generate(SAMPLE_SIZE, seed=7))
    result = parse_text("\n\n".join(form.text for form in forms))
    assert not result.errors
    return list(zip(forms, result.forms, strict=True))


def test_written_corpus_parses_with_zero_errors(tmp_path):
    paths = write_corpus(tmp_path, 250, seed=3, forms_per_file=100)
    assert [path.name for path in paths] == [f"synthetic_2023_s3_0000{i}.txt" for i in (1, 2, 3)]
    parsed = [parse_tables(read_text(path), path.name) for path in paths]
    assert [issue for result in parsed for issue in result.issues] == []
    assert [len(result.forms) for result in parsed] == [100, 100, 50]
    assert {form.year for result in parsed for form in result.forms} == {2023}


def test_parsed_forms_match_what_was_generated(sample):
    for generated, parsed in sample:
        assert parsed.project_name == generated.project_name
        assert parsed.implementing_unit == generated.unit
        assert parsed.department == generated.department
        assert len(parsed.indicators) == len(generated.indicators)
        assert parsed.goal and parsed.outcome
        assert all(row.level1 and row.level2 for row in parsed.indicators)


def test_same_seed_gives_identical_text():
    assert list(generate_forms(50, seed=11)) == list(generate_forms(50, seed=11))


def test_different_seeds_give_different_text():
    first, second = list(generate_forms(50, seed=1)), list(generate_forms(50, seed=2))
    assert sum(a != b for a, b in zip(first, second)) == 50


def test_year_is_printed_and_used_in_narratives():
    text = "\n\n".join(generate_forms(30, seed=5, year=2021))
    result = parse_text(text)
    assert {form.year for form in result.forms} == {2021}
    assert not re.search(r"2023年度", text)


def test_arithmetic_of_clean_forms_passes_the_checks(sample):
    clean = [(generated, parsed) for generated, parsed in sample if generated.anomaly is None]
    assert len(clean) > SAMPLE_SIZE * 0.85
    for generated, parsed in clean:
        findings = check_form(parsed)
        assert [f for f in findings if f.severity == "error"] == [], generated.text
        assert "MISSED_TARGET_NO_REASON" not in {f.code for f in findings}
        weights = parsed.fund("total").weight.value + sum(row.weight.value for row in parsed.indicators)
        assert weights == pytest.approx(100)


def test_planted_anomalies_are_flagged(sample):
    planted = [(generated, parsed) for generated, parsed in sample if generated.anomaly]
    assert {generated.anomaly for generated, _ in planted} == set(ANOMALY_KINDS)
    assert len(planted) < SAMPLE_SIZE * 0.15
    for generated, parsed in planted:
        codes = {finding.code for finding in check_form(parsed)}
        assert EXPECTED_CODE[generated.anomaly] in codes, generated.text


def test_grades_follow_totals(sample):
    graded = [parsed for _, parsed in sample if parsed.grade]
    assert len(graded) > SAMPLE_SIZE // 2
    for parsed in graded:
        assert "GRADE_MISMATCH" not in {finding.code for finding in check_form(parsed)}


def test_forms_are_varied(sample):
    parsed = [form for _, form in sample]
    budgets = [form.fund("total").annual_budget.value for form in parsed]
    rates = [form.fund("total").execution_rate.value for form in parsed]
    assert min(budgets) < 5 and max(budgets) > 1000
    assert sum(rate == 0 for rate in rates) >= 5 and sum(rate == 100 for rate in rates) >= 50
    assert sum(0 < rate < 60 for rate in rates) >= 10
    assert len({(form.project_name, form.implementing_unit) for form in parsed}) == len(parsed)
    assert len({form.project_name for form in parsed}) > 250
    assert len({form.implementing_unit for form in parsed}) > 150
    assert len({form.outcome for form in parsed}) > len(parsed) * 0.85
    assert len({form.goal for form in parsed}) > len(parsed) * 0.8
    assert sum("年度支付" in (form.outcome or "") or "年支付" in (form.outcome or "") for form in parsed) >= 5
    assert any(row.deviation for form in parsed for row in form.indicators)
    names = Counter(row.name for form in parsed for row in form.indicators)
    assert len(names) > 150
    targets = [row.target for form in parsed for row in form.indicators]
    assert any(t.comparison == "≥" for t in targets) and any(t.comparison == "=" for t in targets)
    assert any(t.number is None for t in targets)


def test_synthetic_projects_never_link_to_the_seed(sample):
    seed = parse_tables(read_text(SEED), SEED.name).forms
    seed_keys = {project_key(form.project_name, form.implementing_unit) for form in seed}
    assert not seed_keys & {project_key(parsed.project_name, parsed.implementing_unit) for _, parsed in sample}


def test_hundred_thousand_forms_rate():
    start = time.perf_counter()
    count = sum(1 for _ in generate_forms(5000, seed=9))
    elapsed = time.perf_counter() - start
    # 100k forms within two minutes needs about 830 forms/s; leave room for slow machines.
    assert count / elapsed > 1000


@pytest.fixture(scope="module")
def two_years():
    seed_text = SEED.read_text(encoding="utf-8")
    previous_text = make_previous_year(seed_text, year=2022, seed=0)
    return parse_text(seed_text, SEED.name), parse_text(previous_text, "previous_2022.txt"), previous_text


def test_previous_year_edition_parses(two_years):
    current, previous, text = two_years
    assert previous.errors == []
    assert 8 <= len(previous.forms) <= 12
    assert {form.year for form in previous.forms} == {2022}
    assert make_previous_year(SEED.read_text(encoding="utf-8"), year=2022, seed=0) == text
    for form in previous.forms:
        assert [f for f in check_form(form) if f.severity == "error"] == [], form.project_name


def test_previous_year_projects_link_to_this_year(two_years):
    current, previous, _ = two_years
    by_key = {project_key(form.project_name, form.implementing_unit): form for form in current.forms}
    renamed = 0
    for form in previous.forms:
        key = project_key(form.project_name, form.implementing_unit)
        assert key in by_key, form.project_name
        if form.project_name != by_key[key].project_name:
            assert form.project_name.startswith("2022年")
            renamed += 1
    assert renamed >= 3


def test_previous_year_wording_and_figures_change(two_years):
    current, previous, _ = two_years
    by_key = {project_key(form.project_name, form.implementing_unit): form for form in current.forms}
    reworded = refigured = 0
    for form in previous.forms:
        counterpart = by_key[project_key(form.project_name, form.implementing_unit)]
        reworded += any(a.name != b.name for a, b in zip(form.indicators, counterpart.indicators))
        refigured += form.fund("total").annual_budget.value != counterpart.fund("total").annual_budget.value
    assert reworded >= 8 and refigured == len(previous.forms)
    names = {row.name for form in previous.forms for row in form.indicators}
    assert any(name.endswith("满意率") for name in names)


def test_command_line_writes_both_corpora(tmp_path):
    assert main([str(tmp_path), "--forms", "30", "--forms-per-file", "20", "--previous-of", str(SEED)]) == 0
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == ["previous_2022_001_4248eb844d2ba1f1.txt", "synthetic_2023_s0_00001.txt",
                       "synthetic_2023_s0_00002.txt"]
