"""`jixiao sql`: one read-only SELECT over the views forms, fund_lines, indicators and findings."""

from __future__ import annotations

import csv
import io

import click

from cli.context import emit_json, open_store
from store.export import spreadsheet_cell


def _csv_cell(value) -> str:
    # One rule for every CSV jixiao writes: a cell a spreadsheet would run as a formula gets an apostrophe.
    return "" if value is None else str(spreadsheet_cell(value))


def to_csv(columns: list[str], rows: list[tuple]) -> str:
    """Rows as CSV with a header line; text that starts like a formula is prefixed with an apostrophe.

    Args:
        columns: the header.
        rows: the values.

    Returns:
        The CSV text.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_csv_cell(c) for c in columns])
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return buffer.getvalue()


def schema_text() -> str:
    """The views and their columns, as `jixiao sql --schema` prints them."""
    from store.views import SCHEMA

    lines = []
    for view, columns in SCHEMA.items():
        lines.append(f"{view}")
        width = max(len(c.name) for c in columns)
        lines += [f"  {c.name:<{width}}  {c.type:<8}  {c.doc}" for c in columns]
        lines.append("")
    return "\n".join(lines)


@click.command("sql")
@click.argument("statement", required=False)
@click.option("--format", "output", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output: a table for reading, CSV (formula-like text prefixed with ') or a JSON list of objects.")
@click.option("--schema", is_flag=True, help="List the views and their columns, then exit.")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
              help="Seconds before the statement is cancelled.")
@click.option("--max-rows", type=click.IntRange(1, 1_000_000), default=10_000, show_default=True,
              help="Rows printed at most; a note on stderr says when there were more.")
@click.pass_context
def sql(context: click.Context, statement: str | None, output: str, schema: bool, timeout: float, max_rows: int) -> None:
    """Run one read-only SELECT over the views forms, fund_lines, indicators and findings.

    Anything but a single SELECT (or WITH … SELECT) is refused. SQLite stores are opened read-only,
    PostgreSQL runs the statement in a READ ONLY transaction. Amounts are in 万元, rates in percent;
    `--schema` lists every column. Example: jixiao sql "SELECT project_name, unspent FROM forms ORDER BY unspent DESC LIMIT 5"
    """
    from store.readonly_sql import ReadOnlySqlError, run_select

    if schema:
        click.echo(schema_text())
        return
    if not statement or not statement.strip():
        raise click.UsageError("give a SELECT statement, or --schema to list the views")
    store = open_store(context)
    try:
        result = run_select(store.engine, statement, timeout=timeout, max_rows=max_rows)
    except ReadOnlySqlError as error:
        raise click.ClickException(str(error)) from error
    if output == "json":
        emit_json([dict(zip(result.columns, row)) for row in result.rows])
    elif output == "csv":
        click.echo(to_csv(result.columns, result.rows), nl=False)
    else:
        from rich.table import Table

        from cli.render import console, literal

        table = Table(header_style="bold")
        for column in result.columns:
            table.add_column(literal(column), overflow="fold")
        for row in result.rows:
            table.add_row(*(literal("" if value is None else value) for value in row))
        console().print(table)
        click.echo(f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}", err=True)
    if result.truncated:
        click.echo(f"only the first {max_rows} rows are shown (--max-rows)", err=True)
