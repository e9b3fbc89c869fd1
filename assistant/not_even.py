"""连三分之一都没花掉 / 执行率连七成都不到 / didn't spend even a quarter of: "not even N" is a figure's upper bound, written as 不到 N
(less than N)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files

# 连 + a figure (a share, a percentage, an amount, a score) + 都/也 + 没/不到/未 + what was (not) done with it.
_NOT_EVEN = re.compile(r"连(?P<figure>[^都也，,。？?]{1,14}?)[都也](?:没有?|不到|未|不够|不足)(?P<verb>(?:花|用|执行|支出|使用|拿|得)"
                       r"[掉完出去到了]*)?")
# What makes the words after 连 a figure: digits, a share (成, 半, 分之, 百分之, %), or an amount or score with its unit.
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千]成|半|分之|%|％|[一二两三四五六七八九十百千\d]+(?:万|元|块|分)")
# 连一分钱都没花, 连一个时效指标都没有: "not a single one", read elsewhere as none.
_ONE_ITEM = re.compile(r"^一(?:分钱?|毛|个|条|项|点|块钱?|厘|文|张|份)")


@lru_cache(maxsize=1)
def _english() -> tuple[re.Pattern, re.Pattern]:
    """The English "not even" patterns of assistant/data/not_even.tsv: a negated spending verb before a share of
    something (even said or not: didn't spend half of its budget is below half too), and "not even" before one."""
    words = data_files.role_words("not_even.tsv", ("negator", "verb", "share"))
    negator, verb = ("|".join(re.escape(w) for w in words[("en", role)]) for role in ("negator", "verb"))
    share = "|".join([*(re.escape(w) for w in words[("en", "share")]), r"\d+(?:\.\d+)?\s*(?:%|percent|per cent)"])
    spent = re.compile(rf"\b(?:{negator})\s+(?:(?:even|manage to|really|quite)\s+)*(?:{verb})\s+(?:even\s+)?"
                       rf"(?P<share>{share})\s+(?=of\b)", re.I)
    bare = re.compile(rf"\bnot\s+even\s+(?P<share>{share})\b(?!\s+(?:as|so)\b)", re.I)
    return spent, bare


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
    spent, bare = _english()
    question = spent.sub(lambda found: f"spent less than {found.group('share')} ", question)
    question = bare.sub(lambda found: f"less than {found.group('share')}", question)
    return _NOT_EVEN.sub(plain, question)
