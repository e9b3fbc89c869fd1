"""The amount spent said of a whole budget (disburse their entire full-year budget, 执行了全部预算): spent in full."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files

# The fields: what was spent, and the budget it is set against.
_SPENT, _BUDGET = "executed", "annual_budget"
# What only joins the two (their, its, the; 了, 把): any other token between them makes it another reading.
_BETWEEN = ("follow",)


@lru_cache(maxsize=1)
def _whole() -> re.Pattern:
    """The words for "all of" in both languages (assistant/data/whole_amount.tsv), whole words in English.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = _words()
    return re.compile(rf"(?<![a-z])(?:{words['en']})(?![a-z])|{words['zh']}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """The rows of assistant/data/whole_amount.tsv by language (en, zh; en_after: said after the budget)."""
    return {lang: "|".join(sorted(map(re.escape, cells.split("|")), key=len, reverse=True)) for _, (lang, cells) in
            data_files.rows("whole_amount.tsv", 2, "'en|zh|en_after<TAB>words'", lambda cells: cells[0] in ("en", "zh", "en_after"))}


@lru_cache(maxsize=1)
def _whole_after() -> re.Pattern:
    """The words for "in full" said right after the budget ("spend the reduced amount in full")."""
    return re.compile(rf"\s*(?:{_words()['en_after']})(?![a-z])", re.IGNORECASE)


def spent_in_full(tokens: list, gaps: list[str], text: str) -> tuple[list, list[str]]:
    """SPENT [their] ENTIRE BUDGET read as one predicate, the budget spent in full (a negation before it then says
    not all of it was spent); "spent more than their budget" or a figure between stays as it is.

    Args:
        tokens: the question's tokens, stop words out.
        gaps: the stretches no recogniser placed (the word for "all of" among them).
        text: the text they were read from.

    Returns:
        The tokens, each such run replaced by one predicate token; the gaps without the words it read.
    """
    out, k, gaps = [], 0, list(gaps)
    while k < len(tokens):
        token = tokens[k]
        j = k + 1
        while j < len(tokens) and tokens[j].kind in _BETWEEN:
            j += 1
        if token.kind == "field" and token.key == _SPENT and j < len(tokens) and tokens[j].kind in ("field", "weak_field") \
                and tokens[j].key == _BUDGET and ((whole := _whole().search(text[token.end:tokens[j].start]))
                                                  or (whole := _whole_after().match(text, tokens[j].end))) \
                and (j + 1 == len(tokens) or tokens[j + 1].start >= whole.end() or whole.end() <= tokens[j].start):
            gaps = [g for g in (gap.replace(whole.group(0).strip(), "", 1).strip() for gap in gaps) if g]
            out.append(dataclasses.replace(token, kind="predicate", key="execution_rate = 100", end=tokens[j].end,
                                           text=text[token.start:tokens[j].end]))
            k = j + 1
            continue
        out.append(token)
        k += 1
    return out, gaps
