"""Ingest files into the store: one transaction per file, idempotent, a broken form never costs the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import delete, func, select

from store.database import Store, StoreError
from store.models import Finding, Form, FundLine, Indicator, SourceFile
from store.file_reading import FileRead, read_ahead, read_file
from store.parser import IssueSplit, ParseIssue
from store.readers import SUPPORTED_SUFFIXES
from store.form_rows import StoredRows

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
    if read.rows is None:  # left unparsed as possibly stored already: it is not
        read.parse(resolved, name)
    report.issues.extend(read.parse_issues)
    rows = read.rows
    if not rows:
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
        for start in range(0, len(rows), _FLUSH_EVERY):
            batch = rows[start:start + _FLUSH_EVERY]
            for stored in batch:
                stored.form["source_id"] = source_id
                key = stored.form["form_key"]
                if key not in previous:
                    report.added += 1
                elif previous[key] == stored.form["content_hash"]:
                    report.unchanged += 1
                else:
                    report.replaced += 1
            # Written rows wait in the database's transaction, not in Python: memory stays flat
            # however many forms the file holds, and the file is still committed all at once.
            _write_batch(session, batch)
        kept = {stored.form["form_key"] for stored in rows}
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
