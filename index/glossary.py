"""English words of the domain with the Chinese the forms use: expands English queries for the lexical index."""

from __future__ import annotations

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


def glossary_matches(text: str) -> list[tuple[str, list[str]]]:
    """The glossary phrases an English text contains, longest first, each with the Chinese terms the forms use.

    Args:
        text: an English query.

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
