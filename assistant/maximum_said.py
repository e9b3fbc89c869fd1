"""A score's maximum said beside it ("out of 10 points", （满分10分）, 10分制): a gloss of the scale, no condition."""

from __future__ import annotations

import re

_FIGURE = r"\d+(?:\.\d+)?"
# "out of 10 points", ", out of a maximum of 10": the scale a score is on; with a points word, or closing a clause.
_OUT_OF = re.compile(r"[,，]?\s*\bout of (?:a (?:maximum|possible|total) of |the maximum of |a maximum |a possible |the )?"
                     + _FIGURE + r"(?:\s*(?:points?|marks?|pts\.?)(?![a-z])(?:\s+possible)?|(?=\s*[)）,，;；?？.]|\s*$))",
                     re.IGNORECASE)
# "on a 10-point scale", 10分制 / 百分制.
_SCALE = re.compile(r"\s*\bon an? " + _FIGURE + r"[- ]point scale\b|[（(]?(?:" + _FIGURE + r"|百|十)分制[)）]?", re.IGNORECASE)
# （满分10分）, （满分为10）, "(max. 10 points)", "(full marks 10)": a bracket saying only the maximum.
_BRACKET = re.compile(r"[（(]\s*(?:满分|总分值|分值|max(?:imum)?\.?|full marks?|full score)\s*(?:为|是|:|：|of)?\s*" + _FIGURE
                      + r"\s*(?:分|points?|marks?|pts\.?)?\s*[)）]", re.IGNORECASE)
# "，满分10分" closing a clause or a bracket: the same gloss without brackets of its own.
_CLAUSE = re.compile(r"(?:[,，]\s*|(?<![拿得获了是为到]))满分(?:为|是)?\s*" + _FIGURE + r"\s*分?(?=\s*[)）,，;；。?？]|\s*$)")


def without_maximum(question: str) -> str:
    """The question without the maximum said of a score ("below 8 out of 10 points" → "below 8").

    Args:
        question: as typed.

    Returns:
        The question, each such gloss taken out.
    """
    for pattern in (_BRACKET, _CLAUSE, _OUT_OF, _SCALE):
        question = pattern.sub("", question)
    return question
