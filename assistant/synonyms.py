"""Words with the forms' other words for them: the glossary's groups and assistant/data/synonyms_zh.tsv."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# The heads of the table's one-way lines (钱紧 > 资金紧张|…): a question's colloquial words, which no form writes.
_ONE_WAY: set[str] = set()


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
    for word, others in table():
        groups.setdefault(word, [word]).extend(others)
    return {word: tuple(dict.fromkeys(group)) for word, group in groups.items()}


@lru_cache(maxsize=1)
def table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """assistant/data/synonyms_zh.tsv as (word, its other words) pairs: each word of a group with the others, a
    one-way line's head with what follows "> ".

    Returns:
        The pairs, in the file's order, read once.
    """
    text = resources.files("assistant").joinpath("data", "synonyms_zh.tsv").read_text(encoding="utf-8")
    pairs = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        head, one_way, rest = line.partition(" > ")
        if one_way:
            pairs.append((head.strip(), tuple(w.strip() for w in rest.split("|") if w.strip())))
            _ONE_WAY.add(head.strip())
            continue
        words = [word.strip() for word in line.split("|") if word.strip()]
        pairs += [(word, tuple(other for other in words if other != word)) for word in words]
    return tuple(pairs)


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


@lru_cache(maxsize=1)
def _spoken_phrases() -> tuple[str, ...]:
    """The Chinese phrases of assistant/data/synonyms_zh.tsv, longest first: said whole they are a colloquial word
    with the forms' words for it; jieba may cut them apart in a sentence (说23年钱紧 → 钱 紧), into single characters
    no reader keeps. Negated phrases are left to the negation reader."""
    from assistant.text_negation import NEGATORS

    # a negated phrase (没花完) is read by the negation reader, which also gives its negated forms (未花完)
    phrases = {word for word, _others in table() if len(word) >= 2 and _HAN_WORD.fullmatch(word)
               and not word.startswith(NEGATORS)}
    return tuple(sorted(phrases, key=len, reverse=True))


def spoken_phrases(text: str) -> list[tuple[int, str]]:
    """The phrases of assistant/data/synonyms_zh.tsv a text says (钱紧, 以前剩下的钱), with where each starts;
    overlapping ones give way to the longer, and a phrase must start and end where jieba's words do.

    Args:
        text: Chinese text.

    Returns:
        (position, phrase) pairs in text order.
    """
    from index.tokenize import cut_words

    # a phrase must begin and end where words do: 执行率低 is no phrase of 执行率低于60% (低于 is one word)
    bounds, at = {0}, 0
    for word in cut_words(text):
        at += len(word)
        bounds.add(at)
    taken: list[tuple[int, str]] = []
    covered = [False] * len(text)
    for phrase in _spoken_phrases():
        start = text.find(phrase)
        while start >= 0:
            if start in bounds and start + len(phrase) in bounds and not any(covered[start:start + len(phrase)]):
                taken.append((start, phrase))
                covered[start:start + len(phrase)] = [True] * len(phrase)
            start = text.find(phrase, start + 1)
    return sorted(taken)


def is_spoken(word: str) -> bool:
    """Whether a word is a phrase of assistant/data/synonyms_zh.tsv (钱紧): the forms say it in other words.

    Args:
        word: a word of a question.

    Returns:
        True when it is.
    """
    return word in _spoken_phrases()


def is_colloquial(word: str) -> bool:
    """Whether a word is the head of a one-way line of assistant/data/synonyms_zh.tsv (缺钱 > 资金紧张|…): a
    question's way of saying what the forms write otherwise.

    Args:
        word: a word of a question.

    Returns:
        True when it is.
    """
    table()
    return word in _ONE_WAY
