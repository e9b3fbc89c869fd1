"""Format readers: every format yields the rows of the text rendering, and the same forms parse alike."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

from store.readers import SUPPORTED_SUFFIXES, UnreadableFile, read_tables
from store.readers.base import Row, Table
from store.readers.cells import clean_cell, join_lines
from store.readers.numfmt import format_number

# Loaded by path so the tests do not depend on how pytest puts tests/ on sys.path; registered
# in sys.modules first because dataclasses look their module up there.
_BUILDER = Path(__file__).parent / "fixtures" / "build_fixtures.py"
_spec = importlib.util.spec_from_file_location("_reader_fixture_builder", _BUILDER)
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build
_spec.loader.exec_module(build)

# Literal rows of the first seed form (社工) as the text file has them.
NAME_ROW = ("项目名称", "", "", "社工", "", "", "", "", "", "")
TOTAL_FUNDS_ROW = ("", "", "", "年度资金总额", "2,087.07", "2,138.12", "2,042.66", "10.00", "95.53", "9.55")
FIRST_INDICATOR_ROW = ("产出指标", "数量指标", "社工数量", "", "", "=97.00(人)", "97.00(人)", "15.00", "15.00", "")
# 产出指标 is merged over two rows; the second row shows it blank, as the text rendering does.
SECOND_INDICATOR_ROW = ("", "质量指标", "资金发放准确率", "", "", "=100.00(%)", "100.00(%)", "15.00", "15.00", "")


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build.build_fixtures(tmp_path_factory.mktemp("reader_fixtures"))


@pytest.fixture(scope="session")
def seed_forms() -> list:
    return build.load_forms()


def _trimmed(cells: tuple[str, ...]) -> tuple[str, ...]:
    """Cells without trailing empties: renderings may differ in how far a row extends."""
    cells = list(cells)
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _form_rows(rows: list[Row], titles: set[str]) -> list[tuple[str, ...]]:
    """The rows that belong to a form's table: neither blank nor a title or year line."""
    kept = []
    for row in rows:
        filled = [cell for cell in row.cells if cell]
        if not filled or (len(filled) == 1 and filled[0] in titles):
            continue
        kept.append(_trimmed(row.cells))
    return kept


def _expected_rows(forms: list) -> list[tuple[str, ...]]:
    return [_trimmed(tuple(row)) for form in forms for row in form.grid]


def _titles(forms: list) -> set[str]:
    return {title for form in forms for title in form.titles}


def _row(table: Table, first: str) -> Row:
    """The first row whose first non-empty cell is `first`."""
    return next(row for row in table.rows if next((c for c in row.cells if c), None) == first)


# --- spreadsheets ---------------------------------------------------------------------------


def test_xlsx_has_one_table_per_sheet(fixtures):
    tables = read_tables(fixtures["xlsx"])
    assert [table.name for table in tables] == [*build.FORM_LINES, "stacked"]


def test_xlsx_rows_are_the_text_rows(fixtures, seed_forms):
    tables = read_tables(fixtures["xlsx"])
    for table, form in zip(tables, seed_forms):
        assert _form_rows(table.rows, _titles(seed_forms)) == _expected_rows([form]), table.name
    stacked = [form for key in build.STACKED for form in seed_forms if form.key == key]
    assert _form_rows(tables[-1].rows, _titles(seed_forms)) == _expected_rows(stacked)


def test_xlsx_literal_cells(fixtures):
    sheet = read_tables(fixtures["xlsx"])[0]
    # The title is merged across all ten columns: once, then blanks, so no column shifts.
    assert sheet.rows[0] == Row(("财政项目支出绩效自评表",) + ("",) * 9, 1)
    assert _row(sheet, "项目名称") == Row(NAME_ROW, 3)
    # 2087.07 stored as a number with format #,##0.00 reads as displayed.
    assert _row(sheet, "年度资金总额") == Row(TOTAL_FUNDS_ROW, 6)
    assert _row(sheet, "产出指标") == Row(FIRST_INDICATOR_ROW, 13)
    assert sheet.rows[13] == Row(SECOND_INDICATOR_ROW, 14)
    # Vertically merged 项目资金(万元) label: text on its first row only.
    assert sheet.rows[4].cells[0] == "项目资金 (万元)" and sheet.rows[5].cells[:3] == ("", "", "")


def test_xlsx_stacked_sheet_keeps_sheet_row_numbers(fixtures):
    stacked = read_tables(fixtures["xlsx"])[-1]
    names = [row for row in stacked.rows if row.cells[0] == "项目名称"]
    assert [row.line for row in names] == [3, 21]
    assert [row.cells[3] for row in names] == ["社工", ""] and names[1].cells[2] == "党建活动（党群中心）"


def test_xlsx_formula_without_cached_value_reads_empty(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"], sheet["B1"], sheet["C1"], sheet["D1"] = "得分", 5, "=B1*2", "end"
    workbook.save(tmp_path / "formula.xlsx")
    assert read_tables(tmp_path / "formula.xlsx")[0].rows == [Row(("得分", "5", "", "end"), 1)]


def test_xlsx_saved_with_xls_name_is_read_as_xlsx(fixtures, tmp_path):
    renamed = tmp_path / "renamed.xls"
    shutil.copy(fixtures["xlsx"], renamed)
    assert [table.rows for table in read_tables(renamed)] == [table.rows for table in read_tables(fixtures["xlsx"])]


def test_xls_rows_are_the_text_rows(fixtures, seed_forms):
    if "xls" not in fixtures:
        pytest.skip("xlwt is not installed, so no .xls fixture can be written")
    tables = read_tables(fixtures["xls"])
    assert [table.name for table in tables] == list(build.FORM_LINES)
    for table, form in zip(tables, seed_forms):
        assert _form_rows(table.rows, _titles(seed_forms)) == _expected_rows([form]), table.name
    sheet = tables[0]
    assert _row(sheet, "年度资金总额") == Row(TOTAL_FUNDS_ROW, 6)
    assert sheet.rows[13] == Row(SECOND_INDICATOR_ROW, 14)


# --- documents ------------------------------------------------------------------------------


def test_docx_body_is_one_table_in_document_order(fixtures, seed_forms):
    tables = read_tables(fixtures["docx"])
    assert [table.name for table in tables] == ["body"]
    body = tables[0]
    assert [row.line for row in body.rows] == list(range(1, len(body.rows) + 1))
    # Title paragraphs come before the table they head, as single-cell rows.
    assert body.rows[0].cells == ("财政项目支出绩效自评表",)
    assert body.rows[1].cells == ("（2023年度）",)
    assert body.rows[2] == Row(NAME_ROW, 3)
    assert _row(body, "年度资金总额").cells == TOTAL_FUNDS_ROW
    indicator = _row(body, "产出指标")
    assert indicator.cells == FIRST_INDICATOR_ROW
    assert body.rows[indicator.line].cells == SECOND_INDICATOR_ROW
    assert _form_rows(body.rows, _titles(seed_forms)) == _expected_rows(seed_forms)


def test_pdf_rows_follow_the_pages(fixtures, seed_forms):
    tables = read_tables(fixtures["pdf"])
    assert [table.name for table in tables] == ["document"]
    document = tables[0]
    assert document.rows[0].cells == ("财政项目支出绩效自评表",)
    assert document.rows[1].cells == ("（2023年度）",)
    assert document.rows[2].cells == NAME_ROW
    assert _row(document, "年度资金总额").cells == TOTAL_FUNDS_ROW
    indicator = _row(document, "产出指标")
    assert indicator.cells == FIRST_INDICATOR_ROW
    assert document.rows[indicator.line].cells == SECOND_INDICATOR_ROW
    # Includes forms whose table continues on the next page: columns must stay under their headers.
    assert _form_rows(document.rows, _titles(seed_forms)) == _expected_rows(seed_forms)


def test_pdf_fixture_has_a_form_continuing_across_pages(fixtures):
    import pdfplumber

    with pdfplumber.open(fixtures["pdf"]) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
    name_page = next(i for i, text in enumerate(pages) if "下拨经费" in text)
    indicator_page = next(i for i, text in enumerate(pages) if "志愿活动次数" in text)
    assert indicator_page == name_page + 1, "the fixture no longer splits a form across pages"


# --- refusals -------------------------------------------------------------------------------


def _refusal(path: Path) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as caught:
        read_tables(path)
    assert caught.value.path == str(path) and str(path) in str(caught.value)
    return caught.value


def test_scanned_pdf_is_refused(fixtures):
    assert _refusal(fixtures["scanned_pdf"]).reason == "scanned PDF without a text layer; run OCR first"


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "forms.csv"
    path.write_text("项目名称,社工\n", encoding="utf-8")
    reason = _refusal(path).reason
    assert reason.startswith("unsupported format .csv; supported: ")
    assert all(suffix in reason for suffix in SUPPORTED_SUFFIXES)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.xlsx", b"this is not a zip archive", "not a readable Excel workbook"),
        ("broken.docx", b"PK\x03\x04 truncated", "not a readable Word .docx document"),
        ("broken.pdf", b"%PDF-1.4\ngarbage", "not a readable PDF"),
        ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "not a readable .xls workbook"),
        ("fake.pdf", b"GIF89a", "not a PDF"),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected workbook"),
        ("page.xls", b"<html><table><tr><td>x</td></tr></table></html>", "HTML/MHT web page"),
        ("binary.txt", b"\x00\x01\x02", "binary file"),
    ],
)
def test_corrupt_files_are_refused_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    assert reason in _refusal(path).reason


def test_encrypted_pdf_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt="secret")
    pdf.drawString(100, 100, "hello")
    pdf.save()
    assert _refusal(path).reason.startswith("encrypted PDF")


def test_missing_file_is_refused(tmp_path):
    assert _refusal(tmp_path / "absent.xlsx").reason == "no such file"


# --- helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (2087.07, "#,##0.00", "2,087.07"),
        (0, "#,##0.00", "0.00"),
        (10, "0.00", "10.00"),
        (100, "General", "100"),
        (99.55, None, "99.55"),
        (0.1 + 0.2, "General", "0.3"),
        (0.9553, "0.00%", "95.53%"),
        (2.675, "0.00", "2.68"),  # half-up on the decimal value, as Excel shows it
        (-1234.5, "#,##0.00_);(#,##0.00)", "(1,234.50)"),
        (0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "-"),
        (12.5, '0.00"万元"', "12.50万元"),
        (3, "[$¥-804]#,##0.00", "¥3.00"),
        (12345.678, "0.00E+00", "12345.678"),  # unsupported codes fall back to General
    ],
)
def test_numbers_render_as_displayed(value, number_format, shown):
    assert format_number(value, number_format) == shown


def test_wrapped_cell_lines_are_joined():
    assert join_lines(["偏差原因分析及改", "进措施"]) == "偏差原因分析及改进措施"
    assert join_lines(["budget", "execution", ""]) == "budget execution"
    assert clean_cell("  年度\n总体 \r\n目标 ") == "年度总体目标"


# --- one parsing model ----------------------------------------------------------------------

_POSITION_FIELDS = {"source_file", "source_table", "line_start", "line_end", "line"}


def _comparable(form) -> dict:
    """A parsed form without the fields that say where it was found, which differ by format."""

    def strip(value):
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key not in _POSITION_FIELDS}
        if isinstance(value, list):
            return [strip(item) for item in value]
        if isinstance(value, str):
            return re.sub(r"\bline \d+", "line N", value)  # notes quote line numbers
        return value

    return strip(dataclasses.asdict(form))


@pytest.mark.parametrize("kind", ["xlsx", "xls", "docx", "pdf"])
def test_same_forms_parse_identically_from_every_format(fixtures, kind):
    parser = pytest.importorskip("store.parser")
    if not hasattr(parser, "parse_tables"):
        pytest.skip("store.parser.parse_tables is not written yet")
    if kind not in fixtures:
        pytest.skip(f"no .{kind} fixture (its writer is not installed)")
    expected = parser.parse_tables(read_tables(fixtures["txt"]), "forms.txt")
    assert not expected.errors and len(expected.forms) == len(build.FORM_LINES)
    result = parser.parse_tables(read_tables(fixtures[kind]), f"forms.{kind}")
    assert not result.errors, [str(issue) for issue in result.errors]
    wanted = [_comparable(form) for form in expected.forms]
    if kind == "xlsx":  # the workbook ends with a sheet holding the first two forms again
        wanted += wanted[: len(build.STACKED)]
    assert [_comparable(form) for form in result.forms] == wanted
