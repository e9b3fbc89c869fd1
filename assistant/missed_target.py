"""A target missed (missed a numeric target, 没达到目标值, which one fell short of its target): the rows whose actual is
below their target, whatever words stand between the verb and the target."""

from __future__ import annotations

import dataclasses

from assistant.recognise import Token

_TARGET = ("field", "indicator.target_number")
_BELOW = "indicator: actual_number < target_number"


def missed_targets(tokens: list[Token]) -> list[Token]:
    """MISS [class|noun] TARGET, or a "below" op with no figure before it and the target after → one predicate token for
    rows below target; a miss word with no target after is read as a negation, as before.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each missed target one predicate.
    """
    out: list = list(tokens)
    for k, token in enumerate(tokens):
        below = token.kind == "op" and token.key in ("<", "<=") and not (
            k > 0 and tokens[k - 1].kind in ("field", "weak_field", "number"))
        if token.kind != "miss" and not below:
            continue
        at = next((j for j in range(k + 1, min(len(tokens), k + 3)) if (tokens[j].kind, tokens[j].key) == _TARGET), None)
        between = tokens[k + 1:at] if at is not None else []
        if at is None or any(t.kind not in ("class", "noun") for t in between) \
                or (at + 1 < len(tokens) and tokens[at + 1].kind in ("number", "op", "field")):
            out[k] = dataclasses.replace(token, kind="not", key="not") if token.kind == "miss" else token
            continue
        out[k] = dataclasses.replace(token, kind="predicate", key=_BELOW, end=tokens[at].end)
        out[at] = None
    return [t for t in out if t is not None]
