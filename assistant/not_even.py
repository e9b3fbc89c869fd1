"""连三分之一都没花掉 / 执行率连七成都不到: "not even N" is a figure's upper bound, written as 不到 N."""

from __future__ import annotations

import re

# 连 + a figure (a share, a percentage, an amount, a score) + 都/也 + 没/不到/未 + what was (not) done with it.
_NOT_EVEN = re.compile(r"连(?P<figure>[^都也，,。？?]{1,14}?)[都也](?:没有?|不到|未|不够|不足)(?P<verb>(?:花|用|执行|支出|使用|拿|得)"
                       r"[掉完出去到了]*)?")
# What makes the words after 连 a figure: digits, a share (成, 半, 分之, 百分之, %), or an amount or score with its unit.
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千]成|半|分之|%|％|[一二两三四五六七八九十百千\d]+(?:万|元|块|分)")
# 连一分钱都没花, 连一个时效指标都没有: "not a single one", read elsewhere as none.
_ONE_ITEM = re.compile(r"^一(?:分钱?|毛|个|条|项|点|块钱?|厘|文|张|份)")


def not_even(question: str) -> str:
    """The question with "连 N 都没…" written as "…不到 N" (花掉不到三分之一的钱, 执行率不到七成).

    Args:
        question: as typed.

    Returns:
        The question; unchanged when 连 introduces no figure.
    """
    def plain(found: re.Match) -> str:
        figure = found.group("figure")
        if not _FIGURE.search(figure) or _ONE_ITEM.match(figure):
            return found.group(0)
        return f"{found.group('verb') or ''}不到{figure}"
    return _NOT_EVEN.sub(plain, question)
