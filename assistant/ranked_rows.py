"""Forms ranked by how many indicator rows they list (按数量指标条数由多到少排列，前三位; ranking by how many
third-level indicators they list): the row count is the measure ranked, read as "most" or "fewest"."""

from __future__ import annotations

import dataclasses

from assistant.recognise import Token

# Tokens that say an order is asked: a sort word or a direction (排序, 由多到少, ranked by).
_ORDER = ("sort", "direction")


def ranked_by_rows(tokens: list[Token]) -> list[Token]:
    """When a question asks for an order and a count word stands right beside an indicator word or class
    (三级指标条数, 数量指标条数, how many third-level indicators), the count is the measure of the order: the count word
    becomes "most" (or "fewest" for an ascending direction) and the sort and direction words are read by it.

    Args:
        tokens: the question's tokens, stop words left out.

    Returns:
        The tokens, rewritten when the question ranks forms by their rows; else as given.
    """
    if not any(t.kind in _ORDER for t in tokens) or any(t.kind == "field" and t.key != "year" for t in tokens):
        return tokens  # 按执行率排序: a field is ranked, not rows
    counted = next((k for k, t in enumerate(tokens) if t.kind == "aggregate" and t.key == "count"
                    and any(_rows(tokens[j]) for j in (k - 1, k + 1) if 0 <= j < len(tokens))), None)
    if counted is None:
        return tokens
    ascending = any(t.kind == "direction" and t.key == "asc" for t in tokens)
    word = tokens[counted]
    out = [t for k, t in enumerate(tokens) if t.kind not in _ORDER and not (k == counted)]
    where = next(k for k, t in enumerate(out) if _rows(t) and t.start in (tokens[counted - 1].start if counted > 0 else -1,
                                                                          tokens[counted + 1].start if counted + 1 < len(tokens) else -1))
    superlative = dataclasses.replace(word, kind="superlative", key="min" if ascending else "max")
    out.insert(where + 1, superlative)  # 数量指标 最多: the rows of the class, counted per form and ranked
    return out


def _rows(token: Token) -> bool:
    """An indicator word (三级指标, indicators) or an indicator class (数量指标, quantity indicator)."""
    return (token.kind == "noun" and token.key == "indicator") or token.kind == "class"
