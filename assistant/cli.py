"""The `jixiao` command line: a thin Click layer over the store, index and assistant APIs."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from index.snippets import FIELDS as SNIPPET_FIELDS

_CONDITION = re.compile(r"^\s*(\w+)\s*(<=|>=|!=|<|>|=)\s*(-?\d+(?:\.\d+)?)\s*$")


def _parse_where(values: tuple[str, ...]):
    from store.query import Range

    ranges = []
    for value in values:
        match = _CONDITION.match(value)
        if not match:
            raise click.BadParameter(f"{value!r}: expected FIELD OP NUMBER, e.g. 'execution_rate<60'", param_hint="--where")
        try:
            ranges.append(Range(match.group(1), match.group(2), float(match.group(3))))
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--where") from error
    return ranges


def _store(context: click.Context):
    """Open the store named by --db / JIXIAO_DB, filling the default store on first start."""
    from store.bootstrap import open_store
    from store.database import StoreError

    state = context.find_root().obj
    if state.get("store") is None:
        first_run = []

        def progress(report) -> None:
            if not first_run:
                click.echo("First start: loading the bundled corpus into the default store…", err=True)
            first_run.append(report)

        try:
            state["store"], _ = open_store(state["db"], on_file=progress)
        except StoreError as error:
            raise click.ClickException(str(error)) from error
        if first_run:
            forms = sum(report.added for report in first_run)
            click.echo(f"Loaded {forms} forms from {len(first_run)} bundled file(s) into {state['store'].url}", err=True)
    return state["store"]


def _emit_json(payload) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=1))


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

        run_app(_store(context))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Exit non-zero when any form or file fails, not only when nothing was stored.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def ingest(context: click.Context, paths: tuple[Path, ...], strict: bool, as_json: bool) -> None:
    """Ingest form files (.txt, .xlsx, .xls, .docx, .pdf) or folders of them.

    Each file is one transaction: re-ingesting an unchanged file changes nothing, a changed file
    replaces its forms, and a broken form is reported with its line while the others are stored.
    """
    from store.ingest import expand_paths, ingest_file

    store = _store(context)
    files = list(expand_paths(paths))
    missing = [path for path in files if not path.exists()]
    from store.ingest import FileReport, IngestReport
    from store.parser import ParseIssue

    report = IngestReport()
    for path in missing:
        report.files.append(FileReport(str(path), "failed", issues=[ParseIssue(str(path), "-", "no such file")]))
    present = [path for path in files if path.exists()]
    with click.progressbar(present, label="Ingesting", file=sys.stderr,
                           item_show_func=lambda path: str(path) if path else None) as bar:
        for path in bar:
            report.files.append(ingest_file(store, path))
    if report.total("added") or report.total("replaced") or report.total("removed"):
        _refresh_index(context)
    if as_json:
        _emit_json({
            "files": [{"path": f.path, "status": f.status, "added": f.added, "replaced": f.replaced,
                       "unchanged": f.unchanged, "removed": f.removed,
                       "issues": [{"location": f"{i.source_file}:{i.location}", "severity": i.severity,
                                   "message": i.message} for i in f.issues]} for f in report.files],
        })
    else:
        for issue in report.warnings:
            click.echo(f"warning: {issue}", err=True)
        for issue in report.errors:
            click.echo(f"error: {issue}", err=True)
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

    store = _store(context)
    if not index_dir_for(store).exists():
        return  # never searched: the index is built on first search instead
    click.echo("Updating the search index…", err=True)
    _search_service(context).load_model()


def _filter_options(function):
    options = [
        click.option("--year", "years", multiple=True, type=int, help="Only these years (repeatable)."),
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


def _build_filter(years, units, departments, grades, names, conditions, codes):
    from store.query import FormFilter

    return FormFilter(years=list(years), units=list(units), departments=list(departments), grades=list(grades),
                      name_contains=list(names), ranges=_parse_where(conditions), finding_codes=list(codes))


@main.command("list")
@_filter_options
@click.option("--sort", "order_by", default=None, help="Sort by a field, e.g. execution_rate, total_score, annual_budget.")
@click.option("--desc", is_flag=True, help="Sort largest first.")
@click.option("--limit", type=int, default=None, help="Show at most this many forms.")
@click.option("--json", "as_json", is_flag=True, help="Print the export objects as JSON.")
@click.pass_context
def list_command(context, years, units, departments, grades, names, conditions, codes, order_by, desc, limit, as_json):
    """List forms, filtered and sorted."""
    from assistant.render import console, forms_table
    from store.export import form_to_dict
    from store.query import list_forms

    form_filter = _build_filter(years, units, departments, grades, names, conditions, codes)
    try:
        forms = list_forms(_store(context), form_filter, order_by=order_by, descending=desc, limit=limit)
    except ValueError as error:
        raise click.BadParameter(str(error)) from error
    if as_json:
        _emit_json([form_to_dict(form) for form in forms])
    else:
        console().print(forms_table(forms, title=f"{len(forms)} form(s)"))


@main.command()
@click.argument("name_or_id")
@click.option("--json", "as_json", is_flag=True, help="Print the export objects as JSON.")
@click.pass_context
def show(context, name_or_id: str, as_json: bool) -> None:
    """Show a form by id or project name (exact, else containing the text)."""
    from assistant.render import console, form_detail, literal
    from store.export import form_to_dict
    from store.query import find_forms

    forms = find_forms(_store(context), name_or_id)
    if not forms:
        raise click.ClickException(f"no form named or numbered {name_or_id!r}; try `jixiao list --name …`")
    if as_json:
        _emit_json([form_to_dict(form) for form in forms])
        return
    from store.query import project_history

    out = console()
    for form in forms:
        out.print(form_detail(form))
        history = [other for other in project_history(_store(context), form) if other.id != form.id]
        if history:
            line = literal("Other years: ", "bold")
            line.append("; ".join(f"{other.year} #{other.id} {other.project_name} (总分 {other.total_score_printed or '—'}, "
                                  f"执行率 {other.execution_rate_printed or '—'}%)" for other in history))
            out.print(line)
        out.print()


@main.command()
@_filter_options
@click.option("--severity", "severities", multiple=True, type=click.Choice(["error", "warning", "info"]),
              help="Only findings of this severity (repeatable; default error and warning).")
@click.option("--json", "as_json", is_flag=True, help="Print findings as JSON.")
@click.pass_context
def check(context, years, units, departments, grades, names, conditions, codes, severities, as_json):
    """Report check findings: arithmetic that does not add up, figures that do not agree, vague values."""
    from assistant.render import SEVERITY_STYLES, console, literal
    from store.query import list_forms

    wanted = set(severities or ("error", "warning"))
    forms = list_forms(_store(context), _build_filter(years, units, departments, grades, names, conditions, codes))
    flagged = [(form, [f for f in form.findings if f.severity in wanted]) for form in forms]
    flagged = [(form, findings) for form, findings in flagged if findings]
    if as_json:
        _emit_json([{"id": form.id, "project_name": form.project_name, "year": form.year,
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


@main.command()
@_filter_options
@click.option("--format", "format_name", type=click.Choice(["json", "csv", "md"]), default="json", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None, help="Write to a file instead of stdout.")
@click.pass_context
def export(context, years, units, departments, grades, names, conditions, codes, format_name, output):
    """Export forms as JSON (the documented contract), CSV or Markdown."""
    from store.export import FORMATS
    from store.query import list_forms

    forms = list_forms(_store(context), _build_filter(years, units, departments, grades, names, conditions, codes))
    content = FORMATS[format_name](forms)
    if output:
        output.write_text(content, encoding="utf-8")
        click.echo(f"wrote {len(forms)} form(s) to {output}", err=True)
    else:
        click.echo(content, nl=False)


def _search_service(context: click.Context, model: str | None = None):
    """The store's search service, shared by commands in one invocation."""
    from index.service import SearchService

    state = context.find_root().obj
    key = ("search", model)
    if state.get(key) is None:
        state[key] = SearchService(_store(context), model=model)
    return state[key]


@main.command()
@click.argument("query")
@click.option("-k", "limit", type=int, default=10, show_default=True, help="How many forms to return.")
@click.option("--mode", type=click.Choice(["hybrid", "lexical", "dense"]), default="hybrid", show_default=True,
              help="hybrid fuses BM25 over jieba tokens with the dense model; or use one alone.")
@click.option("--model", default=None, help="Embedding model: static (default), use, e5, or a local sentence-transformers folder.")
@click.option("--field", "fields", multiple=True, type=click.Choice(SNIPPET_FIELDS),
              help="Search only this kind of text (repeatable), e.g. --field deviation or --field finding.")
@_filter_options
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON list of {project_name, year, field, snippet, score}, best first.")
@click.pass_context
def search(context, query, limit, mode, model, fields, years, units, departments, grades, names, conditions, codes,
           as_json):
    """Search goals, outcomes, indicators, deviation reasons and check findings, in Chinese or English."""
    from assistant.render import console, literal

    service = _search_service(context, model)
    if mode != "lexical":
        service.load_model(progress=not as_json and sys.stderr.isatty())
    form_filter = _build_filter(years, units, departments, grades, names, conditions, codes)
    hits = service.search(query, k=limit, mode=mode, form_filter=form_filter, fields=fields or None)
    if as_json:
        _emit_json([hit.to_json() for hit in hits])
        return
    out = console()
    if not hits:
        out.print(literal(f"No form matches {query!r}.", "yellow"))
    for rank, hit in enumerate(hits, start=1):
        title = literal(f"{rank:>2}. {hit.project_name} ({hit.year})", "bold")
        title.append(f"  {hit.field}{'' if hit.row is None else f' row {hit.row}'} · score {hit.score:.4f} · "
                     f"{'+'.join(hit.retrievers)}", style="dim")
        out.print(title)
        snippet = literal(f"    {hit.snippet}")
        for term in hit.matched_terms:
            snippet.highlight_words([term], style="bold reverse", case_sensitive=False)
        out.print(snippet)


@main.group()
def bench() -> None:
    """Benchmarks whose figures the README quotes; each prints a Markdown table."""


@bench.command("retrieval")
@click.option("--models", default="static,use", show_default=True,
              help="Comma-separated embedding models to measure (static, use, e5, or folders).")
@click.option("--fusion", type=click.Choice(["convex", "rrf"]), default="convex", show_default=True,
              help="How hybrid combines lexical and dense scores (rrf reproduces the comparison in the README).")
@click.option("--json", "as_json", is_flag=True, help="Print raw results as JSON.")
def bench_retrieval(models: str, fusion: str, as_json: bool) -> None:
    """Recall@5, MRR@10 and nDCG@10 of lexical, dense and hybrid search on the judged and held-out queries."""
    import index.service
    from index.benchmark import HELD_OUT_QUERIES, format_table, load_queries, run_retrieval_benchmark

    index.service.FUSION = fusion

    queries = load_queries()
    held_out = load_queries(HELD_OUT_QUERIES, dev=None)
    results = run_retrieval_benchmark([name.strip() for name in models.split(",") if name.strip()], queries, held_out)
    if as_json:
        _emit_json(results)
    else:
        click.echo(f"{len(queries)} judged queries ({sum(q.lang == 'zh' for q in queries)} zh, "
                   f"{sum(q.lang == 'en' for q in queries)} en); {len(held_out)} held-out "
                   f"({sum(q.lang == 'zh' for q in held_out)} zh, {sum(q.lang == 'en' for q in held_out)} en)\n")
        click.echo(format_table(results))


@bench.command("scale")
@click.option("--forms", "sizes", multiple=True, type=int, default=(1000,), show_default=True,
              help="Synthetic corpus size (repeatable: --forms 1000 --forms 10000 --forms 100000).")
@click.option("--model", default="static", show_default=True, help="Embedding model for the dense side.")
@click.option("--json", "as_json", is_flag=True, help="Print raw results as JSON.")
def bench_scale(sizes: tuple[int, ...], model: str, as_json: bool) -> None:
    """Ingest and index synthetic forms; report throughput, sizes, peak memory and query latency."""
    import subprocess

    # Each size runs in its own process so peak memory is that size's own.
    results = []
    for size in sizes:
        output = subprocess.run([sys.executable, "-c",
                                 f"import json; from index.scale import run_scale_benchmark; "
                                 f"print(json.dumps(run_scale_benchmark({size}, model={model!r})))"],
                                check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
        click.echo(f"{size:,} forms done", err=True)
    if as_json:
        _emit_json(results)
    else:
        from index.scale import format_rows

        click.echo(format_rows(results))


@bench.command("startup")
@click.option("--runs", type=int, default=5, show_default=True, help="How many cold starts to time.")
@click.pass_context
def bench_startup(context: click.Context, runs: int) -> None:
    """Time from process start to a usable terminal app on the store."""
    from tui.bench_startup import main as startup_main

    store = _store(context)
    startup_main(["--db", store.url, "--runs", str(runs)])


@main.group()
def model() -> None:
    """The embedding models used by semantic search."""


@model.command("build")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Folder to write (default: the cache).")
def model_build(out: Path | None) -> None:
    """Build the default `static` model (distilled from USE multilingual) now, instead of on first search."""
    from index.distill import build_static_model, ensure_static_model

    path = build_static_model(out, progress=True) if out else ensure_static_model(progress=True)
    click.echo(f"static model at {path}")


@model.command("list")
def model_list() -> None:
    """The model names `--model` accepts."""
    from index.embedder import AVAILABLE_MODELS

    for name, description in AVAILABLE_MODELS.items():
        click.echo(f"{name:8} {description}")
    click.echo("or a path to a local sentence-transformers folder")


from assistant.ask_command import ask  # noqa: E402  (registered last: it uses _store from this module)

main.add_command(ask)


@main.command()
@click.argument("query")
@click.option("--year", type=int, default=None, help="Only forms of this year.")
@click.option("--level1", default=None, help="Only indicators whose 一级指标 contains this text, e.g. 满意度.")
@click.option("--exact", is_flag=True, help="Match names by text only, without the embedding model.")
@click.option("--json", "as_json", is_flag=True, help="Print the wording groups as JSON.")
@click.pass_context
def indicators(context, query: str, year: int | None, level1: str | None, exact: bool, as_json: bool) -> None:
    """How an indicator was worded before: name, levels, target with its parsed form, actual, weight, projects."""
    from assistant.render import console, literal
    from index.wording import lookup_wordings

    service = None
    if not exact:
        service = _search_service(context)
        service.load_model(progress=not as_json and sys.stderr.isatty())
    groups = lookup_wordings(_store(context), query, service, year=year, level1=level1)
    if as_json:
        _emit_json([group.to_json() for group in groups])
        return
    out = console()
    if not groups:
        out.print(literal(f"No indicator like {query!r}.", "yellow"))
    for group in groups:
        variants = " / ".join(f"{name} ×{count}" for name, count in group.wordings.most_common())
        out.print(literal(f"{group.wording}  ({len(group.uses)} uses: {variants})", "bold"))
        for use in group.uses:
            parsed = " ".join(str(part) for part in (use.target_comparison, use.target_number, use.target_unit) if part is not None)
            line = literal(f"  {use.year}  {use.project_name} · {use.level1}/{use.level2} · {use.name}: "
                           f"目标 {use.target}" + (f" [{parsed}]" if parsed else "") + f" · 实际 {use.actual} · 分值 {use.weight}")
            out.print(line)
