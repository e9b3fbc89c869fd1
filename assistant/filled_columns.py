"""A column said to be filled in (评分等级填了的, 偏差原因填没填, "whose grade column is filled in"): the column present;
"forms that print no grade": the column missing."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

_CLASSES = ("column", "filled", "lacking")
# 写了东西 / 填了内容 after a column are left to the readers of what was written (no rewrite before 东西, 内容).
# Words between a column and what is said of it: 这一栏, "column", 是, "is".
_ZH_BETWEEN = r"(?:一栏|这一栏|那一栏|这栏|栏|那栏)?(?:是|都|有没有|是不是|到底|究竟)?"
_EN_BETWEEN = r"(?:\s+(?:column|field|box|cell|entry))?(?:\s+(?:is|was|are|were|has been|have been|been))?\s+"


@lru_cache(maxsize=1)
def words() -> dict[tuple[str, str], list[str]]:
    """The words of assistant/data/filled_columns.tsv by (lang, class), each once, the longest first.

    Returns:
        (lang, class) → its words; the classes are column, filled and lacking.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return data_files.role_words("filled_columns.tsv", _CLASSES)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    """The patterns of assistant/data/filled_columns.tsv: (zh after, zh before, en after, en before, en lacking)."""
    def alternation(lang: str, kind: str) -> str:
        return "|".join(re.escape(w) for w in words()[(lang, kind)])

    zh_column, zh_filled = alternation("zh", "column"), alternation("zh", "filled")
    en_column, en_filled, en_lacking = alternation("en", "column"), alternation("en", "filled"), alternation("en", "lacking")
    return (re.compile(rf"(?P<column>{zh_column}){_ZH_BETWEEN}(?:{zh_filled})(?!东西|内容|文字|字)(?P<de>的)?"),
            re.compile(rf"(?<![没未不])(?:{zh_filled})(?P<column>{zh_column})"),
            re.compile(rf"(?<![a-z])(?:(?:a|an|the|its|their)\s+)?(?P<column>{en_column}){_EN_BETWEEN}(?:{en_filled})(?![a-z])",
                       re.IGNORECASE),
            re.compile(rf"(?<![a-z])(?:{en_filled})\s+(?:(?:a|an|the|its|their)\s+)?(?P<column>{en_column})(?![a-z])", re.IGNORECASE),
            re.compile(rf"(?<![a-z])(?:{en_lacking})\s+no\s+(?P<column>{en_column})(?![a-z])", re.IGNORECASE))


# "What grade is printed on X?", "which (performance) grade is shown": the column's value asked, not a condition on it.
_ASKED = re.compile(r"\b(?:what|which)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


def filled_columns(question: str) -> str:
    """The question with each column said to be filled in written as having it (有评分等级, "with a grade").

    Args:
        question: as typed.

    Returns:
        E.g. 评分等级填了的项目 → 有评分等级的项目, 偏差原因填没填 → 有偏差原因, "forms whose grade is filled in" →
        "forms with a grade", "forms that print no grade" → "forms that with no grade"; unchanged when no column is said
        to be filled or lacking.
    """
    zh_after, zh_before, en_after, en_before, en_lacking = _patterns()
    question = en_lacking.sub(lambda found: "with no " + found.group("column"), question)  # print no grade
    question = zh_before.sub(lambda found: "有" + found.group("column"), zh_after.sub(lambda found: "有" + found.group("column") + (found.group("de") or ""), question))
    question = en_after.sub(lambda found: found.group(0) if _ASKED.search(found.string[:found.start()]) else
                            "with a " + found.group("column"), question)
    return en_before.sub(lambda found: "with a " + found.group("column"), question)
