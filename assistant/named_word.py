"""A word said to be in indicator names, unquoted (指标名字里带宣传的项目): quoted, as 指标名字里带“宣传” is read — the
rows whose name holds it."""

from __future__ import annotations

import re

# 指标(的)名称/名字里(带|有|含…)WORD, the word ending at 的, 字样, 两个字, punctuation or the end.
_NAMED = re.compile(r"(?P<head>指标(?:的)?(?:名称|名字|名)(?:里|中|当中|里面)?(?:带有|带|含有|包含|含|有|出现)(?:了)?)"
                    r"(?P<word>[\u4e00-\u9fff]{1,8}?)(?=的|字样|这个词|这几个字|两个字|[,，。?？、；;]|$)")


def quote_named_words(text: str) -> str:
    """指标名字里带宣传 → 指标名字里带“宣传”: a Chinese word after an indicator name and a word for containing is what
    the names must hold; a word already quoted is left as it is.

    Args:
        text: the normalised question.

    Returns:
        The text with such a word quoted.
    """
    return _NAMED.sub(lambda found: f"{found.group('head')}“{found.group('word')}”", text)
