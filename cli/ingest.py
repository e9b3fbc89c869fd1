"""`jixiao ingest`: store form files, report what happened to each, refresh an existing search index."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.context import emit_json, open_store, search_service
from store.safe_text import terminal_safe


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Exit non-zero when any form or file fails, not only when nothing was stored.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--explain", is_flag=True,
              help="Store nothing; show how each form was read: block headers, column fields, skipped rows.")
@click.pass_context
def ingest(context: click.Context, paths: tuple[Path, ...], strict: bool, as_json: bool, explain: bool) -> None:
    """Ingest form files (.txt, .xlsx, .xls, .docx, .pdf) or folders of them.

    Each file is one transaction: re-ingesting an unchanged file changes nothing, a changed file
    replaces its forms, and a broken form is reported with its line while the others are stored.
    With --explain nothing is stored: each form's reading is printed, so a new template shows at
    once which labels to add to the header synonym table (headers.tsv in the data directory).
    """
    from store.ingest import expand_paths, ingest_paths

    if explain:
        _explain(list(expand_paths(paths)))
        return
    store = open_store(context)
    files = list(expand_paths(paths))
    with click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) as bar:
        report = ingest_paths(store, files, on_file=lambda _: bar.update(1))
    if report.total("added") or report.total("replaced") or report.total("removed"):
        _refresh_index(context)
    if as_json:
        emit_json({
            "files": [{"path": f.path, "status": f.status, "added": f.added, "replaced": f.replaced,
                       "unchanged": f.unchanged, "removed": f.removed,
                       "issues": [{"location": f"{i.source_file}:{i.location}", "severity": i.severity,
                                   "message": i.message} for i in f.issues]} for f in report.files],
        })
    else:
        for issue in report.warnings:
            click.echo(terminal_safe(f"warning: {issue}"), err=True)
        for issue in report.errors:
            click.echo(terminal_safe(f"error: {issue}"), err=True)
        click.echo(
            f"{len(report.files)} file(s): {report.total('added')} forms added, {report.total('replaced')} replaced, "
            f"{report.total('unchanged')} unchanged, {report.total('removed')} removed; "
            f"{len(report.warnings)} warning(s), {len(report.errors)} error(s)"
        )
    if not report.stored_anything or (strict and report.errors):
        sys.exit(1)


def _refresh_index(context: click.Context) -> None:
    """Bring an existing search index up to date after an ingest (only new or changed forms are encoded)."""
    from index.service import index_dir_for

    if not index_dir_for(open_store(context)).exists():
        return  # never searched: the index is built on first search instead
    click.echo("Updating the search index…", err=True)
    search_service(context).load_model()


def _explain(files: list[Path]) -> None:
    """Print how each file's forms were read, and the issues met, without storing anything."""
    from store.parser import parse_file
    from store.readers import UnreadableFile

    for path in files:
        click.echo(f"== {path}")
        try:
            result = parse_file(str(path))
        except UnreadableFile as error:
            click.echo(f"error: {error}")
            continue
        for explanation in result.explanations:
            click.echo(explanation.render())
        for issue in result.issues:
            click.echo(f"{issue.severity}: {issue}")
