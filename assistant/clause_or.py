"""Alternatives that are whole clauses ("that X could not be predicted or that turnout fell short", …，或者…): a form saying either answers."""

from __future__ import annotations

import re

# "or" before a clause's opening word, or a Chinese "or" after a clause's comma: each side says a whole thing of its own
# (an "or" inside a noun phrase — renovation or repair of premises — is read by assistant.disjunction instead).
_EN = re.compile(r",?\s+or\s+(?=(?:that|whether|where|if|because|who|which)\b)", re.IGNORECASE)
_ZH = re.compile(r"[，,；;]\s*(?:或者是|或者说|或者|或是|还是|抑或|或)")


def clauses(text: str, lang: str) -> list[str] | None:
    """The clauses a narrative question offers as alternatives.

    Args:
        text: the narrative part of the question.
        lang: "zh" or "en".

    Returns:
        Two or more clauses, in order, or None when the question joins no clauses by "or".
    """
    parts = [part.strip() for part in (_EN if lang == "en" else _ZH).split(text) if part.strip()]
    return parts if len(parts) >= 2 else None
