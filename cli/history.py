"""`jixiao history`: earlier questions and SQL queries of this store, searchable, and one run again."""

from __future__ import annotations

import click

from cli.context import emit_json, open_store


@click.command("history")
@click.argument("words", nargs=-1)
@click.option("--kind", type=click.Choice(["question", "sql"]), default=None, help="Only questions or only SQL.")
@click.option("--limit", "-n", type=int, default=20, show_default=True, help="At most this many entries.")
@click.option("--run", "run_number", type=int, default=None, metavar="N",
              help="Run entry N of the list again (a question is asked, SQL is run).")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@click.pass_context
def history(context: click.Context, words: tuple[str, ...], kind: str | None, limit: int, run_number: int | None,
            as_json: bool) -> None:
    """List earlier questions and queries containing every WORD, newest first (numbered for --run)."""
    from store.history import QueryHistory, history_path

    store = open_store(context)
    kept = QueryHistory(history_path(store.url))
    entries = kept.search(" ".join(words), kind=kind, limit=max(limit, run_number or 0))
    for problem in kept.problems:
        click.echo(f"warning: {problem}", err=True)
    if run_number is not None:
        if not 1 <= run_number <= len(entries):
            raise click.BadParameter(f"there are {len(entries)} matching entries", param_hint="--run")
        _run_again(context, entries[run_number - 1])
        return
    entries = entries[:limit]
    if as_json:
        emit_json([{"number": number, "kind": entry.kind, "text": entry.text, "at": entry.at}
                   for number, entry in enumerate(entries, start=1)])
        return
    if not entries:
        click.echo("no history yet" if not words else "nothing in the history matches")
        return
    from cli.render import console, literal
    from rich.text import Text

    out = console()
    for number, entry in enumerate(entries, start=1):
        line = Text(f"{number:>3}  ", style="dim")
        line.append(f"{entry.kind:<8}", style="cyan" if entry.kind == "sql" else "green")
        line.append_text(literal(" ".join(entry.text.split())))
        line.append(f"  {entry.at[:16].replace('T', ' ')}", style="dim")
        out.print(line)


def _run_again(context: click.Context, entry) -> None:
    from store.history import QueryHistory, history_path

    store = open_store(context)
    QueryHistory(history_path(store.url)).add(entry.text, entry.kind)
    if entry.kind == "question":
        from cli.ask import ask

        context.invoke(ask, question=(entry.text,), as_json=False, session=None)
        return
    from store.readonly_sql import ReadOnlySqlError, run_select
    from cli.render import console, literal
    from rich.table import Table

    try:
        result = run_select(store.engine, entry.text)
    except ReadOnlySqlError as error:
        raise click.ClickException(str(error)) from error
    table = Table(header_style="bold")
    for column in result.columns:
        table.add_column(literal(column), overflow="fold")
    for row in result.rows:
        table.add_row(*(literal(value) for value in row))
    console().print(table)
