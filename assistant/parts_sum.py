"""A printed total said to differ from, or to equal, its parts (总分跟各项得分加起来对不上, 财政拨款、上年结余、其他资金三项加起来
跟执行数对不上, a total score that differs from its scores added up): the total against the sum of its parts, either
said first, whatever words join them."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files

# What may stand between the total and its parts: words for "each item", a sum word, glue that names no condition.
_BETWEEN = ("group_cue", "aggregate", "noun", "op")
# A comparison word that says the parts are added (don't add up to, 加起来不等于).
_SUMMED = re.compile(r"add(?:s|ed)? up|sum|加起来|相加|之和|合计", re.I)


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


def _names_part(token, fields: set[str]) -> bool:
    """Whether a token names a part: one of the part fields, or a funding source of them (财政拨款, 资金来源 for all)."""
    if token.kind == "fund_source":
        return token.key == "all" or any(field.startswith(f"{token.key}_") for field in fields)
    return token.kind in ("field", "weak_field") and token.key in fields


def parts_sums(tokens: list) -> list:
    """The tokens with TOTAL … PART … (sum word) … 对不上 / does not match read as the predicate TOTAL != parts, and
    PARTS … TOTAL … 对不上 / 等于 as TOTAL != / = parts.

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
            found = _parts_first(tokens, k)
            if found is None:
                out.append(token)
                k += 1
                continue
            end, total, op = found
            out.append(dataclasses.replace(tokens[k], kind="predicate", key=f"{total} {op} {_parts()[total]}",
                                           end=tokens[end - 1].end, text=" ".join(t.text for t in tokens[k:end])))
            k = end
            continue
        out.append(dataclasses.replace(token, kind="predicate", key=f"{token.key} != {parts}", end=tokens[end - 1].end,
                                       text=" ".join(t.text for t in tokens[k:end])))
        k = end
    return out


def _parts_first(tokens: list, at: int) -> tuple[int, str, str] | None:
    """PARTS [sum word] … TOTAL … mismatch/match (财政拨款、上年结余、其他资金三项加起来跟执行数对不上, 各资金来源执行数之和
    等于执行数) opening at `at` with funding sources: (end, total field, "!=" or "="); None when the run is not that.
    Separators may stand only between the parts; a sum word is needed unless all the sources are named at once."""
    if tokens[at].kind != "fund_source":
        return _fields_first(tokens, at)
    k, named, summed = at, [], False
    while k < len(tokens) and (tokens[k].kind == "fund_source" or (named and tokens[k].kind == "number" and tokens[k].text[-1:] in "项类个")
                               or (named and tokens[k].kind == "field" and tokens[k].key in ("executed", "annual_budget")
                                   and not tokens[k].after_separator and k + 1 < len(tokens) and tokens[k + 1].kind == "aggregate")):
        named.append(tokens[k])  # 财政拨款、上年结余、其他资金三项, 各资金来源执行数（之和）
        k += 1
    if not any(t.kind == "fund_source" and t.key == "all" for t in named) and sum(t.kind == "fund_source" for t in named) < 2:
        return None
    total, op = None, None
    while k < len(tokens) and not tokens[k].after_separator:
        token = tokens[k]
        if (token.kind == "aggregate" and token.key == "sum") or token.kind == "plus":
            summed = True  # 加起来, 之和; 加总和 (加 read as plus)
        elif token.kind in ("field", "weak_field") and token.key in _parts() and total is None:
            total = token.key
        elif token.kind in ("compare_cue", "op") and token.key in ("!=", "=") and op is None:
            op, summed = token.key, summed or _SUMMED.search(token.text) is not None  # don't add up to
        elif token.kind not in (*_BETWEEN, "follow") or token.kind == "aggregate":
            break
        k += 1
        if total is not None and op is not None and (summed or any(t.key == "all" for t in named if t.kind == "fund_source")):
            fields = _part_fields(_parts()[total])
            return (k, total, op) if all(_names_part(t, fields) for t in named if t.kind == "fund_source") else None
    return None


def _fields_first(tokens: list, at: int) -> tuple[int, str, str] | None:
    """PART + PART … mismatch … TOTAL (indicator scores plus the budget score that don't add up to the total score,
    各项指标得分加上预算执行得分跟总分对不上) opening at `at`: (end, total field, "!=" or "="); None when the run is not
    that. Two parts of one total are needed, or one with a sum word."""
    k, named, summed = at, [], False
    while k < len(tokens) and (tokens[k].kind in ("field", "weak_field", "plus", "noun", "group_cue")
                               or (tokens[k].kind == "aggregate" and tokens[k].key == "sum")):
        token = tokens[k]
        if token.kind in ("field", "weak_field"):
            if token.key in _parts() and named:
                break  # the total said after its parts
            named.append(token.key)
        summed = summed or token.kind == "plus" or token.kind == "aggregate"
        k += 1
    if not named or not any(key.replace(".sum.", ".") in _part_fields(parts) for key in named for parts in _parts().values()):
        return None
    op, total = None, None
    while k < len(tokens) and not tokens[k].after_separator:
        token = tokens[k]
        if token.kind in ("compare_cue", "op") and token.key in ("!=", "=") and op is None:
            op, summed = token.key, summed or _SUMMED.search(token.text) is not None
        elif token.kind in ("field", "weak_field") and token.key in _parts() and total is None:
            total = token.key  # don't add up to the total score; 跟总分对不上
        elif token.kind not in (*_BETWEEN, "follow"):
            return None
        k += 1
        if op is not None and total is not None:
            fields = _part_fields(_parts()[total])
            parts = [key for key in named if key in fields]
            return (k, total, op) if len(parts) == len(named) and (len(set(parts)) >= 2 or summed) else None
    return None


def _mismatch_end(tokens: list, at: int, fields: set[str]) -> int | None:
    """The end of "total … parts … mismatch" (总分跟各项得分加起来对不上) or "total mismatch … parts added up" (total score
    does not match its scores added up) opening at `at`, with only joining words between; None when the run is not that.
    A field after the total names a part when it is one, or when a sum word follows it (its scores added up)."""
    k, named, differ, summed = at + 1, False, None, False
    while k < len(tokens) and (not tokens[k].after_separator or (named and _names_part(tokens[k], fields))):
        token = tokens[k]
        if _names_part(token, fields) or (token.kind in ("field", "weak_field") and token.key == tokens[at].key):
            named = named or _names_part(token, fields) or any(t.kind == "aggregate" and t.key == "sum" for t in tokens[k + 1:k + 2])
        elif token.kind in ("compare_cue", "op") and token.key == "!=" and differ is None:
            differ = k
        elif token.kind == "aggregate" and token.key == "sum":
            summed = True
            if differ is not None and not named:
                named = True  # doesn't tally with the sum of its parts: the total's own parts
        elif token.kind not in (*_BETWEEN, "follow") or token.kind == "aggregate" or token.kind == "op":
            break
        k += 1
        if named and differ is not None and (differ > at + 1 or summed):
            return k
    return None
