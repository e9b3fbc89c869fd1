"""Property-based fuzzing of ingest: mutated text forms and corrupted files of every format.

Seeded (derandomized) and bounded to about a minute; a longer run sets JIXIAO_FUZZ_EXAMPLES:

    JIXIAO_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py -q -p no:cacheprovider -k "not vanishes" \
        --hypothesis-show-statistics

Each property ingests a hostile file followed by a good one, in one `ingest_paths` call, as
`jixiao ingest BAD GOOD` does, and asserts that no exception escapes, that the good file is stored
in full, and that no form of the hostile file disappears without an error or warning.
"""

from __future__ import annotations

import importlib.util
import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # about a minute of generated inputs: in `make test`, not `make test-fast`

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from store.database import Store  # noqa: E402
from store.ingest import IngestReport, ingest_paths  # noqa: E402
from store.measures import parse_number  # noqa: E402
from store.query import list_forms  # noqa: E402
from support import SEED  # noqa: E402

SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()
BAD_LINES = SEED_LINES[:58]  # 社工, 党建活动, 人才活动
BAD_FORMS = 3
GOOD_LINES = SEED_LINES[58:96]  # the next two forms
GOOD_FORMS = 2
EXAMPLES = int(os.environ.get("JIXIAO_FUZZ_EXAMPLES", "0"))

# What attackers and careless users put into cells: figures no float holds, words where numbers
# go, formulas, terminal escapes, invisible and full-width look-alikes of the labels.
HOSTILE_CELLS = (
    "9" * 400, "-" + "9" * 320, "0x1F", "-inf", "inf", "nan", "1e999", "1,2,3", "12..5", "-5", "0", "0.00", "—", "",
    "＝１００．００（％）", "１００", "=cmd|' /C calc'!A0", "@SUM(1)", "+1+1", "\x1b]0;pwned\x07\x1b[2J", "\x00", "\x0c",
    "项目\u200b名称", "\u200b项目名称", "\ufeff项目名称", "项目名称", "年度资金总额", "三级指标", "总分", "评分等级", "优",
    "财政项目支出绩效自评表", "（2023年度）", "\t", "[bold]x[/bold]", "'; DROP TABLE form; --", "\u202e反转",
)

HOSTILE_FIGURES = ("9" * 400, "-" + "9" * 320, "0x1F", "-inf", "1e999", "-5", "0", "", "１００", "1,2,3")


def _settings(examples: int):
    return settings(
        max_examples=EXAMPLES or examples, deadline=None, derandomize=True, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


@pytest.fixture(scope="module")
def arena(tmp_path_factory):
    """One store for the module, a folder for the hostile files, and the good file stored after each."""
    folder = tmp_path_factory.mktemp("fuzz")
    store = Store(f"sqlite:///{folder / 'fuzz.db'}")
    good = folder / "good.txt"
    good.write_text("\n".join(GOOD_LINES) + "\n", encoding="utf-8")
    yield store, folder, good
    store.dispose()


def _ingest_bad_then_good(store: Store, bad: Path, good: Path) -> IngestReport:
    report = ingest_paths(store, [bad, good])  # must not raise, whatever `bad` holds
    good_report = report.files[1]
    stored_good = [form for form in list_forms(store) if form.source.path == str(good.resolve())]
    assert good_report.status in ("added", "unchanged"), good_report.issues
    assert len(stored_good) == GOOD_FORMS
    return report


# --- mutated text forms ----------------------------------------------------------------------------

line_index = st.integers(0, len(BAD_LINES) - 1)
cell_text = st.one_of(st.sampled_from(HOSTILE_CELLS), st.text(max_size=12))
# Where the figures and the labels are: random positions alone rarely hit them.
_CELLS = [(line, cell, text) for line, row in enumerate(BAD_LINES) for cell, text in enumerate(row.split("\t")) if text.strip()]
FIGURE_CELLS = [(line, cell) for line, cell, text in _CELLS if parse_number(text) is not None]
LABEL_CELLS = [(line, cell) for line, cell, text in _CELLS if parse_number(text) is None]
figure_operation = st.builds(lambda at, text: ("cell", *at, text), st.sampled_from(FIGURE_CELLS),
                             st.sampled_from(HOSTILE_FIGURES))
label_operation = st.builds(lambda at, text: ("cell", *at, text), st.sampled_from(LABEL_CELLS), cell_text)
operation = st.one_of(  # figures and labels drawn more often than blind edits
    figure_operation, figure_operation, figure_operation, label_operation, label_operation,
    st.tuples(st.just("cell"), line_index, st.integers(0, 9), cell_text),
    st.tuples(st.just("delete"), line_index),
    st.tuples(st.just("duplicate"), line_index),
    st.tuples(st.just("swap"), line_index, line_index),
    st.tuples(st.just("insert"), line_index, st.lists(cell_text, min_size=1, max_size=10).map("\t".join)),
)


def _mutate(operations: list[tuple]) -> tuple[list[str], set[int]]:
    """Apply the operations; return the lines and the original line numbers that were deleted."""
    lines = [(number, text) for number, text in enumerate(BAD_LINES)]
    for op in operations:
        index = min(op[1], len(lines) - 1)
        if not lines:
            break
        if op[0] == "cell":
            number, text = lines[index]
            cells = text.split("\t")
            cells += [""] * (op[2] + 1 - len(cells))
            cells[op[2]] = op[3]
            lines[index] = (number, "\t".join(cells))
        elif op[0] == "delete":
            del lines[index]
        elif op[0] == "duplicate":
            lines.insert(index, (-1, lines[index][1]))
        elif op[0] == "swap":
            other = min(op[2], len(lines) - 1)
            lines[index], lines[other] = lines[other], lines[index]
        else:
            lines.insert(index, (-1, op[2]))
    kept = {number for number, _ in lines}
    return [text for _, text in lines], set(range(len(BAD_LINES))) - kept


def _forms_left(deleted: set[int]) -> int:
    """How many of the hostile file's forms still have any of their own table lines."""
    bounds = [index for index, line in enumerate(BAD_LINES) if line.startswith("财政项目支出绩效自评表")] + [len(BAD_LINES)]
    return sum(
        any(number not in deleted and BAD_LINES[number].strip() for number in range(start, end))
        for start, end in zip(bounds, bounds[1:])
    )


@_settings(250)
@given(operations=st.lists(operation, min_size=1, max_size=4), encoding=st.sampled_from(["utf-8", "gb18030", "utf-8-sig"]))
def test_mutated_text_forms_never_crash_an_ingest_nor_cost_the_next_file(arena, operations, encoding):
    store, folder, good = arena
    lines, _ = _mutate(operations)
    bad = folder / "bad.txt"
    bad.write_bytes(("\n".join(lines) + "\n").encode(encoding, errors="replace"))
    _ingest_bad_then_good(store, bad, good)


@_settings(150)
@given(operations=st.lists(operation, min_size=1, max_size=4))
def test_no_form_of_a_mutated_file_vanishes_without_an_error_or_warning(arena, operations):
    store, folder, good = arena
    lines, deleted = _mutate(operations)
    bad = folder / "bad-silent.txt"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = _ingest_bad_then_good(store, bad, good)
    bad_report = report.files[0]
    if bad_report.status in ("unchanged", "duplicate"):
        return  # the same content was judged before
    if bad_report.status == "failed":
        assert bad_report.errors  # refused whole (a NUL byte makes it binary): loud, not silent
        return
    stored = bad_report.added + bad_report.replaced + bad_report.unchanged
    expected = _forms_left(deleted)
    assert stored + len(bad_report.errors) + len(bad_report.warnings) >= expected, (
        f"{expected} forms in the input, {stored} stored, issues {[str(issue) for issue in bad_report.issues]}")


# --- corrupted files of every format ---------------------------------------------------------------

_BUILDER = Path(__file__).parent / "fixtures" / "build_fixtures.py"


@pytest.fixture(scope="module")
def format_files(tmp_path_factory) -> dict[str, bytes]:
    """The seed forms as .xlsx, .docx, .pdf and .xls, built by the reader fixtures' builder."""
    spec = importlib.util.spec_from_file_location("_fuzz_fixture_builder", _BUILDER)
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build
    spec.loader.exec_module(build)
    paths = build.build_fixtures(tmp_path_factory.mktemp("fuzz_fixtures"))
    return {kind: paths[kind].read_bytes() for kind in ("xlsx", "docx", "pdf", "xls") if kind in paths}


def _corrupt_zip_member(data: bytes, member_choice: int, position: int, junk: bytes) -> bytes:
    """Keep the zip valid but damage one file inside it: the XML readers see the corruption."""
    source = zipfile.ZipFile(io.BytesIO(data))
    members = source.infolist()
    target_name = members[member_choice % len(members)].filename
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in members:
            content = source.read(member.filename)
            if member.filename == target_name:
                at = position % (len(content) + 1)
                content = content[:at] + junk + content[at + len(junk):]
            target.writestr(member, content)
    return out.getvalue()


corruption = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=8)),
    st.tuples(st.just("truncate"), st.floats(0.0, 1.0)),
    st.tuples(st.just("insert"), st.integers(0, 10**7), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("member"), st.integers(0, 50), st.integers(0, 10**7),
              st.one_of(st.binary(min_size=1, max_size=32),
                        st.sampled_from([b"<", b"\x00", b'r="XFD1048576"', b'ref="A1:XFD1048576"', b"9" * 400,
                                         b"<v>1e309</v>", b"]]>", b"&#27;[2J"]))),
)


def _corrupt(data: bytes, how: tuple, is_zip: bool) -> bytes:
    if how[0] == "flip":
        damaged = bytearray(data)
        for position, value in how[1]:
            damaged[position % len(damaged)] = value
        return bytes(damaged)
    if how[0] == "truncate":
        return data[: int(len(data) * how[1])]
    if how[0] == "insert":
        at = how[1] % len(data)
        return data[:at] + how[2] + data[at:]
    if is_zip:
        return _corrupt_zip_member(data, how[1], how[2], how[3])
    at = how[2] % len(data)
    return data[:at] + how[3] + data[at + len(how[3]):]


@_settings(60)
@given(kind=st.sampled_from(["xlsx", "docx", "pdf", "xls"]), how=corruption)
def test_corrupted_files_of_every_format_never_crash_an_ingest(arena, format_files, kind, how):
    store, folder, good = arena
    assume(kind in format_files)  # .xls needs xlwt, a test extra
    bad = folder / f"bad.{kind}"
    bad.write_bytes(_corrupt(format_files[kind], how, is_zip=kind in ("xlsx", "docx")))
    report = _ingest_bad_then_good(store, bad, good)
    bad_report = report.files[0]
    assert bad_report.status != "failed" or bad_report.errors, "a failed file always says why"
