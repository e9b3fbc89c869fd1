"""Words asked of the project names only ("which project titles include 街道", 项目名称里带“经费”): a name filter, not text."""

from __future__ import annotations

import re

_WORD = r"[“\"'「『]?(?P<word>[\u4e00-\u9fff0-9（）()]{1,12}?)[”\"'」』]?"
_ZH = re.compile(r"(?<!指标)(?<!指标的)(?:项目的?)?(?:名称|名字)(?:里|中|当中|里面)?(?:带有|带|含有|包含|含|有|出现了?|写着|写有)(?:了)?\s*" + _WORD
                 + r"(?=的|字样|这个词|二字|两个字|[,，。?？、；;]|$)")
_EN = re.compile(r"(?<!indicator )(?<!indicator's )\b(?:project\s+|form\s+)?(?:titles?|names?)\s+(?:that\s+|which\s+)?(?:includes?|including|contains?|"
                 r"containing|carry|carries|carrying|has|have|having|with|bearing|bear|bears)\s+(?:the\s+(?:word|term|characters?)\s+)?"
                 + _WORD + r"(?=\s*(?:[?.!,;]|$|\b(?:and|or|in|that|which)\b))", re.IGNORECASE)


def read(question: str) -> tuple[int, int, str] | None:
    """Where a question asks for the names holding a word, and the word.

    Args:
        question: the normalised question.

    Returns:
        (start, end, word), or None when it asks nothing of the names alone.
    """
    for pattern in (_ZH, _EN):
        found = pattern.search(question)
        if found is not None and len(found.group("word")) >= 2:
            return found.start(), found.end(), found.group("word")
    return None
