"""BM25 over pre-tokenized snippets (bm25s), with filters applied as a mask before the top-k cut."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class LexicalIndex:
    """A bm25s index over token lists; document i is snippet i."""

    def __init__(self, retriever, size: int):
        self.retriever = retriever
        self.size = size

    @classmethod
    def build(cls, token_lists: list[list[str]]) -> "LexicalIndex":
        """Index documents given as token lists (from index.tokenize.tokenize).

        Args:
            token_lists: one token list per snippet, in snippet-id order.

        Returns:
            The index.
        """
        import bm25s

        retriever = bm25s.BM25()
        retriever.index(token_lists, show_progress=False)
        return cls(retriever, len(token_lists))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document for the query (0 where nothing matches)."""
        known = [token for token in query_tokens if token in self.retriever.vocab_dict]
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(known), dtype=np.float32)

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
        self.retriever.save(str(directory), show_progress=False)
        (directory / "size.json").write_text(json.dumps({"size": self.size}))

    @classmethod
    def load(cls, directory: Path) -> "LexicalIndex":
        """Read an index written by save (memory-mapped, so start-up stays fast)."""
        import bm25s

        retriever = bm25s.BM25.load(str(directory), mmap=True, show_progress=False)
        return cls(retriever, json.loads((directory / "size.json").read_text())["size"])
