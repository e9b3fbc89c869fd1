"""A money noun named by the word before it (年初批的钱, 实际掏出去的钱, 剩着没用的钱): the amount that word says."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# The nouns for money a modifier may name, and what may stand between them: a verb or a time word, no figure or stop.
_MONEY = "预算数|预算|钱|经费|资金|拨款"
# Characters that end a modifier's reach: a comparison or negation word inside would be a condition of its own.
_NOT_BETWEEN = "不没未无非超低高于过到比是为剩花用掏支付余"


@lru_cache(maxsize=1)
def _rule() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every modifier of assistant/data/money_modifiers.tsv, the longest first (没花掉 before 花掉),
    never starting right after a negation; and modifier → the field's own words.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    written = {}
    for _, (_, field_words, modifiers) in data_files.rows("money_modifiers.tsv", 3, "'field<TAB>written as<TAB>modifiers'",
                                                          lambda cells: all(c.strip() for c in cells)):
        written.update({modifier: field_words for modifier in modifiers.split("|") if modifier})
    words = "|".join(sorted(map(re.escape, written), key=len, reverse=True))
    between = rf"(?:(?![{_NOT_BETWEEN}])[\u4e00-\u9fff]){{0,3}}?"
    return re.compile(rf"(?<![没未不])(?P<modifier>{words}){between}的(?:{_MONEY})"), written


def money_named(text: str) -> str:
    """The text with each "MODIFIER …的 MONEY" written as the field the modifier names (年初批的钱 → 年初预算数, 实际
    掏出去的钱 → 全年执行数, 剩着没用的钱 → 结余), which every reader knows; other money words stay.

    Args:
        text: the question.

    Returns:
        The question rewritten.
    """
    pattern, written = _rule()
    listed = _listed()
    # a phrase the lexicon lists already (剩下的钱, 花出去的钱) is read as it is
    return pattern.sub(lambda found: found.group(0) if found.group(0) in listed else written[found.group("modifier")], text)


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """The field phrases of the lexicon."""
    from assistant import lexicon

    words = lexicon.load()
    return frozenset({*words.keys("field"), *words.keys("weak_field")})
