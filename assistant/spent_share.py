"""The share spent compared with a figure (钱用掉的比例不到一半, share of money spent under half): the execution rate."""

from __future__ import annotations

import dataclasses
import re

# What may stand around the spent amount and the share word: the money it is of (钱, their budget), a possessive.
_AROUND = ("weak_field", "follow")
_MONEY = ("annual_budget",)
# A question word right before the share: the share is what is asked, not a rate compared.
_ASKED = re.compile(r"(?:\b(?:what|which|how)\s*|多少|几)$", re.IGNORECASE)


def _run(tokens: list, k: int) -> tuple[int, int] | None:
    """The span [start, end) of a share word and the amount spent beside it (money words and their budget included),
    when a comparison with a figure follows it; None otherwise."""
    if tokens[k].kind != "aggregate" or tokens[k].key != "share":
        return None
    start, end = k, k + 1
    while start > 0 and (tokens[start - 1].kind in _AROUND or (tokens[start - 1].kind == "field" and tokens[start - 1].key
                                                               in ("executed", *_MONEY))):
        start -= 1
    while end < len(tokens) and (tokens[end].kind in _AROUND or (tokens[end].kind == "field" and tokens[end].key
                                                                 in ("executed", *_MONEY))):
        end += 1
    if not any(t.kind == "field" and t.key == "executed" for t in tokens[start:end]):
        return None
    after = end
    while after < len(tokens) and tokens[after].kind == "op" and tokens[after].key == "=":
        after += 1  # share … is under half: "is" only joins
    if after + 1 < len(tokens) and ((tokens[after].kind == "op" and tokens[after + 1].kind == "number")
                                    or (tokens[after].kind == "number" and tokens[after + 1].kind == "op_after")):
        return start, end  # 比例不到一半, 比例在九成五以上
    return None


def spent_shares(tokens: list, text: str) -> list:
    """Each share of the amount spent that is compared with a figure read as the execution rate; a share asked
    (钱花掉了百分之多少, what share of the money was spent) stays a statistic.

    Args:
        tokens: the question's tokens, stop words out.
        text: the text they were read from.

    Returns:
        The tokens, each such run one execution-rate field token.
    """
    out, k = [], 0
    while k < len(tokens):
        span = _run(tokens, k)
        if span is not None and _ASKED.search(text[:tokens[span[0]].start]):
            span = None  # what percentage spent less than half: the share of forms is asked, the rate is its condition
        if span is None:
            out.append(tokens[k])
            k += 1
            continue
        start, end = span
        del out[len(out) - (k - start):]
        first, last = tokens[start], tokens[end - 1]
        out.append(dataclasses.replace(first, kind="field", key="execution_rate", end=last.end,
                                       text=text[first.start:last.end]))
        k = end
    return out
