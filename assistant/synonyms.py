"""Words with the forms' other words for them: the glossary's groups and assistant/data/synonyms_zh.tsv."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """Chinese words with the others the forms use for the same thing: the glossary's entries led by that word
    (装修 → 修缮, 改造: what "renovation" expands to) and the groups of assistant/data/synonyms_zh.tsv."""
    from index.glossary import GLOSSARY_EN

    groups: dict[str, list[str]] = {}
    for terms in GLOSSARY_EN.values():
        words = terms.split()
        groups.setdefault(words[0], [words[0]]).extend(words[1:])
    # and every word of a group of assistant/data/synonyms_zh.tsv with the others (没法 → 无法, 难以)
    text = resources.files("assistant").joinpath("data", "synonyms_zh.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        head, one_way, rest = line.partition(" > ")
        if one_way:
            groups.setdefault(head.strip(), [head.strip()]).extend(w.strip() for w in rest.split("|") if w.strip())
            continue
        words = [word.strip() for word in line.split("|") if word.strip()]
        for word in words:
            groups.setdefault(word, [word]).extend(other for other in words if other != word)
    return {word: tuple(dict.fromkeys(group)) for word, group in groups.items()}


def with_synonyms(terms: list[str], question: str) -> list[str]:
    """Key terms with the forms' other words for them, and the question's single-character words that have some
    (钱 → 资金, 经费; 付 → 支付): a sentence saying any of them says the term.

    Args:
        terms: from evidence.key_terms.
        question: as typed (its one-character words are looked up too).

    Returns:
        The terms and their synonyms, in order, without repeats.
    """
    singles = [ch for ch in _HAN_WORD.sub(lambda m: " ".join(m.group()), question).split() if len(ch) == 1]
    words = [*terms, *(ch for ch in singles if len(synonyms().get(ch, ())) > 1)]
    return list(dict.fromkeys(w for word in words for w in synonyms().get(word, (word,)) if len(w) >= 2))
