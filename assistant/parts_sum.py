"""A printed total said not to equal its parts (总分跟各项得分加起来对不上, a total score that differs from its scores
added up): the total against the sum of its parts, whatever words join them."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from . import data_files

# What may stand between the total and its parts: words for "each item", a sum word, glue that names no condition.
_BETWEEN = ("group_cue", "aggregate", "noun", "op")


@lru_cache(maxsize=1)
def _parts() -> dict[str, str]:
    """total field → the sum of its parts (assistant/data/parts_sums.tsv).

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    return {cells[0].strip(): cells[1].strip() for _, cells in data_files.rows(
        "parts_sums.tsv", 2, "'total<TAB>parts'", lambda cells: bool(cells[0].strip()) and "+" in cells[1])}


def _part_fields(parts: str) -> set[str]:
    """The lexicon field keys a sum of parts names (indicator.sum.score → indicator.score)."""
    return {term.strip().replace(".sum.", ".") for term in parts.split("+")}


def parts_sums(tokens: list) -> list:
    """The tokens with TOTAL … PART … (sum word) … 对不上 / does not match read as the predicate TOTAL != parts.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each such run one predicate token; unchanged when no total is said to differ from its parts.
    """
    out, k = [], 0
    while k < len(tokens):
        token = tokens[k]
        parts = _parts().get(token.key) if token.kind == "field" else None
        end = _mismatch_end(tokens, k, _part_fields(parts)) if parts else None
        if end is None:
            out.append(token)
            k += 1
            continue
        out.append(dataclasses.replace(token, kind="predicate", key=f"{token.key} != {parts}", end=tokens[end - 1].end,
                                       text=" ".join(t.text for t in tokens[k:end])))
        k = end
    return out


def _mismatch_end(tokens: list, at: int, fields: set[str]) -> int | None:
    """The end of "total … parts … mismatch" (总分跟各项得分加起来对不上) or "total mismatch … parts added up" (total score
    does not match its scores added up) opening at `at`, with only joining words between; None when the run is not that.
    A field after the total names a part when it is one, or when a sum word follows it (its scores added up)."""
    k, named, differ, summed = at + 1, False, None, False
    while k < len(tokens) and not tokens[k].after_separator:
        token = tokens[k]
        if token.kind in ("field", "weak_field") and (token.key in fields or token.key == tokens[at].key):
            named = named or token.key in fields or any(t.kind == "aggregate" and t.key == "sum" for t in tokens[k + 1:k + 2])
        elif token.kind in ("compare_cue", "op") and token.key == "!=" and differ is None:
            differ = k
        elif token.kind == "aggregate" and token.key == "sum":
            summed = True
        elif token.kind not in (*_BETWEEN, "follow") or token.kind == "aggregate" or token.kind == "op":
            break
        k += 1
        if named and differ is not None and (differ > at + 1 or summed):
            return k
    return None
