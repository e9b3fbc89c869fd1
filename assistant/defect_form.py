"""A form described by its data defect (填错单位的那张, the one with the unit slip): the forms the store's checks found an
error in, so an exclusion of "the form with the slip" leaves those out instead of being dropped."""

from __future__ import annotations

import dataclasses

# The predicate of the forms with an error-level check finding (conditions.predicate reads it as HasFinding).
ERROR_FOUND = "severity error"
# Tokens naming a form beside which a defect word says why it is left out (户籍档案那个数填错了，不算它): not a description.
_NAMED = ("project", "quoted_project", "topic")
# The word for a unit of measure beside a defect word (填错单位, unit slip): part of the description, no column.
_UNIT_WORDS = ("单位", "unit", "units")


def defect_forms(tokens: list) -> list:
    """The tokens with each defect word that names no form beside it read as the forms with an error finding.

    Args:
        tokens: the question's tokens, stop words out, named forms resolved.

    Returns:
        The tokens, such a defect word (and a unit word next to it) one predicate token.
    """
    out: list = []
    skip: set[int] = set()
    for k, token in enumerate(tokens):
        if k in skip:
            continue
        near = tokens[max(0, k - 3):k + 4]
        if token.kind != "defect" or any(t.kind in _NAMED for t in near):
            out.append(token)
            continue
        if out and out[-1].kind == "group" and out[-1].text.lower() in _UNIT_WORDS:
            out.pop()  # 单位填错 / the unit slip
        if out and out[-1].kind in ("field", "weak_field") and not token.after_separator:
            out.pop()  # 执行数按元填写, the executed amount entered in yuan: the column where the slip is, no condition
        described = _description_start(out)
        if described is not None:  # 扣除那张执行数单位填错的表, "setting aside the form whose executed figure was entered in
            del out[described:]    # yuan": the field says where the slip is; the exclusion is of the form with it
        if k + 1 < len(tokens) and tokens[k + 1].kind == "group" and tokens[k + 1].text.lower() in _UNIT_WORDS:
            skip.add(k + 1)  # 填错单位
        out.append(dataclasses.replace(token, kind="predicate", key=ERROR_FOUND))
    return out


# What may stand between an exclusion and the defect it excludes by: the form and the column where the slip is.
_DESCRIBING = ("field", "noun", "follow")


def _description_start(before: list) -> int | None:
    """Where the description of a defect opens after an exclusion word (the tokens after 扣除 / setting aside up to the
    defect: the form, its column), when only such words stand between; None when no exclusion opens it."""
    k = len(before)
    while k > 0 and before[k - 1].kind in _DESCRIBING and not before[k - 1].after_separator and len(before) - k < 4:
        k -= 1
    if k == len(before) or k == 0 or before[k - 1].kind != "not" or not any(t.kind == "field" for t in before[k:]):
        return None
    return k
