"""Examples given for a topic (租设备、租摄像头这种; （比如摄像头、采集终端）; "such as cameras or terminals"): any one will do."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A list is one of examples when a word says so: before it (比如, such as) or after it (这种, 之类, 等).
# The list starts where a clause does (after punctuation or an opening word): 提到资金紧张、人员不足等 lists reasons
# a mention reader reads, and a member reaching back into the question's verb would be no example. A list needs an
# opening word (比如) or a closing one (这种, 等); a member is read up to the closing word or the clause's end.
_CLOSE = r"这种|这类|那种|那类|之类|这些|那些|等等|等|什么的"
_ZH = re.compile(r"(?:^(?=比如|例如|譬如|诸如|像)|(?<=[？?，,。：:；;！!\s是像有—])|[（(])\s*(?P<open>比如说|比如|例如|譬如|诸如|像是|像|如)?\s*"
                 r"(?P<list>[\u4e00-\u9fff“”\"]{1,8}?(?:\s*(?:、|或者|或|和|及|以及)\s*[\u4e00-\u9fff“”\"]{1,8}?)+)\s*"
                 rf"(?:(?P<close>{_CLOSE})\s*(?P<head>[\u4e00-\u9fff]{{0,6}}?))?的?\s*(?=[）)？?，,。！!；;]|$)")
_EN = re.compile(r"\(?\s*\b(?P<open>such as|e\.g\.,?|eg|for example|for instance|like|including)\s+"
                 r"(?P<list>[a-z][a-z\- ]*?(?:\s*(?:,|\bor\b|\band\b)\s*[a-z][a-z\- ]*?)+)\s*(?P<close>etc\.?)?\s*(?:\)|(?=[?.!]|$))",
                 re.IGNORECASE)
# An English list a closing word marks as examples ("— talent events, health checks and the like", ": X, Y etc."), opened
# by a dash or colon: the topic before it is what the examples are of.
_EN_CLOSED = re.compile(r"(?:[—–:(]|\s-\s|--)\s*(?P<list>[a-z][a-z\- ]*?(?:\s*(?:,|\bor\b|\band\b)\s*[a-z][a-z\- ]*?)+?)\s*,?\s*"
                        r"(?P<close>and the like|and so on|and so forth|and such|and similar|or similar|etc\.?)\s*(?=[?.!)]|$)",
                        re.IGNORECASE)
_ZH_JOINS = re.compile(r"\s*(?:、|或者|或|以及|和|及)\s*")
_EN_JOINS = re.compile(r"\s*(?:,\s*(?:and|or)\b|,|\bor\b|\band\b)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Examples:
    """Where a list of examples is written and its members, in order."""

    start: int
    end: int
    members: tuple[str, ...]
    head: str = ""  # the noun the examples are of, after the closing word (这类日常开支: 日常开支)


def find(text: str) -> Examples | None:
    """The first list of examples a question gives for its topic.

    Args:
        text: the question (or its narrative part).

    Returns:
        The list, or None when the question gives none (a plain list of topics joined by 和 is no example list).
    """
    for match in _ZH.finditer(text):
        if not (match.group("open") or match.group("close")):
            continue  # a list needs a word saying it gives examples (a head noun, 日常开支, may follow the closing one)
        members = tuple(member.strip("“”\" ") for member in _ZH_JOINS.split(match.group("list")) if member.strip("“”\" "))
        if len(members) >= 2:
            return Examples(match.start(), match.end(), members, match.group("head") or "")
    for match in [*_EN.finditer(text), *_EN_CLOSED.finditer(text)]:
        members = tuple(member.strip() for member in _EN_JOINS.split(match.group("list")) if member.strip())
        if len(members) >= 2:
            return Examples(match.start(), match.end(), members)
    return None


def without_fillers(phrase: str) -> str:
    """A Chinese phrase without the filler words around it (体检这类事情 → 体检, 这种租赁 → 租赁): a mention of the thing,
    not of the words that point at it as a kind.

    Args:
        phrase: the words a question says the text mentions.

    Returns:
        The phrase, unchanged when no filler word begins or ends it or nothing else is left.
    """
    from assistant.evidence_set import cues

    fillers = sorted((word for word in cues("filler") if not word.isascii()), key=len, reverse=True)
    # 旅馆这类地方: the thing before a word of kind is what is mentioned, the noun after it only names the kind
    kept = re.split(r"这类|这种|那类|那种|之类|此类|一类", phrase)[0] or phrase
    while True:
        shorter = kept
        for word in fillers:
            shorter = shorter.removesuffix(word).removesuffix("的").removeprefix(word)
        if shorter == kept:
            break
        kept = shorter
    if kept == phrase:
        return phrase
    kept = kept.strip("“”\"'「」")  # “人才驿站”这类说法: the quoted words, once the filler after them is gone
    return kept if len(kept) >= 2 else phrase


def filler_words() -> tuple[str, ...]:
    """The Chinese words that point at a thing without naming it (东西, 事情, 这种): written alone, no mention.

    Returns:
        The filler words of assistant/data/evidence_cues.tsv, Chinese only.
    """
    from assistant.evidence_set import cues

    return tuple(word for word in cues("filler") if not word.isascii())
