"""BM25 over pre-tokenized snippets: bm25s's scores built in a few array passes, searched from memory-mapped arrays, filters applied before the top-k cut."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

# bm25s's defaults (Lucene BM25), which the judged retrieval figures were measured with.
K1, B = 1.5, 0.75


class LexicalIndex:
    """BM25 scores of every (token, snippet) pair, stored by token (CSC); document i is snippet i.

    The scores are computed once at build time; a search only adds up the stored scores of the query's
    tokens, so loading an index maps three arrays.

    Args:
        vocabulary: token -> column.
        data, indices, indptr: the scores of token t are ``data[indptr[t]:indptr[t + 1]]`` for the snippets
            ``indices[indptr[t]:indptr[t + 1]]``.
        size: how many snippets.
    """

    def __init__(self, vocabulary: dict[str, int], data: np.ndarray, indices: np.ndarray, indptr: np.ndarray,
                 size: int):
        self.vocabulary = vocabulary
        self.data, self.indices, self.indptr = data, indices, indptr
        self.size = size

    @classmethod
    def build(cls, token_lists: list[list[str]], documents: np.ndarray | None = None) -> "LexicalIndex":
        """Index documents given as token lists (from index.tokenize.tokenize), with bm25s's scores (Lucene BM25).

        Forms repeat themselves, so documents may share a token list: each distinct list is counted and scored
        once, then its scores are copied to every document that has it. The arithmetic is bm25s's, step for step
        and type for type, so every stored score equals the one bm25s computes (tests hold them equal).

        Args:
            token_lists: the distinct token lists (or one per document when `documents` is None).
            documents: for each document, in document order, the index of its token list (default: list i is
                document i).

        Returns:
            The index.
        """
        documents = np.arange(len(token_lists), dtype=np.int64) if documents is None else np.asarray(documents, np.int64)
        vocabulary: dict[str, int] = {}
        flat = [vocabulary.setdefault(token, len(vocabulary)) for tokens in token_lists for token in tokens]
        if len(documents) == 0 or not vocabulary:
            return cls(vocabulary, np.zeros(0, np.float32), np.zeros(0, np.int32),
                       np.zeros(len(vocabulary) + 1, np.int64), len(documents))
        width = len(vocabulary)
        list_lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
        owners = np.repeat(np.arange(len(token_lists), dtype=np.int64), list_lengths)
        # (list, term) pairs with their term frequency, ordered by list then term.
        pairs, frequencies = np.unique(owners * width + np.asarray(flat, dtype=np.int64), return_counts=True)
        pair_lists, pair_terms = pairs // width, (pairs % width).astype(np.int32)
        pairs_per_list = np.bincount(pair_lists, minlength=len(token_lists))
        first_pair = np.concatenate([[0], np.cumsum(pairs_per_list)[:-1]])
        # Every document's pairs, documents in order: the postings before they are grouped by term. Positions
        # fit in 32 bits (a billion postings would not fit in memory anyway), which halves the largest arrays.
        per_document = pairs_per_list[documents]
        document_of = np.repeat(np.arange(len(documents), dtype=np.int32), per_document)
        shift = (first_pair[documents] - np.concatenate([[0], np.cumsum(per_document)[:-1]])).astype(np.int32)
        pair_of = np.repeat(shift, per_document)
        pair_of += np.arange(len(pair_of), dtype=np.int32)
        del shift, per_document
        term_of = pair_terms[pair_of]
        document_frequency = np.bincount(term_of, minlength=width)
        count = len(documents)
        # bm25s: idf in Python floats stored as float32; tf as float32; the length norm in float64.
        idf = np.array([math.log(1 + (count - df + 0.5) / (df + 0.5)) for df in document_frequency.tolist()],
                       dtype=np.float32)
        average_length = list_lengths[documents].mean()
        norms = K1 * ((1 - B) + B * list_lengths / average_length)
        tf = frequencies.astype(np.float32)
        pair_scores = (idf[pair_terms] * (tf / (norms[pair_lists] + tf))).astype(np.float32)
        order = np.argsort(term_of, kind="stable")  # by term, documents ascending within a term
        del term_of
        indptr = np.zeros(width + 1, dtype=np.int64)
        np.cumsum(document_frequency, out=indptr[1:])
        data = pair_scores[pair_of[order]]
        del pair_of
        return cls(vocabulary, data, document_of[order], indptr, count)

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document for the query (0 where nothing matches); a repeated token counts again."""
        scores = np.zeros(self.size, dtype=np.float32)
        for token in query_tokens:
            column = self.vocabulary.get(token)
            if column is None:
                continue
            start, stop = int(self.indptr[column]), int(self.indptr[column + 1])
            # A token's postings name each document once, so a plain indexed add is exact.
            scores[self.indices[start:stop]] += self.data[start:stop]
        return scores

    def search(self, query_tokens: list[str], k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The best k documents with a positive score.

        Args:
            query_tokens: the tokenized query.
            k: how many at most.
            allowed: boolean mask over documents; documents outside it are never returned.

        Returns:
            (document ids, scores), best first. Documents with no matching term are left out
            rather than ranked, so their file order cannot leak into a fused ranking.
        """
        scores = self.scores(query_tokens)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        positive = np.flatnonzero(scores > 0)
        if positive.size > k:
            positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
        order = positive[np.argsort(-scores[positive], kind="stable")]
        return order, scores[order]

    def save(self, directory: Path) -> None:
        """Write the index files into a directory."""
        directory.mkdir(parents=True, exist_ok=True)
        for name in ("data", "indices", "indptr"):
            np.save(directory / f"{name}.npy", getattr(self, name))
        (directory / "vocabulary.json").write_text(json.dumps(self.vocabulary, ensure_ascii=False), encoding="utf-8")
        (directory / "size.json").write_text(json.dumps({"size": self.size}))

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        """Read an index written by save, its arrays memory-mapped so start-up stays fast."""
        arrays = [np.load(directory / f"{name}.npy", mmap_mode="r") for name in ("data", "indices", "indptr")]
        vocabulary = json.loads((directory / "vocabulary.json").read_text(encoding="utf-8"))
        return cls(vocabulary, *arrays, json.loads((directory / "size.json").read_text())["size"])
