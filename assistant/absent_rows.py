"""Rows said absent after their class (时效指标都没设, 效益指标一个都没有, 连一个时效指标都没有): the negation moved before
the class, so the forms read are those with no row of it (NOT EXISTS), never those with one row."""

from __future__ import annotations

from assistant.recognise import Token

# What may follow the negation for it to close the class's clause (…都没设的平安办项目): a new condition or the forms.
_CLOSES_AFTER = ("field", "weak_field", "class", "op", "op_after", "number", "predicate", "full", "quoted_indicator")


def _one(token: Token | None) -> bool:
    """一个 / a single / one: the 'not even one' said around the class."""
    return token is not None and token.kind == "number" and token.value == 1 and not any(ch.isdigit() for ch in token.text)


def absent_rows(tokens: list[Token]) -> list[Token]:
    """[一个] CLASS [一个] NOT → NOT CLASS when nothing the negation could qualify follows it.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each class said absent after it negated before it.
    """
    out = list(tokens)
    k = 0
    while k < len(out):
        if out[k].kind != "class" or (k > 0 and out[k - 1].kind in ("not", "class")):  # a list of classes: negation_scope's
            k += 1
            continue
        after = k + 1 + _one(out[k + 1] if k + 1 < len(out) else None)
        if after >= len(out) or out[after].kind != "not" \
                or (after + 1 < len(out) and out[after + 1].kind in _CLOSES_AFTER):
            k += 1
            continue
        before = k - 1 if k > 0 and _one(out[k - 1]) else k
        out = out[:before] + [out[after], out[k]] + out[after + 1:]
        k = before + 2
    return out
