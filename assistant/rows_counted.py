"""A question counting indicator rows (how many timeliness indicators are there, 有几个时效指标): rows counted, even of a named form."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.data_files import rows


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The patterns of data/rows_counted.tsv, as one."""
    return re.compile("|".join(f"(?:{pattern})" for _, (_lang, pattern) in rows("rows_counted.tsv", 2, "lang<TAB>pattern")),
                      re.IGNORECASE)


def counts_rows(question: str) -> bool:
    """Whether the question counts indicator rows (a count word and the rows' noun said together).

    Args:
        question: the question as read.

    Returns:
        True for "how many timeliness indicators are there?", 质量指标有几条; False for 数量指标是多少.
    """
    return _pattern().search(question) is not None
