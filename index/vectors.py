"""FAISS inner-product index over normalised snippet vectors, keyed by our integer snippet ids."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import faiss
import numpy as np

from store.workers import usable_cores

KIND_FLAT = "flat"
KIND_HNSW = "hnsw"
KIND_IVF = "ivf"
STORAGE_F16 = "f16"
STORAGE_F32 = "f32"

# Measured on the 2-core dev machine with d=256 (faiss-cpu 1.15, one query at a time):
#   flat  50k: 2 ms/query   100k: 4-5 ms   200k: 12-17 ms
#   HNSW(M=32, efC=80) build  50k: 11 s   100k: 21 s   200k: 58 s; query 0.3-0.6 ms
# IVF is chosen from 20k vectors: at 30,312 snippet vectors of 2,000 synthetic forms, IVF (float16, 64 of 174
# lists probed) found 0.992 of exact search's top 10 and 0.984 of its top 300 in 0.89 ms a query, against
# 2.3 ms for exact float16 search (0.992 / 0.995) and 8.7 ms for exact float32 (`python -m bench.ann_recall 2000`).
IVF_THRESHOLD = 20_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 64
# A filtered HNSW walk may run out of allowed neighbours when the filter keeps few ids; below
# this share of the index the allowed vectors are scored exactly instead (cheap: they are few).
HNSW_EXACT_FILTER_FRACTION = 0.05
_MAX_EF_SEARCH = 4096



class _OmpThreads:
    """Run faiss with a given OpenMP thread count for one call, then restore the caller's setting.

    Set per call, never at import: one query is fastest on one thread (an IVF probe on 2 threads took
    8.0 ms against 0.84 ms on 1, the threads' start-up dominating), builds and batches on every core.
    """

    def __init__(self, threads: int) -> None:
        self.threads = max(1, threads)

    def __enter__(self) -> None:
        self._previous = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(self.threads)

    def __exit__(self, *_exc) -> None:
        faiss.omp_set_num_threads(self._previous)


def _as_vectors(vectors: np.ndarray) -> np.ndarray:
    array = np.ascontiguousarray(vectors, dtype=np.float32)
    if array.ndim != 2:
        raise ValueError(f"expected a 2-D array of vectors, got shape {array.shape}")
    return array


def _as_ids(ids: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(ids).reshape(-1), dtype=np.int64)


# IVF-Flat is the automatic approximate kind: it builds in a k-means pass over a sample plus one
# assignment pass, where HNSW's graph build grows superlinearly (58 s at 200k vectors above, many
# minutes at the ~1.4M snippet vectors of 100k forms). 2·sqrt(n) lists, 64 probed, k-means trained on
# 20 vectors a list: at the 151,565 snippet vectors of 10,000 synthetic forms this found 0.994 of exact
# search's top 10 and 0.963 of its top 300 in 1.10 ms a query (one thread), against 0.995 / 0.965 in
# 2.25 ms for sqrt(n) lists trained on 40 a list; the build took 3.9 s against 2.8 s (same run, load ~5).
# With the training sample sorted (so chunked builds read it in order): 0.992 / 0.968 in 1.08 ms.
# Measured figures: README, `jixiao bench scale`.
IVF_PROBES = 64
IVF_TRAINING_PER_LIST = 20


def _ivf_lists(count: int) -> int:
    return max(64, int(2 * np.sqrt(count)))


def _training_positions(count: int) -> np.ndarray:
    """Which of `count` vectors train an IVF index's lists: a fixed-seed sample, in ascending order."""
    size = min(count, _ivf_lists(count) * IVF_TRAINING_PER_LIST)
    return np.sort(np.random.default_rng(0).choice(count, size, replace=False)).astype(np.int64)


class VectorIndex:
    """Exact (``flat``) or approximate (``ivf``, ``hnsw``) inner-product search returning snippet ids.

    Vectors must be L2-normalised, so scores are cosine similarities. An index is built whole and
    never edited: the search service rebuilds it after an ingest, reusing unchanged forms' vectors.

    Attributes:
        kind: ``"flat"``, ``"ivf"`` or ``"hnsw"``.
    """

    def __init__(self, index: faiss.IndexIDMap2, kind: str, keepalive=None) -> None:
        """Wrap an existing id-mapped faiss index; use :meth:`build` or :meth:`load` instead.

        Args:
            index: ``IndexIDMap2`` over ``IndexFlatIP``, ``IndexIVFFlat`` or ``IndexHNSWFlat``.
            kind: ``"flat"``, ``"ivf"`` or ``"hnsw"``, matching the inner index.
        """
        self._index = index
        self.kind = kind
        # faiss does not own a quantizer created in Python; it must outlive the index.
        self._keepalive = keepalive

    # ------------------------------------------------------------------ construction

    @staticmethod
    def _empty(dimension: int, kind: str, storage: str) -> faiss.IndexIDMap2:
        if kind == KIND_FLAT:
            inner = faiss.IndexFlatIP(dimension) if storage == STORAGE_F32 else \
                faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        elif kind == KIND_HNSW:
            inner = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            inner.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            raise ValueError(f"unknown index kind {kind!r}: use {KIND_FLAT!r}, {KIND_HNSW!r} or None")
        return faiss.IndexIDMap2(inner)

    @classmethod
    def build(cls, vectors: np.ndarray, ids: np.ndarray, *, kind: str | None = None, storage: str = STORAGE_F16,
              probes: int | None = None, threads: int | None = None) -> VectorIndex:
        """Index vectors under the given ids.

        Args:
            vectors: ``(n, d)`` L2-normalised vectors.
            ids: ``(n,)`` distinct non-negative integer snippet ids.
            kind: ``"flat"``, ``"ivf"``, ``"hnsw"``, or None to choose by size (``IVF_THRESHOLD``).
            storage: ``"f16"`` (half floats, half the size; flat and IVF) or ``"f32"``.
            probes: lists an IVF search probes (default ``IVF_PROBES``).
            threads: OpenMP threads for training and adding (default: every usable core).

        Returns:
            The new index.
        """
        vectors, ids = _as_vectors(vectors), _as_ids(ids)
        if len(vectors) != len(ids):
            raise ValueError(f"{len(vectors)} vectors but {len(ids)} ids")
        if len(np.unique(ids)) != len(ids):
            raise ValueError("ids must be distinct")
        if storage not in (STORAGE_F16, STORAGE_F32):
            raise ValueError(f"unknown storage {storage!r}: use {STORAGE_F16!r} or {STORAGE_F32!r}")
        if kind is None:
            kind = KIND_IVF if len(vectors) >= IVF_THRESHOLD else KIND_FLAT
        with _OmpThreads(threads or usable_cores()):
            if kind == KIND_IVF:
                index = cls._trained_ivf(vectors[_training_positions(len(vectors))], len(vectors), storage,
                                         probes or IVF_PROBES)
            else:
                index = cls(cls._empty(vectors.shape[1], kind, storage), kind)
            if len(ids):
                index._index.add_with_ids(vectors, ids)
        return index

    @classmethod
    def build_in_chunks(cls, count: int, vectors_of: Callable[[np.ndarray], np.ndarray], *, chunk: int = 65_536,
                        threads: int | None = None, progress: bool = False) -> VectorIndex:
        """Index vectors with ids 0…count-1, asking for them a chunk at a time (float16, the kind chosen by size).

        The whole float32 matrix is never held: at 1.5 million snippet vectors it is 1.5 GB, against the
        index's own 0.75 GB. An IVF index is trained first on a sample (`vectors_of` is asked for it too).

        Args:
            count: how many vectors.
            vectors_of: ``(ids,) -> (len(ids), d)`` L2-normalised vectors of those ids.
            chunk: vectors asked for and added at a time.
            threads: OpenMP threads for training and adding (default: every usable core).
            progress: show a progress bar over the chunks on the terminal.

        Returns:
            The new index.
        """
        first = vectors_of(np.arange(min(count, chunk), dtype=np.int64))
        dimension = first.shape[1]
        with _OmpThreads(threads or usable_cores()):
            if count >= IVF_THRESHOLD:
                index = cls._trained_ivf(_as_vectors(vectors_of(_training_positions(count))), count, STORAGE_F16,
                                         IVF_PROBES)
            else:
                index = cls(cls._empty(dimension, KIND_FLAT, STORAGE_F16), KIND_FLAT)
            starts = range(0, count, chunk)
            if progress and count > chunk:
                from tqdm import tqdm

                starts = tqdm(starts, desc="encoding", unit="chunk")
            for start in starts:
                ids = np.arange(start, min(count, start + chunk), dtype=np.int64)
                vectors = first if start == 0 else vectors_of(ids)
                first = None  # released once added
                index._append(_as_vectors(vectors), ids)
            index._close_appends(count)
        return index

    def _append(self, vectors: np.ndarray, ids: np.ndarray) -> None:
        """Add vectors whose ids continue the index's (0, 1, 2 … in order), during `build_in_chunks`.

        An IVF index gets each vector's list from one search of the quantizer, then the vectors through
        `add_core`: the same lists and codes as `add_with_ids`, in a quarter of its time (which, on a busy
        machine, mostly went on its OpenMP threads waiting for each other); the id map is filled once at the end.
        """
        if self.kind != KIND_IVF:
            self._index.add_with_ids(vectors, ids)
            return
        quantizer, inner = self._keepalive
        if len(ids) and int(ids[0]) != inner.ntotal:
            raise ValueError(f"ids must continue the index's: expected {inner.ntotal}, got {int(ids[0])}")
        _, lists = quantizer.search(vectors, 1)
        inner.add_core(len(vectors), faiss.swig_ptr(vectors), None, faiss.swig_ptr(np.ascontiguousarray(lists[:, 0])))

    def _close_appends(self, count: int) -> None:
        """After `_append`: map internal ids 0…count-1 to themselves, as `add_with_ids` would have."""
        if self.kind != KIND_IVF:
            return
        faiss.copy_array_to_vector(np.arange(count, dtype=np.int64), self._index.id_map)
        self._index.ntotal = count
        self._index.construct_rev_map()

    @classmethod
    def _trained_ivf(cls, sample: np.ndarray, count: int, storage: str, probes: int) -> "VectorIndex":
        """An empty IVF index for `count` vectors, its lists trained on a sample of them (`_training_positions`)."""
        lists = _ivf_lists(count)
        dimension = sample.shape[1]
        quantizer = faiss.IndexFlatIP(dimension)
        if storage == STORAGE_F32:
            inner = faiss.IndexIVFFlat(quantizer, dimension, lists, faiss.METRIC_INNER_PRODUCT)
        else:
            inner = faiss.IndexIVFScalarQuantizer(quantizer, dimension, lists, faiss.ScalarQuantizer.QT_fp16,
                                                  faiss.METRIC_INNER_PRODUCT)
        # The sample is small by choice (above): FAISS would otherwise warn on stderr below 39 a list.
        inner.cp.min_points_per_centroid = min(IVF_TRAINING_PER_LIST, inner.cp.min_points_per_centroid)
        inner.train(sample)
        inner.nprobe = probes
        # A direct map lets filtered searches read stored vectors back by position.
        inner.set_direct_map_type(faiss.DirectMap.Array)
        return cls(faiss.IndexIDMap2(inner), KIND_IVF, keepalive=(quantizer, inner))

    # ------------------------------------------------------------------ properties

    @property
    def size(self) -> int:
        """Number of vectors indexed."""
        return int(self._index.ntotal)

    @property
    def dimension(self) -> int:
        """Vector length."""
        return int(self._index.d)

    def ids(self) -> np.ndarray:
        """All indexed snippet ids (insertion order).

        Returns:
            int64 array.
        """
        return faiss.vector_to_array(self._index.id_map).astype(np.int64, copy=False)

    def __len__(self) -> int:
        return self.size

    def __repr__(self) -> str:
        return f"VectorIndex(kind={self.kind!r}, size={self.size}, dimension={self.dimension})"

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of some ids (read back from the index, which keeps them exactly).

        Args:
            ids: indexed snippet ids.

        Returns:
            ``(len(ids), d)`` float32 array.
        """
        ids = _as_ids(ids)
        if len(ids) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.asarray(self._index.reconstruct_batch(ids), dtype=np.float32).reshape(len(ids), self.dimension)

    # ------------------------------------------------------------------ search

    def search(
        self, queries: np.ndarray, k: int, allowed_ids: np.ndarray | None = None, threads: int | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top-k by inner product, optionally restricted to a set of ids.

        The restriction is applied inside faiss (an ID selector in the search
        parameters), so k allowed hits come back even when they rank far down overall.

        Args:
            queries: ``(q, d)`` (or ``(d,)``) L2-normalised query vectors.
            k: Hits per query.
            allowed_ids: Snippet ids a hit may have; None means all.
            threads: OpenMP threads for this call (default: 1 for a single query, every usable core for a batch).

        Returns:
            ``(scores, ids)``, both ``(q, k)``; missing hits have id -1 and score -inf.
        """
        queries = _as_vectors(np.atleast_2d(queries))
        with _OmpThreads(threads or (1 if len(queries) == 1 else usable_cores())):
            return self._search(queries, k, allowed_ids)

    def _search(self, queries: np.ndarray, k: int, allowed_ids: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        n_queries = len(queries)
        if k <= 0 or self.size == 0:
            return self._empty_result(n_queries, max(k, 0))
        if allowed_ids is None:
            # Flat and IVF need no parameters unfiltered (nprobe is set on the index): building them costs a query's worth.
            params = self._params(None, k, 1.0) if self.kind == KIND_HNSW else None
            scores, ids = self._index.search(queries, k, params=params)
            return self._clean(scores, ids)
        allowed = np.unique(_as_ids(allowed_ids))
        if len(allowed) == 0:
            return self._empty_result(n_queries, k)
        fraction = len(allowed) / self.size
        if self.kind in (KIND_HNSW, KIND_IVF) and fraction < HNSW_EXACT_FILTER_FRACTION:
            return self._search_subset(queries, k, allowed)
        # IDSelectorBatch is a hash set plus bloom filter: O(1) membership for any id range
        selector = faiss.IDSelectorBatch(allowed)
        scores, ids = self._index.search(queries, k, params=self._params(selector, k, fraction))
        return self._clean(scores, ids)

    def _params(self, selector, k: int, fraction: float):
        if self.kind == KIND_HNSW:
            # a filter that rejects most nodes needs a wider beam to still surface k allowed ones
            ef = int(min(_MAX_EF_SEARCH, max(HNSW_EF_SEARCH, k) / max(fraction, 1e-9)))
            params = faiss.SearchParametersHNSW(efSearch=max(ef, k))
        elif self.kind == KIND_IVF:
            # Like HNSW's wider beam: a filter that keeps a fraction f of the vectors probes 1/f more lists.
            inner = faiss.extract_index_ivf(self._index)
            params = faiss.SearchParametersIVF(nprobe=int(min(inner.nlist, inner.nprobe / max(fraction, 1e-9))))
        else:
            params = faiss.SearchParameters()
        if selector is not None:
            params.sel = selector
        return params

    def _search_subset(self, queries: np.ndarray, k: int, allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        present = allowed[np.isin(allowed, self.ids())]
        if len(present) == 0:
            return self._empty_result(len(queries), k)
        subset = faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))
        subset.add_with_ids(self.vectors(present), present)
        scores, ids = subset.search(queries, k)
        return self._clean(scores, ids)

    @staticmethod
    def _clean(scores: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ids = ids.astype(np.int64, copy=False)
        scores = np.where(ids < 0, -np.inf, scores).astype(np.float32, copy=False)
        return scores, ids

    @staticmethod
    def _empty_result(n_queries: int, k: int) -> tuple[np.ndarray, np.ndarray]:
        return (np.full((n_queries, k), -np.inf, dtype=np.float32), np.full((n_queries, k), -1, dtype=np.int64))

    # ------------------------------------------------------------------ persistence

    def save(self, path: Path | str) -> None:
        """Write the index to one file, atomically (temp file then rename).

        Args:
            path: Destination file.
        """
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            faiss.write_index(self._index, str(staging))
            os.replace(staging, path)
        finally:
            staging.unlink(missing_ok=True)

    @classmethod
    def load(cls, path: Path | str) -> VectorIndex:
        """Read an index written by :meth:`save`, memory-mapped and read-only.

        Mapping the vectors instead of reading them cuts the load of a 100k-form index from about a
        second to a few milliseconds; the service only searches a loaded index (updates write a new one).

        Args:
            path: File written by :meth:`save`.

        Returns:
            The index, with its kind recovered from the stored structure.
        """
        index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY)
        if not isinstance(index, faiss.IndexIDMap2):
            raise ValueError(f"{path} does not hold an IndexIDMap2")
        inner = faiss.downcast_index(index.index)
        if isinstance(inner, faiss.IndexHNSWFlat):
            inner.hnsw.efSearch = HNSW_EF_SEARCH
            kind = KIND_HNSW
        elif isinstance(inner, (faiss.IndexFlatIP, faiss.IndexScalarQuantizer)):
            kind = KIND_FLAT
        elif isinstance(inner, (faiss.IndexIVFFlat, faiss.IndexIVFScalarQuantizer)):
            inner.nprobe = IVF_PROBES
            kind = KIND_IVF
        else:
            raise ValueError(f"{path} holds an unsupported inner index {type(inner).__name__}")
        return cls(index, kind)
