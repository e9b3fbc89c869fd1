"""A bracket defining a rate as one amount over another ((total spent over total budget), （执行数合计除以预算数合计）): a
gloss of the rate; said with totals it is the pooled rate (Σ ÷ Σ), no condition either way."""

from __future__ import annotations

import re

# The words for "divided by" between the two amounts of a ratio.
_OVER = re.compile(r"\s(?:over|divided by|as a share of|as a percentage of|relative to)\s|\s?[/÷]\s?|除以|占|比上", re.IGNORECASE)
# Words saying the amounts are totals: the ratio of the totals, not a total of ratios.
_TOTALS = re.compile(r"\btotal\b|\bsum\b|\bsummed\b|\baggregate\b|合计|总额|总和|加总|之和|总", re.IGNORECASE)
_BRACKET = re.compile(r"[（(]([^()（）]{3,60})[)）]")
# The same definition as a clause after a colon ("…utilisation: total executed over total annual budget, as a %?").
_AFTER_COLON = re.compile(r"[:：]\s*([^,，;；?？:：()（）]{3,80})")
# Words naming the amounts a rate divides (a bracket dividing two of them defines the rate).
AMOUNTS = ("spent", "spending", "executed", "outturn", "budget", "allocation", "appropriation", "执行数", "支出", "预算", "拨款")


def ratio_glosses(text: str, amounts: tuple[str, ...] = AMOUNTS) -> str:
    """The text with each bracket or clause after a colon that defines a ratio of two amounts taken out, or written
    "pooled" when it divides totals.

    Args:
        text: the normalised question.
        amounts: words naming amounts (spent, budget, 执行数, 预算); a ratio bracket names one on each side.

    Returns:
        The text without such glosses.
    """
    def gloss(found: re.Match) -> str:
        inside = found.group(1)
        split = _OVER.search(inside)
        if split is None:
            return found.group(0)
        left, right = inside[:split.start()], inside[split.end():]
        if not (any(a in left.lower() for a in amounts) and any(a in right.lower() for a in amounts)):
            return found.group(0)
        return " pooled " if _TOTALS.search(left) and _TOTALS.search(right) else " "
    return _AFTER_COLON.sub(gloss, _BRACKET.sub(gloss, text))
