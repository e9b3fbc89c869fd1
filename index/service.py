"""Hybrid search over a store: builds, persists, checks and serves the lexical and dense indexes."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.backend import MODES
from index.fusion import convex_fusion, reciprocal_rank_fusion
from index.hits import Hit
from index.snippets import FIELD_CODES, FIELDS, form_snippets, record_text
from index.glossary import expand_english
from index.tokenize import tokenize, tokenize_many
from store.database import Store, data_dir
from store.query import FormFilter, data_version, fingerprint, forms_by_id, iter_forms, matching_form_ids

FORMAT_VERSION = 2  # 2: findings are snippets
_HAN = re.compile(r"[\u3400-\u9fff]")
# How many snippets each retriever passes to fusion; forms are ranked by their best snippet.
CANDIDATE_SNIPPETS = 300
# Weight of the whole-record similarity against the best snippet in a form's dense score.
RECORD_WEIGHT = 0.35
# Fusion chosen with `jixiao bench retrieval` on the judged queries (README): a convex blend of
# min-max scaled scores beat RRF (R@5 zh 0.95 vs 0.89) because it keeps how strong a BM25 match is.
# English queries have no lexical match, so the dense side ranks them alone.
FUSION_WEIGHTS = {"lexical": 1.0, "dense": 1.0}
FUSIONS = ("convex", "rrf")


def fuse(scores: dict[str, dict[int, float]], fusion: str = "convex") -> list[tuple[int, float, list[str]]]:
    """Combine per-retriever form scores.

    Args:
        scores: form scores per retriever.
        fusion: convex (a blend of min-max scaled scores) or rrf (reciprocal rank fusion).

    Returns:
        (form id, fused score, retrievers that found it), best first.
    """
    if fusion == "rrf":
        return reciprocal_rank_fusion({name: sorted(found, key=lambda form_id: -found[form_id])
                                       for name, found in scores.items()}, FUSION_WEIGHTS)
    return convex_fusion(scores, FUSION_WEIGHTS)


def index_dir_for(store: Store) -> Path:
    """Where a store's index lives: beside a SQLite file, else under the data directory keyed by URL."""
    if store.url.startswith("sqlite:///") and ":memory:" not in store.url:
        return Path(store.url.removeprefix("sqlite:///") + ".index")
    return data_dir() / "indexes" / hashlib.sha256(store.url.encode()).hexdigest()[:16]


@dataclass
class _SnippetTable:
    """Per-snippet arrays (form id, field code, indicator row, ordinal within its form), indexed by snippet id."""

    form_ids: np.ndarray
    field_codes: np.ndarray
    rows: np.ndarray
    ordinals: np.ndarray
    form_hashes: dict[int, str]

    def save(self, path: Path) -> None:
        np.savez(path / "snippets.npz", form_ids=self.form_ids, field_codes=self.field_codes, rows=self.rows,
                 ordinals=self.ordinals)
        (path / "forms.json").write_text(json.dumps({str(k): v for k, v in self.form_hashes.items()}))

    @classmethod
    def load(cls, path: Path) -> "_SnippetTable":
        arrays = np.load(path / "snippets.npz")
        hashes = {int(k): v for k, v in json.loads((path / "forms.json").read_text()).items()}
        return cls(arrays["form_ids"], arrays["field_codes"], arrays["rows"], arrays["ordinals"], hashes)


def _write_atomically(target: Path, write) -> None:
    """Write a directory through a temporary sibling and a rename, so readers never see half an index."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        write(staging)
        backup = target.with_name(target.name + ".old")
        if target.exists():
            shutil.rmtree(backup, ignore_errors=True)
            target.rename(backup)
        staging.rename(target)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _read_manifest(path: Path) -> dict | None:
    try:
        return json.loads((path / "manifest.json").read_text())
    except (OSError, ValueError):
        return None


class SearchService:
    """Lexical (jieba + BM25) and dense (sentence-transformers + FAISS) search over one store, fused by RRF.

    The lexical side is ready in about a second; the dense side needs the model (`load_model`), which
    the terminal app loads in a worker. Each side's manifest records the store fingerprint it covers;
    a mismatch (an ingest since, or one interrupted) rebuilds that side instead of serving it.

    Args:
        store: the store to search.
        model: embedding model name or local sentence-transformers folder.
        index_dir: where to keep the index (default: beside the store).
        fusion: how hybrid combines the two sides: convex (default) or rrf.
        load_model_on_search: load the model on the first hybrid search instead of searching lexically until
            `load_model` is called (for one-shot commands; the app loads it in a worker instead).
    """

    def __init__(self, store: Store, model: str | None = None, index_dir: Path | None = None,
                 fusion: str = "convex", load_model_on_search: bool = False):
        from index import DEFAULT_MODEL

        if fusion not in FUSIONS:
            raise ValueError(f"unknown fusion {fusion!r}; use one of {FUSIONS}")
        self.store = store
        self.fusion = fusion
        self.load_model_on_search = load_model_on_search
        self.model_name = model or DEFAULT_MODEL
        self.index_dir = index_dir or index_dir_for(store)
        self._lock = threading.RLock()
        self._lexical = None
        self._snippets: _SnippetTable | None = None
        self._embedder = None  # sentence-transformers model: encodes documents (and queries of non-static models)
        self._query_encoder = None
        self._vectors = None
        self._record_vectors: np.ndarray | None = None
        self._record_form_ids: np.ndarray | None = None
        self._fingerprint: str | None = None
        # Checked before every search; the full fingerprint is recomputed only when this moves.
        self._data_version: tuple[int, int, int] | None = None
        self.rebuilt: list[str] = []

    # ----- state -------------------------------------------------------------------------------
    @property
    def dense_ready(self) -> bool:
        """Whether semantic search can run now without loading anything."""
        return self._vectors is not None and self._query_encoder is not None

    def _current_fingerprint(self) -> str:
        return fingerprint(self.store)

    def _lexical_path(self) -> Path:
        return self.index_dir / "lexical"

    def _dense_path(self) -> Path:
        safe = hashlib.sha256(self.model_name.encode()).hexdigest()[:10]
        return self.index_dir / f"dense-{safe}"

    # ----- lexical -----------------------------------------------------------------------------
    def ensure_lexical(self) -> None:
        """Load the lexical index, rebuilding it first if it is missing or covers another store state."""
        with self._lock:
            version = data_version(self.store)
            if self._lexical is not None and self._data_version == version:
                return
            current = self._current_fingerprint()
            self._data_version = version
            path = self._lexical_path()
            manifest = _read_manifest(path)
            if not manifest or manifest.get("store_fingerprint") != current or manifest.get("format") != FORMAT_VERSION:
                self._build_lexical(path, current)
                self.rebuilt.append("lexical")
            from index.lexical import LexicalIndex

            self._lexical = LexicalIndex.load(path / "bm25")
            self._snippets = _SnippetTable.load(path)
            self._fingerprint = current
            if self._vectors is not None:
                self._vectors = None  # the dense side must be re-checked against the new store state

    def _build_lexical(self, path: Path, current: str) -> None:
        from index.lexical import LexicalIndex

        form_ids, field_codes, rows, ordinals, texts = [], [], [], [], []
        form_hashes: dict[int, str] = {}
        for form in iter_forms(self.store):
            form_hashes[form.id] = form.content_hash
            for ordinal, snippet in enumerate(form_snippets(form)):
                form_ids.append(form.id)
                field_codes.append(FIELD_CODES[snippet.field])
                rows.append(-1 if snippet.row is None else snippet.row)
                ordinals.append(ordinal)
                texts.append(snippet.text)
        tokens = tokenize_many(texts)
        table = _SnippetTable(np.asarray(form_ids, dtype=np.int64), np.asarray(field_codes, dtype=np.int8),
                              np.asarray(rows, dtype=np.int32), np.asarray(ordinals, dtype=np.int32), form_hashes)
        lexical = LexicalIndex.build(tokens)

        def write(staging: Path) -> None:
            lexical.save(staging / "bm25")
            table.save(staging)
            (staging / "manifest.json").write_text(json.dumps({
                "format": FORMAT_VERSION, "store_fingerprint": current, "snippets": len(form_ids),
                "forms": len(form_hashes)}))

        _write_atomically(path, write)

    # ----- dense -------------------------------------------------------------------------------
    def load_model(self, progress: bool = False) -> None:
        """Load the embedding model and the dense index, building or refreshing the index if stale.

        Args:
            progress: show progress bars (model build, encoding) on the terminal.
        """
        self.ensure_lexical()
        # The slow loads happen outside the lock so lexical searches keep running meanwhile.
        query_encoder = self._query_encoder or self._load_query_encoder(progress)
        with self._lock:
            path = self._dense_path()
            manifest = _read_manifest(path)
            expected = {"store_fingerprint": self._fingerprint, "model_id": query_encoder.model_id,
                        "dimension": query_encoder.dimension, "format": FORMAT_VERSION}
            if not manifest or any(manifest.get(key) != value for key, value in expected.items()):
                self._build_dense(path, manifest, progress)
                self.rebuilt.append("dense")
            from index.vectors import VectorIndex

            self._vectors = VectorIndex.load(path / "snippets.faiss")
            records = np.load(path / "records.npz")
            self._record_vectors, self._record_form_ids = records["vectors"], records["form_ids"]
            self._query_encoder = query_encoder

    def _load_query_encoder(self, progress: bool):
        from index import DEFAULT_MODEL

        if self.model_name == DEFAULT_MODEL:
            from index.distill import ensure_static_model
            from index.static_query import StaticQueryEncoder

            return StaticQueryEncoder(ensure_static_model(progress=progress))
        return self._document_encoder(progress)

    def _document_encoder(self, progress: bool = False):
        """The sentence-transformers model, loaded only when documents must be encoded (or for non-static models)."""
        if self._embedder is None:
            from index.embedder import load_embedder

            self._embedder = load_embedder(self.model_name, progress=progress)
        return self._embedder

    def _build_dense(self, path: Path, previous_manifest: dict | None, progress: bool) -> None:
        from index.vectors import VectorIndex

        table = self._snippets
        encoder = self._document_encoder(progress)
        reusable: dict[str, np.ndarray] = {}
        # Vectors of forms whose content did not change are reused, so an ingest re-encodes only what it added.
        if previous_manifest and previous_manifest.get("model_id") == encoder.model_id \
                and previous_manifest.get("dimension") == encoder.dimension \
                and previous_manifest.get("format") == FORMAT_VERSION:
            try:
                reusable = load_by_content(path / "by_content.npz")
            except (OSError, KeyError, ValueError):
                reusable = {}
        snippet_vectors = np.zeros((len(table.form_ids), encoder.dimension), dtype=np.float32)
        record_ids, record_texts, record_vectors = [], [], []
        pending_texts, pending_slots = [], []
        hashes = []
        for form in iter_forms(self.store):
            if form.id not in table.form_hashes:
                continue  # ingested by another process after the lexical side was built; caught by the next check
            snippets = list(form_snippets(form))
            slots = self._slots_for(form.id)
            key = form.content_hash
            cached = reusable.get(key)
            record_ids.append(form.id)
            if cached is not None and len(cached) == len(snippets) + 1:
                snippet_vectors[slots] = cached[1:]
                record_vectors.append(cached[0])
                record_texts.append(None)
            else:
                pending_texts.extend(snippet.text for snippet in snippets)
                pending_slots.extend(slots.tolist())
                record_texts.append(record_text(form))
                record_vectors.append(None)
            hashes.append(key)
        if pending_texts:
            snippet_vectors[np.asarray(pending_slots)] = encoder.encode_documents(pending_texts, show_progress=progress)
        missing = [index for index, vector in enumerate(record_vectors) if vector is None]
        if missing:
            encoded = encoder.encode_documents([record_texts[index] for index in missing])
            for index, vector in zip(missing, encoded):
                record_vectors[index] = vector
        records = np.vstack(record_vectors).astype(np.float32) if record_vectors else np.zeros((0, encoder.dimension), np.float32)
        vectors = VectorIndex.build(snippet_vectors, np.arange(len(snippet_vectors), dtype=np.int64))

        def write(staging: Path) -> None:
            vectors.save(staging / "snippets.faiss")
            np.savez(staging / "records.npz", vectors=records, form_ids=np.asarray(record_ids, dtype=np.int64))
            by_content = [np.vstack([records[position:position + 1], snippet_vectors[self._slots_for(form_id)]])
                          for position, form_id in enumerate(record_ids)]
            _save_by_content(staging / "by_content.npz", hashes, by_content)
            (staging / "manifest.json").write_text(json.dumps({
                "format": FORMAT_VERSION, "store_fingerprint": self._fingerprint,
                "model_id": encoder.model_id, "model": self.model_name,
                "dimension": encoder.dimension, "kind": vectors.kind, "snippets": len(snippet_vectors)}))

        _write_atomically(path, write)

    def _slots_for(self, form_id: int) -> np.ndarray:
        # Snippets of a form are contiguous and in form order, so a binary search finds them.
        start = int(np.searchsorted(self._snippets.form_ids, form_id, side="left"))
        stop = int(np.searchsorted(self._snippets.form_ids, form_id, side="right"))
        return np.arange(start, stop)

    # ----- search ------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, mode: str = "hybrid", form_filter: FormFilter | None = None,
               fields: Sequence[str] | None = None) -> list[Hit]:
        """Search the narratives; filters apply inside each retriever, before its top-k is cut.

        Args:
            query: Chinese or English text.
            k: how many forms to return.
            mode: hybrid (default), lexical or dense. Hybrid is lexical-only until `load_model` has run
                (the CLI calls it first; the app calls it in a worker), so no search waits for the model.
            form_filter: structured conditions (year, unit, ranges…) the forms must meet.
            fields: search only these snippet fields (project_name, goal, outcome, indicator, deviation).

        Returns:
            Hits, best first, one per form.
        """
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; use one of {MODES}")
        self.ensure_lexical()
        allowed_forms = None if form_filter is None or form_filter.is_empty() else matching_form_ids(self.store, form_filter)
        table = self._snippets
        allowed_snippets = None if allowed_forms is None else np.isin(table.form_ids, np.asarray(list(allowed_forms)))
        if fields:
            unknown = set(fields) - set(FIELDS)
            if unknown:
                raise ValueError(f"unknown fields {sorted(unknown)}; use {FIELDS}")
            in_fields = np.isin(table.field_codes, [FIELD_CODES[name] for name in fields])
            allowed_snippets = in_fields if allowed_snippets is None else allowed_snippets & in_fields
        # English finds no term in Chinese forms; the domain glossary gives the lexical side the words the forms use.
        query_tokens = tokenize(query if _HAN.search(query) else expand_english(query))
        rankings: dict[str, dict[int, float]] = {}
        best_snippet: dict[str, dict[int, int]] = {}
        if mode in ("hybrid", "lexical"):
            ids, lexical_scores = self._lexical.search(query_tokens, CANDIDATE_SNIPPETS, allowed_snippets)
            rankings["lexical"], best_snippet["lexical"] = self._forms_from_snippets(ids, lexical_scores)
        # Once the model is loaded, hybrid stays hybrid: an ingest since only means the dense side is refreshed.
        if mode == "dense" or (mode == "hybrid" and (self._query_encoder is not None or self.load_model_on_search)):
            if not self.dense_ready:
                self.load_model()
            rankings["dense"], best_snippet["dense"] = self._dense_ranking(query, allowed_snippets, allowed_forms)
        fused = fuse(rankings, self.fusion)[:k]
        return self._hits(fused, best_snippet, query_tokens)

    def _forms_from_snippets(self, snippet_ids: np.ndarray, scores: np.ndarray) -> tuple[dict[int, float], dict[int, int]]:
        form_scores: dict[int, float] = {}
        best: dict[int, int] = {}
        for snippet_id, score in zip(snippet_ids.tolist(), scores.tolist()):
            form_id = int(self._snippets.form_ids[snippet_id])
            if form_id not in best:
                best[form_id], form_scores[form_id] = snippet_id, score
        return form_scores, best

    def _dense_ranking(self, query: str, allowed_snippets, allowed_forms) -> tuple[dict[int, float], dict[int, int]]:
        query_vector = self._query_encoder.encode_queries([query])
        allowed_ids = None if allowed_snippets is None else np.flatnonzero(allowed_snippets).astype(np.int64)
        if allowed_ids is not None and allowed_ids.size == 0:
            return [], {}
        scores, ids = self._vectors.search(query_vector, CANDIDATE_SNIPPETS, allowed_ids=allowed_ids)
        snippet_scores: dict[int, float] = {}
        best: dict[int, int] = {}
        for score, snippet_id in zip(scores[0].tolist(), ids[0].tolist()):
            if snippet_id < 0:
                continue
            form_id = int(self._snippets.form_ids[snippet_id])
            if form_id not in best:
                best[form_id], snippet_scores[form_id] = snippet_id, score
        if not snippet_scores:
            return [], {}
        candidates = np.fromiter(snippet_scores, dtype=np.int64)
        # Record vectors are stored in ascending form-id order, so candidates are found by binary search.
        positions = np.searchsorted(self._record_form_ids, candidates)
        record_scores = self._record_vectors[positions] @ query_vector[0]
        snippet_part = np.fromiter(snippet_scores.values(), dtype=np.float32)
        combined = (1 - RECORD_WEIGHT) * snippet_part + RECORD_WEIGHT * record_scores
        return dict(zip(candidates.tolist(), combined.tolist())), best

    def _hits(self, fused, best_snippet: dict[str, dict[int, int]], query_tokens: list[str]) -> list[Hit]:
        if not fused:
            return []
        forms = forms_by_id(self.store, [form_id for form_id, _, _ in fused])
        hits = []
        for form_id, score, retrievers in fused:
            form = forms.get(form_id)
            if form is None:
                continue
            snippet_id = next((best_snippet[name][form_id] for name in ("lexical", "dense")
                               if name in best_snippet and form_id in best_snippet[name]), None)
            snippets = list(form_snippets(form))
            snippet = snippets[int(self._snippets.ordinals[snippet_id])] if snippet_id is not None else snippets[0]
            matched = [token for token in dict.fromkeys(query_tokens) if token in snippet.text.lower()]
            hits.append(Hit(form_id=form.id, project_name=form.project_name, year=form.year, field=snippet.field,
                            snippet=snippet.text, score=score, row=snippet.row, retrievers=retrievers,
                            matched_terms=matched))
        return hits


def _save_by_content(path: Path, hashes: list[str], blocks: list[np.ndarray]) -> None:
    # Ragged per-form blocks are stored flat with offsets; no pickled objects on disk.
    lengths = np.asarray([len(block) for block in blocks], dtype=np.int64)
    # float16 halves the file; these copies only spare re-encoding unchanged forms, so the precision is plenty.
    flat = np.vstack(blocks).astype(np.float16) if blocks else np.zeros((0, 0), np.float16)
    np.savez(path, hashes=np.asarray(hashes), lengths=lengths, flat=flat)


def load_by_content(path: Path) -> dict[str, np.ndarray]:
    """Read the per-content vector blocks written beside a dense index (record vector first, then snippets)."""
    data = np.load(path)
    offsets = np.concatenate([[0], np.cumsum(data["lengths"])])
    flat = data["flat"].astype(np.float32)
    return {key: flat[offsets[i]:offsets[i + 1]] for i, key in enumerate(data["hashes"].tolist())}
