"""A class compared with its own target (满意度高于目标值, a satisfaction result above the satisfaction target that was
set): the actual of that class's rows against their target, the class said once."""

from __future__ import annotations

import dataclasses

from assistant.recognise import Token

_ACTUAL, _TARGET = "indicator.actual_number", "indicator.target_number"
_COMPARISONS = ("<", "<=", ">", ">=")


def own_target(tokens: list[Token]) -> list[Token]:
    """CLASS [actual] OP [CLASS again] TARGET: the class's actual compared with its target; a class said again before
    the target is the same rows, not a second class to count.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a comparison read as actual OP target of the class's rows.
    """
    for c, token in enumerate(tokens):
        if token.kind != "class":
            continue
        k = c + 1
        actual = k < len(tokens) and (tokens[k].kind, tokens[k].key) == ("field", _ACTUAL)
        k += actual
        if k >= len(tokens) or tokens[k].kind not in ("op", "compare_cue") or tokens[k].key not in _COMPARISONS:
            continue
        op = k
        k += 1
        while k < len(tokens) and tokens[k].kind == "follow":  # their satisfaction target
            k += 1
        again = k < len(tokens) and tokens[k].kind == "class" and tokens[k].key == token.key
        k += again
        if k >= len(tokens) or (tokens[k].kind, tokens[k].key) != ("field", _TARGET):
            continue
        said = [] if actual else [dataclasses.replace(token, kind="field", key=_ACTUAL, start=token.end, end=token.end, text="")]
        return tokens[:c + 1 + actual] + said + [tokens[op]] + tokens[k:]
    return tokens
