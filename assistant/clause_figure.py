"""A figure asked of one form that its own text gives (全年发展了多少名党员 → 全年发展党员51名): the clause saying it."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab
from store.readonly_sql import run_select

# A question asking for a figure: how many, how much, what share.
_ASKS_FIGURE = re.compile(r"多少|几[个名人次场项份条家台]|比例|百分之几|\bhow many\b|\bhow much\b|\bwhat (?:share|percentage|proportion)\b"
                          r"|\bwhat per ?cent\b", re.IGNORECASE)
# A question asking for a share: the clause must print one (0.3%).
_ASKS_SHARE = re.compile(r"比例|百分之几|\bshare\b|\bpercentage\b|\bproportion\b|\bper ?cent\b", re.IGNORECASE)
# A bracketed list in an answer's head: the words a search looked for, not what a form says.
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")
# A figure as a clause prints it.
_FIGURE = re.compile(r"\d")


def _clauses(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[，,。；;！!？?\n]", text or "") if part.strip()]


def clauses(question: str, lang: str, form_id: int, answered: str, store) -> list[str]:
    """The clauses of one form's goal and outcome giving the figure a question asks, when they say more of the
    question's words than the answer already given: a count the text reports but no indicator row holds.

    Args:
        question: as asked.
        lang: "zh" or "en".
        form_id: the one form the answer rests on.
        answered: the answer's text so far.
        store: a store.Store.

    Returns:
        The clauses (empty when the question asks no figure or the answer already says most).
    """
    from assistant.evidence import key_terms

    if not _ASKS_FIGURE.search(question):
        return []
    rows = run_select(store, f"SELECT project_name, goal, outcome FROM forms WHERE form_id = {int(form_id)}").rows
    if not rows:
        return []
    name, goal, outcome = rows[0]
    words = [w for w in key_terms(question, lang, vocab.STOPWORDS_ZH) if w not in (name or "")]
    share = _ASKS_SHARE.search(question) is not None

    def said(text: str) -> int:
        return sum(1 for word in words if word in text)

    found = [c for c in _clauses(goal) + _clauses(outcome)
             if _FIGURE.search(c) and (not share or "%" in c) and (said(c) or share)]
    best = max((said(c) for c in found), default=0)
    # what the answer says, without the bracketed lists of words it looked for (one of (质保金, 装修, 支付…))
    shown = _BRACKETED.sub(" ", answered)
    if not found or best < said(shown) or (best == 0 and not share):
        return []
    return [c for c in found if said(c) == best][:2]
