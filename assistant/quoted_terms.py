"""How a term quoted or glossed in a question is written on the forms: quotes off, the Chinese of a gloss, negations."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab


def glossed(phrase: str) -> str:
    """A Chinese term glossed in English ("police stations (派出所)") is the Chinese: the forms write that."""
    bracketed = re.findall(r"[(（]\s*([^()（）a-z]*[\u4e00-\u9fff][^()（）a-z]*)\s*[)）]", phrase)
    outside = re.sub(r"[(（][^()（）]*[)）]", " ", phrase)
    if bracketed and not re.search(r"[\u4e00-\u9fff]", outside):
        return " ".join(term.strip() for term in bracketed)
    return phrase


# A quoted fragment inside a phrase.
QUOTED_PART = re.compile(r"[“\"「『]([^“”\"「」『』]{2,})(?:[”\"」』]|$)")  # the English reader stops before the closing quote


def unquoted(term: str) -> str:
    """A term without the quotes around the whole of it ("“资金紧张”" → 资金紧张; “两新”党建 keeps its quotes)."""
    if len(term) > 2 and term[0] in "“\"「『" and term[-1] in "”\"」』" and not re.search(r"[“”\"「」『』]", term[1:-1]):
        return term[1:-1]
    return term


def negation_variants(term: str) -> list[str]:
    """The term, then the same words with each other way of writing its negation (没有达到预期 → 未达到预期, 没达到预期)."""
    variants = [term]
    for group in vocab.NEGATION_VARIANTS_ZH:
        for word in sorted(group, key=len, reverse=True):
            if word in term:
                variants += [term.replace(word, other, 1) for other in group if other != word]
                break
    return list(dict.fromkeys(variants))
