"""A figure said not reached with a verb between (钱没花到六成, 没用够一半): below that figure, the verb kept."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# What a figure may start with: a digit or a Chinese numeral (六成, 一半, 百分之九十).
_FIGURE = r"(?=\s*(?:\d|[零一二两三四五六七八九十百半]))"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The negation words, a verb of one or two other characters, a reach word, a figure ahead (assistant/data/unreached.tsv).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = {cells[0]: cells[1].split("|") for _, cells in data_files.rows(
        "unreached.tsv", 2, "'not|reach<TAB>words'", lambda cells: cells[0] in ("not", "reach") and bool(cells[1].strip()))}
    negations = "|".join(sorted(map(re.escape, words["not"]), key=len, reverse=True))
    reaches = "".join(map(re.escape, words["reach"]))
    # the verb is no negation or reach character itself (没达到90 is the comparison word 没达到, read as it is)
    excluded = reaches + "".join(sorted({ch for word in words["not"] for ch in word}))
    return re.compile(rf"(?:{negations})(?P<verb>[\u4e00-\u9fff](?<![{excluded}])[\u4e00-\u9fff]?(?<![{excluded}]))"
                      rf"[{reaches}]{_FIGURE}")


def below_reached(text: str) -> str:
    """The text with each "not <verb> to <figure>" written "<verb>不到<figure>" (钱没花到六成 → 钱花不到六成), the form
    the readers take as below the figure; a negation with no verb between (没到, 没达到) is a comparison word already.

    Args:
        text: the question.

    Returns:
        The question rewritten; unchanged when it says no figure not reached.
    """
    return _pattern().sub(lambda found: found.group("verb") + "不到", text)
