"""The `jixiao` command line: a thin Click layer over the store, index, assistant and app APIs.

One module per command group; nothing outside this package imports it.
"""

from __future__ import annotations

import click

from cli.ask import ask
from cli.bench import bench
from cli.chart import chart
from cli.context import open_store
from cli.forms import check, export, list_command, show
from cli.history import history
from cli.ingest import ingest
from cli.model import model
from cli.search import indicators, search
from cli.serve import serve
from cli.sql import sql


@click.group(invoke_without_command=True)
@click.option("--db", envvar="JIXIAO_DB", default=None, metavar="URL",
              help="SQLAlchemy URL of the store (default: a SQLite file in your data directory; env JIXIAO_DB).")
@click.version_option(package_name="jixiao")
@click.pass_context
def main(context: click.Context, db: str | None) -> None:
    """jixiao (绩效): search and question fiscal performance self-evaluation forms.

    With no command, opens the terminal app.
    """
    context.ensure_object(dict)
    context.obj.update(db=db, store=None)
    if context.invoked_subcommand is None:
        from tui.app import run_app

        run_app(open_store(context))


for command in (ingest, list_command, show, check, export, search, indicators, ask, sql, bench, model, chart,
                history, serve):
    main.add_command(command)
