"""Emphatic zeros (一个子儿没动, 一毛钱也没花, 一分不差): an idiom holding a numeral that means none, not the number one."""

from __future__ import annotations

import re

# 一 + a smallest sum of money (分, 毛, 厘, 块, 文, 个子儿, 点儿) + 都/也 + a negation: "not a cent", written one way
# (一分钱都没…) so the lexicon's phrases for spent nothing (一分钱都没花), left nothing (一分钱都没剩) and exactly equal
# (一分钱都不差) read every wording of it; 没有 before a verb is 没.
_NOT_A_CENT = re.compile(r"一(?:分钱?|毛钱?|厘钱?|块钱?|文钱?|个子儿?|个钢镚儿?|点儿?|丁点儿?)(?:钱)?[都也]?(没有?|未|不)(?=[\u4e00-\u9fff])")


def as_zero(question: str) -> str:
    """The question with each "not a cent" idiom written as 一分钱都没… / 一分钱都不….

    Args:
        question: as typed.

    Returns:
        The question, e.g. 一个子儿没动过 → 一分钱都没动过, 一分不差 → 一分钱都不差.
    """
    return _NOT_A_CENT.sub(lambda found: "一分钱都" + ("不" if found.group(1) == "不" else "没"), question)
