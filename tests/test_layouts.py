"""End to end: the real layouts of other provinces, through every reader, ingest and export, scored field by field."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
DEV = LAYOUTS / "dev"
HELDOUT = LAYOUTS / "heldout"
COMPARE = LAYOUTS / "compare.py"
DEV_FORMS = ("001", "002", "003", "006", "007", "009", "010", "011")
HELDOUT_FILES = ("004.txt", "005.txt", "008.txt", "012.txt", "014.txt", "portal_gbk.txt")


def _builder():
    spec = importlib.util.spec_from_file_location("_layout_fixture_builder", LAYOUTS.parent / "build_layout_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The dev layouts written as .xlsx, .docx and .pdf (with merged cells), once per test run."""
    return _builder().build_layout_fixtures(tmp_path_factory.mktemp("layouts"), list(DEV_FORMS))


def _ingest_and_export(tmp_path: Path, files: list[Path]) -> tuple[Path, str]:
    db = f"sqlite:///{tmp_path / 'layouts.db'}"
    runner = CliRunner()
    ingested = runner.invoke(main, [f"--db={db}", "ingest", *map(str, files)], catch_exceptions=False)
    exported = runner.invoke(main, [f"--db={db}", "export", "--format", "json"], catch_exceptions=False)
    out = tmp_path / "out.json"
    out.write_text(exported.output, encoding="utf-8")
    return out, ingested.output


def _score(golden: Path, candidate: Path, minimum: float) -> str:
    scored = subprocess.run([sys.executable, str(COMPARE), str(golden), str(candidate), "--no-lines", "--min", str(minimum)],
                            capture_output=True, text=True)
    assert scored.returncode == 0, scored.stdout
    return scored.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("kind", ["txt", "xlsx", "docx", "pdf"])
def test_every_dev_layout_in_every_format_gives_the_expected_records(tmp_path, built, kind):
    files = [DEV / f"{name}.txt" for name in DEV_FORMS] if kind == "txt" else [built[kind][name] for name in DEV_FORMS]
    out, _ = _ingest_and_export(tmp_path, files)
    assert _score(DEV / "expected_all.json", out, 1.0) == "field_accuracy=1.0000 forms=8/8"


def test_three_forms_in_one_gb18030_file_keep_their_own_years(tmp_path):
    out, report = _ingest_and_export(tmp_path, [DEV / "mixed_gb18030.txt"])
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [(record["project_name"], record["year"]) for record in records] == [
        ("水旱灾害防御经费", 2022), ("2020年省级自然资源卫片执法补助经费支出绩效自评表", 2020), ("春节走访慰问经费", 2022)]
    assert _score(DEV / "expected_mixed_gb18030.json", out, 1.0) == "field_accuracy=1.0000 forms=3/3"
    assert "3 forms added" in report


def test_held_out_templates_are_read_without_losing_a_form(tmp_path):
    out, report = _ingest_and_export(tmp_path, [HELDOUT / name for name in HELDOUT_FILES])
    assert _score(HELDOUT / "expected_heldout.json", out, 0.98) == "field_accuracy=1.0000 forms=8/8"
    # The tail of the previous form at the top of the Sichuan page is reported, never stored.
    assert "008.txt:1: 2 table rows (lines 1-2) belong to no form" in report
    names = [record["project_name"] for record in json.loads(out.read_text(encoding="utf-8"))]
    assert len(names) == 8 and not any("门户网站" in name or "索引号" in name for name in names)


def test_round_two_held_out_scoring_sheets_are_read_and_a_department_form_is_refused(tmp_path):
    files = [HELDOUT / name for name in ("013.txt", "012b.txt", "014b.txt", "015.txt")]
    out, report = _ingest_and_export(tmp_path, files)
    assert _score(HELDOUT / "expected_heldout2.json", out, 0.98) == "field_accuracy=1.0000 forms=3/3"
    assert "015.txt:1: form titled '部门整体绩效自评表' (lines 1-11) has no 项目名称 row; not read" in report
    assert "3 forms added" in report


ROUND_TWO = ["013", "012b", "014b"]


@pytest.fixture(scope="module")
def built_round_two(tmp_path_factory):
    """The round-2 held-out renderings written as .xlsx, .docx and .pdf, once per test run."""
    return _builder().build_layout_fixtures(tmp_path_factory.mktemp("round2"), ROUND_TWO, HELDOUT)


@pytest.mark.parametrize("kind", ["xlsx", "docx", "pdf"])
def test_round_two_held_out_scoring_sheets_in_every_format(tmp_path, built_round_two, kind):
    out, _ = _ingest_and_export(tmp_path, [built_round_two[kind][name] for name in ROUND_TWO])
    assert _score(HELDOUT / "expected_heldout2.json", out, 1.0) == "field_accuracy=1.0000 forms=3/3"


def test_explain_names_headers_fields_and_skipped_rows():
    result = CliRunner().invoke(main, ["ingest", "--explain", str(DEV / "001.txt")], catch_exceptions=False)
    lines = result.output.splitlines()
    assert "form '义务教育营养改善计划专项资金' (lines 2-26)" in lines
    assert "  year: 2022 (line 2)" in lines
    assert "  indicators block, header on line 13, 14:" in lines
    assert "    column 4 '年度指标值 / 指标性质' -> target_op" in lines
    assert "    column 6 '年度指标值 / 度量单位' -> target_unit" in lines
    assert "  skipped line 21 (placeholder): 生态效益指标" in lines
    assert "  skipped line 26 (footnote): 其他需要说明事项：无" in lines
    assert lines[1:3] == ["rows outside any form (lines 1-1)", "  skipped line 1 (outside any form): 公开14表"]
