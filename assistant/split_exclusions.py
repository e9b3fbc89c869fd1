"""An English exclusion verb said around what it takes out (take the 信访办 forms out, set those aside): "excluding …"."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# What the verb's object opens with: a determiner, a name in Chinese, or a number of forms.
_OBJECT = r"(?:the|those|these|that|this|any|all|every|[\u4e00-\u9fff]|\d)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The verb … particle pairs of assistant/data/split_exclusions.tsv as one pattern."""
    pairs = [cells for _, cells in data_files.rows("split_exclusions.tsv", 2, "'verb<TAB>particle'")]
    verbs = "|".join(sorted({re.escape(verb) for verb, _ in pairs}, key=len, reverse=True))
    particles = "|".join(sorted({re.escape(particle) for _, particle in pairs}, key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{verbs})\s+(?P<object>{_OBJECT}[^.;:?!,，。；：？！]{{0,60}}?)\s+(?P<particle>{particles})\b",
                      re.IGNORECASE)


def joined_exclusions(question: str) -> str:
    """The question with each split exclusion verb written "excluding OBJECT".

    Args:
        question: the question as typed.

    Returns:
        e.g. "excluding the 信访办 forms; what is the combined opening budget of the rest?" for "Take the 信访办 forms
        out; …". A pair the data file does not list (take the forms apart) is left as it is.
    """
    pairs = {(verb.lower(), particle.lower()) for _, (verb, particle) in data_files.rows("split_exclusions.tsv", 2, "'verb<TAB>particle'")}

    def joined(match: re.Match) -> str:
        if (match.group("verb").lower(), match.group("particle").lower()) not in pairs:
            return match.group(0)
        return f"excluding {match.group('object')}"

    return _pattern().sub(joined, question)
