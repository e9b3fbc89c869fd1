"""The forms left after an exclusion (the remaining 27 projects, 剩余项目, the average score of the rest): no balance."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """role → words of assistant/data/rest_said.tsv (both languages).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words: dict[str, set[str]] = {}
    for _, cells in data_files.rows("rest_said.tsv", 3, "'zh|en<TAB>rest|link<TAB>words'",
                                    lambda cells: cells[0] in ("zh", "en") and cells[1] in ("rest", "link")):
        words.setdefault(cells[1], set()).update(word for word in cells[2].split("|") if word)
    return {role: frozenset(found) for role, found in words.items()}


def rest_of_forms(tokens: list) -> list:
    """The tokens with "remaining" before a word for the forms (a count between allowed) read as the rest of the forms,
    and with a linking word before the rest (of, for, among) dropped: it is no comparison with the rest's figure.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, "the remaining 27 projects" a complement and "of" before it gone.
    """
    rest, link = _words().get("rest", frozenset()), _words().get("link", frozenset())
    out = []
    for k, token in enumerate(tokens):
        after = tokens[k + 1:k + 3]
        if token.kind == "field" and token.key == "unspent" and token.text.lower() in rest and after and (
                _forms(after[0]) or (after[0].kind == "number" and len(after) > 1 and _forms(after[1]))):
            token = dataclasses.replace(token, kind="complement", key="complement")
            if after[0].kind == "number":
                tokens[k + 1] = dataclasses.replace(after[0], kind="stop", key="stop")  # the remaining 27: how many are left
        out.append(token)
    return [t for k, t in enumerate(out) if not (t.kind == "op" and t.text.lower() in link and k + 1 < len(out)
                                                 and out[k + 1].kind == "complement")]


def _forms(token) -> bool:
    return token.kind == "noun" and token.key == "form"
