"""Hybrid search over a store: builds, persists, checks and serves the lexical and dense indexes."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.backend import MODES
from index.freshness import StoreWatch
from index.fusion import convex_fusion, reciprocal_rank_fusion
from index.hits import Hit
from index.rerank import query_constraints, rerank
from index.snippet_table import SnippetTable
from index.snippets import FIELD_CODES, FIELDS, form_snippets, record_text
from index.glossary import expand_english
from index.tokenize import TokenStream, tokenize
from store.database import Store, data_dir
from store.versions import data_version, fingerprint

if TYPE_CHECKING:
    from store.query import FormFilter

# 2: findings are snippets; 3: the index holds its snippets' text, names and years; 4: vectors stored as float16;
# 5: an indicator row short of its target says so (index.snippets.falls_short)
FORMAT_VERSION = 5
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


def _encode_distinct(encoder, texts: list[str]) -> np.ndarray:
    """Document vectors of texts, each distinct text encoded once.

    Forms repeat themselves (the same indicator row in many forms and years): a chunk of snippets holds
    about a third as many distinct texts, and a text's vector does not depend on what else is encoded with it.
    """
    distinct = dict.fromkeys(texts)
    if len(distinct) == len(texts):
        return encoder.encode_documents(texts)
    for position, text in enumerate(distinct):
        distinct[text] = position
    return encoder.encode_documents(list(distinct))[[distinct[text] for text in texts]]


class _PreviousVectors:
    """The vectors of a dense index about to be replaced, looked up by form content hash for reuse.

    Args:
        path: the dense index directory (its records.npz names each record's content hash and snippet count).
    """

    def __init__(self, path: Path) -> None:
        from index.vectors import VectorIndex

        records = np.load(path / "records.npz")
        self._records = records["vectors"]
        counts = records["snippet_counts"]
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        self._where = {key: (position, int(start), int(count)) for position, (key, start, count)
                       in enumerate(zip(records["hashes"].tolist(), starts, counts))}
        self._index = VectorIndex.load(path / "snippets.faiss")

    def find(self, content_hash: str, snippets: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(record vector, positions of its snippet vectors) of a form with this content and snippet count, or None."""
        found = self._where.get(content_hash)
        if found is None or found[2] != snippets:
            return None
        position, start, count = found
        return self._records[position], np.arange(start, start + count, dtype=np.int64)

    def vectors(self, positions: np.ndarray) -> np.ndarray:
        """Snippet vectors at these positions of the previous index."""
        return self._index.vectors(positions)


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
        query_threads: FAISS threads per query (1: a single query is fastest on one thread).
        build_threads: FAISS threads for building the dense index (default: every usable core).
    """

    def __init__(self, store: Store, model: str | None = None, index_dir: Path | None = None,
                 fusion: str = "convex", load_model_on_search: bool = False, query_threads: int = 1,
                 build_threads: int | None = None):
        from index import DEFAULT_MODEL

        if fusion not in FUSIONS:
            raise ValueError(f"unknown fusion {fusion!r}; use one of {FUSIONS}")
        self.store = store
        self.fusion = fusion
        self.load_model_on_search = load_model_on_search
        self.query_threads = query_threads
        self.build_threads = build_threads
        self.model_name = model or DEFAULT_MODEL
        self.index_dir = index_dir or index_dir_for(store)
        self._lock = threading.RLock()
        self._lexical = None
        self._snippets: SnippetTable | None = None
        self._embedder = None  # encodes documents and queries
        self._query_encoder = None
        self._vectors = None
        self._record_vectors: np.ndarray | None = None
        self._record_form_ids: np.ndarray | None = None
        self._fingerprint: str | None = None
        # Asked before every search (microseconds on SQLite); only when it says the store may have
        # changed is the data version read, and only when that moved is the full fingerprint computed.
        self._watch = StoreWatch(store)
        self._record_texts: dict[int, str] | None = None  # form id -> record text, from the last lexical build
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
    def snippet_table(self) -> SnippetTable:
        """Every snippet the index serves, current with the store (rebuilt first if stale): what a narrative reader
        scans instead of the store's tables.

        Returns:
            The loaded table.
        """
        self.ensure_lexical()
        return self._snippets

    def ensure_lexical(self) -> None:
        """Load the lexical index, rebuilding it first if it is missing or covers another store state."""
        with self._lock:
            if self._lexical is not None and not self._watch.may_have_changed():
                return
            version = data_version(self.store)
            if self._lexical is not None and self._data_version == version:
                return
            # Forgotten first, so a failed rebuild leaves nothing stale to serve and the next search retries.
            self._lexical = None
            current = self._current_fingerprint()
            path = self._lexical_path()
            manifest = _read_manifest(path)
            self._record_texts = None
            if not manifest or manifest.get("store_fingerprint") != current or manifest.get("format") != FORMAT_VERSION:
                self._build_lexical(path, current)
                self.rebuilt.append("lexical")
            from index.lexical import LexicalIndex

            self._snippets = SnippetTable.load(path)
            self._lexical = LexicalIndex.load(path / "bm25")
            self._data_version = version
            self._fingerprint = current
            if self._vectors is not None:
                self._vectors = None  # the dense side must be re-checked against the new store state

    def _build_lexical(self, path: Path, current: str) -> None:
        from index.lexical import LexicalIndex
        from store.form_texts import iter_form_texts

        form_ids, field_codes, rows, texts, documents = [], [], [], [], []
        forms: dict[int, tuple[str, str, int | None]] = {}
        record_texts: dict[int, str] = {}
        # Forms repeat themselves: each distinct snippet text is cut and scored once, cut in worker processes
        # while the store is still being read.
        distinct: dict[str, int] = {}
        with TokenStream() as cutter:
            for form in iter_form_texts(self.store):
                forms[form.id] = (form.content_hash, form.project_name, form.year)
                record_texts[form.id] = record_text(form)
                for snippet in form_snippets(form):
                    form_ids.append(form.id)
                    field_codes.append(FIELD_CODES[snippet.field])
                    rows.append(-1 if snippet.row is None else snippet.row)
                    texts.append(snippet.text)
                    position = distinct.get(snippet.text)
                    if position is None:
                        position = distinct[snippet.text] = len(distinct)
                        cutter.add(snippet.text)
                    documents.append(position)
            del distinct
            table = SnippetTable.from_rows(form_ids, field_codes, rows, texts, forms)
            del texts
            token_lists = cutter.tokens()
        lexical = LexicalIndex.build(token_lists, np.asarray(documents, dtype=np.int64))
        del token_lists, documents

        def write(staging: Path) -> None:
            lexical.save(staging / "bm25")
            table.save(staging)
            (staging / "manifest.json").write_text(json.dumps({
                "format": FORMAT_VERSION, "store_fingerprint": current, "snippets": len(form_ids),
                "forms": len(forms)}))

        _write_atomically(path, write)
        # Kept for the dense build that usually follows, so one pass over the store feeds both sides.
        self._record_texts = record_texts

    # ----- dense -------------------------------------------------------------------------------
    def load_model(self, progress: bool = False) -> None:
        """Load the embedding model and the dense index, building or refreshing the index if stale.

        Args:
            progress: show progress bars (model build, encoding) on the terminal.
        """
        self.ensure_lexical()
        # The slow loads happen outside the lock so lexical searches keep running meanwhile.
        query_encoder = self._query_encoder or self._load_encoder(progress)
        with self._lock:
            path = self._dense_path()
            manifest = _read_manifest(path)
            expected = {"store_fingerprint": self._fingerprint, "model_id": query_encoder.model_id,
                        "dimension": query_encoder.dimension, "format": FORMAT_VERSION}
            if not manifest or any(manifest.get(key) != value for key, value in expected.items()):
                self._build_dense(path, manifest, progress)
                self.rebuilt.append("dense")
            self._record_texts = None
            from index.vectors import VectorIndex

            self._vectors = VectorIndex.load(path / "snippets.faiss")
            records = np.load(path / "records.npz")
            self._record_vectors, self._record_form_ids = records["vectors"], records["form_ids"]
            self._query_encoder = query_encoder

    def _load_encoder(self, progress: bool = False):
        """The model, loaded once: for the default model its static encoder (no torch or sentence-transformers
        import, weights memory-mapped) encodes queries and documents alike; other models load sentence-transformers."""
        if self._embedder is None:
            from index import DEFAULT_MODEL

            if self.model_name == DEFAULT_MODEL:
                from index.distill import ensure_static_model
                from index.static_encoder import StaticEncoder

                self._embedder = StaticEncoder(ensure_static_model(progress=progress))
            else:
                from index.embedder import load_embedder

                self._embedder = load_embedder(self.model_name, progress=progress)
        return self._embedder

    def _build_dense(self, path: Path, previous_manifest: dict | None, progress: bool) -> None:
        from index.vectors import VectorIndex

        table = self._snippets
        encoder = self._load_encoder(progress)
        previous = None
        # Vectors of forms whose content did not change are read back from the previous index (stored once,
        # no second copy), so an ingest re-encodes only what it added.
        if previous_manifest and previous_manifest.get("model_id") == encoder.model_id \
                and previous_manifest.get("dimension") == encoder.dimension \
                and previous_manifest.get("format") == FORMAT_VERSION:
            try:
                previous = _PreviousVectors(path)
            except (OSError, KeyError, ValueError):
                previous = None
        reuse_from = np.full(len(table), -1, dtype=np.int64)  # snippet slot -> its position in the previous index
        record_ids, record_vectors, hashes, counts = [], [], [], []
        for form_id in sorted(table.forms):
            key = table.forms[form_id][0]
            slots = table.slots(form_id)
            reused = previous.find(key, len(slots)) if previous is not None else None
            record_ids.append(form_id)
            hashes.append(key)
            counts.append(len(slots))
            if reused is not None:
                record_vectors.append(reused[0])
                reuse_from[slots] = reused[1]
            else:
                record_vectors.append(None)
        missing = [index for index, vector in enumerate(record_vectors) if vector is None]
        texts = self._record_texts
        if missing and texts is None:  # the lexical side was read from disk: one pass for the record texts
            from store.form_texts import iter_form_texts

            wanted = {record_ids[index] for index in missing}
            texts = {form.id: record_text(form) for form in iter_form_texts(self.store) if form.id in wanted}
        # A form deleted since the lexical build keeps its name as record text until the next check rebuilds both.
        record_texts = {record_ids[index]: texts.get(record_ids[index], table.forms[record_ids[index]][1])
                        for index in missing}
        self._record_texts = None
        if missing:
            encoded = encoder.encode_documents([record_texts[record_ids[index]] for index in missing])
            for index, vector in zip(missing, encoded):
                record_vectors[index] = vector
        records = np.vstack(record_vectors).astype(np.float32) if record_vectors else np.zeros((0, encoder.dimension), np.float32)

        def snippet_vectors(slots: np.ndarray) -> np.ndarray:
            # Read back from the previous index where the form is unchanged, else encoded from the index's own
            # snippet table (the store is not cut into snippets twice).
            vectors = np.empty((len(slots), encoder.dimension), dtype=np.float32)
            sources = reuse_from[slots]
            kept = sources >= 0
            if kept.any():
                vectors[kept] = previous.vectors(sources[kept])
            if not kept.all():
                vectors[~kept] = _encode_distinct(encoder, [table.text(slot) for slot in slots[~kept].tolist()])
            return vectors

        # A chunk at a time: the float32 vectors of every snippet are never held at once.
        vectors = VectorIndex.build_in_chunks(len(table), snippet_vectors, threads=self.build_threads, progress=progress)
        previous = None  # releases the previous index's memory map before it is replaced

        def write(staging: Path) -> None:
            vectors.save(staging / "snippets.faiss")
            np.savez(staging / "records.npz", vectors=records.astype(np.float16),  # half floats, like the snippet vectors
                     form_ids=np.asarray(record_ids, dtype=np.int64),
                     hashes=np.asarray(hashes), snippet_counts=np.asarray(counts, dtype=np.int64))
            (staging / "manifest.json").write_text(json.dumps({
                "format": FORMAT_VERSION, "store_fingerprint": self._fingerprint,
                "model_id": encoder.model_id, "model": self.model_name,
                "dimension": encoder.dimension, "kind": vectors.kind, "snippets": vectors.size}))

        _write_atomically(path, write)

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
        allowed_forms = None
        if form_filter is not None and not form_filter.is_empty():
            from store.query import matching_form_ids

            allowed_forms = matching_form_ids(self.store, form_filter)
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
        preferred = {**best_snippet.get("dense", {}), **best_snippet.get("lexical", {})}
        fused, shown = rerank(fuse(rankings, self.fusion), query_constraints(query), table, preferred,
                              allowed_snippets)
        best_snippet = {"rerank": shown, **best_snippet}
        return self._hits(fused[:k], best_snippet, query_tokens)

    def _forms_from_snippets(self, snippet_ids: np.ndarray, scores: np.ndarray) -> tuple[dict[int, float], dict[int, int]]:
        """Each form's best snippet and its score, in rank order, from snippet ids ranked best first (-1: none)."""
        snippet_ids, scores = np.asarray(snippet_ids), np.asarray(scores)
        found = snippet_ids >= 0
        snippet_ids, scores = snippet_ids[found], scores[found]
        form_ids = self._snippets.form_ids[snippet_ids]
        first = np.sort(np.unique(form_ids, return_index=True)[1])  # a form's first place is its best snippet
        forms = form_ids[first].tolist()
        return dict(zip(forms, scores[first].tolist())), dict(zip(forms, snippet_ids[first].tolist()))

    def _dense_ranking(self, query: str, allowed_snippets, allowed_forms) -> tuple[dict[int, float], dict[int, int]]:
        query_vector = self._query_encoder.encode_queries([query])
        allowed_ids = None if allowed_snippets is None else np.flatnonzero(allowed_snippets).astype(np.int64)
        if allowed_ids is not None and allowed_ids.size == 0:
            return [], {}
        scores, ids = self._vectors.search(query_vector, CANDIDATE_SNIPPETS, allowed_ids=allowed_ids,
                                           threads=self.query_threads)
        snippet_scores, best = self._forms_from_snippets(ids[0], scores[0])
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
        # Served from the index's own snippet table: a query never loads forms from the store.
        table = self._snippets
        hits = []
        for form_id, score, retrievers in fused:
            snippet_id = next((best_snippet[name][form_id] for name in ("rerank", "lexical", "dense")
                               if name in best_snippet and form_id in best_snippet[name]), None)
            if snippet_id is None:
                snippet_id = int(table.slots(form_id)[0])
            text = table.text(snippet_id)
            _content, name, year = table.forms[form_id]
            matched = [token for token in dict.fromkeys(query_tokens) if token in text.lower()]
            hits.append(Hit(form_id=form_id, project_name=name, year=year, field=table.field(snippet_id),
                            snippet=text, score=score, row=table.row(snippet_id), retrievers=retrievers,
                            matched_terms=matched))
        return hits
