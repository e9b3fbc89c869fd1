"""Indicator scores added up: "三级指标得分加起来不是90分" compares the sum of a form's indicator rows with a number."""

from __future__ import annotations

from assistant.recognise import Token

# The field words that, after an indicator noun, mean the rows' column (points, 得分) rather than the form's total.
_SUMMED = {"indicator.score": "score", "total_score": "score", "indicator.weight": "weight"}


def read_sums(tokens: list[Token]) -> list[Token]:
    """Replace INDICATOR-NOUN FIELD (加起来 | add up) [不是 | op] NUMBER with one predicate token on the rows' sum.

    Args:
        tokens: recognised tokens (stop words removed).

    Returns:
        The tokens, each such stretch read as one condition ("indicator.sum.score != 90").
    """
    out, i = [], 0
    while i < len(tokens):
        found = _sum_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        key, end = found
        out.append(Token("predicate", key, tokens[i].start, tokens[end - 1].end,
                         "".join(t.text for t in tokens[i:end])))
        i = end
    return out


def _parts_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """A total OP a part PLUS the sum of the indicator scores ("a total score that differs from the budget-execution
    score plus the sum of the indicator scores"): one predicate on the form's parts."""
    if i + 5 >= len(tokens) or tokens[i].kind != "field" or tokens[i].key.startswith("indicator."):
        return None
    total, op, part, plus = tokens[i:i + 4]
    if op.kind != "op" or op.key not in ("=", "!=") or part.kind != "field" or part.key.startswith("indicator.") \
            or plus.kind != "plus" or tokens[i + 4].kind != "aggregate" or tokens[i + 4].key != "sum":
        return None
    k = i + 5
    if k < len(tokens) and tokens[k].kind == "noun" and tokens[k].key == "indicator":
        k += 1
    if k >= len(tokens) or tokens[k].kind != "field" or tokens[k].key not in _SUMMED:
        return None
    return f"{total.key} {op.key} {part.key} + indicator.sum.{_SUMMED[tokens[k].key]}", k + 1


def _sum_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    parts = _parts_at(tokens, i)
    if parts is not None:
        return parts
    field = tokens[i]
    named = "指标" in field.text or "indicator" in field.text.lower()  # 指标得分 names the rows itself
    if not named and not (i > 0 and tokens[i - 1].kind == "noun" and tokens[i - 1].key == "indicator"):
        return None
    if field.kind != "field" or field.key not in _SUMMED or i + 1 >= len(tokens):
        return None
    adds = tokens[i + 1]
    k, op = i + 2, "="
    if adds.kind == "aggregate" and adds.key == "sum":
        pass
    elif adds.kind == "compare_cue" and "add" in adds.text.lower() and adds.key in ("=", "!="):
        op = adds.key  # don't add up to 90
    else:
        return None
    negated = False
    while k < len(tokens) and tokens[k].kind in ("not", "op"):
        if tokens[k].kind == "not":
            negated = True
        elif tokens[k].key != "=":
            op = tokens[k].key
        k += 1
    if k >= len(tokens) or tokens[k].kind != "number" or tokens[k].unit not in (None, "score"):
        return None
    if negated:
        op = {"=": "!=", "!=": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}[op]
    value = tokens[k].value
    return f"indicator.sum.{_SUMMED[field.key]} {op} {value:g}", k + 1
