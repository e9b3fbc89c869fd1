"""An amount said to remain unspent (还剩多少万没花, 还剩一万块以上没花掉, 还有多少预算没用掉): the unspent balance (结余)
asked or compared, not the budget asked and "spent nothing" as a condition."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files

# An amount as written: digits or Chinese numerals with a unit of money, an operator before or after it.
_AMOUNT = (r"(?:超过|不到|不足|多于|少于|高于|低于|至少|不少于|不低于|不超过)?[\d零〇一二两三四五六七八九十百千万亿.,]+"
           r"(?:万元|万块钱|万块|万|元|块钱|块)(?:以上|以下|多|左右)?")
# The words of a comparison an amount can carry (超过30万, 30万以上).
_COMPARED = r"超过|不到|不足|多于|少于|高于|低于|至少|不少于|不低于|不超过|以上|以下|多|左右"
# How much, asked, with the unit it is asked in.
_ASKED = r"多少(?P<unit>万元|万块钱|万块|万|元|块钱|钱)?"


def _words(part: str) -> list[str]:
    return _table()[part]


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    table = {}
    for _, cells in data_files.rows("left_unspent.tsv", 2, "part and words"):
        table[cells[0]] = sorted(cells[1].split("|"), key=len, reverse=True)
    return table


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    def alternatives(part: str) -> str:
        return "|".join(re.escape(word) for word in _words(part))

    return re.compile(rf"(?:{alternatives('when')})?\s*(?:{alternatives('left')})\s*(?:(?P<amount>{_AMOUNT})|{_ASKED})\s*(?:{alternatives('money')})?\s*"
                      rf"(?:都|也|还)?(?:{alternatives('not_spent')})(?:{alternatives('ending')})?")


def said_unspent(text: str) -> str:
    """还剩 / 剩下 / 还有, an amount or 多少, then 没花 / 没用(掉|完|出去): written as 结余 with the amount (结余一万块以上) or
    asked (结余是多少万元), so the figure is bound to the unspent balance.

    Args:
        text: the normalised question.

    Returns:
        The text with such a phrase rewritten; unchanged when none.
    """
    def rewrite(found: re.Match) -> str:
        amount = found.group("amount")
        if amount:  # 还有30万没花: at least that much left
            return f"结余{amount}" if re.search(_COMPARED, amount) else f"结余至少{amount}"
        return f"结余是多少{found.group('unit') or ''}"

    return _pattern().sub(rewrite, text)
