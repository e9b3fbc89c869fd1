"""'优' / ‘优’ / "优" around Chinese words: the Chinese quotation marks (“优”) the readers know."""

from __future__ import annotations

import re

# Straight or single curly quotes around a short run holding a Chinese character; English apostrophes (don't, the
# forms' budgets) hold none, so they are never paired.
_QUOTED = re.compile(r"(?P<open>['‘\"])(?P<words>[^'‘’\"\s]{0,20}[\u4e00-\u9fff][^'‘’\"]{0,20}?)(?P<close>['’\"])")


def chinese_quotes(question: str) -> str:
    """The question with Chinese words quoted in straight or single quotes written in “ ”.

    Args:
        question: as typed.

    Returns:
        The question; unchanged when no quoted run holds a Chinese character.
    """
    return _QUOTED.sub(lambda found: f"“{found.group('words')}”", question)
