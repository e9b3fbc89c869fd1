"""Query encoding for the default static model without the deep-learning stack, so a first search starts fast."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


class StaticQueryEncoder:
    """The `static` model's query side: its own tokenizer and weights, no torch or sentence-transformers import.

    It performs exactly the arithmetic of the model's sentence-transformers modules (StaticEmbedding's
    mean of token vectors, then Normalize) — tests hold the two to the same vectors — and saves the
    ~3 s import of sentence-transformers, torch and scikit-learn whenever the dense index is already
    built. Documents are always encoded by sentence-transformers.

    Args:
        folder: a static model folder written by index.distill.
    """

    def __init__(self, folder: Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        from index.distill import BUILD_INFO_FILE

        self.weights = load_file(str(folder / "model.safetensors"))["embedding.weight"]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        info = json.loads((folder / BUILD_INFO_FILE).read_text(encoding="utf-8"))
        self.model_id = info["model_id"]
        self.dimension = int(self.weights.shape[1])

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one per text (zeros for a text with no known token)."""
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            if encoding.ids:
                vectors[row] = self.weights[encoding.ids].mean(axis=0)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)
