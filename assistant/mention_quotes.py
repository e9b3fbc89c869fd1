"""The words a form prints where it mentions what was asked (提到“资金紧张”): the sentence or indicator row, quoted."""

from __future__ import annotations

import re

# A sentence as the forms write them: up to 。；! ? or a line break (a clause within it keeps its commas).
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")


def _pieces(form, fields: list[str]) -> list[str]:
    """A form's sentences and indicator rows in the fields named (all of its text when none is)."""
    def wanted(field: str) -> bool:
        return not fields or field in fields

    pieces = []
    for field in ("goal", "outcome"):
        if wanted(field):
            pieces += [s.strip() for s in _SENTENCE.findall(getattr(form, field) or "") if s.strip()]
    for row in getattr(form, "indicators", []) or []:
        if wanted("indicator"):
            pieces.append(f"{row.name}：{row.target} / {row.actual}")
        if wanted("deviation") and row.deviation:
            pieces.append(row.deviation.strip())
    return pieces


def quote(form, words: list[str], fields: list[str]) -> str | None:
    """The first sentence or indicator row of a form that says one of the words, as printed.

    Args:
        form: a store form with its indicators loaded.
        words: the words mentioned (any one will do).
        fields: the text fields the mention was looked for in (goal, outcome, indicator, deviation), or [] for all.

    Returns:
        The piece of text, or None when only the project's name says it.
    """
    lowered = [word.lower() for word in words]
    return next((piece for piece in _pieces(form, fields) if any(word in piece.lower() for word in lowered)), None)


def quoted_lines(forms: list, words: list[str], fields: list[str], limit: int) -> list[str]:
    """One line per form (at most `limit`) quoting where its text says one of the words.

    Args:
        forms: store forms with their indicators loaded.
        words: the words mentioned.
        fields: the text fields in scope, or [] for all.
        limit: how many forms to quote.

    Returns:
        "· name：sentence" lines, for the forms whose text (not only name) says it.
    """
    lines = []
    for form in forms[:limit]:
        said = quote(form, words, fields)
        if said is not None:
            lines.append(f"· {form.project_name}：{said}")
    return lines
