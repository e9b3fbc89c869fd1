"""A definition of a rate as one amount over another ((total spent over total budget), ", i.e. total outlay over total
budget", （执行数合计除以预算数合计）): a gloss of the rate; said with totals it is the pooled rate (Σ ÷ Σ), no condition
either way. Its words are assistant/data/ratio_gloss.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

_BRACKET = re.compile(r"[（(]([^()（）]{3,60})[)）]")
# The same definition as a clause after a colon ("…utilisation: total executed over total annual budget, as a %?").
_AFTER_COLON = re.compile(r"[:：]\s*([^,，;；?？:：()（）]{3,80})")


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """role → pattern, the rows of assistant/data/ratio_gloss.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return {cells[0]: cells[1] for _, cells in data_files.rows("ratio_gloss.tsv", 2, "'role<TAB>pattern'")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The divided-by words, the totals words, the amounts and the restating clause (", i.e. …", "，即…")."""
    words = _words()
    restated = re.compile(rf"\s*(?:[,，]|[—–]|\s-)?\s*(?:{words['restates']})(?![a-z])\s*[,，:：]?\s*([^,，;；?？()（）—–]{{3,90}})", re.IGNORECASE)
    return (re.compile(words["over"], re.IGNORECASE), re.compile(words["totals"], re.IGNORECASE),
            re.compile(words["amounts"], re.IGNORECASE), restated)


def ratio_glosses(text: str) -> str:
    """The text with each bracket, clause after a colon or restating clause (i.e., 即) that defines a ratio of two
    amounts taken out, or written "pooled" when it divides totals.

    Args:
        text: the normalised question.

    Returns:
        The text without such glosses.
    """
    over, totals, amounts, restated = _patterns()

    def gloss(found: re.Match) -> str:
        inside = found.group(1)
        split = over.search(inside)
        if split is None:
            return found.group(0)
        left, right = inside[:split.start()], inside[split.end():]
        if not (amounts.search(left) and amounts.search(right)):
            return found.group(0)
        return " pooled " if totals.search(left) and totals.search(right) else " "
    return restated.sub(gloss, _AFTER_COLON.sub(gloss, _BRACKET.sub(gloss, text)))
