"""A form named by its id (id 11, form #11, form id 11, 编号11的表): the project's full name written in its place."""

from __future__ import annotations

import re

from . import data_files


# An id no stored form has: a name no form holds, which no reader places (its number is never read as a figure).
_NO_SUCH_ID = "“无此编号”"


def _pattern() -> re.Pattern:
    """The id references of data/form_ids.tsv, one alternation; (?P<id>…) holds the number."""
    parts = [cells[1] for _, cells in data_files.rows("form_ids.tsv", 2, "lang<TAB>pattern")]
    return re.compile("|".join(f"(?:{part})" for part in parts), re.I)


def _names(store) -> dict[int, str]:
    from store.readonly_sql import ReadOnlySqlError, run_select

    try:
        result = run_select(store, "SELECT form_id, project_name FROM forms")
    except ReadOnlySqlError:
        return {}
    return {int(row[0]): row[1] for row in result.rows if row[0] is not None and row[1]}


def named_by_id(question: str, store) -> str:
    """The question with each reference to a stored form's id written as that form's name.

    Args:
        question: the question.
        store: the store whose forms' ids are read (only when the question holds a reference).

    Returns:
        e.g. "What did 安保经费（平安办） pay out?" for "What did id 11 (security patrols) pay out?" (the bracket after
        an id describes the form: off); an id no stored form has is quoted, a name no form holds, never a figure.
    """
    pattern = re.compile(rf"(?:{_pattern().pattern})(?:\s*[（(][^()（）]{{1,40}}[)）])?", re.I)  # id 11 (security patrols): a gloss
    if store is None or not pattern.search(question):
        return question
    names = _names(store)

    def name(found: re.Match) -> str:
        number = next(int(value) for key, value in found.groupdict().items() if key.startswith("id") and value)
        return names.get(number, _NO_SUCH_ID)

    return pattern.sub(name, question)
