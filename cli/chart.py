"""`jixiao chart KIND`: the app's charts in the terminal, or as a PNG/SVG file for a report."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from cli.context import build_filter, filter_options, open_store

KINDS = ("rate-by-unit", "scores", "budget-spending")


@click.command("chart")
@click.argument("kind", type=click.Choice(KINDS))
@filter_options
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a .png or .svg file (needs matplotlib) instead of drawing in the terminal.")
@click.option("--width", type=int, default=None, help="Terminal columns (default: the terminal's width).")
@click.option("--height", type=int, default=None, help="Terminal lines (default: 24).")
@click.pass_context
def chart(context: click.Context, kind: str, output: Path | None, width: int | None, height: int | None,
          **filters) -> None:
    """Chart the forms: execution rate by unit, the distribution of total scores, or budget against spending.

    Forms whose money figures fail a check (a 元/万元 slip) are left out of money charts and named below them.
    """
    from store.charts import CHARTS, ChartError
    from tui.plotting import save_chart, terminal_chart

    data = CHARTS[kind](open_store(context), build_filter(**filters))
    if not data.y:
        raise click.ClickException("no forms to chart (check the filters)")
    if output is not None:
        try:
            save_chart(data, output)
        except ChartError as error:
            raise click.ClickException(str(error)) from error
        click.echo(f"wrote {output}")
        if data.note:
            click.echo(data.note)
        return
    from cli.render import console

    columns = width or shutil.get_terminal_size((100, 24)).columns
    console().print(terminal_chart(data, columns, height or 24))
