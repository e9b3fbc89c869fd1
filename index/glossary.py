"""English words of the domain with the Chinese the forms use: expands English queries for the lexical index."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

GLOSSARY_FILE = Path(__file__).with_name("data") / "glossary_en.tsv"


def load_glossary(path: Path = GLOSSARY_FILE) -> dict[str, str]:
    """Read a glossary file: ``english phrase<TAB>chinese terms``, ``#`` comments.

    Args:
        path: the TSV file.

    Returns:
        Lower-case English phrase -> space-separated Chinese terms the forms use.
    """
    glossary: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        english, separator, chinese = line.partition("\t")
        if not separator or not chinese.strip():
            raise ValueError(f"{path}:{number}: expected 'english<TAB>chinese'")
        glossary[english.strip().lower()] = " ".join(chinese.split())
    return glossary


# English words of the domain with the Chinese the forms use: lets an English question reach the
# lexical index and tells a real question from chatter. Kept as data so reviewers can extend it.
GLOSSARY_EN: dict[str, str] = load_glossary()


@lru_cache(maxsize=None)
def _pattern(phrase: str) -> re.Pattern:
    # Whole words only: "pay" must not match inside "payment", which has its own entry. A hyphen and a space
    # join words alike ("information-collection devices" is the glossary's "information collection").
    words = [re.escape(word) for word in re.split(r"[\s-]+", phrase)]
    return re.compile(r"(?<![a-z0-9])" + r"[\s-]+".join(words) + r"(?![a-z0-9])")


_LONGEST_FIRST = sorted(GLOSSARY_EN, key=len, reverse=True)


def glossary_matches(text: str, inflected: bool = False) -> list[tuple[str, list[str]]]:
    """The glossary phrases an English text contains, longest first, each with the Chinese terms the forms use.

    Args:
        text: an English query.
        inflected: also words the glossary lists in another form (refurbishing → refurbishment): what a narrative
            question says; search expansion leaves them out (in `jixiao bench retrieval` they add more noise to the
            ranking than recall).

    Returns:
        (phrase, Chinese terms) pairs; a phrase inside a longer one that matched is not repeated.
    """
    lowered = text.lower()
    spaced = lowered.replace("-", " ")
    found = []
    for phrase in _LONGEST_FIRST:
        if phrase.replace("-", " ") not in spaced:  # a plain substring test first: the pattern can only match then
            continue
        pattern = _pattern(phrase)
        if pattern.search(lowered):
            found.append((phrase, GLOSSARY_EN[phrase].split()))
            # a phrase inside a longer one that matched must not fire again ("quality deposit", then "deposit")
            lowered = pattern.sub(" ", lowered)
            spaced = lowered.replace("-", " ")
    return found + (_inflected(lowered) if inflected else [])


# An English word the glossary lists in another form (refurbishing for refurbishment, renovating for renovation)
# is that entry when both share a stem this long: six letters keep police from policy, and the rest of the
# shorter word (at most INFLECTION letters) is its ending.
MIN_STEM = 6
INFLECTION = 3


@lru_cache(maxsize=1)
def _single_words() -> dict[str, list[str]]:
    """The glossary's one-word entries by their first MIN_STEM letters."""
    by_stem: dict[str, list[str]] = {}
    for phrase in GLOSSARY_EN:
        if phrase.isalpha() and len(phrase) >= MIN_STEM:
            by_stem.setdefault(phrase[:MIN_STEM], []).append(phrase)
    return by_stem


def _inflected(text: str) -> list[tuple[str, list[str]]]:
    """Words of the text no entry matched whose stem is a one-word entry's, each with that entry's terms."""
    found = []
    for word in dict.fromkeys(re.findall(r"[a-z]+", text)):
        if len(word) < MIN_STEM or word in GLOSSARY_EN:
            continue
        best = None
        for entry in _single_words().get(word[:MIN_STEM], ()):
            shared = len(os.path.commonprefix([word, entry]))
            if shared >= max(MIN_STEM, min(len(word), len(entry)) - INFLECTION) and (
                    best is None or (shared, -len(entry)) > best[0]):
                best = ((shared, -len(entry)), entry)
        if best is not None:
            found.append((word, GLOSSARY_EN[best[1]].split()))
    return found


def expand_english(text: str) -> str:
    """The text with the Chinese for each glossary phrase it contains appended (longest phrases first).

    Args:
        text: an English query.

    Returns:
        The query followed by the Chinese terms, or the query unchanged when none apply.
    """
    extra = [GLOSSARY_EN[phrase] for phrase, _terms in glossary_matches(text)]
    return text if not extra else f"{text} {' '.join(dict.fromkeys(extra))}"
