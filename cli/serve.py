"""`jixiao serve`: the same terminal app in a web browser, through textual-serve."""

from __future__ import annotations

import shlex
import sys

import click

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def app_command(db: str | None) -> str:
    """The shell command textual-serve runs for each browser session: this Python, this store.

    Args:
        db: the --db URL, or None for the default store.

    Returns:
        The command line.
    """
    parts = [sys.executable, "-m", "cli"]
    if db:
        parts += ["--db", db]
    return shlex.join(parts)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--public-url", default=None, help="The URL browsers use, when behind a proxy.")
@click.pass_context
def serve(context: click.Context, host: str, port: int, public_url: str | None) -> None:
    """Serve the app to a web browser (each browser tab runs its own app on the same store).

    It listens on this machine only unless --host says otherwise; the app has no login, so anyone who can
    reach a non-local address can read the store.
    """
    from textual_serve.server import Server

    from cli.context import open_store

    open_store(context)  # fill the default store now, not in the first browser session
    if host not in LOCAL_HOSTS:
        click.echo(f"warning: listening on {host}: anyone who can reach this address can read the store "
                   "(the app has no login)", err=True)
    db = context.find_root().obj.get("db")
    click.echo(f"jixiao serving on http://{host}:{port} (ctrl+c stops)", err=True)
    Server(app_command(db), host=host, port=port, title="jixiao 绩效", public_url=public_url).serve()
