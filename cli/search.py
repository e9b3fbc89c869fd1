"""`jixiao search` and `jixiao indicators`: narrative search, and how an indicator was worded before."""

from __future__ import annotations

import sys

import click

from cli.context import YEAR, build_filter, emit_json, filter_options, open_store, search_service
from index.snippets import FIELDS as SNIPPET_FIELDS


@click.command()
@click.argument("query")
@click.option("-k", "limit", type=click.IntRange(1, 10_000), default=10, show_default=True, help="How many forms to return.")
@click.option("--mode", type=click.Choice(["hybrid", "lexical", "dense"]), default="hybrid", show_default=True,
              help="hybrid fuses BM25 over jieba tokens with the dense model; or use one alone.")
@click.option("--model", default=None, help="Embedding model: static (default), use, e5, or a local sentence-transformers folder.")
@click.option("--field", "fields", multiple=True, type=click.Choice(SNIPPET_FIELDS),
              help="Search only this kind of text (repeatable), e.g. --field deviation or --field finding.")
@filter_options
@click.option("--json", "as_json", is_flag=True,
              help="Print a JSON list of {project_name, year, field, snippet, score}, best first.")
@click.pass_context
def search(context, query, limit, mode, model, fields, years, units, departments, grades, names, conditions, codes,
           as_json):
    """Search goals, outcomes, indicators, deviation reasons and check findings, in Chinese or English."""
    from cli.render import console, literal

    service = search_service(context, model)
    if mode != "lexical":
        service.load_model(progress=not as_json and sys.stderr.isatty())
    filters = (years, units, departments, grades, names, conditions, codes)
    # No filter given, none built: a plain search then starts without SQLAlchemy (the filters compile to it).
    form_filter = build_filter(*filters) if any(filters) else None
    hits = service.search(query, k=limit, mode=mode, form_filter=form_filter, fields=fields or None)
    if as_json:
        emit_json([hit.to_json() for hit in hits])
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


@click.command()
@click.argument("query")
@click.option("--year", type=YEAR, default=None, help="Only forms of this year.")
@click.option("--level1", default=None, help="Only indicators whose 一级指标 contains this text, e.g. 满意度.")
@click.option("--exact", is_flag=True, help="Match names by text only, without the embedding model.")
@click.option("--json", "as_json", is_flag=True, help="Print the wording groups as JSON.")
@click.pass_context
def indicators(context, query: str, year: int | None, level1: str | None, exact: bool, as_json: bool) -> None:
    """How an indicator was worded before: name, levels, target with its parsed form, actual, weight, projects."""
    from cli.render import console, literal
    from index.wording import lookup_wordings

    service = None
    if not exact:
        service = search_service(context)
        service.load_model(progress=not as_json and sys.stderr.isatty())
    groups = lookup_wordings(open_store(context), query, service, year=year, level1=level1)
    if as_json:
        emit_json([group.to_json() for group in groups])
        return
    out = console()
    if not groups:
        out.print(literal(f"No indicator like {query!r}.", "yellow"))
    for group in groups:
        variants = " / ".join(f"{name} ×{count}" for name, count in group.wordings.most_common())
        out.print(literal(f"{group.wording}  ({len(group.uses)} uses: {variants})", "bold"))
        for use in group.uses:
            parsed = " ".join(str(part) for part in (use.target_comparison, use.target_number, use.target_unit) if part is not None)
            out.print(literal(f"  {use.year}  {use.project_name} · {use.level1}/{use.level2} · {use.name}: "
                              f"目标 {use.target}" + (f" [{parsed}]" if parsed else "") + f" · 实际 {use.actual} · 分值 {use.weight}"))
