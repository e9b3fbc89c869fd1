"""Hostile and careless input: each failure once seen, rebuilt here from the smallest input that showed it."""

from __future__ import annotations

import contextlib
import math
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from store import ingest as ingest_module
from store.checks import check_form, grade_for, truncate2
from store.database import Store
from store.export import spreadsheet_cell
from store.ingest import ingest_file, ingest_paths
from store.query import count_forms, find_forms, list_forms
from store.readers import UnreadableFile, read_tables
from store.readers.base import Row
from store.readers.numfmt import format_number
from store.safe_text import terminal_safe
from support import POSTGRES_URL, SEED, SKIP_WITHOUT_POSTGRES, postgres_database

SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
FORM = SEED_LINES[:21]  # the first seed form, 社工; file line n is FORM[n - 1]
FUNDS_TOTAL = "\t\t\t年度资金总额\t{initial}\t{budget}\t{executed}\t10.00\t95.53\t9.55"
PYTHON = sys.executable
WORKTREE = str(Path(__file__).resolve().parent.parent)


def _form(**lines: str) -> list[str]:
    """The first seed form with some lines replaced: line_9="…" replaces file line 9."""
    form = list(FORM)
    for key, text in lines.items():
        form[int(key.removeprefix("line_")) - 1] = text
    return form


def _write(tmp_path: Path, lines: list[str], name: str = "bad.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _findings(store, name: str = "社工") -> list[tuple[str, str]]:
    form = find_forms(store, name)[0]
    return [(finding.code, finding.message) for finding in form.findings]


# --- figures: one parse, finite or none; checks never raise -------------------------------------

HUGE = "9" * 400  # 309+ digits: float() gives infinity


@pytest.mark.parametrize(("budget", "executed", "expected"), [
    (HUGE, "2,042.66", [f"line 9 年度资金总额 全年预算数: {HUGE!r} is not a number; stored as printed, no value."]),
    (HUGE, HUGE, [f"line 9 年度资金总额 全年预算数: {HUGE!r} is not a number; stored as printed, no value.",
                  f"line 9 年度资金总额 全年执行数: {HUGE!r} is not a number; stored as printed, no value."]),
    ("2,138.12", "0x1F", ["line 9 年度资金总额 全年执行数: '0x1F' is not a number; stored as printed, no value."]),
    ("2,138.12", "-inf", ["line 9 年度资金总额 全年执行数: '-inf' is not a number; stored as printed, no value."]),
])
def test_an_unreadable_figure_is_stored_flagged_and_the_next_file_still_read(fresh_store, tmp_path, budget, executed, expected):
    bad = _write(tmp_path, _form(line_9=FUNDS_TOTAL.format(initial="2,087.07", budget=budget, executed=executed)))
    report = ingest_paths(fresh_store, [bad, SEED])
    assert [(file.status, file.added) for file in report.files] == [("added", 1), ("added", 28)]
    assert count_forms(fresh_store) == 29
    stored = next(form for form in list_forms(fresh_store) if form.source.path == str(bad.resolve()))
    assert [finding.message for finding in stored.findings if finding.code == "UNREADABLE_FIGURE"] == expected
    assert stored.executed_printed == executed and (stored.executed is None) == (executed != "2,042.66")


def test_checks_never_raise_on_extreme_values():
    assert grade_for(-5.0) == "差"
    assert grade_for(float("nan")) == "差"
    assert grade_for(95.0) == "优"
    assert math.isinf(truncate2(float("inf")))
    assert truncate2(72.68977) == 72.68


def test_a_negative_total_with_a_grade_is_flagged_not_a_crash(fresh_store, tmp_path):
    bad = _write(tmp_path, _form(line_20="总分\t\t\t\t\t\t\t100\t-5\t") + ["评分等级\t优"])
    report = ingest_paths(fresh_store, [bad, SEED])
    assert [(file.status, file.added) for file in report.files] == [("added", 1), ("added", 28)]
    form = next(form for form in list_forms(fresh_store) if form.source.path == str(bad.resolve()))
    assert ("GRADE_MISMATCH", "评分等级 printed 优 but 总分 -5 falls in band 差.") in [
        (finding.code, finding.message) for finding in form.findings]


def test_swapped_figures_in_the_fiscal_row_are_flagged(fresh_store, tmp_path):
    swapped = "\t\t\t其中：当年财政拨款\t2,087.07\t2,042.66\t2,138.12\t—\t95.53\t—"
    ingest_file(fresh_store, _write(tmp_path, _form(line_10=swapped)))
    assert [message for code, message in _findings(fresh_store) if code == "FUND_ROWS_MISMATCH"] == [
        "全年预算数: 其中 rows 其中：当年财政拨款 2,042.66 + 上年结转资金 0.00 + 其他资金 0.00 = 2,042.66, "
        "but 年度资金总额 prints 2,138.12.",
        "全年执行数: 其中 rows 其中：当年财政拨款 2,138.12 + 上年结转资金 0.00 + 其他资金 0.00 = 2,138.12, "
        "but 年度资金总额 prints 2,042.66.",
        "line 10 其中：当年财政拨款: 全年执行数 2,138.12 exceeds 全年预算数 2,042.66.",
    ]


def test_the_seed_gains_no_new_findings():
    from store.parser import parse_tables

    forms = parse_tables(read_tables(SEED), "seed").forms
    codes = {finding.code for form in forms for finding in check_form(form)}
    assert not codes & {"UNREADABLE_FIGURE", "FUND_ROWS_MISMATCH"}


# --- readers: library errors become clean errors; work bounded by the data present -----------

def test_numbers_of_any_size_format_under_a_number_format():
    assert format_number(1e26, "#,##0.00") == "100,000,000,000,000,000,000,000,000.00"
    assert format_number(float("inf"), "#,##0.00") == "inf"
    assert format_number(float("-inf"), "0.00%") == "-inf"


def _workbook(tmp_path: Path, cells: dict[str, object], name: str, merge: str | None = None,
              number_format: str | None = None) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for ref, value in cells.items():
        sheet[ref] = value
        if number_format:
            sheet[ref].number_format = number_format
    path = tmp_path / name
    workbook.save(path)
    if merge:  # written into the XML: openpyxl itself would spend minutes building the merged cells
        patched = tmp_path / f"merged-{name}"
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename.startswith("xl/worksheets/sheet"):
                    data = data.replace(b"</sheetData>", f'</sheetData><mergeCells count="1"><mergeCell ref="{merge}"/>'
                                                         f'</mergeCells>'.encode())
                target.writestr(item, data)
        path = patched
    return path


def test_an_xlsx_figure_of_1e26_reads_as_printed(tmp_path):
    path = _workbook(tmp_path, {"A1": 1e26}, "big.xlsx", number_format="#,##0.00")
    assert read_tables(path)[0].rows == [Row(("100,000,000,000,000,000,000,000,000.00",), 1)]


def test_a_stray_cell_at_xfd1048576_is_refused_not_allocated(fresh_store, tmp_path):
    path = _workbook(tmp_path, {"A1": "项目名称", "XFD1048576": "x"}, "stray.xlsx")
    with pytest.raises(UnreadableFile) as error:
        read_tables(path)
    assert error.value.reason == (
        "sheet 'Sheet' has values spread over 1,048,576 rows × 16,384 columns, more than the 4,000,000 cells a "
        "sheet of forms can hold; delete the stray cells far from the forms")
    report = ingest_paths(fresh_store, [path, SEED])
    assert [(file.status, file.added) for file in report.files] == [("failed", 0), ("added", 28)]


def test_a_merge_over_the_whole_sheet_costs_only_the_cells_present(tmp_path):
    path = _workbook(tmp_path, {"A1": "项目名称", "B1": "社工", "C2": 5}, "merge.xlsx", merge="A1:XFD1048576")
    # Excel shows a merged block's top-left cell only; the rest of the block is blank.
    assert read_tables(path)[0].rows == [Row(("项目名称",), 1)]


def test_a_damaged_pdf_gives_the_clean_error_and_the_next_file_is_read(fresh_store, tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "damaged.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(100, 750, "项目名称")
    pdf.save()
    path.write_bytes(re.sub(rb"/MediaBox \[[^\]]*\]", b"/MediaBox [ 0 0 595 /x ]", path.read_bytes()))
    with pytest.raises(UnreadableFile) as error:
        read_tables(path)
    assert error.value.reason.startswith("damaged PDF (PdfminerException: ")
    report = ingest_paths(fresh_store, [path, SEED])
    assert [(file.status, file.added) for file in report.files] == [("failed", 0), ("added", 28)]


def test_a_crash_after_a_flushed_batch_leaves_the_store_as_it_was(fresh_store, tmp_path, monkeypatch):
    from bench.synthetic import generate_forms

    path = tmp_path / "many.txt"
    path.write_text("\n\n\n".join(generate_forms(250, seed=5)) + "\n", encoding="utf-8")
    real_write_batch, calls = ingest_module._write_batch, []

    def crash_after_first_batch(session, batch):
        calls.append(len(batch))
        if len(calls) == 2:  # the first 200 forms were already flushed to the database
            raise MemoryError
        return real_write_batch(session, batch)

    monkeypatch.setattr(ingest_module, "_write_batch", crash_after_first_batch)
    report = ingest_file(fresh_store, path)
    assert report.status == "failed" and [str(issue) for issue in report.errors] == [f"{path}:1: not stored: MemoryError: "]
    assert calls == [200, 50] and count_forms(fresh_store) == 0
    monkeypatch.undo()
    assert ingest_file(fresh_store, path).added == 250 and count_forms(fresh_store) == 250


# --- concurrent writers, with real processes ----------------------------------------------------

_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
"""


def _hold_write_lock(db_file: Path) -> subprocess.Popen:
    holder = subprocess.Popen([PYTHON, "-c", _HOLDER, str(db_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "locked\n"
    return holder


def _release(holder: subprocess.Popen) -> None:
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.wait() == 0


@pytest.mark.slow  # real processes racing for the write lock for seconds
def test_an_ingest_waits_for_another_writer_instead_of_failing(tmp_path):
    db_file = tmp_path / "store.db"
    store = Store(f"sqlite:///{db_file}")
    holder = _hold_write_lock(db_file)
    result = {}
    writer = threading.Thread(target=lambda: result.update(report=ingest_file(store, SEED)))
    writer.start()
    time.sleep(6)  # longer than the 5 s SQLite driver default that used to fail the ingest
    _release(holder)
    writer.join()
    assert (result["report"].status, result["report"].added, result["report"].issues[-1].severity) == ("added", 28, "warning")
    assert count_forms(store) == 28


def test_a_store_busy_past_the_timeout_is_a_clear_error_and_a_retry_stores(tmp_path):
    db_file = tmp_path / "store.db"
    store = Store(f"sqlite:///{db_file}", busy_timeout=0.3)
    holder = _hold_write_lock(db_file)
    try:
        report = ingest_file(store, SEED)
    finally:
        _release(holder)
    assert report.status == "failed"
    assert str(report.errors[0]) == (f"{SEED}:1: not stored: the store is busy: another process held its write lock for "
                                     "more than 0.3 s; nothing was written, try again")
    assert count_forms(store) == 0
    assert ingest_file(store, SEED).added == 28


_OPENER = """
import pathlib, sys, time
from store.database import Store
go = pathlib.Path(sys.argv[2])
while not go.exists():
    time.sleep(0.002)
Store(sys.argv[1]).dispose()
"""


def _open_at_once(url: str, go: Path) -> None:
    """Four processes wait at a starting line, then open the same new store together."""
    from sqlalchemy import create_engine, text

    from store.models import SCHEMA_VERSION

    env = dict(os.environ, PYTHONPATH=WORKTREE)
    openers = [subprocess.Popen([PYTHON, "-c", _OPENER, url, str(go)], env=env, stderr=subprocess.PIPE, text=True)
               for _ in range(4)]
    time.sleep(3)  # let all four reach the starting line (not an assertion: only makes the race likely)
    go.touch()
    errors = [opener.communicate()[1] for opener in openers]
    assert [opener.returncode for opener in openers] == [0, 0, 0, 0], errors
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [SCHEMA_VERSION]
    engine.dispose()


def test_a_store_opened_while_another_process_creates_the_same_new_file_waits_for_it(tmp_path):
    # The race CI met once: switching a brand-new file to WAL fails at once, without the busy handler,
    # while another process holds its write lock; the opener must wait for it like any other writer.
    db_file = tmp_path / "new.db"
    creator = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    creator.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, creator.commit).start()
    store = Store(f"sqlite:///{db_file}", busy_timeout=30)
    assert count_forms(store) == 0
    creator.close()
    store.dispose()


@pytest.mark.slow  # real processes racing to create one store
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=SKIP_WITHOUT_POSTGRES)])
def test_processes_opening_a_brand_new_store_at_once_all_succeed(tmp_path, backend):
    for round_ in range(2):
        with contextlib.ExitStack() as stack:
            url = (f"sqlite:///{tmp_path / f'new{round_}.db'}" if backend == "sqlite"
                   else stack.enter_context(postgres_database(POSTGRES_URL)))
            _open_at_once(url, tmp_path / f"go{round_}")


# --- the terminal, spreadsheets, the command line -----------------------------------------------

ESCAPES = "\x1b]0;pwned\x07\x1b[2J"


def test_terminal_safe_shows_control_characters():
    assert terminal_safe(ESCAPES) == "␛]0;pwned␇␛[2J"
    assert terminal_safe("a\tb\nc\x9b2J\u202eevil\x7f") == "a\tb\nc\\x9b2J\\u202eevil␡"
    assert terminal_safe("年度目标 [bold]") == "年度目标 [bold]"
    assert terminal_safe(None) == ""


def test_escape_sequences_in_a_form_are_shown_not_obeyed(tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    goal = f"\t保障社工{ESCAPES}正常支出。\t\t\t\t\t按时完成。\t\t\t"
    path = _write(tmp_path, _form(line_6=f"项目名称\t\t\t社工{ESCAPES}\t\t\t\t\t\t", line_14=goal))
    runner = CliRunner(env={"COLUMNS": "400"})
    assert runner.invoke(main, [f"--db={db}", "ingest", str(path)]).exit_code == 0
    for command in (["list"], ["show", "1"], ["search", "--mode", "lexical", "社工"]):
        output = runner.invoke(main, [f"--db={db}", *command]).output
        assert "\x1b" not in output and "\x07" not in output, command
        assert "社工␛]0;pwned␇␛[2J" in output, command


def test_the_app_shows_escape_sequences_literally():
    from tui.text import highlighted, literal

    assert literal(ESCAPES).plain == "␛]0;pwned␇␛[2J"
    assert highlighted(f"社工{ESCAPES}", ["社工"]).plain == "社工␛]0;pwned␇␛[2J"


def test_csv_export_neutralises_formulas(fresh_store, tmp_path):
    from store.export import to_csv

    ingest_file(fresh_store, _write(tmp_path, _form(line_6='项目名称\t\t\t=HYPERLINK("http://x","社工")\t\t\t\t\t\t',
                                                     line_7="主管部门\t\t\t@SUM(1)\t\t\t实施单位\t\t+1+cmd\t")))
    row = to_csv(list_forms(fresh_store)).splitlines()[1]
    assert row.startswith("\"'=HYPERLINK(\"\"http://x\"\",\"\"社工\"\")\",2023,'@SUM(1),'+1+cmd,万元,\"2,087.07\",")
    assert [spreadsheet_cell(value) for value in ("-12.50", "-1+2", "\t=1", "95.53%", 3)] == ["-12.50", "'-1+2", "'\t=1",
                                                                                              "95.53%", 3]


@pytest.mark.parametrize(("args", "message"), [
    (["list", "--limit", "99999999999999999999999"],
     "Invalid value for '--limit': 99999999999999999999999 is not in the range 0<=x<=1000000000."),
    (["list", "--year", "99999999999999999999"], "Invalid value for '--year': 99999999999999999999 is not in the range 1<=x<=9999."),
])
def test_wild_numbers_on_the_command_line_are_usage_errors(tmp_path, args, message):
    result = CliRunner().invoke(main, [f"--db=sqlite:///{tmp_path / 'cli.db'}", *args])
    assert result.exit_code == 2 and message in result.output


def test_show_with_an_id_beyond_64_bits_finds_nothing_cleanly(tmp_path):
    result = CliRunner().invoke(main, [f"--db=sqlite:///{tmp_path / 'cli.db'}", "show", "99999999999999999999999"])
    assert result.exit_code == 1
    assert "no form named or numbered '99999999999999999999999'" in result.output


# --- worker processes -----------------------------------------------------------------------------

_TOKENIZER = """
from index.tokenize import tokenize_many
print("go", flush=True)
tokenize_many([f"社工服务站开展活动{number}" for number in range(400000)], workers=2)  # distinct: equal texts are cut once
"""


def _children(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return children


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_tokenizer_workers_die_when_their_parent_is_killed():
    parent = subprocess.Popen([PYTHON, "-c", _TOKENIZER], env=dict(os.environ, PYTHONPATH=WORKTREE),
                              stdout=subprocess.PIPE, text=True)
    assert parent.stdout.readline() == "go\n"
    workers: list[int] = []
    for _ in range(1200):  # up to a minute for the pool to start
        workers = _children(parent.pid)
        if len(workers) == 2:
            break
        time.sleep(0.05)
    assert len(workers) == 2
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    for _ in range(200):  # they go at once on Linux; give a loaded machine ten seconds
        alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()
                 and Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"]
        if not alive:
            break
        time.sleep(0.05)
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == []


# --- nothing leaves the machine -----------------------------------------------------------------------

def test_commands_open_no_network_connection(tmp_path, monkeypatch):
    import socket

    attempts = []
    real_connect = socket.socket.connect

    def refuse(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network use in a test of an offline tool")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.delenv("JIXIAO_LLM_URL", raising=False)
    db = f"--db=sqlite:///{tmp_path / 'offline.db'}"
    runner = CliRunner(env={"COLUMNS": "200"})
    for command in (["ingest", str(SEED)], ["list"], ["show", "1"], ["check"], ["export", "--format", "csv"],
                    ["search", "--mode", "lexical", "社工"]):
        assert runner.invoke(main, [db, *command]).exit_code == 0, command
    assert attempts == []
