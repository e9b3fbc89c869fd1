"""jieba's word frequencies compiled once into a memory-mapped hash table, so one query is cut without loading 500k words."""

from __future__ import annotations

import json
import mmap
import os
import shutil
import tempfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

_FILES = ("words.bin", "offsets.bin", "frequencies.bin", "slots.bin")
_SEEN_LIMIT = 100_000


def compile_frequencies(frequencies: Mapping[str, int], total: int, folder: Path) -> None:
    """Write a frequency table (jieba's FREQ, prefixes included) as an open-addressing hash table on disk.

    Written into a temporary sibling and renamed, so a reader never sees half a table.

    Args:
        frequencies: word -> frequency (0 for a prefix that is no word), as jieba holds it.
        total: jieba's total frequency.
        folder: where to write (a complete table already there is kept).
    """
    import numpy as np

    words = [word.encode("utf-8") for word in frequencies]
    offsets = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum([len(word) for word in words], out=offsets[1:])
    size = 1 << max(4, (2 * len(words) - 1).bit_length())  # load factor at most one half
    mask = size - 1
    slots = np.full(size, -1, dtype=np.int64)
    for index, word in enumerate(words):
        slot = zlib.crc32(word) & mask
        while slots[slot] >= 0:
            slot = (slot + 1) & mask
        slots[slot] = index
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        (staging / "words.bin").write_bytes(b"".join(words))
        offsets.tofile(staging / "offsets.bin")
        np.fromiter(frequencies.values(), dtype=np.int64, count=len(words)).tofile(staging / "frequencies.bin")
        slots.tofile(staging / "slots.bin")
        (staging / "table.json").write_text(json.dumps({"total": total, "words": len(words)}))
        try:
            os.replace(staging, folder)
        except OSError:
            if not (folder / "table.json").is_file():  # else another process compiled it first: keep theirs
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class MappedFrequencies(Mapping):
    """A read-only word -> frequency mapping over a table written by `compile_frequencies`.

    Opening it maps four files and reads nothing; each lookup hashes the word (crc32) and probes a slot
    or two, a few microseconds, which is what cutting one query needs. Bulk tokenizing uses jieba's own
    dictionary instead (a dict lookup is faster when millions are made).

    Args:
        folder: the table's folder.

    Attributes:
        total: jieba's total frequency.
    """

    def __init__(self, folder: Path) -> None:
        self.total = int(json.loads((folder / "table.json").read_text())["total"])
        self._maps = []
        views = []
        for name in _FILES:
            with (folder / name).open("rb") as file:
                mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) if os.path.getsize(file.name) else b""
            self._maps.append(mapped)
            views.append(memoryview(mapped))
        self._words = views[0]
        self._offsets, self._frequencies, self._slots = (view.cast("q") for view in views[1:])
        self._mask = len(self._slots) - 1
        # Words looked up before (queries share most of their characters and words): a dict hit is faster.
        self._seen: dict[str, int] = {}

    def _index(self, word: str) -> int:
        found = self._seen.get(word)
        if found is None:
            if len(self._seen) >= _SEEN_LIMIT:
                self._seen.clear()
            found = self._seen[word] = self._probe(word)
        return found

    def _probe(self, word: str) -> int:
        key = word.encode("utf-8")
        slot = zlib.crc32(key) & self._mask
        while True:
            index = self._slots[slot]
            if index < 0:
                return -1
            if self._words[self._offsets[index]:self._offsets[index + 1]] == key:
                return index
            slot = (slot + 1) & self._mask

    def __getitem__(self, word: str) -> int:
        index = self._index(word) if isinstance(word, str) else -1
        if index < 0:
            raise KeyError(word)
        return self._frequencies[index]

    def get(self, word: str, default=None):
        index = self._index(word) if isinstance(word, str) else -1
        return default if index < 0 else self._frequencies[index]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index(word) >= 0

    def __len__(self) -> int:
        return len(self._frequencies)

    def __iter__(self) -> Iterator[str]:
        for index in range(len(self._frequencies)):
            yield bytes(self._words[self._offsets[index]:self._offsets[index + 1]]).decode("utf-8")
