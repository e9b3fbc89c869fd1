"""Emphatic zeros (一个子儿没动, 一毛钱也没花, 一分不差, didn't spend one cent): an idiom holding a numeral that means none."""

from __future__ import annotations

import re

# 一 + a smallest sum of money (分, 毛, 厘, 块, 文, 个子儿, 点儿) + 都/也 + a negation: "not a cent", written one way
# (一分钱都没…) so the lexicon's phrases for spent nothing (一分钱都没花), left nothing (一分钱都没剩) and exactly equal
# (一分钱都不差) read every wording of it; 没有 before a verb is 没.
_NOT_A_CENT = re.compile(r"一(?:分钱?|毛钱?|厘钱?|块钱?|文钱?|个子儿?|个钢镚儿?|点儿?|丁点儿?)(?:钱)?[都也]?(没有?|未|不)(?=[\u4e00-\u9fff])")

# The same in English: a negated verb of spending, then one coin (didn't spend one cent, has not used a single yuan,
# spent not one penny, not a single yuan was disbursed): "spent nothing", never a figure of 1.
_COIN = r"(?:a|one|even\s+one|even\s+a|a\s+single|one\s+single)\s+(?:single\s+)?(?:cent|penny|yuan|dime|fen|kuai|renminbi|rmb|dollar)s?"
_SPEND = r"(?:spend|spent|use|used|disburse|disbursed|execute|executed|pay\s+out|paid\s+out)"
_NOT_A_COIN_EN = re.compile(
    rf"\b(?:(?:didn't|did\s+not|haven't|hasn't|have\s+not|has\s+not|never|hadn't|had\s+not)\s+(?:(?:even|actually|ever|once)\s+)*{_SPEND}\s+{_COIN}"
    rf"|{_SPEND}\s+not\s+{_COIN}"
    rf"|not\s+{_COIN}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|got\s+)?{_SPEND})\b", re.IGNORECASE)


def as_zero(question: str) -> str:
    """The question with each "not a cent" idiom written as 一分钱都没… / 一分钱都不….

    Args:
        question: as typed.

    Returns:
        The question, e.g. 一个子儿没动过 → 一分钱都没动过, 一分不差 → 一分钱都不差, "didn't spend one cent" →
        "spent nothing".
    """
    question = _NOT_A_COIN_EN.sub("spent nothing", question)
    return _NOT_A_CENT.sub(lambda found: "一分钱都" + ("不" if found.group(1) == "不" else "没"), question)
