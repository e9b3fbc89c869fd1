"""Ingest files into the store: one transaction per file, idempotent, a broken form never costs the others."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import delete, func, select

from store.checks import check_form
from store.database import Store, StoreError
from store.models import Finding, Form, FundLine, Indicator, SourceFile
from store.file_reading import FileRead, read_ahead, read_file
from store.parser import IssueSplit, ParseIssue
from store.readers import SUPPORTED_SUFFIXES
from store.records import Figure, ParsedForm

_YEAR_IN_NAME = re.compile(r"(?:19|20)\d{2}\s*年?度?")
_TO_WAN = {"万元": 1.0, "元": 0.0001}
_FLUSH_EVERY = 200  # forms written per flush inside a file's transaction


@dataclass
class FileReport(IssueSplit):
    """What ingesting one file did."""

    path: str
    status: str  # added | changed | unchanged | duplicate | failed
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    issues: list[ParseIssue] = field(default_factory=list)


@dataclass
class IngestReport:
    """The reports of every file in one ingest run, with totals."""

    files: list[FileReport] = field(default_factory=list)

    def total(self, attribute: str) -> int:
        return sum(getattr(report, attribute) for report in self.files)

    @property
    def errors(self) -> list[ParseIssue]:
        return [issue for report in self.files for issue in report.errors]

    @property
    def warnings(self) -> list[ParseIssue]:
        return [issue for report in self.files for issue in report.warnings]

    @property
    def stored_anything(self) -> bool:
        return any(report.status != "failed" for report in self.files)


def project_key(name: str, unit: str | None) -> str:
    """Identity of a project across years: its name without years or spaces, and its unit."""
    return f"{_YEAR_IN_NAME.sub('', name).replace(' ', '')}|{unit or ''}"


def form_key(form: ParsedForm) -> str:
    """Identity of a project-year, used to tell a replaced form from a new one."""
    return f"{project_key(form.project_name, form.implementing_unit)}|{form.year or ''}"


def content_hash(form: ParsedForm) -> str:
    """A digest of what the form says, ignoring where in the file it stood."""
    # repr of the records (dataclasses all the way down) is deterministic and far cheaper than asdict + JSON.
    located = dataclasses.replace(
        form, source_file="", source_table=None, line_start=0, line_end=0, notes=[],
        funds=[dataclasses.replace(row, line=0) for row in form.funds],
        indicators=[dataclasses.replace(row, line=0) for row in form.indicators],
    )
    return hashlib.sha256(repr(located).encode()).hexdigest()


def _figure_columns(prefix: str, figure: Figure | None) -> dict:
    figure = figure or Figure.empty()
    return {prefix: figure.value, f"{prefix}_printed": figure.printed}


@dataclass
class StoredRows:
    """A parsed form as the rows it is stored as: the form's columns, its fund rows, indicators and findings.

    Every row of a kind has the same keys, so a batch of forms is written with one INSERT per table.
    """

    form: dict
    funds: list[dict]
    indicators: list[dict]
    findings: list[dict]


def stored_rows(parsed: ParsedForm, source_id: int) -> StoredRows:
    """The rows that store a parsed form (with its fund rows, indicators and check findings).

    Args:
        parsed: the form as read.
        source_id: the id of the source file row it belongs to.

    Returns:
        The rows, children without their form id (known once the form row is written).
    """
    total = parsed.fund("total")
    fiscal, carryover, other = (parsed.fund(kind) for kind in ("fiscal", "carryover", "other"))
    scale = _TO_WAN.get(parsed.amount_unit, 1.0)
    findings = check_form(parsed)
    form = dict(
        source_id=source_id,
        form_key=form_key(parsed),
        project_key=project_key(parsed.project_name, parsed.implementing_unit),
        content_hash=content_hash(parsed),
        project_name=parsed.project_name,
        department=parsed.department,
        implementing_unit=parsed.implementing_unit,
        year=parsed.year,
        year_inferred=parsed.year_inferred,
        title=parsed.title,
        amount_unit=parsed.amount_unit,
        **_figure_columns("initial_budget", total.initial_budget if total else None),
        **_figure_columns("annual_budget", total.annual_budget if total else None),
        **_figure_columns("executed", total.executed if total else None),
        **_figure_columns("budget_weight", total.weight if total else None),
        **_figure_columns("execution_rate", total.execution_rate if total else None),
        **_figure_columns("budget_score", total.score if total else None),
        fiscal_executed=fiscal.executed.value if fiscal else None,
        carryover_executed=carryover.executed.value if carryover else None,
        other_executed=other.executed.value if other else None,
        initial_budget_wan=_scaled(total.initial_budget.value if total else None, scale),
        annual_budget_wan=_scaled(total.annual_budget.value if total else None, scale),
        executed_wan=_scaled(total.executed.value if total else None, scale),
        goal=parsed.goal,
        outcome=parsed.outcome,
        **_figure_columns("total_weight", parsed.total_weight),
        **_figure_columns("total_score", parsed.total_score),
        grade=parsed.grade,
        source_table=parsed.source_table,
        line_start=parsed.line_start,
        line_end=parsed.line_end,
        notes="\n".join(parsed.notes),
        error_count=sum(finding.severity == "error" for finding in findings),
        warning_count=sum(finding.severity == "warning" for finding in findings),
    )
    funds = [
        dict(position=position, label=row.label, kind=row.kind, line=row.line,
             **_figure_columns("initial_budget", row.initial_budget),
             **_figure_columns("annual_budget", row.annual_budget),
             **_figure_columns("executed", row.executed),
             **_figure_columns("weight", row.weight),
             **_figure_columns("execution_rate", row.execution_rate),
             **_figure_columns("score", row.score))
        for position, row in enumerate(parsed.funds, start=1)
    ]
    indicators = [
        dict(
            position=row.position, level1=row.level1, level2=row.level2, name=row.name,
            target=row.target.printed, target_comparison=row.target.comparison,
            target_number=row.target.number, target_unit=row.target.unit,
            actual=row.actual.printed, actual_comparison=row.actual.comparison,
            actual_number=row.actual.number, actual_unit=row.actual.unit,
            **_figure_columns("weight", row.weight), **_figure_columns("score", row.score),
            deviation=row.deviation, line=row.line,
        )
        for row in parsed.indicators
    ]
    return StoredRows(form, funds, indicators,
                      [dict(code=f.code, severity=f.severity, message=f.message) for f in findings])


def _write_batch(session, batch: list[StoredRows]) -> None:
    """Write forms and their children with one multi-row INSERT per table: no ORM object per row (a third of
    an ingest's time went into building and flushing them)."""
    from sqlalchemy import insert

    form_table = Form.__table__
    # Ids come back in the order the rows were given, so each form's children get their form's id.
    form_ids = session.execute(insert(form_table).returning(form_table.c.id, sort_by_parameter_order=True),
                               [rows.form for rows in batch]).scalars().all()
    for model, attribute in ((FundLine, "funds"), (Indicator, "indicators"), (Finding, "findings")):
        children = [{**child, "form_id": form_id} for form_id, rows in zip(form_ids, batch)
                    for child in getattr(rows, attribute)]
        if children:
            session.execute(insert(model.__table__), children)


def _scaled(value: float | None, scale: float) -> float | None:
    return None if value is None else round(value * scale, 6)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every supported file below the folders named, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(
                child for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not child.name.startswith((".", "~$"))
            )
        else:
            yield path


def ingest_file(store: Store, path: str | Path, display_name: str | None = None,
                read: Callable[[], FileRead] | None = None) -> FileReport:
    """Ingest one file in a single transaction; whatever goes wrong is reported, never raised.

    The same file twice changes nothing; a changed file replaces its forms; a file whose forms
    all fail keeps whatever an earlier version stored. A file that cannot be stored (a reader or
    parser failure, a store kept busy by another process) is reported as failed with the reason,
    and the store is left as it was.

    Args:
        store: the store to write to.
        path: the file.
        display_name: how to name the file in messages (defaults to the path as given).
        read: gives the file already read and parsed (by `store.file_reading.read_ahead`); default: read it here.

    Returns:
        What happened to the file and its forms, with every issue met.
    """
    name = display_name or str(path)
    report = FileReport(name, "failed")
    try:
        resolved = Path(path).resolve()
        _ingest(store, resolved, report, read() if read is not None else read_file(resolved, name))
    except Exception as error:  # the next file must still be read; this one is all-or-nothing
        reason = str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
        report.status, report.added, report.replaced, report.unchanged, report.removed = "failed", 0, 0, 0, 0
        report.issues.append(ParseIssue(name, "1", f"not stored: {reason}"))
    return report


def _ingest(store: Store, resolved: Path, report: FileReport, read: FileRead) -> None:
    """The body of ingest_file: fills `report` in place and raises on failure."""
    name = report.path
    report.issues.extend(read.issues)
    if read.digest is None:
        return
    digest = read.digest
    with store.session() as session:
        existing = session.exec(select(SourceFile).where(SourceFile.path == str(resolved))).first()
        if existing is not None and existing.sha256 == digest:
            report.status, report.unchanged = "unchanged", _form_count(session, existing.id)
            return
        twin = session.exec(select(SourceFile).where(SourceFile.sha256 == digest)).first()
        if twin is not None and existing is None:
            report.status, report.unchanged = "duplicate", _form_count(session, twin.id)
            report.issues.append(ParseIssue(name, "1", f"same content as already ingested {twin.path}; skipped", "warning"))
            return
    if read.forms is None:  # left unparsed as possibly stored already: it is not
        read.parse(resolved, name)
    report.issues.extend(read.parse_issues)
    forms = read.forms
    if not forms:
        return
    with store.writing() as session:
        existing = session.exec(select(SourceFile).where(SourceFile.path == str(resolved))).first()
        previous: dict[str, str] = {}
        if existing is not None:
            previous = dict(session.exec(select(Form.form_key, Form.content_hash).where(Form.source_id == existing.id)).all())
            # The database cascades to forms and their rows; the ORM would load them all first.
            session.exec(delete(SourceFile).where(SourceFile.id == existing.id))
        source = SourceFile(path=str(resolved), sha256=digest, size=read.size)
        session.add(source)
        session.flush()
        source_id = source.id
        for start in range(0, len(forms), _FLUSH_EVERY):
            batch = [stored_rows(parsed, source_id) for parsed in forms[start:start + _FLUSH_EVERY]]
            for rows in batch:
                key = rows.form["form_key"]
                if key not in previous:
                    report.added += 1
                elif previous[key] == rows.form["content_hash"]:
                    report.unchanged += 1
                else:
                    report.replaced += 1
            # Written rows wait in the database's transaction, not in Python: memory stays flat
            # however many forms the file holds, and the file is still committed all at once.
            _write_batch(session, batch)
        kept = {form_key(parsed) for parsed in forms}
        report.removed = sum(key not in kept for key in previous)
    report.status = "changed" if existing is not None else "added"


def _form_count(session, source_id: int) -> int:
    return session.exec(select(func.count()).select_from(Form).where(Form.source_id == source_id)).one()


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    on_file: Callable[[FileReport], None] | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Ingest files and folders, one transaction per file.

    Args:
        store: the store to write to.
        paths: files, or folders searched recursively for supported files.
        on_file: called after each file, e.g. to advance a progress bar.
        workers: processes parsing files (default: the usable cores; with fewer than
            `store.file_reading.PARALLEL_FILES` files everything runs in this process).

    Returns:
        The report of every file.
    """
    from store.versions import stored_digests
    from store.workers import usable_cores

    report = IngestReport()
    files = [(path.resolve(), str(path)) for path in expand_paths(paths)]
    # Files are parsed a few ahead in worker processes while this one writes; the writes stay in file order.
    for (_resolved, name), read in zip(files, read_ahead(files, stored_digests(store), workers or usable_cores())):
        file_report = ingest_file(store, name, read=read)
        report.files.append(file_report)
        if on_file is not None:
            on_file(file_report)
    return report
