"""The field a ranking of forms is by when it is not beside its superlative: a project's size is its full-year budget
(the unspent balances of the three largest projects); English "by X" after the forms (largest projects by budget)."""

from __future__ import annotations

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
