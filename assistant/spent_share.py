"""spent the smallest share of its budget / used the largest proportion of their funds: the execution rate at that end."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of assistant/data/spent_share.tsv and each superlative's end (lowest / highest)."""
    words = data_files.role_words("spent_share.tsv", ("verb", "low", "high", "share", "whole"))
    alt = lambda role: "|".join(re.escape(w) for w in words[("en", role)])  # noqa: E731
    ends = {**{w: "lowest" for w in words[("en", "low")]}, **{w: "highest" for w in words[("en", "high")]}}
    # the share said of the form's own money (of its budget) or of nothing (spent the smallest share)
    pattern = re.compile(rf"\b(?:{alt('verb')})\s+(?:the\s+)?(?P<end>{alt('low')}|{alt('high')})\s+(?:{alt('share')})"
                         rf"(?:\s+of\s+(?:its|their|the)\s+(?:own\s+)?(?:{alt('whole')}))?\b", re.I)
    return pattern, ends


def spent_share(question: str) -> str:
    """The question with a superlative share spent written as "had the lowest / highest execution rate".

    Args:
        question: as typed.

    Returns:
        The question; unchanged when no verb of spending is followed by a superlative share.
    """
    pattern, ends = _pattern()
    return pattern.sub(lambda found: f"had the {ends[found.group('end').lower()]} execution rate", question)
