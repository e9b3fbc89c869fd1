"""A clause closing on formal 者 (剔除名称含质保金者, 执行率为0者): "the forms that …", written 的项目 before reading."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """者 closing a clause (before punctuation or the end) that holds a condition word of assistant/data/formal_those.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = sorted({word for _, cells in data_files.rows("formal_those.tsv", 1, "'words (| separated)'")
                    for word in cells[0].split("|") if word}, key=len, reverse=True)
    return re.compile(rf"(?P<clause>(?:{'|'.join(map(re.escape, words))})[^，,。？?！!；;、：:\s者]{{1,16}})者(?=[，,。？?！!；;、\s]|$)")


def those_as_forms(question: str) -> str:
    """The question with a formal 者 closing a condition written as 的项目.

    Args:
        question: the question.

    Returns:
        e.g. "总分不足95的表，剔除名称含质保金的项目，执行率均值是多少？"; a 者 of a person (患者，) is kept.
    """
    return _pattern().sub(lambda found: found.group("clause") + "的项目", question)
