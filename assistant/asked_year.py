"""A question asking which year the forms are of (which fiscal year are these self-evaluations for?, 这些表是哪一年的): the year they hold."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows

# Words left once the year's question is off that ask nothing of their own (these self-evaluations for?).
_REST = re.compile(r"^[\s\W_]*$")
# Token kinds asking a statistic or a ranking of their own.
_ASKING = ("aggregate", "superlative", "sort", "direction", "limit", "how_much", "by_how_much")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """lang → the patterns of data/asked_year.tsv, as one."""
    said: dict[str, list[str]] = {}
    for _, (lang, pattern) in rows("asked_year.tsv", 2, "lang<TAB>pattern"):
        said.setdefault(lang, []).append(f"(?:{pattern})")
    return {lang: re.compile("|".join(patterns), re.IGNORECASE) for lang, patterns in said.items()}


def reading(reader, question: str, previous, previous_ids):
    """The forms the rest of the question names, asked their year: the one year they share, else the forms per year.

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The Reading (the maximum of year over the forms when the store holds one year; a count per year otherwise), or
        None when the question asks no year, or asks a statistic or a field beside it.
    """
    from assistant.compose import Reading

    found = next((p.search(question) for p in _patterns().values() if p.search(question)), None)
    if found is None:
        return None
    rest = (question[:found.start()] + " " + question[found.end():]).strip()
    if any(t.kind in _ASKING for t in reader.recogniser.tokens(rest)[0]):
        return None  # which year had the most forms: a statistic asked of the years, not the forms' year
    said = reader.read(rest, previous, previous_ids) if not _REST.match(rest) else None
    if said is None:
        said = Reading(m.Select())
    select = said.select
    if select.aggregate is not None or select.group_by is not None or select.order_by is not None or select.shown \
            or select.entity != "forms":
        return None  # which year had the highest total: a year grouped, read by the rest of the reader
    if len(reader.years) == 1:
        select.aggregate = m.Aggregate("max", m.Field("year"))
    else:
        select.group_by, select.aggregate = m.Field("year"), m.Aggregate("count")
    return said
