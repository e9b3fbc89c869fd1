"""Whether a form's money was paid inside its own year (那笔补贴当年发下去了没有; all spent inside 2023?): its deferral sentence."""

from __future__ import annotations

import re

# The verbs of paying a within-year question says besides the deferral cues' money words (发下去, 花出去, spent).
_PAID = re.compile(r"发下去|发了|发放|花出去|花完|花掉|用完|付清|付了|支付|拨付|下拨|spent|paid|disbursed|used up|settled")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
# Words asking which forms or how many (not a yes or no), and an English yes/no question's opening verb.
_WHICH = re.compile(r"哪|几|多少|which|what|how many|how much", re.IGNORECASE)
_EN_YES_NO = re.compile(r"\s*(?:was|were|did|has|have|had|is|are)\b", re.IGNORECASE)
# A word pointing back at the forms of the previous answer (那笔补贴, that money, its budget).
_POINTER = re.compile(r"那|这|该|\b(?:that|this|its|their|those|these)\b", re.IGNORECASE)


def _cue_pattern(kind: str) -> re.Pattern:
    """One pattern of a cue list of assistant/data/evidence_cues.tsv ({year}: a four-digit year; English as words)."""
    from assistant.evidence_set import cues

    parts = []
    for cue in sorted(cues(kind), key=len, reverse=True):
        text = re.escape(cue).replace(re.escape("{year}"), r"(?:19|20)\d{2}")
        parts.append(rf"(?<![a-z]){text}(?![a-z])" if cue.isascii() else text)
    return re.compile("|".join(parts), re.IGNORECASE)


def asks(question: str) -> bool:
    """Whether a question asks yes or no whether money was paid inside a year.

    Args:
        question: as asked.

    Returns:
        True for 那笔补贴当年发下去了没有, "Was the money all spent inside 2023?".
    """
    if _WHICH.search(question) or (question.isascii() and not _EN_YES_NO.match(question)):
        return False  # 哪些项目当年没花完, which forms were paid in 2024: forms asked for, not a yes or no
    return bool(_cue_pattern("within_year").search(question) and _PAID.search(question.lower())
                and _cue_pattern("yes_no").search(question))


def _deferrals(form) -> list[str]:
    """The sentences of a form's goal and outcome naming a year after its own."""
    if form.year is None:
        return []
    text = "。".join(part for part in (form.outcome, form.goal) if part)
    return [s.strip() for s in _SENTENCE.findall(text) if any(int(y) > form.year for y in _YEAR.findall(s))]


def answer(question: str, lang: str, store, query, previous_ids: list[int] | None):
    """The yes/no of a within-year payment question for the forms it names (or the previous answer's), quoting the
    sentence that puts a payment off to a later year.

    Args:
        question: as asked.
        lang: "zh" or "en".
        store: a store.Store.
        query: the rule-based reading (its names pick the forms).
        previous_ids: the previous answer's form ids, for a follow-up naming no form.

    Returns:
        An assistant.answer.Answer, or None when the question is not of this kind or names no form (or more than three).
    """
    from assistant.answer import Answer, AnswerRecord
    from store import query as store_query
    from store.query import FormFilter

    if query is None or not asks(question):
        return None
    flt = query.form_filter
    if previous_ids and _POINTER.search(question) and (query.follow_up or not (flt.name_contains or flt.form_ids)):
        forms = store_query.list_forms(store, FormFilter(form_ids=list(previous_ids)))  # 那笔补贴: the last answer's
    elif flt.name_contains or flt.form_ids or flt.project_keys:
        forms = store_query.list_forms(store, flt)
        # a name read as several fragments (（党群中心）, （南区）规范化建设质保金): the form whose name holds them all
        forms = [f for f in forms if all(part in f.project_name for part in flt.name_contains)] or forms
    else:
        return None
    named = {int(y) for y in _YEAR.findall(question)}
    if not 1 <= len(forms) <= 3 or any(named - {form.year} for form in forms):
        return None  # was it paid in 2024: a later year asked about, searched as the text says it
    zh = lang == "zh"
    lines = []
    for form in forms:
        put_off = _deferrals(form)
        if put_off:
            said = "；".join(f"“{s}”" for s in put_off)
            lines.append(f"否：{form.project_name}（{form.year}）并未在当年全部支付，文本写道：{said}" if zh else
                         f"No: {form.project_name} ({form.year}) was not all paid inside {form.year}; its text says: {said}")
        else:
            rate = "" if form.execution_rate is None else (f"，执行率 {form.execution_rate:g}%" if zh else f", execution rate {form.execution_rate:g}%")
            lines.append(f"{form.project_name}（{form.year}）的文本没有写到推迟到以后年度支付{rate}" if zh else
                         f"{form.project_name} ({form.year}): no sentence of its text puts a payment off past {form.year}{rate}")
    head = "当年支付与否（据文本中写到以后年度的句子）" if zh else "paid inside its year (by the sentence naming a later year)"
    return Answer(question=question, interpretation=f"{head} · {len(forms)} " + ("个项目" if zh else "form" + "s" * (len(forms) > 1)),
                  text="\n".join(lines), kind="search",
                  records=[AnswerRecord(form.id, form.project_name, form.year) for form in forms])
