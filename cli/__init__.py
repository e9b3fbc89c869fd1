"""The `jixiao` command line: a thin Click layer over the store, index, assistant and app APIs.

One module per command group, imported only when its command runs; nothing outside this package imports it.
"""

from __future__ import annotations

import importlib

import click

# Command name → "module:attribute". Loading a command imports only what that command needs.
COMMANDS = {
    "ingest": "cli.ingest:ingest",
    "list": "cli.forms:list_command",
    "show": "cli.forms:show",
    "check": "cli.forms:check",
    "export": "cli.forms:export",
    "search": "cli.search:search",
    "indicators": "cli.search:indicators",
    "ask": "cli.ask:ask",
    "sql": "cli.sql:sql",
    "chart": "cli.chart:chart",
    "history": "cli.history:history",
    "serve": "cli.serve:serve",
    "bench": "cli.bench:bench",
    "model": "cli.model:model",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (the pattern of Click's documentation).

    Args:
        lazy_commands: command name → "module:attribute".
    """

    def __init__(self, *args, lazy_commands: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, context: click.Context) -> list[str]:
        return sorted(set(super().list_commands(context)) | set(self.lazy_commands))

    def get_command(self, context: click.Context, name: str) -> click.Command | None:
        if name not in self.lazy_commands:
            return super().get_command(context, name)
        module_name, attribute = self.lazy_commands[name].split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, invoke_without_command=True)
@click.option("--db", envvar="JIXIAO_DB", default=None, metavar="URL",
              help="SQLAlchemy URL of the store (default: a SQLite file in your data directory; env JIXIAO_DB).")
@click.version_option(package_name="jixiao")
@click.pass_context
def main(context: click.Context, db: str | None) -> None:
    """jixiao (绩效): search and question fiscal performance self-evaluation forms.

    With no command, opens the terminal app.
    """
    from cli.context import open_store

    context.ensure_object(dict)
    context.obj.update(db=db, store=None)
    if context.invoked_subcommand is None:
        from tui.app import run_app

        run_app(open_store(context))
