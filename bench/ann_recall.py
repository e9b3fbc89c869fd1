"""Recall study: how many of exact search's top 10 and top 300 snippets each vector index kind finds, and how fast."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

# (label, index kind, storage, nprobe): storage "f32" keeps full floats, "f16" half floats (half the size).
VARIANTS = (("flat f32", "flat", "f32", None), ("flat f16", "flat", "f16", None),
            ("ivf f16 nprobe 8", "ivf", "f16", 8), ("ivf f16 nprobe 16", "ivf", "f16", 16),
            ("ivf f16 nprobe 32", "ivf", "f16", 32), ("ivf f16 nprobe 64", "ivf", "f16", 64))


def _queries() -> list[str]:
    from bench.retrieval import HELD_OUT_QUERIES, load_queries
    from bench.scale import LATENCY_QUERIES

    return list(LATENCY_QUERIES) + [query.query for query in load_queries()] + \
        [query.query for query in load_queries(HELD_OUT_QUERIES, dev=None)]


def _recall(found: np.ndarray, exact: np.ndarray, k: int) -> float:
    return float(np.mean([len(set(row[:k].tolist()) & set(truth[:k].tolist())) / k for row, truth in zip(found, exact)]))


def study(vectors: np.ndarray, query_vectors: np.ndarray, repeats: int = 3) -> list[dict]:
    """Recall@10 and @300 against exact float32 search, and median milliseconds per single query on one thread.

    Args:
        vectors: ``(n, d)`` L2-normalised snippet vectors.
        query_vectors: ``(q, d)`` L2-normalised query vectors.
        repeats: timed passes over the queries.

    Returns:
        One dict per variant of VARIANTS.
    """
    from index.vectors import VectorIndex

    ids = np.arange(len(vectors), dtype=np.int64)
    _scores, exact = VectorIndex.build(vectors, ids, kind="flat", storage="f32").search(query_vectors, 300)
    rows = []
    for label, kind, storage, probes in VARIANTS:
        index = VectorIndex.build(vectors, ids, kind=kind, storage=storage, probes=probes)
        _scores, found = index.search(query_vectors, 300)
        times = []
        for _ in range(repeats):
            for query in query_vectors:
                started = time.perf_counter()
                index.search(query, 300, threads=1)
                times.append((time.perf_counter() - started) * 1000)
        with tempfile.TemporaryDirectory() as scratch:
            index.save(Path(scratch) / "index")
            size_mb = (Path(scratch) / "index").stat().st_size / 2**20
        rows.append({"variant": label, "recall@10": round(_recall(found, exact, 10), 3),
                     "recall@300": round(_recall(found, exact, 300), 3),
                     "query_ms": round(statistics.median(times), 2), "index_mb": round(size_mb, 1)})
    return rows


def run(forms: int, seed: int = 0) -> tuple[int, list[dict]]:
    """Generate and ingest synthetic forms, encode their snippets with the static model, and run the study.

    Args:
        forms: how many synthetic forms.
        seed: generator seed.

    Returns:
        (snippet count, rows of :func:`study`).
    """
    from bench.synthetic import write_corpus
    from index.distill import ensure_static_model
    from index.snippets import form_snippets
    from index.static_encoder import StaticEncoder
    from store.database import Store
    from store.ingest import ingest_paths
    from store.form_texts import iter_form_texts

    encoder = StaticEncoder(ensure_static_model(progress=True))
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(f"sqlite:///{Path(scratch) / 'recall.db'}")
        ingest_paths(store, write_corpus(Path(scratch) / "forms", forms, seed=seed))
        texts = [snippet.text for form in iter_form_texts(store) for snippet in form_snippets(form)]
        store.dispose()
    vectors = encoder.encode_documents(texts)
    return len(texts), study(vectors, encoder.encode_queries(_queries()))


if __name__ == "__main__":
    count, table = run(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    print(f"{count:,} snippet vectors")
    print("| variant | recall@10 | recall@300 | ms/query (1 thread) | index MB |\n|---|---|---|---|---|")
    for row in table:
        print(f"| {row['variant']} | {row['recall@10']} | {row['recall@300']} | {row['query_ms']} | {row['index_mb']} |")
