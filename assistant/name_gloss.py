"""A bracket after a form's full name restating its own unit or tag (（实施单位：信访办）, (a 平安办 project)): taken off."""

from __future__ import annotations

import re
from functools import cache

from assistant.data_files import rows

_TAG = re.compile(r"（([^（）]+)）$")
_BRACKET = re.compile(r"\s*[（(]([^（）()]{1,60})[)）]")


@cache
def _patterns() -> list[str]:
    """The data file's gloss patterns, {unit} and {tag} left to fill."""
    return [pattern for _, (_, _, pattern) in rows("name_glosses.tsv", 3, "lang<TAB>role<TAB>pattern")]


def _restates(inside: str, unit: str, tag: str) -> bool:
    """Whether a bracket's text is one of the glosses of a form with this unit and tag."""
    for pattern in _patterns():
        if ("{unit}" in pattern and not unit) or ("{tag}" in pattern and not tag):
            continue
        filled = pattern.replace("{unit}", re.escape(unit)).replace("{tag}", re.escape(tag))
        if re.fullmatch(r"\s*(?:" + filled + r")\s*", inside, re.IGNORECASE):
            return True
    return False


def without_name_glosses(question: str, owners: dict[str, str]) -> str:
    """The question without a bracket that restates, right after a form's full name, that form's unit or tag.

    Args:
        question: the question.
        owners: each stored project name → its implementing unit.

    Returns:
        The question with each such bracket taken off; a bracket naming another unit or saying anything else stays.
    """
    for name in sorted(owners, key=len, reverse=True):
        if len(name) < 4 or name not in question:
            continue
        tag = _TAG.search(name)
        start = 0
        while (at := question.find(name, start)) >= 0:
            end = at + len(name)
            bracket = _BRACKET.match(question, end)
            if bracket and _restates(bracket.group(1), owners[name] or "", tag.group(1) if tag else ""):
                question = question[:end] + question[bracket.end():]
            start = end
    return question


def form_owners(store) -> dict[str, str]:
    """Each stored project name and its implementing unit, read over the views.

    Args:
        store: a store.Store.

    Returns:
        {project name: implementing unit}; empty when the store has no views.
    """
    from store.readonly_sql import ReadOnlySqlError, run_select

    try:
        result = run_select(store, "SELECT project_name, implementing_unit FROM forms")
    except ReadOnlySqlError:
        return {}
    return {row[0]: row[1] or "" for row in result.rows if row[0]}
