"""Intensifiers ("spent literally nothing", 压根儿没花): adverbs that only stress, taken out before a question is read."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """One pattern for the words of assistant/data/intensifiers.tsv, English ones whole words, longest first."""
    alternatives: list[str] = []
    for _, cells in data_files.rows("intensifiers.tsv", 2, "'zh|en|en_after|en_counted<TAB>word|word…'",
                                    lambda cells: cells[0] in ("zh", "en", "en_after", "en_counted")):
        if cells[0] == "en_counted":
            continue
        for word in sorted(cells[1].split("|"), key=len, reverse=True):
            escaped = re.escape(word.strip())
            alternatives.append(rf"(?<![a-z]){escaped}\s+(?=[a-z])" if cells[0] == "en"
                                else rf"(?<=[a-z])\s+{escaped}(?![a-z])" if cells[0] == "en_after" else escaped)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def without_intensifiers(question: str) -> str:
    """The question with its intensifiers taken out; an English one only when a word follows it
    (one stressing the noun before it, whatsoever, only after a word).

    Args:
        question: as typed.

    Returns:
        The question without them ("spent literally nothing" → "spent nothing").
    """
    return _counted().sub(r"\g<figure>", _pattern().sub("", question))


# A figure of a count, in digits or words, before a word stressing that what it counts are several.
_COUNT_FIGURE = r"(?P<figure>(?<![\w.])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"


@lru_cache(maxsize=1)
def _counted() -> re.Pattern:
    """The en_counted words of assistant/data/intensifiers.tsv after a figure of a count, a word following them
    (two separate satisfaction indicators → two satisfaction indicators)."""
    words = [word.strip() for _, cells in data_files.rows("intensifiers.tsv", 2) if cells[0] == "en_counted"
             for word in cells[1].split("|")]
    return re.compile(rf"{_COUNT_FIGURE}\s+(?:{'|'.join(map(re.escape, words))})(?=\s+[a-z])", re.IGNORECASE)
