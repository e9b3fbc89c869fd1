"""`jixiao ask`: one question answered from the store, optionally continuing a named session."""

from __future__ import annotations

import json
import re

import click

from cli.context import open_store

_SESSION_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def session_path(name: str):
    """Where a named session's state lives: sessions/NAME.json in the data directory.

    Args:
        name: letters, digits, dot, dash and underscore only, so it cannot point outside the folder.

    Returns:
        The path.
    """
    from store.database import data_dir

    if not _SESSION_NAME.match(name) or name.startswith("."):
        raise click.BadParameter("use letters, digits, '.', '-' or '_' (at most 64)", param_hint="--session")
    return data_dir() / "sessions" / f"{name}.json"


def _print_answer(answer) -> None:
    from cli.render import console, literal

    out = console()
    out.print(literal(answer.interpretation, "dim"))
    out.print(literal(answer.text))
    if answer.generated_text:
        out.print(literal(answer.generated_text, "italic"))
    if answer.columns and answer.kind in ("aggregate", "lookup", "list", "count") and len(answer.rows) > 1:
        from rich.table import Table

        table = Table(header_style="bold")
        for column in answer.columns:
            table.add_column(column, overflow="fold")
        for row in answer.rows[:50]:
            table.add_row(*(literal(cell) for cell in row))
        out.print(table)


@click.command("ask")
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON: question, interpretation, answer, records, value.")
@click.option("--show-sql", is_flag=True, help="Also print the SQL the answer ran over the views (jixiao sql runs it as is).")
@click.option("--session", "session", default=None, metavar="NAME",
              help="Continue the named conversation, so a follow-up such as “其中总分最低的” refines the last answer.")
@click.pass_context
def ask(context: click.Context, question: tuple[str, ...], as_json: bool, show_sql: bool, session: str | None) -> None:
    """Ask a question about the forms, in Chinese or English.

    Numbers come from the store; the first line says how the question was understood, and --json
    carries the SQL the answer ran ("sql", null for narrative search).
    """
    from assistant.conversation import Conversation
    from index.backend import DeferredSearch

    text = " ".join(question).strip()
    if not text:
        raise click.BadParameter("empty question", param_hint="QUESTION")
    store = open_store(context)

    def search_service():
        from index.service import SearchService

        return SearchService(store, load_model_on_search=True)

    # The index, and the model after it, load only if the question needs narrative search.
    conversation = Conversation(store, search=DeferredSearch(search_service))
    path = session_path(session) if session else None
    if path is not None and path.is_file():
        conversation.load_state(path.read_text(encoding="utf-8"))
    answer = conversation.ask(text)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".json.tmp")
        temporary.write_text(conversation.state_json(), encoding="utf-8")
        temporary.replace(path)
    if as_json:
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False, indent=1))
    else:
        _print_answer(answer)
        if show_sql:
            from cli.render import console, literal

            console().print(literal(answer.sql or "(this answer ran no SQL over the views)", "cyan"))
