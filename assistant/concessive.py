"""Two conditions joined by a concession (full marks even though nothing was spent, 虽然…但, despite): both hold, joined by and."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _rows() -> list[tuple[str, re.Pattern, str]]:
    """The rows of assistant/data/concessive.tsv: (language, pattern, replacement)."""
    return [(cells[0], re.compile(cells[1], re.I), cells[2]) for _, cells in data_files.rows(
        "concessive.tsv", 3, "'zh|en<TAB>pattern<TAB>replacement'", lambda cells: cells[0] in ("zh", "en"))]


def conceded(question: str) -> str:
    """The question with a concession written as a plain conjunction, and a spent amount said to be zero as spent nothing.

    Args:
        question: the question.

    Returns:
        "Which forms scored full marks even though the money spent was zero?" → "Which forms scored full marks and spent
        nothing?"; 虽然执行数是0，但指标都满分的 → 执行数是0，指标都满分的; unchanged when it says no concession.
    """
    lang = "zh" if re.search(r"[\u4e00-\u9fff]{3}", question) and not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}", question) else "en"
    if lang == "zh" and not re.match(r"\s*(?:虽然|虽说|尽管|即使)", question):
        return question  # 但 alone is no concession
    for said, pattern, replacement in _rows():
        if said == lang:
            question = pattern.sub(replacement, question)
    return re.sub(r"\s{2,}", " ", question)
