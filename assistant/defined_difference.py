"""A measure defined as one field minus another, in a bracket or a clause ((final allocation less outturn),
（全年预算数减全年执行数）, after subtracting outturn from the budget): the definition, which sets no condition."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.data_files import role_words

_WORDS = role_words("function_words.tsv", ("possessive", "article", "minus"))
# a possessive or article before a side of a difference ("its full-year budget minus the amount executed")
_SET_ASIDE = set(_WORDS[("en", "possessive")]) | set(_WORDS[("en", "article")])
_MINUS = set(_WORDS[("en", "minus")]) | set(_WORDS[("zh", "minus")])
# A bracket and its inside.
_BRACKET = re.compile(r"[（(]([^()（）]{3,80})[)）]")
# "… above 1 million yuan after subtracting outturn from the full-year budget": a difference defined in a clause, as a
# bracket defines it ("A minus B").
_SUBTRACTED = re.compile(r",?\s*\b(?:after|once|when|on)\s+(?:subtracting|deducting|taking away|netting off|netting out|taking)\s+"
                         r"(?P<taken>[^,?()]{3,60}?)\s+(?:from|off)\s+(?P<whole>[^,?()]{3,60}?)(?=\s*(?:[,?.;]|$))"
                         # after the outturn is netted off the full-year budget: the same said in the passive
                         r"|,?\s*\b(?:after|once|when)\s+(?P<taken2>[^,?()]{3,60}?)\s+(?:is|are|has been|have been|gets|get)\s+"
                         r"(?:subtracted|deducted|taken away|taken|netted off|netted out|netted)\s+(?:from|off)\s+"
                         r"(?P<whole2>[^,?()]{3,60}?)(?=\s*(?:[,?.;]|$))", re.IGNORECASE)

Tokenise = Callable[[str], tuple[list, list[str]]]


def defines_a_difference(tokenise: Tokenise, inside: str, restated: bool = False) -> bool:
    """Whether a text only defines a difference of two fields: two fields and a word for minus, nothing else; the
    second side's noun may be left out once ((full-year allocation minus initial), （全年预算数减年初）).

    Args:
        tokenise: the recogniser's tokens of a text (tokens, gaps).
        inside: the bracket's inside or the clause, "A minus B".
        restated: whether the second side's noun was already restated (it is restated once at most).

    Returns:
        True when the text defines the measure and sets no condition.
    """
    tokens, gaps = tokenise(inside)
    kept = [t for t in tokens if t.kind != "stop" and t.text.lower() not in _SET_ASIDE]  # its full-year budget
    fields = [t for t in kept if t.kind in ("field", "weak_field")]
    side = [g for g in gaps if g.lower() not in _MINUS]
    if len(fields) == 1 and len(side) == 1 and fields[0].end <= inside.rfind(side[0]) and len(side[0]) <= 12 \
            and (any(t.text.lower() in _MINUS for t in tokens) or len(gaps) == 2):
        head = fields[0].text.split()[-1] if " " in fields[0].text else fields[0].text[-2:]
        named = f"{side[0]} {head}" if inside.isascii() else side[0] + head
        return named != inside and not restated and defines_a_difference(
            tokenise, inside[:inside.rfind(side[0])] + named, restated=True)
    minus = [t for t in tokens if t.text.lower() in _MINUS] + [g for g in gaps if g.lower() in _MINUS]
    return len(fields) == 2 and len(kept) <= 3 and bool(minus) and all(g.lower() in _MINUS for g in gaps) \
        and all(t in fields or t.text.lower() in _MINUS for t in kept)


def without_definitions(tokenise: Tokenise, text: str) -> str:
    """The question with each bracket or clause that only defines a difference taken out.

    Args:
        tokenise: the recogniser's tokens of a text (tokens, gaps).
        text: the question, normalised.

    Returns:
        The text, definitions replaced by a space; other brackets and clauses as they were.
    """
    text = _BRACKET.sub(lambda found: " " if defines_a_difference(tokenise, found.group(1)) else found.group(0), text)
    return _SUBTRACTED.sub(lambda found: " " if defines_a_difference(
        tokenise, f"{found.group('whole') or found.group('whole2')} minus {found.group('taken') or found.group('taken2')}")
        else found.group(0), text)
