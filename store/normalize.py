"""Normalise cell text for matching structural labels; values themselves are never rewritten."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SPACES = re.compile(r"[\s\u00a0\u3000]+")
# Zero-width characters and the byte-order mark hide inside copied labels and break matching.
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# Full-width forms that real forms mix freely with their ASCII counterparts.
_WIDTH = str.maketrans(
    {"（": "(", "）": ")", "：": ":", "％": "%", "，": ",", "．": ".", "－": "-", "／": "/",
     "≧": "≥", "≦": "≤", "═": "=", "﹦": "=", "＝": "=", "＞": ">", "＜": "<", "【": "[", "】": "]"}
)
# Traditional characters of the labels forms use (項目名稱, 當年財政撥款, 上年結轉資金 …): one of them
# in a cell sends it through the converter.
_TRADITIONAL_HINTS = re.compile("[項績預數萬實際執總標關單體價評務報對後態撥時會權況滿濟產當發稱級結經續註說調財資質轉進門響額]")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # opencc-python-reimplemented; loaded only when a traditional character appears

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, cheaply skipping text that has none of the common ones."""
    if _TRADITIONAL_HINTS.search(text):
        return _converter().convert(text)
    return text


@lru_cache(maxsize=1 << 16)  # forms repeat the same labels on every page and form
def label_key(cell: str) -> str:
    """Reduce a cell to the key used to recognise headers and labels.

    Strips HTML tags, zero-width characters and all white space, applies NFKC (full-width
    letters, digits and brackets become ASCII), folds the remaining full-width punctuation and
    operators, and converts traditional to simplified characters: "年度 总体 目标" and "年度总体目标" match,
    as do "執行率（%）" and "执行率(%)".

    Args:
        cell: the cell text as printed.

    Returns:
        The normalised key.
    """
    text = unicodedata.normalize("NFKC", _ZERO_WIDTH.sub("", _HTML_TAG.sub("", cell)))
    text = _SPACES.sub("", text).translate(_WIDTH)
    return to_simplified(text)


def fold_width(text: str) -> str:
    """Fold full-width punctuation and operator variants to one spelling, keeping spaces."""
    return text.translate(_WIDTH)
