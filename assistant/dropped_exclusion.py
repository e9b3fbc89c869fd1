"""An exclusion word the reading left unused ("leave out the ones that …", 不算…): the answer refuses, naming it."""

from __future__ import annotations

# Lexicon kinds whose words only ever exclude forms: left unused, the answer would include what the question leaves out.
_EXCLUDING = ("exclusion", "closing_not")


def dropped_exclusions(ignored: list[str], lexicon) -> list[str]:
    """The ignored words that are an exclusion word whole ("leave out", 不算, excluding).

    Args:
        ignored: the words the reading left (Reading.ignored).
        lexicon: the words (its exclusion and closing_not phrases).

    Returns:
        The words with what followed them, e.g. ["leave out"]; empty when no exclusion was left unused.
    """
    words = {phrase.lower() for kind in _EXCLUDING for phrase in lexicon.keys(kind)}
    return [word for word in ignored if word.strip().lower() in words]
