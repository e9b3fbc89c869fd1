"""The words of a question about an indicator row: the columns asked, pointers back, exclusions, the forms named."""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u4e00-\u9fff]")
# The columns' labels on the answer (Chinese, English), keyed by the SQL column holding each one's number.
LABELS = {"target": ("年度指标值", "target"), "weight": ("分值", "weight"), "actual": ("实际完成值", "actual"),
          "score": ("得分", "score")}
# A named row is asked of the forms, not of one form: several forms, a class, a count or a ranking said.
NOT_ONE_ROW = re.compile(r"哪些|哪几|几张|几个项目|多少个项目|最高|最低|最多|最少|排名|\bwhich\b|\bhow many forms\b|\bmost\b|"
                         r"\bhighest\b|\blowest\b|\bleast\b|\brank", re.IGNORECASE)


@lru_cache(maxsize=1)
def column_words() -> dict[str, tuple[str, ...]]:
    """The words asking for each column (assistant/data/row_columns.tsv).

    Returns:
        column (a key of LABELS) → its words, each a phrase or a re:… pattern.
    """
    from assistant import data_files

    return {cells[0]: _alternatives(cells[1]) for _, cells in data_files.rows(
        "row_columns.tsv", 2, "column<TAB>words", lambda cells: cells[0] in LABELS)}


def _alternatives(cell: str) -> tuple[str, ...]:
    """A cell's alternatives: split at each | outside brackets, so a re:… pattern keeps its own alternations."""
    parts, depth, start = [], 0, 0
    for k, char in enumerate(cell):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(cell[start:k])
            start = k + 1
    return tuple(parts + [cell[start:]])


@lru_cache(maxsize=1)
def pointer_words() -> dict[str, tuple[str, ...]]:
    """Words pointing back at a row or the previous forms, and the ends of a ranking (assistant/data/row_pointers.tsv).

    Returns:
        kind (pointer, among, high, low, both, compare, budget_line, bare) → its words.
    """
    from assistant import data_files

    return {cells[0]: tuple(cells[1].split("|")) for _, cells in data_files.rows(
        "row_pointers.tsv", 2, "kind<TAB>words", lambda cells: cells[0] in ("pointer", "among", "high", "low", "both", "compare", "budget_line", "bare"))}


def pattern(word: str) -> re.Pattern:
    """A word's pattern: re:… as written, Chinese as a substring, English as a whole word.

    Args:
        word: a word of the data files.

    Returns:
        The compiled pattern, case-insensitive.
    """
    if word.startswith("re:"):
        return re.compile(word[3:], re.IGNORECASE)
    return re.compile(re.escape(word) if _HAN.search(word) else rf"\b{re.escape(word)}\b", re.IGNORECASE)


def says(question: str, words: tuple[str, ...]) -> str | None:
    """The first of the words the question says (Chinese as a substring, English as a whole word, re:… a pattern).

    Args:
        question: the question.
        words: the words looked for, in order.

    Returns:
        The first word said, or None.
    """
    for word in words:
        if pattern(word).search(question):
            return word
    return None


def column_spans(question: str) -> list[tuple[int, int]]:
    """Where the question says a column's words (points were allotted): a field word inside is the column's, not a form's.

    Args:
        question: the question.

    Returns:
        (start, end) of each column word found.
    """
    return [(found.start(), found.end()) for words in column_words().values() for word in words
            for found in pattern(word).finditer(question)]


def excludes(question: str) -> bool:
    """Whether the question leaves something out (除了采集设备, other than): a row named there is not the one asked.

    Args:
        question: the question.

    Returns:
        True when it says an exclusion's opening word.
    """
    from assistant.exclusion import opening

    return says(question, tuple(opening())) is not None


def asked_columns(question: str) -> set[str]:
    """The row columns a question's words ask for (target, weight, actual, score).

    Args:
        question: as asked.

    Returns:
        The columns said, each once.
    """
    return {column for column, words in column_words().items() if says(question, words)}


def forms_named(tokens, forms: list[tuple[int, str]]) -> dict[int, int]:
    """How many of the recogniser's spans name each form: a name, a fragment of one, a bracket or topic words.

    Args:
        tokens: the recogniser's tokens of the question (assistant.recognise.Recogniser.tokens).
        forms: (form id, project name) of every form.

    Returns:
        form id → how many spans name it; forms no span names left out.
    """
    named: dict[int, int] = {}
    for token in tokens:
        if token.kind in ("project", "quoted_project"):
            parts = [[token.key], [token.text]]
        elif token.kind == "bracket":
            parts = [[token.key]]
        elif token.kind == "topic":
            parts = [alternatives.split("|") for alternatives in token.key.split(";")]
        else:
            continue
        for form_id, name in forms:
            if (token.kind in ("project", "quoted_project") and any(p[0] and p[0] in name for p in parts)) or (
                    token.kind in ("bracket", "topic") and all(any(a and a in name for a in alts) for alts in parts)):
                named[form_id] = named.get(form_id, 0) + 1
    return named
