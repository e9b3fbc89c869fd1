""""What percentage spent less than half?": a share word asked before a verb of spending is the share of forms, not the rate."""

from __future__ import annotations

import re

# "what percentage spent …", "which share executed …": the share asked, then what the forms counted did. Said of the
# forms ("what percentage of forms spent"), so no rate's name (percentage spent) swallows the share word.
_ASKED_BEFORE_A_VERB = re.compile(r"\b(?P<asked>(?:what|which)\s+(?:percentage|percent|share|proportion|fraction))\s+"
                                  r"(?=(?:spent|executed|used|disbursed|had|got|received|were|was)\b)", re.IGNORECASE)


def asked_shares(text: str) -> str:
    """The question with "of forms" said after a share asked right before a verb.

    Args:
        text: the normalised question.

    Returns:
        E.g. "what percentage of forms spent less than half?"; unchanged when no share is asked so.
    """
    return _ASKED_BEFORE_A_VERB.sub(lambda found: found.group("asked") + " of forms ", text)
