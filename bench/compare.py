"""Side-by-side benchmark: the same snippets indexed and searched by jixiao and by txtai, with their ratios."""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scale import LATENCY_QUERIES

MEASURES = ("build_s", "hybrid_p50_ms", "hybrid_p95_ms", "peak_rss_mb", "index_mb")
TXTAI_MISSING = "txtai is not installed: pip install '.[compare]' to compare with it"


def _directory_mb(path: Path) -> float:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 2**20


def _latencies(search, repeats: int) -> list[float]:
    search(LATENCY_QUERIES[0])  # warm once
    times = []
    for _ in range(repeats):
        for query in LATENCY_QUERIES:
            started = time.perf_counter()
            search(query)
            times.append((time.perf_counter() - started) * 1000)
    return times


def _summary(build_s: float, times: list[float], index_dir: Path, **extra) -> dict:
    ordered = sorted(times)
    return {"build_s": round(build_s, 1), "hybrid_p50_ms": round(statistics.median(times), 2),
            "hybrid_p95_ms": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            # The largest worker process (jixiao tokenises in a pool; txtai starts none): not in peak_rss_mb.
            "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "index_mb": round(_directory_mb(index_dir), 1), **extra}


def measure_jixiao(url: str, index_dir: Path, repeats: int = 3) -> dict:
    """Build jixiao's lexical and dense indexes over a store, then time warm hybrid queries.

    Args:
        url: the store URL.
        index_dir: where to write the index (must not exist).
        repeats: passes over the latency queries.

    Returns:
        The measures of MEASURES.
    """
    from index.service import SearchService
    from store.database import Store

    service = SearchService(Store(url), index_dir=index_dir)
    started = time.perf_counter()
    service.load_model()
    build_s = time.perf_counter() - started
    times = _latencies(lambda query: service.search(query, k=10), repeats)
    return _summary(build_s, times, index_dir, snippets=len(service._snippets))


def measure_txtai(url: str, index_dir: Path, model_folder: Path, repeats: int = 3) -> dict:
    """Index the same snippets with txtai (hybrid BM25 + the same static model on FAISS) and time warm queries.

    txtai's BM25 splits on white space, so it is given jieba's `cut_for_search` tokens joined by spaces
    (the time to make them is reported apart, as `tokenize_s`); its dense side reads the same text.

    Args:
        url: the store URL.
        index_dir: where to save txtai's index.
        model_folder: the local static model folder jixiao uses (nothing is fetched).
        repeats: passes over the latency queries.

    Returns:
        The measures of MEASURES, plus tokenize_s.
    """
    from txtai import Embeddings

    from index.snippets import form_snippets
    from index.tokenize import tokenize, tokenize_many
    from store.database import Store
    from store.form_texts import iter_form_texts

    texts = [snippet.text for form in iter_form_texts(Store(url)) for snippet in form_snippets(form)]
    started = time.perf_counter()
    documents = [" ".join(tokens) for tokens in tokenize_many(texts)]
    tokenize_s = time.perf_counter() - started
    del texts
    embeddings = Embeddings(path=str(model_folder), method="sentence-transformers", hybrid=True, content=False,
                            backend="faiss",
                            scoring={"method": "bm25", "terms": True,
                                     "tokenizer": {"whitespace": True, "alphanum": False, "stopwords": False}})
    started = time.perf_counter()
    embeddings.index((number, text, None) for number, text in enumerate(documents))
    embeddings.save(str(index_dir))
    build_s = time.perf_counter() - started
    del documents
    times = _latencies(lambda query: embeddings.search(" ".join(tokenize(query)), 10), repeats)
    return _summary(build_s, times, index_dir, tokenize_s=round(tokenize_s, 1))


def _child(system: str, url: str, index_dir: Path) -> dict:
    """Run one system's measurement in a fresh process, so its peak memory is its own."""
    code = ("import json, sys; from pathlib import Path; from bench import compare; "
            f"print(json.dumps(compare._measure_in_child({system!r}, {url!r}, Path({str(index_dir)!r}))))")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if finished.returncode != 0:  # the child's own traceback, not only its exit status
        raise RuntimeError(f"the {system} measurement failed:\n{finished.stderr[-4000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def _measure_in_child(system: str, url: str, index_dir: Path) -> dict:
    if system == "jixiao":
        return measure_jixiao(url, index_dir)
    from index.distill import ensure_static_model

    return measure_txtai(url, index_dir, ensure_static_model())


def run_compare(forms: int, seed: int = 0, workdir: Path | None = None) -> dict:
    """Generate and ingest synthetic forms once, then build and query them with jixiao and with txtai.

    Args:
        forms: how many synthetic forms.
        seed: generator seed.
        workdir: where to write (default: a temporary directory, removed after).

    Returns:
        {"forms", "jixiao": measures, "txtai": measures or None, "skipped": reason or None}.
    """
    from bench.synthetic import write_corpus
    from index.distill import ensure_static_model
    from store.database import Store
    from store.ingest import ingest_paths

    ensure_static_model(progress=True)  # built once, outside both timings
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(workdir or scratch)
        url = f"sqlite:///{root / 'compare.db'}"
        store = Store(url)
        report = ingest_paths(store, write_corpus(root / "forms", forms, seed=seed))
        store.dispose()
        result = {"forms": report.total("added"), "jixiao": _child("jixiao", url, root / "jixiao-index"),
                  "txtai": None, "skipped": None}
        if importlib.util.find_spec("txtai") is None:
            result["skipped"] = TXTAI_MISSING
        else:
            result["txtai"] = _child("txtai", url, root / "txtai-index")
        return result


def format_table(result: dict) -> str:
    """The comparison as a Markdown table: both systems and jixiao ÷ txtai per measure."""
    ours, theirs = result["jixiao"], result["txtai"] or {}
    lines = [f"{result['forms']:,} forms, {ours['snippets']:,} snippets", "",
             "| measure | jixiao | txtai | jixiao ÷ txtai |", "|---|---|---|---|"]
    for key in MEASURES:
        other = theirs.get(key)
        ratio = f"{ours[key] / other:.2f}" if other else "–"
        lines.append(f"| {key} | {ours[key]} | {other if other is not None else '–'} | {ratio} |")
    if "tokenize_s" in theirs:
        # jixiao's build_s includes its own jieba pass; txtai's does not, so both are shown.
        with_tokens = round(theirs["build_s"] + theirs["tokenize_s"], 1)
        lines.append(f"| build_s, txtai's jieba tokenising ({theirs['tokenize_s']} s) included | {ours['build_s']} "
                     f"| {with_tokens} | {ours['build_s'] / with_tokens:.2f} |")
    if theirs and "worker_peak_rss_mb" in ours:
        # Worker processes are not in a process's own peak; this row adds its largest worker's (a rough total:
        # the peaks need not coincide, and with two workers the true total can be higher).
        with_workers = [side["peak_rss_mb"] + side.get("worker_peak_rss_mb", 0) for side in (ours, theirs)]
        lines.append(f"| peak_rss_mb, largest worker process added | {with_workers[0]} | {with_workers[1]} "
                     f"| {with_workers[0] / with_workers[1]:.2f} |")
    if result["skipped"]:
        lines += ["", result["skipped"]]
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_table(run_compare(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)))
