"""A name said not to be a column's value with the name first (信访办 isn't the implementing unit, 信访办 does not implement)."""

from __future__ import annotations

import dataclasses

# The column each kind of name is a value of.
_COLUMN = {"unit": "implementing_unit", "department": "department"}


def _negation(token) -> bool:
    return token.kind == "not" or (token.kind == "op" and token.key == "!=")


def values_negated(tokens: list) -> list:
    """Each NAME NOT COLUMN (信访办 isn't the implementing unit, the petitions office is not the implementing unit of)
    and a NAME NOT closing the question or a clause (forms that 信访办 does not implement, forms the petitions office
    doesn't run, how many …) read as NOT NAME: the forms whose column is not it, never
    the forms of that name with the column empty.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, each such run as the negation then the name.
    """
    out, k = list(tokens), 0
    while k + 1 < len(out):
        name, negation = out[k], out[k + 1]
        if name.kind in _COLUMN and _negation(negation):
            after = k + 2
            column = after < len(out) and out[after].kind == "group" and out[after].key == _COLUMN[name.kind]
            tail = after + 1 if column else after
            while tail < len(out) and out[tail].kind == "op" and out[tail].key == "=":
                tail += 1  # … the implementing unit of
            if column or tail == len(out) or out[tail].after_separator:  # … doesn't run, how many …: the clause closes
                out[k:tail] = [dataclasses.replace(negation, kind="not", key="not"), name]
                k += 2
                continue
        k += 1
    return out
