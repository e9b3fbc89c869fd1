"""An aspect particle said where a phrase of the word lists has the other one (预算调整了 for 预算调整过), or none in a denial (没做调整): that phrase."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon

# The perfective particles a speaker uses either way after a verb (调整了 / 调整过).
_SWAPS = (("了", "过"), ("过", "了"))
# Characters before 过 or 了 that make it part of a word (超过 "exceed", 不过, 经过, 通过), no aspect particle.
_NOT_ASPECT = "超不经通越难太"
# A denial says the change without a particle as often as with 过 (没做调整, 没做过调整).
_NEGATIONS = ("没有", "没", "未", "从没", "从未", "从来没")
# Shorter phrases are left alone: two or three characters (改了, 花过) are words in their own right.
_SHORTEST = 4


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern | None, dict[str, str]]:
    """Each Chinese lexicon phrase of four characters or more holding a particle, written with the other particle,
    when that spelling is no phrase of its own; the pattern finds them, longest first."""
    phrases = {phrase for entries in lexicon.load().phrases.values() for phrase in entries if not phrase.isascii()}
    variants = {}
    for phrase in phrases:
        for said, listed in _SWAPS:
            at = phrase.find(listed)
            if at > 0 and phrase[at - 1] in _NOT_ASPECT:
                continue  # 超过, 不过: no particle
            if len(phrase) >= _SHORTEST and at >= 0 and phrase.count(listed) == 1:
                variant = phrase.replace(listed, said)
                if variant not in phrases:
                    variants.setdefault(variant, phrase)
        at = phrase.find("过")
        if phrase.startswith(_NEGATIONS) and at > 0 and phrase[at - 1] not in _NOT_ASPECT and phrase.count("过") == 1:
            variant = phrase.replace("过", "")  # 没做调整 for 没做过调整: a denial needs no particle
            if len(variant) >= _SHORTEST - 1 and variant not in phrases:
                variants.setdefault(variant, phrase)
    if not variants:
        return None, {}
    return re.compile("|".join(sorted(map(re.escape, variants), key=len, reverse=True))), variants


def listed_particles(text: str) -> str:
    """The text with each phrase said with the other aspect particle written as the word lists have it.

    Args:
        text: the question.

    Returns:
        e.g. "预算调整过的项目有哪些" for "预算调整了的项目有哪些".
    """
    pattern, variants = _variants()
    return text if pattern is None else pattern.sub(lambda found: variants[found.group(0)], text)
