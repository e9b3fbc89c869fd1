"""One tokenizer for index and query: jieba search-mode cuts with the domain dictionary, plus English words."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

DOMAIN_DICTIONARY = Path(__file__).with_name("data") / "domain_dict.txt"

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[0-9a-z\u3400-\u9fff]+(?:\.[0-9]+)?")
# Function words that match everywhere and carry no meaning for retrieval.
STOPWORDS = frozenset(
    "的 了 和 与 及 等 是 在 对 为 将 并 由 于 其 中 个 有 也 被 把 以 之 或 而 到 从 向 按 各 该 这 那 哪些 哪个 什么 "
    "吗 呢 啊 项目 哪些项目 哪个项目 什么项目 "
    "a an the of to in on for and or is are was were be been by with as at from that this which what who "
    "how many much do does did have has had it its their there than then so not no".split()
)
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _jieba():
    """jieba with its whole dictionary and ours loaded into memory: fastest per word, for bulk tokenizing."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tokenizer.load_userdict(str(DOMAIN_DICTIONARY))
    return tokenizer


def _frequency_table_dir(with_domain: bool = True) -> Path:
    # Beside jieba's own dictionary cache (the temporary directory), keyed by everything the table holds.
    import hashlib
    import tempfile

    import jieba

    digest = hashlib.sha256(DOMAIN_DICTIONARY.read_bytes() if with_domain else b"jieba's dictionary alone")
    digest.update(jieba.__version__.encode())
    return Path(tempfile.gettempdir()) / f"jixiao-jieba-{digest.hexdigest()[:12]}"


@lru_cache(maxsize=2)
def _mapped_jieba(with_domain: bool = True):
    """jieba over its frequencies compiled into a memory-mapped table: ready in milliseconds, for queries.

    Loading jieba's dictionary takes about a second, most of a one-shot command's time; the table is
    compiled from it once (into the temporary directory, like jieba's own cache) and cuts exactly as the loaded
    dictionary does.

    Args:
        with_domain: include the domain dictionary (the index's cuts) or not (jieba's own cuts).
    """
    import jieba

    from index.word_frequencies import MappedFrequencies, compile_frequencies

    folder = _frequency_table_dir(with_domain)
    if not (folder / "table.json").is_file():
        if with_domain:
            loaded = _jieba()
        else:
            loaded = jieba.Tokenizer()
            loaded.initialize()
        compile_frequencies(loaded.FREQ, loaded.total, folder)
    frequencies = MappedFrequencies(folder)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = frequencies, frequencies.total, True
    return tokenizer


def _query_jieba():
    return _mapped_jieba(True)


def cut_words(text: str) -> list[str]:
    """jieba's precise-mode cut (`jieba.lcut`, its own dictionary, HMM on), without loading that dictionary.

    For readers of questions, which match words against their own lexicons rather than the index.

    Args:
        text: any text.

    Returns:
        The words, in order, exactly as `jieba.lcut(text)` gives them.
    """
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return _mapped_jieba(False).lcut(text)


def warm_up() -> None:
    """Open the query tokenizer now rather than on the first query."""
    _query_jieba()


def tokenize(text: str, tokenizer=None) -> list[str]:
    """Tokens of a text for BM25: jieba `cut_for_search` for Chinese, lower-cased words for the rest.

    The same function serves indexing and querying, so a query term matches the indexed term exactly.

    Args:
        text: any record or query text.
        tokenizer: the jieba tokenizer to cut with (default: the memory-mapped query tokenizer; both
            tokenizers hold the same frequencies and cut alike).

    Returns:
        The tokens, stopwords and punctuation removed, in order.
    """
    lowered = text.lower()
    if not _HAN.search(lowered):
        return [token for token in _WORD.findall(lowered) if token not in STOPWORDS]
    tokens = []
    for piece in (tokenizer or _query_jieba()).cut_for_search(lowered, HMM=False):
        piece = piece.strip()
        if piece and _WORD.fullmatch(piece) and piece not in STOPWORDS:
            tokens.append(piece)
    return tokens


def _tokenize_in_memory(text: str) -> list[str]:
    return tokenize(text, _jieba())


# Below this many texts loading jieba's dictionary (about a second) costs more than cutting them through the
# memory-mapped table (a few microseconds more per word).
_IN_MEMORY_THRESHOLD = 5_000
# Below this many texts a process pool costs more (jieba loads its dictionary per worker) than it saves.
_PARALLEL_THRESHOLD = 20_000


def tokenize_many(texts: list[str], workers: int | None = None) -> list[list[str]]:
    """Tokenize many texts, across processes when there are enough to pay for it.

    Args:
        texts: the texts, e.g. every snippet of a store.
        workers: processes to use (default: the usable cores).

    Returns:
        One token list per text, in order (equal texts share one list: do not modify them).
    """
    # Forms repeat themselves (the same indicator row in many forms and years): each distinct text is cut once.
    distinct = list(dict.fromkeys(texts))
    if len(distinct) < len(texts):
        cut = dict(zip(distinct, tokenize_many(distinct, workers)))
        return [cut[text] for text in texts]
    if len(texts) < _IN_MEMORY_THRESHOLD:
        # A small store (the bundled corpus): the mapped table cuts these faster than jieba loads its dictionary.
        return [tokenize(text) for text in texts]
    from store.workers import process_pool, usable_cores

    workers = workers or usable_cores()
    if workers < 2 or len(texts) < _PARALLEL_THRESHOLD:
        return [_tokenize_in_memory(text) for text in texts]
    chunk = max(1000, len(texts) // (workers * 8))
    # jieba loads its dictionary once per worker.
    with process_pool(workers) as pool:
        return list(pool.map(_tokenize_in_memory, texts, chunksize=chunk))


def _tokenize_chunk(texts: list[str]) -> list[list[str]]:
    return [_tokenize_in_memory(text) for text in texts]


class TokenStream:
    """Distinct texts cut as they are found: once there are enough to pay for a pool, in worker processes
    while the caller goes on reading, so reading the store and cutting its snippets overlap.

    Cuts exactly as `tokenize_many` over the same texts. Use it in a `with` block (the pool ends with it).

    Args:
        workers: processes to use (default: the usable cores).
        chunk: texts handed to a worker at a time.
        parallel_from: how many texts start the pool (fewer are cut by `tokenize_many` in this process).
    """

    def __init__(self, workers: int | None = None, chunk: int = 5_000, parallel_from: int = _PARALLEL_THRESHOLD):
        from store.workers import usable_cores

        self.workers = workers or usable_cores()
        self.chunk = chunk
        self.parallel_from = parallel_from
        self._waiting: list[str] = []  # texts not yet handed to a worker
        self._parts: list = []  # futures of the chunks handed over, in order
        self._pool = None

    def __enter__(self) -> "TokenStream":
        return self

    def __exit__(self, *_exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def add(self, text: str) -> None:
        """Queue one text (the caller passes each distinct text once)."""
        self._waiting.append(text)
        if len(self._waiting) % self.chunk == 0 and self.workers >= 2 and \
                (self._pool is not None or len(self._waiting) >= self.parallel_from):
            self._hand_over()

    def _hand_over(self) -> None:
        if self._pool is None:
            from store.workers import process_pool

            self._pool = process_pool(self.workers)  # jieba loads its dictionary once per worker
        for start in range(0, len(self._waiting), self.chunk):
            self._parts.append(self._pool.submit(_tokenize_chunk, self._waiting[start:start + self.chunk]))
        self._waiting = []

    @property
    def chunks_handed_over(self) -> int:
        """How many chunks went to worker processes so far."""
        return len(self._parts)

    def tokens(self) -> list[list[str]]:
        """The token lists of every text added, in the order added."""
        if self._pool is None:  # too few for a pool: as tokenize_many cuts them
            return tokenize_many(self._waiting, self.workers)
        self._hand_over()
        return [tokens for part in self._parts for tokens in part.result()]
