"""The static model's Unigram tokenizer for short queries, over a memory-mapped sorted vocabulary (no tokenizer.json parse)."""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from pathlib import Path

import numpy as np

VOCABULARY_FOLDER = "query_vocabulary"
# tokenizers' Unigram scores a character no token covers as the lowest token score minus this.
_UNKNOWN_PENALTY = 10.0
# The pre-tokenizers of index.distill.make_tokenizer: white space, Han runs isolated, ASCII digit runs, punctuation removed.
_HAN_RUN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")
_DIGIT_RUN = re.compile(r"([0-9]+)")


def _is_punctuation(char: str) -> bool:
    return (char.isascii() and not char.isalnum() and char.isprintable() and not char.isspace()) \
        or unicodedata.category(char).startswith("P")


def _pieces(text: str) -> list[str]:
    """Pre-tokenized pieces of a normalized text, in order."""
    pieces = []
    for word in text.split():
        for han_part in _HAN_RUN.split(word):
            for digit_part in _DIGIT_RUN.split(han_part):
                current = []
                for char in digit_part:
                    if _is_punctuation(char):
                        if current:
                            pieces.append("".join(current))
                        current = []
                    else:
                        current.append(char)
                if current:
                    pieces.append("".join(current))
    return pieces


def write_vocabulary(model_folder: Path) -> Path:
    """Compile the model's tokenizer.json into sorted arrays beside it, once (written to a temporary folder, then renamed).

    Args:
        model_folder: the static model folder.

    Returns:
        The vocabulary folder.
    """
    target = model_folder / VOCABULARY_FOLDER
    if target.exists():
        return target
    model = json.loads((model_folder / "tokenizer.json").read_text(encoding="utf-8"))["model"]
    if model["type"] != "Unigram" or model.get("byte_fallback"):
        raise ValueError(f"{model_folder}/tokenizer.json is not a plain Unigram model")
    keys = np.array([token.encode("utf-8") for token, _score in model["vocab"]], dtype=object)
    order = np.argsort(keys, kind="stable")
    staging = model_folder / f".{VOCABULARY_FOLDER}.{os.getpid()}.tmp"
    staging.mkdir(exist_ok=True)
    np.save(staging / "tokens.npy", np.array(keys[order].tolist(), dtype=bytes))
    np.save(staging / "ids.npy", order.astype(np.int32))
    np.save(staging / "scores.npy", np.array([score for _token, score in model["vocab"]], dtype=np.float64)[order])
    (staging / "meta.json").write_text(json.dumps({"unk_id": model["unk_id"],
                                                   "longest": max(len(token) for token, _ in model["vocab"])}))
    try:
        os.replace(staging, target)
    except OSError:  # another process wrote it first: keep theirs
        shutil.rmtree(staging, ignore_errors=True)
    return target


class QueryTokenizer:
    """Unigram segmentation (Viterbi, unknown characters fused) giving the same ids as the model's tokenizers object.

    Args:
        model_folder: the static model folder (its compiled vocabulary is written on first use).
    """

    def __init__(self, model_folder: Path) -> None:
        folder = write_vocabulary(model_folder)
        # plain views of the mappings: indexing them skips np.memmap's per-result bookkeeping
        self._tokens = np.asarray(np.load(folder / "tokens.npy", mmap_mode="r"))
        self._ids = np.asarray(np.load(folder / "ids.npy", mmap_mode="r"))
        self._scores = np.asarray(np.load(folder / "scores.npy", mmap_mode="r"))
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self._unknown_id, self._longest = int(meta["unk_id"]), int(meta["longest"])
        self._unknown_score = float(np.min(self._scores)) - _UNKNOWN_PENALTY

    def ids(self, text: str) -> list[int]:
        """Token ids of a text, as ``Tokenizer.encode(text, add_special_tokens=False).ids``.

        Args:
            text: any text.

        Returns:
            The ids in order.
        """
        normalized = unicodedata.normalize("NFKC", text).lower()
        return [token for piece in _pieces(normalized) for token in self._segment(piece)]

    def _segment(self, piece: str) -> list[int]:
        spans = [(start, stop) for start in range(len(piece))
                 for stop in range(start + 1, min(len(piece), start + self._longest) + 1)]
        keys = np.array([piece[start:stop].encode("utf-8") for start, stop in spans], dtype=bytes)
        positions = np.minimum(np.searchsorted(self._tokens, keys), len(self._tokens) - 1)
        hits = np.flatnonzero(self._tokens[positions] == keys)
        matches: dict[int, list[tuple[int, int, float]]] = {}
        for hit, token, score in zip(hits.tolist(), self._ids[positions[hits]].tolist(),
                                     self._scores[positions[hits]].tolist()):
            start, stop = spans[hit]
            matches.setdefault(start, []).append((stop, token, score))
        best = [(-np.inf, -1, -1)] * (len(piece) + 1)  # (score, start, id) of the best path ending here
        best[0] = (0.0, -1, -1)
        for start in range(len(piece)):
            so_far = best[start][0]
            nodes = matches.get(start, [])
            if not any(stop == start + 1 for stop, _id, _score in nodes):
                nodes = nodes + [(start + 1, self._unknown_id, self._unknown_score)]
            for stop, token, score in nodes:
                if best[stop][1] < 0 or so_far + score > best[stop][0]:
                    best[stop] = (so_far + score, start, token)
        tokens, end = [], len(piece)
        while end > 0:
            _score, start, token = best[end]
            if not (token == self._unknown_id and tokens and tokens[-1] == self._unknown_id):
                tokens.append(token)
            end = start
        return tokens[::-1]
