"""Search over stored forms: tokenizer, snippets, BM25, embedding models, FAISS, fusion and the search service."""

# Here rather than in index.embedder so that naming the default does not import sentence-transformers.
DEFAULT_MODEL = "static"
