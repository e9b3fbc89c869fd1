"""A comparative asking which of the last forms is ahead (其中哪个预算更高, which of those two used more money): the
greatest (or least) of them, not a comparison with something else."""

from __future__ import annotations

import dataclasses
import re

from assistant.data_files import role_words
from assistant.recognise import Token

# Words asking which one (哪个, which): a comparative beside them picks one of the forms, it does not filter them.
_WHICH = re.compile(r"哪个|哪一个|哪项|哪一项|哪家|哪一家|谁|\bwhich\b|\bwho\b", re.IGNORECASE)
# A comparison's other side (more than 100万, 预算比执行数高): then the comparative is a condition.
_THAN = re.compile(r"\bthan\b|比|高于|低于|多于|少于|大于|小于", re.IGNORECASE)
# Possessives read as pointers ("had their appropriation trimmed"): they point at no earlier answer.
_POSSESSIVES = set(role_words("function_words.tsv", ("possessive", "article", "minus"))[("en", "possessive")])
# Comparatives (more, higher, 更高, 较多) — not change verbs (trimmed, 调减), which are conditions.
_COMPARATIVE_EN = {"more", "less", "higher", "lower", "larger", "smaller", "bigger", "greater", "fewer"}
# The most forms a count after a pointer may restate (those two): more is a figure.
_SMALL = 10


def picked_by_comparative(tokens: list[Token], text: str) -> list[Token]:
    """When a question points back (其中, of those) and asks which one, a lone comparative beside a field (更高, more,
    larger) names the form ahead on that field: it becomes "most" / "least", and a count after the pointer (those two)
    only restates how many forms there are.

    Args:
        tokens: the question's tokens (stop words in).
        text: the question the tokens index.

    Returns:
        The tokens, rewritten when the question picks by a comparative; else as given.
    """
    words = [t for t in tokens if t.kind != "stop"]
    if not any(t.kind == "follow" and t.text.lower() not in _POSSESSIVES for t in words) or not _WHICH.search(text):
        return tokens
    comparatives = [t for t in words if t.kind in ("op", "compare_cue") and t.key in (">", "<") and _comparative(t, text)]
    if len(comparatives) != 1 or any(t.kind in ("number", "predicate") and t.value != 0 and not _pointer_count(t, words)
                                     for t in words if t.kind in ("number", "predicate")):
        return tokens
    comparative = comparatives[0]
    if _THAN.search(text) or len({t.key for t in words if t.kind == "field"}) != 1:
        return tokens
    superlative = dataclasses.replace(comparative, kind="superlative", key="max" if comparative.key == ">" else "min")
    return [superlative if t is comparative else t for t in tokens if not _pointer_count(t, words)]


def _comparative(token: Token, text: str) -> bool:
    """A comparative word: "more", "higher", or a Chinese one after 更 / 较 / 比较 (更高, 较多)."""
    if token.text.isascii():
        return token.text.lower() in _COMPARATIVE_EN
    return text[max(0, token.start - 2):token.start].endswith(("更", "较"))


def _pointer_count(token: Token, words: list[Token]) -> bool:
    """A small count right after a pointer (those two, 这两个): how many forms it points at."""
    k = next((i for i, t in enumerate(words) if t is token), None)
    return token.kind == "number" and token.unit in ("count", None) and token.value is not None \
        and token.value <= _SMALL and k is not None and k > 0 and words[k - 1].kind == "follow"
