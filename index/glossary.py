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
    # Whole words only: "pay" must not match inside "payment", which has its own entry.
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])")


_LONGEST_FIRST = sorted(GLOSSARY_EN, key=len, reverse=True)


def expand_english(text: str) -> str:
    """The text with the Chinese for each glossary phrase it contains appended (longest phrases first).

    Args:
        text: an English query.

    Returns:
        The query followed by the Chinese terms, or the query unchanged when none apply.
    """
    lowered = text.lower()
    extra = []
    for phrase in _LONGEST_FIRST:
        if phrase not in lowered:  # a plain substring test first: the word-boundary pattern can only match then
            continue
        pattern = _pattern(phrase)
        if pattern.search(lowered):
            extra.append(GLOSSARY_EN[phrase])
            # a phrase inside a longer one that matched must not fire again ("quality deposit", then "deposit")
            lowered = pattern.sub(" ", lowered)
    return text if not extra else f"{text} {' '.join(dict.fromkeys(extra))}"
