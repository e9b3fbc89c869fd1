"""BM25 over pre-tokenized snippets: built with bm25s, searched from memory-mapped arrays, filters applied before the top-k cut."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class LexicalIndex:
    """BM25 scores of every (token, snippet) pair, stored by token (CSC); document i is snippet i.

    bm25s computes the scores once at build time; a search only adds up the stored scores of the query's
    tokens, so loading an index maps three arrays and imports neither bm25s nor SciPy.

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
    def build(cls, token_lists: list[list[str]]) -> "LexicalIndex":
        """Index documents given as token lists (from index.tokenize.tokenize).

        Args:
            token_lists: one token list per snippet, in snippet-id order.

        Returns:
            The index.
        """
        if not token_lists:  # an empty store: bm25s cannot index nothing
            return cls({}, np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(1, np.int64), 0)
        import bm25s

        retriever = bm25s.BM25()
        retriever.index(token_lists, show_progress=False)
        scores = retriever.scores
        return cls(dict(retriever.vocab_dict), np.asarray(scores["data"], dtype=np.float32),
                   np.asarray(scores["indices"], dtype=np.int32), np.asarray(scores["indptr"], dtype=np.int64),
                   len(token_lists))

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
