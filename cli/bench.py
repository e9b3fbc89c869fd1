"""`jixiao bench`: the benchmarks whose figures the README quotes (the code lives in the `bench` package)."""

from __future__ import annotations

import json
import subprocess
import sys

import click

from bench.questions import SET_NAMES as SET_CHOICES
from cli.context import emit_json, open_store


@click.group()
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
    from bench.retrieval import HELD_OUT_QUERIES, format_table, load_queries, run_retrieval_benchmark

    queries = load_queries()
    held_out = load_queries(HELD_OUT_QUERIES, dev=None)
    results = run_retrieval_benchmark([name.strip() for name in models.split(",") if name.strip()], queries, held_out,
                                      fusion=fusion)
    if as_json:
        emit_json(results)
        return
    click.echo(f"{len(queries)} judged queries ({sum(q.lang == 'zh' for q in queries)} zh, "
               f"{sum(q.lang == 'en' for q in queries)} en); {len(held_out)} held-out "
               f"({sum(q.lang == 'zh' for q in held_out)} zh, {sum(q.lang == 'en' for q in held_out)} en)\n")
    click.echo(format_table(results))


@bench.command("scale")
@click.option("--forms", "sizes", multiple=True, type=click.IntRange(1, 10_000_000), default=(1000,), show_default=True,
              help="Synthetic corpus size (repeatable: --forms 1000 --forms 10000 --forms 100000).")
@click.option("--model", default="static", show_default=True, help="Embedding model for the dense side.")
@click.option("--json", "as_json", is_flag=True, help="Print raw results as JSON.")
def bench_scale(sizes: tuple[int, ...], model: str, as_json: bool) -> None:
    """Ingest and index synthetic forms; report throughput, sizes, peak memory and query latency."""
    from bench.scale import format_rows

    # Each size runs in its own process so peak memory is that size's own.
    results = []
    for size in sizes:
        finished = subprocess.run([sys.executable, "-c",
                                   f"import json; from bench.scale import run_scale_benchmark; "
                                   f"print(json.dumps(run_scale_benchmark({size}, model={model!r})))"],
                                  capture_output=True, text=True)
        if finished.returncode != 0:  # the run's own traceback, not only its exit status
            raise click.ClickException(f"{size:,} forms failed:\n{finished.stderr[-4000:]}")
        results.append(json.loads(finished.stdout.strip().splitlines()[-1]))
        click.echo(f"{size:,} forms done", err=True)
    if as_json:
        emit_json(results)
    else:
        click.echo(format_rows(results))


@bench.command("compare")
@click.option("--forms", type=click.IntRange(1, 10_000_000), default=2000, show_default=True,
              help="Synthetic corpus size both systems index.")
@click.option("--json", "as_json", is_flag=True, help="Print raw results as JSON.")
def bench_compare(forms: int, as_json: bool) -> None:
    """The same snippets indexed and searched by jixiao and by txtai: build time, p50/p95, memory, size, ratios."""
    from bench.compare import format_table, run_compare

    result = run_compare(forms)
    if result["skipped"]:
        click.echo(result["skipped"], err=True)
    if as_json:
        emit_json(result)
    else:
        click.echo(format_table(result))


@bench.command("startup")
@click.option("--runs", type=click.IntRange(1, 1000), default=5, show_default=True, help="How many cold starts to time.")
@click.pass_context
def bench_startup(context: click.Context, runs: int) -> None:
    """Time from process start to a usable terminal app on the store, and cold `jixiao search` / `jixiao ask` runs."""
    from bench.startup import main as startup_main

    startup_main(["--db", open_store(context).url, "--runs", str(runs)])


@bench.command("questions")
@click.option("--set", "question_set", type=click.Choice(SET_CHOICES), default="all",
              show_default=True, help="Which question set: the shared dev set, base, own, heldout, the independent writers' sets, or all but the held-out and independent ones.")
@click.option("--no-search", is_flag=True, help="Answer narrative questions without the search index.")
@click.option("--lexical", is_flag=True, help="Use the search index without loading the embedding model.")
@click.option("--verbose", "-v", is_flag=True, help="Show the interpretation of every question.")
@click.option("--unreadable", is_flag=True,
              help="Add a condition no reader can read to each answered question; count the answers that drop it silently.")
@click.option("--restated", is_flag=True,
              help="Put a courtesy or hedge around each correctly answered question (请问…, 'Quick question:'); count the answers it changes.")
def bench_questions(question_set: str, no_search: bool, lexical: bool, verbose: bool, unreadable: bool,
                    restated: bool) -> None:
    """Score the assistant on the question sets (real store, real conversation, real search); exit 1 on any miss."""
    if unreadable or restated:
        from bench.restated import main as restated_main
        from bench.unreadable import main as unreadable_main

        check = unreadable_main if unreadable else restated_main
        sys.exit(check(question_set, no_search=no_search, lexical=lexical, verbose=verbose))
    from bench.questions import main as questions_main

    arguments = ["--set", question_set] + ["--no-search"] * no_search + ["--lexical"] * lexical + ["--verbose"] * verbose
    sys.exit(questions_main(arguments))
