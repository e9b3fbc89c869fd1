"""which project has the highest …, which one spent the least …: "which" before a superlative, its noun taken off so
the superlative is read as the question's ranking over the forms the rest names."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The pattern of assistant/data/which_superlative.tsv."""
    words = data_files.role_words("which_superlative.tsv", ("noun", "verb", "superlative"))
    alt = lambda role: "|".join(re.escape(w) for w in words[("en", role)])  # noqa: E731
    # the superlative within the same clause (no comma or question mark between): which project has the highest rate
    return re.compile(rf"\bwhich\s+(?:single\s+)?(?:{alt('noun')})(?:\s+of\s+(?:them|those|these|the\s+\w+))?\s+"
                      rf"(?=(?:{alt('verb')})\b[^,;?]*?\b(?:{alt('superlative')})\b)", re.I)


def which_superlative(question: str) -> str:
    """The question with "which NOUN" before a superlative written as "which".

    Args:
        question: as typed.

    Returns:
        The question; unchanged when no superlative follows "which NOUN" in its clause.
    """
    return _pattern().sub("which ", question)
