"""A word left inside a name read from its other words (household-registry archive digitisation): part of that name."""

from __future__ import annotations

import re

# Tokens that read a form's name or a topic of its name.
_NAME_KINDS = ("topic", "project", "quoted_project")
# One Latin word, glued by a hyphen to the word before it or standing alone.
_WORD = re.compile(r"^-?[A-Za-z][A-Za-z']*$")


def _token_ending(tokens: list, at: int):
    return next((t for t in tokens if t.end == at), None)


def _token_starting(tokens: list, at: int):
    return next((t for t in tokens if t.start == at), None)


def within_names(text: str, tokens: list, gaps: list[str]) -> list[str]:
    """The leftover stretches without the single words that sit inside a name the other words read: glued by a hyphen
    to a name's word before it ("household-registry"), or between two of its words ("household registry archive"). The
    name's condition holds them already; a word beside one name word only (the flurbish archive) stays left over.

    Args:
        text: the question as the recogniser read it.
        tokens: its tokens.
        gaps: the stretches no recogniser placed.

    Returns:
        The gaps still to name.
    """
    names = [t for t in tokens if t.kind in _NAME_KINDS]
    if not names:
        return gaps
    kept = []
    for gap in gaps:
        at = text.find(gap)
        inside = False
        if _WORD.match(gap) and at >= 0:
            before = _token_ending(names, at) if gap.startswith("-") else _token_ending(names, at - 1)
            after = _token_starting(names, at + len(gap) + 1)
            inside = before is not None and (gap.startswith("-") or after is not None) \
                and (at + len(gap) == len(text) or not text[at + len(gap)].isalpha())
        if not inside:
            kept.append(gap)
    return kept
