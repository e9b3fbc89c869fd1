"""Whether every form of a group meets a condition (是不是都花完了, did every 平安办 project …?): the ones that do not."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files
from . import model as m

# Conditions on these columns say which forms the question is about (the group); the others are what each must meet.
_GROUP_FIELDS = {"project_name", "implementing_unit", "unit", "department", "office_tag", "year", "form_id"}


@lru_cache(maxsize=1)
def _rows() -> dict[str, list[re.Pattern]]:
    """The patterns of assistant/data/every_form.tsv by kind."""
    kinds: dict[str, list[re.Pattern]] = {}
    for _, cells in data_files.rows("every_form.tsv", 2, "'asked|off|exceptions<TAB>pattern'",
                                    lambda cells: cells[0] in ("asked", "off", "exceptions")):
        kinds.setdefault(cells[0], []).append(re.compile(cells[1], re.I))
    return kinds


def every_asked(question: str) -> str | None:
    """The question without its universal words and its sentence asking for the exceptions, when it asks whether every
    form of a group meets a condition; None otherwise.

    Args:
        question: the question.

    Returns:
        "平安办的项目把全年预算花完了？" for "平安办的项目是不是都把全年预算花完了？没花完的是哪些？"; None for "哪些项目花完了".
    """
    sentences = [s for s in re.split(r"(?<=[？?。.!！])\s*", question.strip()) if s]
    if not sentences or not any(p.search(sentences[0]) for p in _rows()["asked"]):
        return None
    if any(not any(p.search(s) for p in _rows()["exceptions"]) for s in sentences[1:]):
        return None  # a second sentence that asks something else
    text = sentences[0]
    for pattern in _rows()["off"]:
        text = pattern.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def _of_group(cond) -> bool:
    """Whether a condition only says which forms are asked about (a name, tag, unit or year)."""
    fields = re.findall(r"Field\(name='(\w+)'", repr(cond))
    return bool(fields) and all(name in _GROUP_FIELDS for name in fields)


def exceptions(select: m.Select) -> m.Select | None:
    """The forms of the group the reading names that do not meet its other conditions; None when it has none to negate.

    Args:
        select: the reading of the question without its universal words.

    Returns:
        The Select of the exceptions (group and not the condition), or None.
    """
    if select.entity != "forms" or select.where is None or select.aggregate is not None:
        return None
    items = list(select.where.items) if isinstance(select.where, m.And) else [select.where]
    group = [item for item in items if _of_group(item)]
    condition = [item for item in items if not _of_group(item)]
    if not condition:
        return None
    negated = m.Not(condition[0] if len(condition) == 1 else m.And(tuple(condition)))
    return dataclasses.replace(select, where=m.And((*group, negated)) if group else negated)


def reading(reader, question: str, previous, previous_ids):
    """The reader's reading of "did every X …? which didn't?" (是不是都花完了？没花完的是哪些？).

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The group's forms that do not meet the condition; None when no such question is asked.
    """
    universal = every_asked(question)
    if universal is None:
        return None
    found = reader.read(universal, previous, previous_ids)
    if found is None or (others := exceptions(found.select)) is None:
        return None
    return dataclasses.replace(found, select=others)
