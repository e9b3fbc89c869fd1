"""A row's actual said to beat its target (an actual figure that beat a numeric target, 实际值超过了目标值): written as
the lexicon's "exceeded its target" / 超过目标, the rows whose numeric actual exceeds their numeric target."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files

_ROLES = ("report", "actual", "verb", "owner", "kind", "after")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The English and Chinese patterns of assistant/data/beat_target.tsv."""
    words = data_files.role_words("beat_target.tsv", _ROLES)
    alt = lambda lang, role: "|".join(re.escape(w) for w in words.get((lang, role), []))  # noqa: E731
    # "(an actual figure that) beat (one of their) (numeric) target(s) (on some indicator)": a target noun must close it,
    # so "exceeded 90%" (a bound) and "beat the average" stay with the readers
    english = re.compile(rf"(?:\b(?:(?:{alt('en', 'report')})\s+)?(?P<actual>{alt('en', 'actual')})\s+)?\b(?:{alt('en', 'verb')})\s+(?:(?:{alt('en', 'owner')})\s+)?"
                         rf"(?:(?:{alt('en', 'kind')})\s+)*targets?\b(?:\s+(?:{alt('en', 'after')})\b)?", re.I)
    # 指标的实际值超过了目标值 / 实际完成值超出目标: the actual named before the verb, the target after it
    chinese = re.compile(rf"(?:{alt('zh', 'actual')})(?:{alt('zh', 'verb')})(?:{alt('zh', 'kind')})?(?:{alt('zh', 'after')})")
    return english, chinese


def beat_said(question: str) -> str:
    """The question with an actual beating a target written as "exceeded its target" / 超过目标.

    Args:
        question: as typed.

    Returns:
        The question; unchanged when no verb of beating has a target after it.
    """
    english, chinese = _patterns()
    # a row's actual said (report an actual figure that …) asks for the forms holding such a row
    said = lambda found: "have an indicator that exceeded its target" if found.group("actual") else "exceeded its target"  # noqa: E731
    return chinese.sub("超过目标", english.sub(said, question))
