"""The default static model without the deep-learning stack: memory-mapped weights, its own tokenizer, mean and normalise."""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np

_SAFETENSORS_DTYPES = {"F32": np.float32, "F16": np.float16}
# Texts tokenized and pooled per step: bounds the token lists held at once.
_CHUNK = 8192


def _mapped_tensor(path: Path, name: str) -> np.ndarray:
    """One tensor of a safetensors file, memory-mapped read-only (nothing is read until rows are used)."""
    with path.open("rb") as file:
        (header_size,) = struct.unpack("<Q", file.read(8))
        header = json.loads(file.read(header_size))
    entry = header[name]
    start, stop = entry["data_offsets"]
    dtype = _SAFETENSORS_DTYPES[entry["dtype"]]
    mapped = np.memmap(path, dtype=dtype, mode="r", offset=8 + header_size + start, shape=tuple(entry["shape"]))
    return np.asarray(mapped)  # a plain view of the mapping: indexing it skips np.memmap's per-result bookkeeping


class StaticEncoder:
    """The `static` model as plain arithmetic: its tokenizer, the mean of the token vectors, L2 normalisation.

    It performs exactly what the model's sentence-transformers modules do (StaticEmbedding's mean of
    token vectors, then Normalize; the model has no query or document prompt), and tests hold the two
    to the same vectors. Neither torch nor sentence-transformers is imported, and the 228 MB weight
    matrix is memory-mapped, so a first search starts fast and an index build skips seconds of imports.

    Args:
        folder: a static model folder written by index.distill.
    """

    def __init__(self, folder: Path):
        from index.distill import BUILD_INFO_FILE
        from index.query_tokenizer import QueryTokenizer

        self.folder = folder
        self.weights = _mapped_tensor(folder / "model.safetensors", "embedding.weight")
        # Queries are cut by a memory-mapped copy of the vocabulary: parsing tokenizer.json took about a second.
        self.query_tokenizer = QueryTokenizer(folder)
        self._tokenizer = None
        info = json.loads((folder / BUILD_INFO_FILE).read_text(encoding="utf-8"))
        self.model_id = info["model_id"]
        self.dimension = int(self.weights.shape[1])

    @property
    def tokenizer(self):
        """The model's ``tokenizers`` object, loaded on first use (document batches are faster through it)."""
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            self._tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        return self._tokenizer

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one per text (zeros for a text with no known token).

        A few texts: each is the mean of its token rows, read from the mapped weights (no SciPy import).
        """
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = self.query_tokenizer.ids(text)
            if ids:
                vectors[row] = self.weights[ids].mean(axis=0)
        return _normalised(vectors)

    def encode_documents(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """L2-normalised float32 vectors, one per text, computed a chunk of texts at a time.

        Each chunk is one sparse (texts × vocabulary) matrix of token weights 1/length times the weight
        matrix: ten times faster than gathering and summing the token rows.

        Args:
            texts: the texts.
            show_progress: show a progress bar on the terminal.

        Returns:
            ``(len(texts), dimension)`` float32 array (zero rows for texts with no known token).
        """
        from scipy.sparse import csr_matrix

        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        starts = range(0, len(texts), _CHUNK)
        if show_progress and len(texts) > _CHUNK:
            from tqdm import tqdm

            starts = tqdm(starts, desc="encoding", unit="chunk")
        for start in starts:
            encodings = self.tokenizer.encode_batch(list(texts[start:start + _CHUNK]), add_special_tokens=False)
            lengths = np.fromiter((len(encoding.ids) for encoding in encodings), dtype=np.int64, count=len(encodings))
            ids = np.fromiter((token for encoding in encodings for token in encoding.ids), dtype=np.int64,
                              count=int(lengths.sum()))
            shares = np.repeat(1.0 / np.maximum(lengths, 1), lengths).astype(np.float32)
            pointers = np.concatenate([[0], np.cumsum(lengths)])
            means = csr_matrix((shares, ids, pointers), shape=(len(encodings), len(self.weights))) @ self.weights
            vectors[start:start + len(encodings)] = means
        return _normalised(vectors)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
