"""A target missed (missed a numeric target, failed to meet a quantified target): the rows whose actual is below their
target, whatever words stand between the verb and the target."""

from __future__ import annotations

import dataclasses

from assistant.recognise import Token

_TARGET = ("field", "indicator.target_number")
_BELOW = "indicator: actual_number < target_number"


def missed_targets(tokens: list[Token]) -> list[Token]:
    """MISS [class|noun] TARGET → one predicate token for rows below target, as is TARGET MISS (a performance target
    missed); a miss word with no target beside it is read as a negation, as before (missed 90%: not reaching it).

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each missed target one predicate.
    """
    out: list = list(tokens)
    for k, token in enumerate(tokens):
        if token.kind != "miss":
            continue
        if _target_before(tokens, k):  # was any performance target missed?, targets missed: the passive
            out[k] = dataclasses.replace(token, kind="predicate", key=_BELOW)
            if (tokens[k - 1].kind, tokens[k - 1].key) == _TARGET:
                out[k - 1] = None
            continue
        at = next((j for j in range(k + 1, min(len(tokens), k + 3)) if (tokens[j].kind, tokens[j].key) == _TARGET), None)
        between = tokens[k + 1:at] if at is not None else []
        if at is None or any(t.kind not in ("class", "noun") for t in between) \
                or (at + 1 < len(tokens) and tokens[at + 1].kind in ("number", "op", "field")):
            out[k] = dataclasses.replace(token, kind="not", key="not")
            continue
        out[k] = dataclasses.replace(token, kind="predicate", key=_BELOW, end=tokens[at].end)
        out[at] = None
    return [t for t in out if t is not None]


def _target_before(tokens: list[Token], k: int) -> bool:
    """A target said right before the miss word, as its subject (targets missed, any performance target missed), with
    no figure or comparison after the miss word (missed 90% stays a negation)."""
    if k == 0 or (k + 1 < len(tokens) and tokens[k + 1].kind in ("number", "op", "field")):
        return False
    before = tokens[k - 1]
    return (before.kind, before.key) == _TARGET or (before.kind == "noun" and before.key == "indicator"
                                                    and any(word in before.text.lower() for word in ("target", "目标")))
