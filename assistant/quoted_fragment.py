"""A quoted fragment with an ellipsis (“闵浦府抄…”, "按时支付..."): the words quoted are part of the text, the dots are not."""

from __future__ import annotations

import re

# An ellipsis at either end inside a pair of quotes: …, ……, ..., 。。。 (the forms print none of these after a quote's words).
_ELLIPSIS = r"(?:…+|\.{2,}|。{2,}|⋯+)"
_QUOTED = re.compile(r"([“\"'‘「『])\s*" + _ELLIPSIS + r"?\s*([^“”\"'‘’「」『』]*?[^\s.…。⋯])\s*" + _ELLIPSIS + r"?\s*([”\"'’」』])")

# A bracket giving an example that trails off ((闵浦府抄…)): the words the text starts with, as a quote.
_EXAMPLE = re.compile(r"[（(]\s*([^()（）“”\"]*?[^\s.…。⋯(（])\s*" + _ELLIPSIS + r"\s*[)）]")


def without_ellipses(text: str) -> str:
    """The text with the ellipsis inside each quoted fragment taken off: the fragment is searched for as written,
    the ellipsis saying only that the text goes on (a document number 闵浦府抄【2021】11号 quoted as “闵浦府抄…”);
    a bracket whose words trail off ((闵浦府抄…)) is such a quote.

    Args:
        text: the question.

    Returns:
        The question with “闵浦府抄” for “闵浦府抄…”; unchanged when no quote holds an ellipsis.
    """
    text = _EXAMPLE.sub(lambda found: f" “{found.group(1)}” ", text)
    return _QUOTED.sub(lambda found: found.group(1) + found.group(2) + found.group(3), text)
