"""`jixiao list`, `show`, `check` and `export`: the stored forms, filtered, in full, checked and exported."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.context import MAX_LIMIT, build_filter, emit_json, filter_options, open_store
from store.safe_text import terminal_safe


@click.command("list")
@filter_options
@click.option("--sort", "order_by", default=None, help="Sort by a field, e.g. execution_rate, total_score, annual_budget.")
@click.option("--desc", is_flag=True, help="Sort largest first.")
@click.option("--limit", type=click.IntRange(0, MAX_LIMIT), default=None, help="Show at most this many forms.")
@click.option("--json", "as_json", is_flag=True, help="Print the export objects as JSON.")
@click.pass_context
def list_command(context, years, units, departments, grades, names, conditions, codes, order_by, desc, limit, as_json):
    """List forms, filtered and sorted."""
    from cli.render import console, forms_table
    from store.export import form_to_dict
    from store.query import list_forms

    form_filter = build_filter(years, units, departments, grades, names, conditions, codes)
    try:
        forms = list_forms(open_store(context), form_filter, order_by=order_by, descending=desc, limit=limit)
    except ValueError as error:
        raise click.BadParameter(str(error)) from error
    if as_json:
        emit_json([form_to_dict(form) for form in forms])
    else:
        console().print(forms_table(forms, title=f"{len(forms)} form(s)"))


@click.command()
@click.argument("name_or_id")
@click.option("--json", "as_json", is_flag=True, help="Print the export objects as JSON.")
@click.pass_context
def show(context, name_or_id: str, as_json: bool) -> None:
    """Show a form by id or project name (exact, else containing the text)."""
    from cli.render import console, form_detail, literal
    from store.export import form_to_dict
    from store.query import find_forms, project_history

    store = open_store(context)
    forms = find_forms(store, name_or_id)
    if not forms:
        raise click.ClickException(f"no form named or numbered {name_or_id!r}; try `jixiao list --name …`")
    if as_json:
        emit_json([form_to_dict(form) for form in forms])
        return
    out = console()
    for form in forms:
        out.print(form_detail(form))
        history = [other for other in project_history(store, form) if other.id != form.id]
        if history:
            line = literal("Other years: ", "bold")
            line.append("; ".join(f"{other.year} #{other.id} {other.project_name} (总分 {other.total_score_printed or '—'}, "
                                  f"执行率 {other.execution_rate_printed or '—'}%)" for other in history))
            out.print(line)
        out.print()


@click.command()
@filter_options
@click.option("--severity", "severities", multiple=True, type=click.Choice(["error", "warning", "info"]),
              help="Only findings of this severity (repeatable; default error and warning).")
@click.option("--json", "as_json", is_flag=True, help="Print findings as JSON.")
@click.pass_context
def check(context, years, units, departments, grades, names, conditions, codes, severities, as_json):
    """Report check findings: arithmetic that does not add up, figures that do not agree, vague values."""
    from cli.render import SEVERITY_STYLES, console, literal
    from store.query import list_forms

    wanted = set(severities or ("error", "warning"))
    forms = list_forms(open_store(context), build_filter(years, units, departments, grades, names, conditions, codes))
    flagged = [(form, [f for f in form.findings if f.severity in wanted]) for form in forms]
    flagged = [(form, findings) for form, findings in flagged if findings]
    if as_json:
        emit_json([{"id": form.id, "project_name": form.project_name, "year": form.year,
                    "source": {"file": form.source.path, "line_start": form.line_start},
                    "flags": [{"code": f.code, "severity": f.severity, "message": f.message} for f in findings]}
                   for form, findings in flagged])
        return
    out = console()
    for form, findings in flagged:
        out.print(literal(f"{form.project_name} ({form.year}) — {form.source.path}:{form.line_start}", "bold"))
        for finding in findings:
            line = literal(f"  {finding.severity:<7} {finding.code:<28} ", SEVERITY_STYLES[finding.severity])
            line.append(finding.message)
            out.print(line)
    out.print(literal(f"{len(flagged)} of {len(forms)} form(s) flagged ({', '.join(sorted(wanted))})", "bold"))


@click.command()
@filter_options
@click.option("--format", "format_name", type=click.Choice(["json", "csv", "md"]), default="json", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write to a file instead of stdout.")
@click.pass_context
def export(context, years, units, departments, grades, names, conditions, codes, format_name, output):
    """Export forms as JSON (the documented contract), CSV or Markdown."""
    from store.export import FORMATS
    from store.query import list_forms

    forms = list_forms(open_store(context), build_filter(years, units, departments, grades, names, conditions, codes))
    content = FORMATS[format_name](forms)
    if output:
        output.write_text(content, encoding="utf-8")
        click.echo(f"wrote {len(forms)} form(s) to {output}", err=True)
    else:
        # On a terminal the export is read, not saved: control characters in it are shown, not obeyed.
        click.echo(terminal_safe(content) if sys.stdout.isatty() else content, nl=False)
