"""An amount asked in plain yuan (多少元, 按元计算, "in plain yuan"): read without the unit, answered × 10,000 from 万元."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files
from .answer import Answer

# A yuan said after ten-thousand is the forms' own unit (万元, "10,000 yuan"), never plain yuan.
_OWN_UNIT = re.compile(r"(?:万|ten[- ]thousand|10,?000|10k)\s*$", re.I)
# The forms' own unit asked anywhere else (Answer in 10k yuan, 以万元计): the answer stays in 万元.
_OWN_ASKED = re.compile(r"万元|万块|10k yuan|ten[- ]thousands?(?: of)? yuan|10,?000 yuan|in ten[- ]thousands", re.I)
# A figure said to have been written in yuan (typed in yuan, 按元填的) describes a slip on a form, asks no unit.
_WRITTEN = re.compile(r"(?:\b(?:is|was|are|were|been|typed|entered|recorded|filled|keyed|input|inputted|booked|logged|captured|written|put)"
                      r"(?:\s+(?:down|out|up))?\s*|[填录记写]\S{0,2})$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(lang, role, pattern) of assistant/data/asked_yuan.tsv, in file order."""
    return tuple((cells[0], cells[1], re.compile(cells[2], re.I)) for _, cells in data_files.rows(
        "asked_yuan.tsv", 3, "'zh|en<TAB>ask|drop<TAB>pattern'", lambda cells: cells[0] in ("zh", "en") and cells[1] in ("ask", "drop")))


def asked_in_yuan(question: str) -> tuple[str, bool]:
    """The question without the words asking its amount in yuan, and whether there were any.

    Args:
        question: the question, courtesies taken off.

    Returns:
        ("社工项目的全年预算是多少？", True) for "社工项目的全年预算是多少元？"; (question, False) when no amount is asked in
        yuan ("多少万元", "in 10,000 yuan" are the forms' own unit).
    """
    text, asked = question, False
    for lang, role, pattern in _patterns():
        def replace(match: re.Match) -> str:
            nonlocal asked
            if _OWN_UNIT.search(text[:match.start()] + match.group(0)[:max(0, match.group(0).lower().find("yuan"))]) \
                    or _WRITTEN.search(text[:match.start()].rstrip(" ,;:")):
                return match.group(0)
            asked = True
            return match.group(1) if role == "ask" and lang == "zh" else ("how much" if role == "ask" else
                                                                      (" " if lang == "en" else ""))
        text = pattern.sub(replace, text)
    if not asked or _OWN_ASKED.search(text):
        return question, False
    return re.sub(r"\s+([?.,!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(), True


def in_yuan(answer: Answer, lang: str) -> Answer:
    """An answer in 万元 restated in yuan; any other answer says the yuan asked was not applied.

    Args:
        answer: the answer read without the yuan words.
        lang: "zh" or "en".

    Returns:
        The answer with `value` × 10,000 and `unit` 元 and a first line in yuan, or with a line naming the unit unread.
    """
    zh = lang != "en"
    if answer.kind == "unknown":
        return answer
    if answer.value is not None and answer.unit == "万元":
        yuan = round(answer.value * 10000, 2)
        shown = f"{yuan:,.2f}".rstrip("0").rstrip(".")
        answer.text = (f"{shown} 元（{answer.value:,.4f}".rstrip("0").rstrip(".") + " 万元 × 10,000）\n" if zh else
                       f"{shown} yuan ({answer.value:,.4f}".rstrip("0").rstrip(".") + " 万元 × 10,000)\n") + answer.text
        answer.value, answer.unit = yuan, "元"
        return answer
    answer.text += ("\n未换算成元：答案不是一个以万元计的金额。" if zh else
                    "\nnot converted to yuan: the answer is not one amount in 万元.")
    return answer
