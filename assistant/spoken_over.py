"""过 / 超 / 破 / 上 before a figure (过千万, 超百万, 过半, 上百万, running into the millions): "more than" or "at least", as
people say it; elsewhere (通过, 过程, 以上) no comparison."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files

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


# Said before a bound word, it is no bound: 以上, 之上, 马上, 通过; a negation before it (没上百万) says below the figure.
_NOT_A_BOUND = "以之马通"
_WRITTEN = {">=": ("不少于", "at least"), ">": ("超过", "more than")}
_NEGATED = {">=": "不到", ">": "不超过"}  # 没上百万: below it; 没过百万: at most it


@lru_cache(maxsize=1)
def _magnitudes() -> tuple[re.Pattern, dict[str, str], dict[str, float], list[tuple[re.Pattern, str, float]]]:
    """The bound words, bare magnitudes and English magnitude phrases of assistant/data/spoken_over.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    bounds, sizes, phrases = {}, {}, []
    for _, (role, op, figure, words) in data_files.rows("spoken_over.tsv", 4, "'role<TAB>operator<TAB>figure<TAB>pattern'",
                                                          lambda cells: cells[0] in ("bound", "magnitude", "phrase")):
        if role == "bound":
            bounds.update({word: op for word in words.split("|")})
        elif role == "magnitude":
            sizes.update({word: float(figure) for word in words.split("|")})
        else:
            phrases.append((re.compile(rf"\b(?:{words})\b", re.IGNORECASE), op, float(figure)))
    said = re.compile(rf"(?:(?P<neg>没有|没|未|不)|(?<![{_NOT_A_BOUND}]))({'|'.join(sorted(bounds, key=len, reverse=True))})"
                      rf"({'|'.join(sorted(sizes, key=len, reverse=True))})(?:元|块钱|块)?(?![\d零一二两三四五六七八九十百千万亿])")
    return said, bounds, sizes, phrases


def magnitudes_said(text: str) -> str:
    """A bound said of a bare magnitude (上百万, 上千万, 过亿, 逾十万, running into the millions) written as its
    operator and the figure in 万元.

    Args:
        text: the question.

    Returns:
        The text, e.g. 年度拨款上千万的表 → 年度拨款不少于1000万的表, 过亿 → 超过10000万, "a budget running into the
        millions" → "a budget at least 100 万元".
    """
    said, bounds, sizes, phrases = _magnitudes()
    text = said.sub(lambda found: (_NEGATED[bounds[found.group(2)]] if found.group("neg") else _WRITTEN[bounds[found.group(2)]][0])
                    + f"{sizes[found.group(3)]:g}万", text)
    for pattern, op, figure in phrases:
        text = pattern.sub(f"{_WRITTEN[op][1]} {figure:g} 万元", text)
    return text
