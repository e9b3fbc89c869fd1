"""A bound said to include or exclude its own figure (90%以上（不含90%）, over 1 million (exclusive))."""

from __future__ import annotations

import dataclasses

from assistant.recognise import Token

# A bound made strict or inclusive: ≥ ↔ >, ≤ ↔ <.
_STRICT = {">=": ">", "<=": "<", ">": ">", "<": "<"}
_INCLUSIVE = {">": ">=", "<": "<=", ">=": ">=", "<=": "<="}
_BOUNDS = ("op", "op_after")


def inclusion(tokens: list[Token], exclusive: set[str], inclusive: set[str]) -> list[Token]:
    """90%以上（不含90%）, more than 50万 (inclusive), 100万以下（含本数）: the words after a bound (with its figure
    repeated or not) say whether the figure itself counts; the bound's operator takes it and the words are read.

    Args:
        tokens: the question's tokens, stop words still in.
        exclusive: words saying the figure is left out (lexicon kind `bound_excludes`).
        inclusive: words saying it counts (lexicon kind `bound_includes`).

    Returns:
        The tokens, the bound's operator changed and the inclusion words dropped.
    """
    tokens = list(tokens)
    i = 0
    while i < len(tokens):
        said = _inclusion_word(tokens[i], exclusive, inclusive)
        if said is None:
            i += 1
            continue
        bound = _bound_before(tokens, i)
        if bound is None:
            i += 1
            continue
        end = i + 1
        figure = tokens[bound[1]]
        if end < len(tokens) and tokens[end].kind == "number" and tokens[end].value == figure.value:
            end += 1  # （不含90%）: the figure repeated
        table = _STRICT if said == "exclusive" else _INCLUSIVE
        op = tokens[bound[0]]
        tokens[bound[0]] = dataclasses.replace(op, key=table.get(op.key, op.key))
        del tokens[i:end]
    return tokens


def _inclusion_word(token: Token, exclusive: set[str], inclusive: set[str]) -> str | None:
    """"exclusive", "inclusive" or None for one token (a word, or a bracket holding only such a word and a figure)."""
    text = (token.key if token.kind == "bracket" else token.text).strip().lower()
    if token.kind == "bracket":
        text = text.rstrip("0123456789.%万元 ").strip()
    if token.kind in ("not", "bound_excludes", "bracket") and text in exclusive:
        return "exclusive"
    if token.kind in ("bound_includes", "bracket") and text in inclusive:
        return "inclusive"
    return None


def _bound_before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(the operator's index, the figure's index) of a bound ending right before token i: 90%以上 or 高于90%."""
    k = i - 1
    while k >= 0 and tokens[k].kind == "stop":
        k -= 1
    if k >= 1 and tokens[k].kind in _BOUNDS and tokens[k].key in _STRICT and tokens[k - 1].kind == "number":
        return k, k - 1  # 90%以上（不含）
    if k >= 1 and tokens[k].kind == "number" and tokens[k - 1].kind in _BOUNDS and tokens[k - 1].key in _STRICT:
        return k - 1, k  # 高于90%（含）
    return None


def opening_bound(tokens: list[Token]) -> list[Token]:
    """"a grade and fewer than 5 indicators": "and fewer" closes a figure (5 and fewer) but opens one here, where the
    number follows it and none precedes it: the strict bound, the "and" joining a second condition.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a bound made strict.
    """
    out = list(tokens)
    kept = [k for k, t in enumerate(out) if t.kind != "stop"]  # "and fewer than 5": "than" is a stop word
    for n, k in enumerate(kept):
        token = out[k]
        if token.kind == "op" and token.key in ("<=", ">=") and token.text.lower().startswith(("and ", "or ")) \
                and n + 1 < len(kept) and out[kept[n + 1]].kind == "number" and (n == 0 or out[kept[n - 1]].kind != "number"):
            out[k] = dataclasses.replace(token, key=_STRICT[token.key])
    return out
