"""过 / 超 / 破 before a figure (过千万, 超百万, 过半): "more than", as people say it; elsewhere (通过, 过程) no comparison."""

from __future__ import annotations

import dataclasses
import re

# 过半 / 过半数 is more than half; 过半年 (half a year passed) is a time, not a share.
_OVER_HALF = re.compile(r"过半(?!年|个月|天)")


def spell_half(text: str) -> str:
    """过半 written as 过一半, so the fraction reads as a figure (50%) and 过 before it as "more than".

    Args:
        text: the normalised question.

    Returns:
        The text with 过半 spelled out.
    """
    return _OVER_HALF.sub("过一半", text)


def over_a_figure(tokens: list, words: dict[str, str] | None = None) -> list:
    """A stop word for "over" (过, and 超 / 破: 超百万, 破百万) directly before a figure (not a year) becomes its operator.

    Args:
        tokens: the recognised tokens, stop words still in.
        words: the bare words → operator (lexicon kind `bound_word`); 过 alone by default.

    Returns:
        The tokens, such a word before a figure read as an operator.
    """
    words = words or {"过": ">"}
    return [dataclasses.replace(t, kind="op", key=words[t.text])
            if t.kind == "stop" and t.text in words and k + 1 < len(tokens) and tokens[k + 1].kind == "number"
            and tokens[k + 1].start == t.end and not _a_year(tokens[k + 1]) else t
            for k, t in enumerate(tokens)]


def _a_year(token) -> bool:
    return token.unit is None and float(token.value).is_integer() and 1990 <= token.value <= 2099
