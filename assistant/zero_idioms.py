"""Emphatic coins (一个子儿没动, 一毛钱也没花, 一分不差, didn't spend one cent, zero outlay, spent every last fen): an idiom
that means none, or all."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# 一 + a smallest sum of money (分, 毛, 厘, 块, 文, 个子儿, 点儿) + 都/也 + a negation: "not a cent", written one way
# (一分钱都没…) so the lexicon's phrases for spent nothing (一分钱都没花), left nothing (一分钱都没剩) and exactly equal
# (一分钱都不差) read every wording of it; 没有 before a verb is 没.
_NOT_A_CENT = re.compile(r"一(?:分钱?|毛钱?|厘钱?|块钱?|文钱?|个子儿?|个钢镚儿?|点儿?|丁点儿?)(?:钱)?[都也]?(没有?|未|不)(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _english() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The English idioms of assistant/data/zero_idioms.tsv: a negated verb of spending before one coin (didn't draw
    down a single yuan, not one yuan was drawn down), a zero word before a noun of money spent (zero outlay), and a verb
    of spending before every coin (spent every last fen).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = {cells[0]: cells[1] for _, cells in data_files.rows("zero_idioms.tsv", 2, "'role<TAB>pattern'")}
    spend, negation, adverb, every = (f"(?:{words[role]})" for role in ("spend", "negation", "adverb", "every"))
    coin = f"(?:{words['coin']}){words['coin_noun']}"
    coin_said = re.compile(
        rf"\b(?:{negation}\s+(?:{adverb}\s+)*{spend}\s+{coin}"
        rf"|{spend}\s+not\s+{coin}"
        rf"|not\s+{coin}\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|got\s+|is\s+|being\s+)?(?:{adverb}\s+)*{spend})\b", re.IGNORECASE)
    zero_said = re.compile(rf"\b(?:{words['zero']})\s+(?:{words['money']})\b(?!\s*(?:{words['not_after']})\b)", re.IGNORECASE)
    every_coin = re.compile(rf"\b{spend}\s+(?:{adverb}\s+)*{every}{words['coin_noun']}\b", re.IGNORECASE)
    return coin_said, zero_said, every_coin


def as_zero(question: str) -> str:
    """The question with each "not a cent" idiom written as 一分钱都没… / 一分钱都不… / "spent nothing".

    Args:
        question: as typed.

    Returns:
        The question, e.g. 一个子儿没动过 → 一分钱都没动过, 一分不差 → 一分钱都不差, "didn't draw down one cent",
        "zero outlay" → "spent nothing", "spent every last fen" → "spent in full".
    """
    coin_said, zero_said, every_coin = _english()
    question = every_coin.sub("spent in full", zero_said.sub("spent nothing", coin_said.sub("spent nothing", question)))
    return _NOT_A_CENT.sub(lambda found: "一分钱都" + ("不" if found.group(1) == "不" else "没"), question)
