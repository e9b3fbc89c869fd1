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


def clause_value(question: str, lang: str, said: list[str], answered: str, value: float | None) -> float | None:
    """The figure an answer gives, or the one clause's figure when that clause names the thing asked and the answer
    does not (除了采集设备，还说要租几台执法仪: 督导执法仪8台, not the devices' row).

    Args:
        question: as asked.
        lang: "zh" or "en".
        said: the clauses `clauses` found.
        answered: the answer's text without them.
        value: the answer's figure, or None.

    Returns:
        The figure to answer with.
    """
    from assistant.evidence import key_terms
    from assistant.sentence_figure import asked_unit, figure_in

    unit = asked_unit(question)
    words = [w for w in key_terms(question, lang, vocab.STOPWORDS_ZH) if w not in answered]
    naming = [clause for clause in said if any(word in clause for word in words)]
    if unit is None or len(naming) != 1:
        return value
    found = figure_in(naming[0], [word for word in words if word in naming[0]], unit)
    return value if found is None else found


def with_clauses(question: str, lang: str, answer, store) -> None:
    """An answer resting on one form with the clauses of its text giving the figure asked added, and their figure
    as its value when the one clause naming the thing asked gives it (see `clauses`, `clause_value`).

    Args:
        question: as asked.
        lang: "zh" or "en".
        answer: an assistant.answer.Answer whose records are one form's; changed in place.
        store: a store.Store.
    """
    said = clauses(question, lang, answer.records[0].form_id, answer.text, store)
    answer.value = clause_value(question, lang, said, answer.text, answer.value)
    answer.text += "".join(f"\n{answer.records[0].project_name}：{clause}" for clause in said)
