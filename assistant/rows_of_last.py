"""A follow-up asking which indicator rows the last answer matched ("Which indicators are those?", 是哪些指标？): the last question, its rows shown."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows

# Sentence ends: the ask and an aside about how the rows are shown are separate sentences.
_SENTENCES = re.compile(r"(?<=[?？。.!！])\s*")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern]]:
    """kind → the patterns of data/rows_of_last.tsv."""
    said: dict[str, list[re.Pattern]] = {}
    for _, (_lang, kind, pattern) in rows("rows_of_last.tsv", 3, "lang<TAB>kind<TAB>pattern"):
        said.setdefault(kind, []).append(re.compile(pattern, re.IGNORECASE))
    return said


def _rows_condition(where) -> bool:
    """Whether a condition holds a condition on indicator rows (HasIndicator)."""
    if isinstance(where, m.HasIndicator):
        return True
    if isinstance(where, (m.And, m.Or)):
        return any(_rows_condition(item) for item in where.items)
    return False


def reading(reader, question: str, previous, previous_ids):
    """The previous question again when this one only asks which of its indicator rows matched.

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The Reading (the previous Select, its matching rows shown with each form), or None when the question asks
        anything else or the previous answer put no condition on rows.
    """
    from assistant.compose import Reading

    if previous is None or previous.aggregate is not None or not _rows_condition(previous.where):
        return None
    sentences = [s for s in _SENTENCES.split(question.strip()) if s.strip()]
    patterns = _patterns()
    if not sentences or not any(p.match(sentences[0]) for p in patterns.get("ask", [])) \
            or not all(any(p.match(s) for p in patterns.get("aside", [])) for s in sentences[1:]):
        return None
    return Reading(previous)
