"""Reranking of the fused top forms: figures and quoted names of the query are must-haves of an answer."""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from index.snippet_table import SnippetTable

# How many fused forms are reranked; below them the fused order stands.
RERANK_DEPTH = 30
# Added per share of the query's figures and quoted names that the form's text holds: a form without
# "2024" cannot answer "paid only in 2024", however close its wording. At 1.0 (the whole range of a
# scaled fused score) a form holding every constraint ranks above any form holding none.
CONSTRAINT_WEIGHT = 1.0

_NUMBER = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])")
_QUOTED = re.compile(r"[“\"「『《‘]([^”\"」』》’]+)[”\"」』》’]")
_DIGIT_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")


def query_constraints(query: str) -> list[str]:
    """The figures (years, amounts, counts) and quoted names of a query, which an answer's text must contain.

    Args:
        query: the query as typed.

    Returns:
        Quoted phrases, then numbers (thousands separators removed), lower-cased, distinct, in query order.
    """
    quoted = [phrase.strip().lower() for phrase in _QUOTED.findall(query) if phrase.strip()]
    numbers = _NUMBER.findall(_DIGIT_COMMA.sub("", _QUOTED.sub(" ", query)))
    return list(dict.fromkeys(quoted + numbers))


def _prepared(text: str) -> str:
    return _DIGIT_COMMA.sub("", text.lower())


def _matcher(constraint: str):
    """A test of prepared text for one constraint: a number as a whole number (2024 is not in 20240), else a substring."""
    if _NUMBER.fullmatch(constraint):
        pattern = re.compile(rf"(?<![0-9.]){re.escape(constraint)}(?![0-9])")
        return lambda text: pattern.search(text) is not None
    return lambda text: constraint in text


def holds(text: str, constraint: str) -> bool:
    """Whether a text holds a constraint: a number as a whole number (2024 is not in 20240), else a substring.

    Args:
        text: snippet text.
        constraint: from `query_constraints`.

    Returns:
        True when the text holds it.
    """
    return _matcher(constraint)(_prepared(text))


def rerank(fused: list[tuple[int, float, list[str]]], constraints: list[str], table: SnippetTable,
           preferred: Mapping[int, int], allowed_snippets: np.ndarray | None = None, depth: int = RERANK_DEPTH
           ) -> tuple[list[tuple[int, float, list[str]]], dict[int, int]]:
    """Reorder the best fused forms by how many of the query's constraints their text holds.

    Each of the first `depth` forms scores its fused score scaled by the best one, plus CONSTRAINT_WEIGHT
    times the share of the constraints its snippets hold; the forms below keep their order after them.

    Args:
        fused: (form id, fused score, retrievers), best first.
        constraints: from `query_constraints`.
        table: the index's snippet table.
        preferred: form id -> the snippet the retrievers found best, shown unless another holds more constraints.
        allowed_snippets: boolean mask of the snippets the search may look at (fields filter), or None.
        depth: how many forms to rerank.

    Returns:
        The reranked list, and per reranked form the snippet holding the most constraints when that is not
        the preferred one.
    """
    if not fused or not constraints:
        return fused, {}
    head, tail = fused[:depth], fused[depth:]
    top = max(score for _, score, _ in head) or 1.0
    matchers = [_matcher(constraint) for constraint in constraints]
    rescored, shown = [], {}
    for form_id, score, retrievers in head:
        met: set[int] = set()
        best_slot, best_count = preferred.get(form_id), -1
        slots = [slot for slot in table.slots(form_id).tolist()
                 if allowed_snippets is None or allowed_snippets[slot]]
        for slot in sorted(slots, key=lambda slot: slot != preferred.get(form_id)):  # the preferred one first
            text = _prepared(table.text(slot))
            held = {number for number, matches in enumerate(matchers) if matches(text)}
            met |= held
            if len(held) > best_count:
                best_slot, best_count = slot, len(held)
        if best_slot is not None and best_slot != preferred.get(form_id):
            shown[form_id] = best_slot
        rescored.append((form_id, score / top + CONSTRAINT_WEIGHT * len(met) / len(constraints), retrievers))
    rescored.sort(key=lambda item: -item[1])  # stable: equal scores keep the fused order
    return rescored + [(form_id, score / top, retrievers) for form_id, score, retrievers in tail], shown
