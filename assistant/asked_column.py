"""A form's text column asked of the forms read (劝导队经费的评分等级是什么, what grade did X get): shown, never dropped."""

from __future__ import annotations

from functools import lru_cache

from assistant import model as m


@lru_cache(maxsize=1)
def _text_columns() -> frozenset[str]:
    """The forms' text columns a question may ask to see (grade, implementing unit, department, tag): those of
    assistant/data/fields.tsv of entity form and kind text, besides the name every answer prints."""
    from assistant import lexicon

    return frozenset(name for name, info in lexicon.load().fields.items()
                     if info.entity == "form" and info.kind == "text" and name != "project_name")


def show_asked_columns(select: m.Select, tokens: list) -> None:
    """Add to what a reading shows each text column a question names without grouping by it or setting it
    (劝导队经费的评分等级是什么, 信访办项目的主管部门分别是什么, "What rating band did X get?"): the answer gives the
    column's value for each form instead of the names alone.

    Args:
        select: the reading's Select, changed in place.
        tokens: the composed tokens.
    """
    if select.group_by is not None or select.aggregate is not None or select.groups or select.entity != "forms":
        return
    held = repr(select.where)
    for token in tokens:
        if token.kind != "group" or token.key not in _text_columns():
            continue
        column = m.Field(token.key)
        if f"Field(name='{token.key}'" not in held and column not in select.shown:
            select.shown.append(column)
