"""Measure load time and document-encoding speed of each registered embedding model on corpus snippets."""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass

from corpus import default_files
from index.embedder import AVAILABLE_MODELS, load_embedder

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Enough texts that per-call overhead is amortised, few enough that the slow engines finish in ~10 s.
_SNIPPETS_PER_MODEL = {"static": 20_000, "use": 4_000, "e5": 400}
_DEFAULT_SNIPPETS = 400


@dataclass
class ModelBenchmark:
    """One model's measurements.

    Attributes:
        name: Registry name or path.
        model_id: The embedder's id, or the error if it could not be loaded.
        load_seconds: Time to construct the embedder (a cold static build counts here).
        first_encode_seconds: Time to embed one text right after loading (lazy weight loading).
        snippets_per_second: Document-encoding throughput.
        snippets: How many snippets were timed.
    """

    name: str
    model_id: str
    load_seconds: float = float("nan")
    first_encode_seconds: float = float("nan")
    snippets_per_second: float = float("nan")
    snippets: int = 0


def corpus_snippets() -> list[str]:
    """Narrative-like cells (Han text, 6+ chars) from the bundled sample corpus.

    Returns:
        Distinct snippets in corpus order.
    """
    seen: dict[str, None] = {}
    for path in default_files():
        for cell in path.read_text(encoding="utf-8").replace("\n", "\t").split("\t"):
            cell = cell.strip()
            if len(cell) >= 6 and _HAN.search(cell):
                seen.setdefault(cell)
    return list(seen)


def benchmark_model(name: str, snippets: list[str], count: int | None = None) -> ModelBenchmark:
    """Load one model and time it.

    Args:
        name: Registry name or model folder path.
        snippets: Texts to encode (cycled to reach ``count``).
        count: Number of texts to time; a per-model default if None.

    Returns:
        The measurements (``model_id`` holds the error text if loading failed).
    """
    count = count or _SNIPPETS_PER_MODEL.get(name, _DEFAULT_SNIPPETS)
    texts = [snippets[i % len(snippets)] for i in range(count)]
    started = time.perf_counter()
    try:
        embedder = load_embedder(name, progress=True)
    except ImportError as exc:
        return ModelBenchmark(name, f"unavailable: {exc}")
    loaded = time.perf_counter()
    embedder.encode_documents(texts[:1])
    first = time.perf_counter()
    embedder.encode_documents(texts)
    done = time.perf_counter()
    return ModelBenchmark(
        name=name,
        model_id=embedder.model_id,
        load_seconds=loaded - started,
        first_encode_seconds=first - loaded,
        snippets_per_second=count / (done - first),
        snippets=count,
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.models [NAME ...] [--count N]``.

    Args:
        argv: Arguments (default ``sys.argv[1:]``).

    Returns:
        Process exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("models", nargs="*", default=list(AVAILABLE_MODELS), help="names or model folders")
    parser.add_argument("--count", type=int, default=None, help="snippets to encode per model")
    args = parser.parse_args(argv)
    snippets = corpus_snippets()
    mean_chars = sum(map(len, snippets)) / len(snippets)
    print(f"{len(snippets)} distinct corpus snippets, mean {mean_chars:.0f} chars")
    print(f"{'model':<10} {'load s':>8} {'1st enc s':>10} {'snippets/s':>11} {'n':>7}  model_id")
    for name in args.models:
        result = benchmark_model(name, snippets, args.count)
        print(
            f"{result.name:<10} {result.load_seconds:>8.2f} {result.first_encode_seconds:>10.3f} "
            f"{result.snippets_per_second:>11.0f} {result.snippets:>7}  {result.model_id}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
