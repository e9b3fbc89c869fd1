"""Retrieval benchmark: Recall@5, MRR@10 and nDCG@10 per mode and model on judged queries over the seed corpus."""

from __future__ import annotations

import json
import math
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

JUDGED_QUERIES = Path(__file__).with_name("data") / "queries.json"
# Written later by a judge who saw neither the judged queries nor the glossary: checks that tuning generalises.
HELD_OUT_QUERIES = Path(__file__).with_name("data") / "heldout.json"
DEV_QUESTIONS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "questions.dev.json"


@dataclass(frozen=True)
class JudgedQuery:
    """A query with the project names that answer it."""

    query: str
    lang: str
    relevant: frozenset[str]
    source: str


def _language(text: str) -> str:
    return "zh" if any("\u4e00" <= char <= "\u9fff" for char in text) else "en"


def load_queries(judged: Path = JUDGED_QUERIES, dev: Path | None = DEV_QUESTIONS) -> list[JudgedQuery]:
    """Our judged queries plus the `ranked` items of the shared dev question set (when present).

    Args:
        judged: the repo's judged query file.
        dev: the shared dev question file, or None to skip it.

    Returns:
        The queries.
    """
    queries = [JudgedQuery(item["query"], item["lang"], frozenset(item["relevant"]), "own")
               for item in json.loads(judged.read_text(encoding="utf-8"))]
    if dev is not None and dev.exists():
        queries += [JudgedQuery(item["q"], _language(item["q"]), frozenset(item["records"]), "dev")
                    for item in json.loads(dev.read_text(encoding="utf-8")) if item["kind"] == "ranked"]
    return queries


def recall_at(ranked: list[str], relevant: frozenset[str], k: int) -> float:
    """Share of the relevant records among the first k."""
    return len(set(ranked[:k]) & relevant) / len(relevant)


def mrr_at(ranked: list[str], relevant: frozenset[str], k: int) -> float:
    """Reciprocal rank of the first relevant record within k (0 when none)."""
    return next((1 / rank for rank, name in enumerate(ranked[:k], start=1) if name in relevant), 0.0)


def ndcg_at(ranked: list[str], relevant: frozenset[str], k: int) -> float:
    """Binary-relevance nDCG at k."""
    gain = sum(1 / math.log2(rank + 1) for rank, name in enumerate(ranked[:k], start=1) if name in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return gain / ideal


def evaluate(search, queries: list[JudgedQuery]) -> dict[str, dict[str, float]]:
    """Score one search function on the queries, overall and per language.

    Args:
        search: query text -> ranked project names.
        queries: the judged queries.

    Returns:
        {"all"|"zh"|"en": {"R@5", "MRR@10", "nDCG@10", "n", "ms"}}.
    """
    rows: dict[str, list[tuple[float, float, float, float]]] = {"all": [], "zh": [], "en": []}
    for query in queries:
        started = time.perf_counter()
        ranked = search(query.query)
        elapsed = (time.perf_counter() - started) * 1000
        scores = (recall_at(ranked, query.relevant, 5), mrr_at(ranked, query.relevant, 10),
                  ndcg_at(ranked, query.relevant, 10), elapsed)
        rows["all"].append(scores)
        rows[query.lang].append(scores)
    return {
        group: {"R@5": _mean(0, values), "MRR@10": _mean(1, values), "nDCG@10": _mean(2, values),
                "ms": _mean(3, values), "n": len(values)}
        for group, values in rows.items() if values
    }


def _mean(column: int, values) -> float:
    return sum(value[column] for value in values) / len(values)


def run_retrieval_benchmark(models: list[str], queries: list[JudgedQuery] | None = None,
                            held_out: list[JudgedQuery] | None = None, fusion: str = "convex") -> list[dict]:
    """Ingest the bundled corpus into a temporary store and score lexical, dense and hybrid search.

    Args:
        models: embedding model names to measure (dense and hybrid are run per model).
        queries: judged queries (default: load_queries()).
        held_out: queries kept apart from all tuning (default: the held-out file).
        fusion: how hybrid combines the two sides (convex or rrf).

    Returns:
        One result row per (mode, model): the metrics overall and per language, and under
        "held_out" the same for the held-out queries.
    """
    from corpus import default_files
    from index.service import SearchService
    from store.database import Store
    from store.ingest import ingest_paths

    queries = queries or load_queries()
    held_out = held_out if held_out is not None else load_queries(HELD_OUT_QUERIES, dev=None)

    def scored(search) -> dict:
        return {**evaluate(search, queries), "held_out": evaluate(search, held_out) if held_out else {}}

    results = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'bench.db'}")
        ingest_paths(store, default_files())
        lexical = SearchService(store, index_dir=Path(folder) / "index-lexical")
        results.append({"mode": "lexical", "model": "-", **scored(_names(lexical, "lexical"))})
        for model in models:
            service = SearchService(store, model=model, index_dir=Path(folder) / f"index-{len(results)}",
                                    fusion=fusion)
            try:
                service.load_model()
            except (ImportError, RuntimeError, OSError) as error:
                results.append({"mode": "dense", "model": model, "error": str(error)})
                continue
            for mode in ("dense", "hybrid"):
                results.append({"mode": mode, "model": model, **scored(_names(service, mode))})
        store.dispose()
    return results


def _names(service, mode: str):
    return lambda query: [hit.project_name for hit in service.search(query, k=10, mode=mode)]


def format_table(results: list[dict]) -> str:
    """The results as a Markdown table."""
    lines = ["| mode | model | R@5 zh | R@5 en | R@5 all | MRR@10 | nDCG@10 | ms/query | held-out R@5 zh | held-out R@5 en |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in results:
        if "error" in row:
            lines.append(f"| {row['mode']} | {row['model']} | unavailable: {row['error'][:60]} |||||||| ")
            continue
        held_out = row.get("held_out") or {}
        held = [f"{held_out[lang]['R@5']:.2f}" if lang in held_out else "–" for lang in ("zh", "en")]
        lines.append(
            f"| {row['mode']} | {row['model']} | {row['zh']['R@5']:.2f} | {row['en']['R@5']:.2f} | {row['all']['R@5']:.2f} "
            f"| {row['all']['MRR@10']:.2f} | {row['all']['nDCG@10']:.2f} | {row['all']['ms']:.1f} | {held[0]} | {held[1]} |")
    return "\n".join(lines)
