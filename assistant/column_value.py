"""A column named before its own value (评分等级是优, 实施单位是信访办, the grade is "优") or right after it (names carrying the
（平安办） tag): the condition's column, no grouping."""

from __future__ import annotations

from functools import lru_cache

from . import data_files

# Words that may stand between the column and its value: 是 / 为 / is / equals (read as an op, or glued to the value).
_LINKS = ("=",)


@lru_cache(maxsize=1)
def _values() -> dict[str, frozenset[str]]:
    """group key → the token kinds holding its values (assistant/data/column_values.tsv).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return {cells[0]: frozenset(cells[1].split("|")) for _, cells in data_files.rows(
        "column_values.tsv", 2, "'group key<TAB>token kinds'", lambda cells: bool(cells[0]) and bool(cells[1]))}


def named_columns(tokens: list) -> list:
    """The tokens without a grouping word that names the column of the value right after it.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens; "评分等级 是优 … 执行率最低" keeps the grade 优 as a condition and groups by nothing.
    """
    values = _values()
    dropped = set()
    for k, token in enumerate(tokens):
        kinds = values.get(token.key) if token.kind == "group" else None
        if not kinds:
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].kind == "op" and tokens[j].key in _LINKS:
            j += 1
        if j < len(tokens) and tokens[j].kind in kinds and (token.key != "year" or tokens[j].unit is None):
            dropped.add(k)
            if j == k + 2:
                dropped.add(k + 1)
        elif k and tokens[k - 1].kind in kinds and token.key != "year" and token.start - tokens[k - 1].end <= 2:
            dropped.add(k)  # names that carry the （平安办） tag: the value's column right after it, no "by tag"
    return [t for k, t in enumerate(tokens) if k not in dropped]
