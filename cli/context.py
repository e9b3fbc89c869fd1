"""What every command shares: the store named by --db, the search service, JSON output and the form filters."""

from __future__ import annotations

import json
import math
import re

import click

# Arguments are validated by click, so a wild value is a usage error, never a traceback from the database.
YEAR = click.IntRange(1, 9999)
MAX_LIMIT = 1_000_000_000
_CONDITION = re.compile(r"^\s*(\w+)\s*(<=|>=|!=|<|>|=)\s*(-?\d+(?:\.\d+)?)\s*$")


def open_store(context: click.Context):
    """The store named by --db / JIXIAO_DB, opened once per invocation; the default store is filled on first start.

    Args:
        context: any Click context of this invocation.

    Returns:
        The open store.
    """
    from store.bootstrap import open_store as open_or_fill
    from store.database import StoreError

    state = context.find_root().obj
    if state.get("store") is None:
        first_run = []

        def progress(report) -> None:
            if not first_run:
                click.echo("First start: loading the bundled corpus into the default store…", err=True)
            first_run.append(report)

        try:
            state["store"], _ = open_or_fill(state["db"], on_file=progress)
        except StoreError as error:
            raise click.ClickException(str(error)) from error
        if first_run:
            forms = sum(report.added for report in first_run)
            click.echo(f"Loaded {forms} forms from {len(first_run)} bundled file(s) into {state['store'].url}", err=True)
    return state["store"]


def search_service(context: click.Context, model: str | None = None):
    """The store's search service, shared by the commands of one invocation.

    Args:
        context: any Click context of this invocation.
        model: embedding model name or folder (default: the static model).

    Returns:
        An `index.service.SearchService`.
    """
    from index.service import SearchService

    state = context.find_root().obj
    key = ("search", model)
    if state.get(key) is None:
        state[key] = SearchService(open_store(context), model=model)
    return state[key]


def emit_json(payload) -> None:
    """Print a payload as indented JSON, Chinese kept readable."""
    click.echo(json.dumps(payload, ensure_ascii=False, indent=1))


def _parse_where(values: tuple[str, ...]):
    from store.query import Range

    ranges = []
    for value in values:
        match = _CONDITION.match(value)
        if not match:
            raise click.BadParameter(f"{value!r}: expected FIELD OP NUMBER, e.g. 'execution_rate<60'", param_hint="--where")
        if not math.isfinite(float(match.group(3))):
            raise click.BadParameter(f"{value!r}: the number is too large", param_hint="--where")
        try:
            ranges.append(Range(match.group(1), match.group(2), float(match.group(3))))
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--where") from error
    return ranges


def filter_options(function):
    """Decorate a command with the form filters of `jixiao list` (year, unit, department, grade, name, where, flag)."""
    options = [
        click.option("--year", "years", multiple=True, type=YEAR, help="Only these years (repeatable)."),
        click.option("--unit", "units", multiple=True, help="Implementing unit contains this text (repeatable)."),
        click.option("--department", "departments", multiple=True, help="主管部门 contains this text (repeatable)."),
        click.option("--grade", "grades", multiple=True, help="Printed grade, e.g. 优 (repeatable)."),
        click.option("--name", "names", multiple=True, help="Project name contains this text (repeatable)."),
        click.option("--where", "conditions", multiple=True,
                     help="Numeric condition FIELD OP NUMBER, e.g. 'execution_rate<60', 'annual_budget>=100' (万元)."),
        click.option("--flag", "codes", multiple=True, help="Only forms with this check finding code (repeatable)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def build_filter(years, units, departments, grades, names, conditions, codes):
    """The `store.query.FormFilter` that the options of `filter_options` describe."""
    from store.query import FormFilter

    return FormFilter(years=list(years), units=list(units), departments=list(departments), grades=list(grades),
                      name_contains=list(names), ranges=_parse_where(conditions), finding_codes=list(codes))
