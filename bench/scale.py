"""Scale benchmark: synthetic forms parsed, stored and indexed; sizes, peak memory, query latency per mode."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Queries a reviewer would type, both languages; latency is measured over these.
LATENCY_QUERIES = (
    "资金紧张 推迟支付", "which projects deferred payment to next year", "满意度", "residents' satisfaction",
    "执行率低的原因", "equipment rental and maintenance", "志愿者人数", "safety patrol volunteers",
    "工程验收合格率", "training sessions for party members", "社工工资福利", "video surveillance coverage",
)


def _directory_size(path: Path) -> int:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file())


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _first_query_seconds(url: str, model: str) -> float:
    """Wall time of a new process that opens the store, loads the indexes and model, and answers one query."""
    code = (
        "import time; started = time.perf_counter()\n"
        "from store.database import Store\nfrom index.service import SearchService\n"
        f"service = SearchService(Store({url!r}), model={model!r}); service.load_model()\n"
        "service.search('资金紧张 推迟支付', k=10)\n"
        "print(time.perf_counter() - started)\n"
    )
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return float(output.strip().splitlines()[-1])


def run_scale_benchmark(forms: int, model: str = "static", seed: int = 0, workdir: Path | None = None,
                        repeats: int = 3) -> dict:
    """Generate, ingest and index `forms` synthetic forms, then time queries.

    Args:
        forms: how many synthetic forms.
        model: embedding model for the dense side.
        seed: generator seed.
        workdir: where to write (default: a temporary directory, removed after).
        repeats: passes over the latency queries per mode.

    Returns:
        The measurements (seconds, forms per second, bytes, MB, milliseconds).
    """
    from index.service import SearchService
    from store.database import Store
    from store.ingest import ingest_paths
    from bench.synthetic import write_corpus

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(workdir or scratch)
        started = time.perf_counter()
        files = write_corpus(root / "forms", forms, seed=seed)
        generate_seconds = time.perf_counter() - started

        url = f"sqlite:///{root / 'scale.db'}"
        store = Store(url)
        started = time.perf_counter()
        report = ingest_paths(store, files)
        ingest_seconds = time.perf_counter() - started

        service = SearchService(store, model=model)
        started = time.perf_counter()
        service.ensure_lexical()
        lexical_seconds = time.perf_counter() - started
        started = time.perf_counter()
        service.load_model()
        dense_seconds = time.perf_counter() - started

        latencies: dict[str, list[float]] = {"lexical": [], "dense": [], "hybrid": []}
        for mode in latencies:
            service.search(LATENCY_QUERIES[0], k=10, mode=mode)  # warm caches once per mode
            for _ in range(repeats):
                for query in LATENCY_QUERIES:
                    began = time.perf_counter()
                    service.search(query, k=10, mode=mode)
                    latencies[mode].append((time.perf_counter() - began) * 1000)
        # The largest worker process (ingest parses, the lexical build tokenises in pools), before the first-query child.
        worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        first_query = _first_query_seconds(url, model)
        result = {
            "forms": report.total("added"),
            "errors": len(report.errors),
            "snippets": int(len(service._snippets.form_ids)),
            "vector_index": service._vectors.kind,
            "generate_s": round(generate_seconds, 1),
            "ingest_s": round(ingest_seconds, 1),
            "ingest_forms_per_s": round(report.total("added") / ingest_seconds),
            "lexical_index_s": round(lexical_seconds, 1),
            "dense_index_s": round(dense_seconds, 1),
            "total_s": round(ingest_seconds + lexical_seconds + dense_seconds, 1),
            "store_mb": round((root / "scale.db").stat().st_size / 2**20, 1),
            "index_mb": round(_directory_size(service.index_dir) / 2**20, 1),
            "peak_rss_mb": round(_peak_rss_mb()),
            "worker_peak_rss_mb": round(worker_peak),
            "first_query_s": round(first_query, 2),
            **{f"{mode}_p50_ms": round(statistics.median(values), 1) for mode, values in latencies.items()},
            **{f"{mode}_p95_ms": round(_percentile(values, 0.95), 1) for mode, values in latencies.items()},
        }
        store.dispose()
        return result


def format_rows(results: list[dict]) -> str:
    """Scale results as a Markdown table, one column per corpus size."""
    keys = [key for key in results[0] if key != "errors"]
    lines = ["| measure | " + " | ".join(f"{row['forms']:,} forms" for row in results) + " |",
             "|---|" + "---|" * len(results)]
    lines += [f"| {key} | " + " | ".join(str(row[key]) for row in results) + " |" for key in keys if key != "forms"]
    return "\n".join(lines)


if __name__ == "__main__":
    print(json.dumps(run_scale_benchmark(int(sys.argv[1]) if len(sys.argv) > 1 else 1000), indent=1))
