"""FAISS vector index: exact vs HNSW agreement, in-search id filtering, updates, persistence."""

from __future__ import annotations

import numpy as np
import pytest

from index.vectors import HNSW_EXACT_FILTER_FRACTION, IVF_THRESHOLD, KIND_FLAT, KIND_HNSW, KIND_IVF, VectorIndex

DIMENSION = 64


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(7)
    vectors = _unit(rng.standard_normal((5000, DIMENSION)))
    ids = np.arange(len(vectors), dtype=np.int64) * 3 + 1000  # deliberately not 0..n-1
    queries = _unit(vectors[:200] + 0.1 * rng.standard_normal((200, DIMENSION)))
    return vectors, ids, queries


@pytest.fixture(scope="module", params=[KIND_FLAT, KIND_HNSW, KIND_IVF])
def index(request, data):
    """One index per kind for the module: no test here changes it (saving writes a copy)."""
    vectors, ids, _ = data
    return VectorIndex.build(vectors, ids, kind=request.param)


def test_automatic_kind_is_flat_below_threshold(data):
    vectors, ids, _ = data
    assert len(vectors) < IVF_THRESHOLD
    built = VectorIndex.build(vectors, ids)
    assert built.kind == KIND_FLAT
    assert built.size == len(vectors)


def test_automatic_kind_is_ivf_from_threshold():
    vectors = _unit(np.random.default_rng(3).standard_normal((IVF_THRESHOLD, 16)))
    built = VectorIndex.build(vectors, np.arange(len(vectors)))
    assert built.kind == KIND_IVF
    _, hits = built.search(vectors[:50], 1)
    assert (hits[:, 0] == np.arange(50)).mean() >= 0.95


def test_search_returns_our_ids(index, data):
    vectors, ids, queries = data
    scores, hits = index.search(queries, 5)
    assert hits.shape == scores.shape == (len(queries), 5)
    assert (hits[:, 0] == ids[: len(queries)]).mean() > 0.98
    assert np.all(np.diff(scores, axis=1) <= 1e-6)


def test_exact_and_hnsw_agree_on_top1(data):
    vectors, ids, queries = data
    random_queries = _unit(np.random.default_rng(11).standard_normal((200, DIMENSION)))
    flat = VectorIndex.build(vectors, ids, kind=KIND_FLAT)
    hnsw = VectorIndex.build(vectors, ids, kind=KIND_HNSW)
    for batch in (queries, random_queries):
        _, flat_hits = flat.search(batch, 1)
        _, hnsw_hits = hnsw.search(batch, 1)
        assert (flat_hits[:, 0] == hnsw_hits[:, 0]).mean() >= 0.95


@pytest.mark.parametrize("allowed_share", [0.002, 0.2])
def test_allowed_ids_restrict_inside_the_search(index, data, allowed_share):
    vectors, ids, queries = data
    query = queries[:1]
    # the allowed ids are the ones ranked *last* for this query, so post-filtering a top-k would find none
    order = np.argsort(vectors @ query[0])
    allowed = ids[order[: int(len(ids) * allowed_share)]]
    scores, hits = index.search(query, 10, allowed_ids=allowed)
    assert (hits >= 0).all()
    assert np.isin(hits, allowed).all()
    if index.kind == KIND_FLAT or allowed_share < HNSW_EXACT_FILTER_FRACTION:
        # exact paths must return the true best allowed hits (to float16 precision); a filtered HNSW walk is approximate
        expected_scores = np.sort(vectors[np.isin(ids, allowed)] @ query[0])[::-1][:10]
        np.testing.assert_allclose(scores[0], expected_scores, atol=2e-4)


def test_fewer_allowed_than_k_pads_with_minus_one(index, data):
    _, ids, queries = data
    scores, hits = index.search(queries[:2], 5, allowed_ids=ids[[3, 9]])
    assert (hits[:, :2] >= 0).all() and (hits[:, 2:] == -1).all()
    assert np.isneginf(scores[:, 2:]).all()
    _, none = index.search(queries[:1], 3, allowed_ids=np.array([], dtype=np.int64))
    assert (none == -1).all()


def test_save_load_round_trip(index, data, tmp_path):
    _, ids, queries = data
    path = tmp_path / "nested" / "vectors.faiss"
    index.save(path)
    loaded = VectorIndex.load(path)
    assert (loaded.kind, loaded.size, loaded.dimension) == (index.kind, index.size, index.dimension)
    before = index.search(queries, 5, allowed_ids=ids[::2])
    after = loaded.search(queries, 5, allowed_ids=ids[::2])
    np.testing.assert_array_equal(before[1], after[1])
    np.testing.assert_allclose(before[0], after[0])
    assert sorted(p.name for p in path.parent.iterdir()) == ["vectors.faiss"]


def test_rejects_mismatched_input(index, data):
    vectors, ids, _ = data
    with pytest.raises(ValueError, match="3 vectors but 2 ids"):
        VectorIndex.build(vectors[:3], ids[:2])
    with pytest.raises(ValueError, match="distinct"):
        VectorIndex.build(vectors[:2], np.array([7, 7]))
    with pytest.raises(ValueError):
        VectorIndex.build(vectors, ids, kind="pq")


@pytest.mark.parametrize("threads", [1, 2])
def test_thread_count_is_per_call_and_restored(index, data, threads):
    import faiss

    _, ids, queries = data
    faiss.omp_set_num_threads(3)
    one_by_one = np.vstack([index.search(query[None], 5, threads=threads)[1] for query in queries[:20]])
    batched = index.search(queries[:20], 5, threads=threads)[1]
    np.testing.assert_array_equal(one_by_one, batched)
    # Nothing is set at import or left behind: the caller's OpenMP setting survives every call.
    assert faiss.omp_get_max_threads() == 3
    VectorIndex.build(data[0][:100], ids[:100], kind=KIND_FLAT, threads=threads)
    assert faiss.omp_get_max_threads() == 3


@pytest.mark.parametrize("kind", [KIND_FLAT, KIND_IVF])
def test_float16_storage_halves_the_file_and_keeps_the_ranking(data, tmp_path, kind):
    vectors, ids, queries = data
    half = VectorIndex.build(vectors, ids, kind=kind)  # float16 is the default storage
    full = VectorIndex.build(vectors, ids, kind=kind, storage="f32")
    half.save(tmp_path / "half")
    full.save(tmp_path / "full")
    # Ids, direct map and IVF's 141 float32 centroids are the same in both files: ~0.15 MB of the 1.4 MB here.
    assert (tmp_path / "half").stat().st_size < 0.58 * (tmp_path / "full").stat().st_size
    loaded = VectorIndex.load(tmp_path / "half")
    assert loaded.kind == kind
    _, half_hits = loaded.search(queries, 10)
    _, full_hits = full.search(queries, 10)
    assert np.mean([len(set(a) & set(b)) / 10 for a, b in zip(half_hits.tolist(), full_hits.tolist())]) >= 0.97
    np.testing.assert_allclose(loaded.vectors(ids[:3]), vectors[:3], atol=2e-3)


def test_unknown_storage_is_refused(data):
    vectors, ids, _ = data
    with pytest.raises(ValueError, match="unknown storage 'sq4'"):
        VectorIndex.build(vectors, ids, storage="sq4")


def test_an_ivf_index_built_in_chunks_equals_one_built_whole(tmp_path):
    """Chunks are added with lists assigned by one quantizer search: the same lists, codes and ids as add_with_ids."""
    vectors = _unit(np.random.default_rng(5).standard_normal((IVF_THRESHOLD + 2500, 16)))
    chunked = VectorIndex.build_in_chunks(len(vectors), lambda ids: vectors[ids], chunk=7000)
    whole = VectorIndex.build(vectors, np.arange(len(vectors), dtype=np.int64))
    assert (chunked.kind, chunked.size) == (KIND_IVF, len(vectors))
    chunked.save(tmp_path / "chunked.faiss")
    loaded = VectorIndex.load(tmp_path / "chunked.faiss")
    queries = vectors[:40] + 0.01
    for index in (chunked, loaded):
        assert np.array_equal(index.ids(), np.arange(len(vectors)))
        assert np.array_equal(index.search(queries, 20, threads=1)[1], whole.search(queries, 20, threads=1)[1])
        allowed = np.arange(3, len(vectors), 11, dtype=np.int64)
        assert np.array_equal(index.search(queries, 5, allowed_ids=allowed, threads=1)[1],
                              whole.search(queries, 5, allowed_ids=allowed, threads=1)[1])
        assert np.array_equal(index.vectors(np.array([0, 9999, len(vectors) - 1])),
                              whole.vectors(np.array([0, 9999, len(vectors) - 1])))
