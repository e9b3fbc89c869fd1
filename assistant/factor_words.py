"""A factor of one amount over another said in words (比预算大了好多倍, 超出预算好几倍, many times its budget, 大了一倍): the figure it says."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.data_files import rows
from assistant.recognise import cn_number

# The amount compared with: a few words, never across a clause or another comparison.
_OTHER = r"(?P<other>[^，,。？?；;！!比是的倍]{1,14}?)"


@lru_cache(maxsize=1)
def _words() -> dict:
    """(lang, kind) → an alternation of data/factor_words.tsv's words, longest first."""
    said: dict = {}
    for _, (lang, kind, words) in rows("factor_words.tsv", 3, "lang<TAB>kind<TAB>words"):
        said.setdefault((lang, kind), []).extend(w for w in words.split("|") if w)
    return {key: "|".join(map(re.escape, sorted(v, key=len, reverse=True))) for key, v in said.items()}


def _zh(question: str) -> str:
    words = _words()
    vague, exceed, times = words[("zh", "vague")], words[("zh", "exceed")], words[("zh", "times")]
    # 比B大了好多倍 / 超出B好几倍 / 是B好几倍: at least twice B
    question = re.sub(rf"比{_OTHER}(?:{exceed})了?(?:{vague})(?:{times})(?:以上)?", r"是\g<other>的2倍以上", question)
    question = re.sub(rf"(?:{exceed}){_OTHER}(?:{vague})(?:{times})(?:以上)?", r"是\g<other>的2倍以上", question)
    question = re.sub(rf"是{_OTHER}的?(?:{vague})(?:{times})(?:以上)?", r"是\g<other>的2倍以上", question)

    def grown(found: re.Match) -> str:  # 比B大了一倍: B and as much again, twice B
        figure = cn_number(found.group("n"))
        if figure is None:
            return found.group(0)
        return f"是{found.group('other')}的{figure + 1:g}倍{found.group('above') or ''}"

    return re.sub(rf"比{_OTHER}(?:{exceed})了(?P<n>[一二两三四五六七八九十\d]+)(?:{times})(?P<above>以上)?", grown, question)


def _en(question: str) -> str:
    words = _words()
    # only before what it multiplies ("many times its budget"): "I have asked many times already" says no factor
    return re.sub(rf"(?<!how )\b(?:{words[('en', 'vague')]})\s+(?:{words[('en', 'times')]})\b"
                  r"(?= (?:its|the|their|what|as (?:much|big|large|high) as|over|more|larger|bigger|higher))",
                  "at least twice", question, flags=re.IGNORECASE)


def factors_said(question: str) -> str:
    """The question with a factor said in words written as the figure the readers compare.

    Args:
        question: the question after courtesies and asides.

    Returns:
        e.g. "全年执行数是全年预算数的2倍以上" for "全年执行数比全年预算数大了好多倍"; "executed at least twice its
        budget" for "executed many times its budget"; the question unchanged when it says no such factor.
    """
    if re.search(r"[A-Za-z]{3,}", question):
        return _en(question)
    return _zh(question) if "倍" in question else question
