"""A figure followed by the unit it is in, in brackets ("exceeds 50 (in 10,000 yuan)", 50（单位：万元）): that figure in 万元."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lexicon

# What may open a unit bracket besides the unit itself: "in", "unit:", 单位：, 以 … 计.
_OPENING = r"(?:in\s+|units?\s*[:：]?\s*|amounts?\s+in\s+|单位\s*[:：]?\s*|以)?"
_CLOSING = r"\s*(?:计|为单位)?\s*"
# The factor a scale word multiplies a figure by to reach 万元, the unit forms print amounts in.
_FORMS_UNIT = 1.0


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, float]]:
    """A bare figure, then a bracket naming a scale (with a figure of its own: 10,000 yuan); the scales' factors."""
    scales = {word.lower(): float(factor) for word, factor in lexicon.load().keys("scale").items() if factor != "score"}
    words = "|".join(sorted(map(re.escape, scales), key=len, reverse=True))
    return re.compile(rf"(?P<figure>\d[\d,]*(?:\.\d+)?)\s*[（(]\s*{_OPENING}(?P<times>\d[\d,]*(?:\.\d+)?)?\s*"
                      rf"(?P<scale>{words}){_CLOSING}[)）]", re.IGNORECASE), scales


def in_forms_unit(text: str) -> str:
    """The text with "FIGURE (in UNIT)" written "FIGURE 万元" when the unit is the forms' own (10,000 yuan, 万元); a
    bracket naming another unit (in yuan) stays for the readers, which name what they cannot place.

    Args:
        text: the question.

    Returns:
        e.g. "… exceeds 50 万元, excluding …" for "… exceeds 50 (in 10,000 yuan), excluding …".
    """
    pattern, scales = _pattern()

    def written(found: re.Match) -> str:
        times = float(found.group("times").replace(",", "")) if found.group("times") else 1.0
        if abs(times * scales[found.group("scale").lower()] - _FORMS_UNIT) > 1e-9:
            return found.group(0)
        return f"{found.group('figure')} 万元"
    return pattern.sub(written, text)
