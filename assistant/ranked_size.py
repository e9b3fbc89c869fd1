"""The field a ranking of forms is by when no superlative sits beside it: a project's size is its full-year budget (the
unspent balances of the three largest projects), "by X" after the forms (largest projects by budget), 总分排第一."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from . import data_files

SIZE_FIELD = "annual_budget"


@lru_cache(maxsize=1)
def _size_words() -> frozenset[str]:
    """The words of assistant/data/size_words.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return frozenset(word for _, cells in data_files.rows("size_words.tsv", 1, "'words (| separated)'")
                     for word in cells[0].split("|") if word)


def ranked_by(tokens: list, at: int, fields: list[int]) -> tuple[int | str, int | None] | None:
    """The ranking's field and the measure's, when the superlative at `at` names forms rather than a field beside it.

    Args:
        tokens: the composed tokens.
        at: the superlative's index.
        fields: indices of the fields no condition used.

    Returns:
        (ranked, other): ranked is a field's index or SIZE_FIELD (the budget, named by no token); other the measure's
        index or None. None when a field stands right beside the superlative (执行率最低的, the lowest execution rate).
    """
    j = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].kind == "number")
    if at + 1 in fields or (at and at - 1 in fields) or j >= len(tokens) or not (
            tokens[j].kind == "noun" and tokens[j].key == "form"):
        return None
    before = next((k for k in reversed(fields) if k < at), None)
    by = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].kind == "group_cue" and tokens[j + 1].text.lower() == "by")
    if by in fields and tokens[by].text.isascii():  # the three largest projects by full-year budget
        return by, before if before is not None else next((k for k in fields if k > by), None)
    if tokens[at].text.lower() in _size_words():  # the unspent balances of the three largest projects; 最大的三个项目的结余
        return SIZE_FIELD, before if before is not None else (j + 1 if j + 1 in fields else None)
    return None


def first_of_a_field(tokens: list) -> list:
    """The tokens with 排第一 / 排名第一 right after a field (总分排第一的项目, 指标数排第一的是哪张) read as its highest: the
    top of a ranking by that field; said after no field (排第一的, after a ranked list) it stays a pick of the last list.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a word a superlative.
    """
    return [dataclasses.replace(t, kind="superlative", key="max") if t.kind == "first_one" and k
            and tokens[k - 1].kind == "field" and tokens[k - 1].key != "year" else t for k, t in enumerate(tokens)]
