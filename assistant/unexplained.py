"""Which forms give a reason and which none (执行率低于60%但未作任何说明, which low spenders gave no explanation; which
forms offer an explanation for low spending): the reasons each gives."""

from __future__ import annotations

import re

from assistant.answer import Answer, AnswerRecord
from store import query as store_query
from store.readonly_sql import run_select

# A question asking for a set of forms (which forms, 哪些项目, list the projects), not one named form's reason.
_ASKS_SET = re.compile(r"\b(?:which|what (?:projects|programmes|programs|forms|budget lines|lines)|list|show|name the|any)\b|哪些|哪几|"
                       r"哪个项目|列出|列一下|有几个", re.IGNORECASE)


def asks(question: str) -> bool:
    """Whether a question asks for the forms that explain nothing (未作任何说明, gave no explanation).

    Args:
        question: as typed.

    Returns:
        True when it uses a phrase of that kind (assistant/data/evidence_cues.tsv, "unexplained").
    """
    from assistant.evidence_set import uses_cue

    return uses_cue(question, "unexplained")

# A cause the question names (explains its low spend by unpredictable consumption, 因为资金紧张): a search for that cause.
_NAMES_CAUSE = re.compile(r"\b(?:by|due to|because|owing to|citing|cites? (?!an?\b|any\b)|blam\w*|attribut\w*|as the reason)\b|因为|由于|归因|归咎",
                          re.IGNORECASE)


def asks_explained(question: str) -> bool:
    """Whether a question asks which forms give a reason for spending less than their budget (which forms offer an
    explanation for low spending, 哪些项目对钱没花完给出了说明).

    Args:
        question: as typed.

    Returns:
        True when it says a set of forms, a phrase of giving a reason and one of money left unspent
        (assistant/data/evidence_cues.tsv, "explained" and "underspent"), and no phrase of giving none.
    """
    from assistant.evidence_set import uses_cue

    from assistant.evidence_cues import is_singular

    return (_ASKS_SET.search(question) is not None and uses_cue(question, "explained") and uses_cue(question, "underspent")
            and not asks(question) and not is_singular(question) and not _NAMES_CAUSE.search(question))


def _underspent(store, ids: list[int] | None) -> list[int]:
    """The forms (of `ids`, or all) that left money unspent, the lowest execution rate first."""
    within = "" if ids is None else f" AND form_id IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"
    return [row[0] for row in run_select(store, "SELECT form_id FROM forms WHERE unspent > 0" + within +
                                         " ORDER BY execution_rate, form_id").rows]


def answer_explained(query, store, where=None) -> Answer | None:
    """The forms that left money unspent (and meet the conditions read) whose text gives a reason, each with the first
    reason it gives, the lowest execution rate first; None when the question asks no such thing or no form fits.

    Args:
        query: the rule-based reading (its conditions are used when `where` is None and it has any).
        store: a store.Store.
        where: the query model's conditions (assistant.model), or None.

    Returns:
        The answer, or None.
    """
    from assistant.answer_text import _interpretation, _zh
    from assistant.form_text import reasons
    from assistant.sqlcompile import forms_meeting

    found = query.form_filter
    if not asks_explained(query.question) or found.project_keys or found.form_ids:
        return None  # 党建活动为什么没花完: the named form's reason (form_text.py)
    ids = forms_meeting(store, where) if where is not None else (
        None if found.is_empty() else sorted(store_query.matching_form_ids(store, found)))
    ids = _underspent(store, ids)
    if not ids:
        return None
    listed = ", ".join(str(int(i)) for i in ids)
    first = f"SELECT form_id, project_name, year, goal, outcome, execution_rate FROM forms WHERE form_id IN ({listed})"
    second = (f"SELECT form_id, name, deviation FROM indicators WHERE form_id IN ({listed}) AND deviation IS NOT NULL "
              "AND deviation <> '' ORDER BY form_id, position")
    deviations: dict[int, list[tuple[str, str]]] = {}
    for form_id, name, said in run_select(store, second).rows:
        deviations.setdefault(form_id, []).append((name, said))
    rows = {row[0]: row for row in run_select(store, first).rows}
    zh = _zh(query)
    records, lines = [], []
    for form_id in ids:
        _, name, year, goal, outcome, rate = rows[form_id]
        given = reasons(outcome or "", goal or "", deviations.get(form_id, []))
        if given:
            records.append(AnswerRecord(form_id, name, year, given[0]))
            lines.append(f"· {name}（执行率 {rate:g}%）：{given[0]}" if zh else f"· {name} (execution {rate:g}%): {given[0]}")
    head = (f"钱没花完并说明了原因的项目：{len(records)} 个（没花完的 {len(ids)} 个中）" if zh else
            f"forms that left money unspent and give a reason: {len(records)} (of {len(ids)} that left money unspent)")
    query.previous_form_ids = [record.form_id for record in records]
    query.labels = [label for label in query.labels if not label.startswith(("search: ", "检索："))]
    extra = "给出原因（结余 > 0）" if zh else "reason given (unspent > 0)"
    return Answer(question=query.question, interpretation=_interpretation(query, len(records), extra),
                  text=head + ("\n" + "\n".join(lines) if lines else ""), kind="list", records=records,
                  sql=f"SELECT form_id FROM forms WHERE unspent > 0;\n{first};\n{second}")


def answer(query, store, where=None) -> Answer | None:
    """The forms the conditions pick whose text gives no reason (no deviation reason, no sentence saying why), and
    beside them the reason each other form gives; None when the question asks no such thing or names no condition.

    Args:
        query: the rule-based reading (its conditions are used when `where` is None).
        store: a store.Store.
        where: the query model's conditions (assistant.model), or None.

    Returns:
        The answer, or None.
    """
    from assistant.answer_text import _interpretation, _zh
    from assistant.form_text import reasons
    from assistant.sqlcompile import forms_meeting

    if not asks(query.question) or (where is None and query.form_filter.is_empty()):
        return None
    # conditions the views cannot hold alone (None): the readers answer
    ids = forms_meeting(store, where) if where is not None else sorted(store_query.matching_form_ids(store, query.form_filter))
    if not ids:
        return None
    listed = ", ".join(str(int(i)) for i in ids)
    first = f"SELECT form_id, project_name, year, goal, outcome FROM forms WHERE form_id IN ({listed}) ORDER BY form_id"
    second = (f"SELECT form_id, name, deviation FROM indicators WHERE form_id IN ({listed}) AND deviation IS NOT NULL "
              "AND deviation <> '' ORDER BY form_id, position")
    sql = f"{first};\n{second}"
    deviations: dict[int, list[tuple[str, str]]] = {}
    for form_id, name, said in run_select(store, second).rows:
        deviations.setdefault(form_id, []).append((name, said))
    zh = _zh(query)
    silent, explained = [], []
    for form_id, name, year, goal, outcome in run_select(store, first).rows:
        given = reasons(outcome or "", goal or "", deviations.get(form_id, []))
        (explained if given else silent).append((form_id, name, year, given[0] if given else ""))
    records = [AnswerRecord(form_id, name, year, "未说明原因" if zh else "no reason given") for form_id, name, year, _ in silent]
    head = (f"没有说明原因的项目：{len(silent)} 个" if zh else f"forms giving no reason: {len(silent)}")
    lines = [f"· {name}" for _, name, _, _ in silent]
    others = [f"  {name}：{said}" for _, name, _, said in explained]
    text = head + ("\n" + "\n".join(lines) if lines else "") + (
        ("\n其余项目给出的原因：\n" if zh else "\nthe others' reasons:\n") + "\n".join(others) if others else "")
    query.previous_form_ids = [record.form_id for record in records]
    if where is not None:
        from assistant.explain import Explainer
        from assistant.lexicon import load as load_lexicon

        query.labels = [Explainer(load_lexicon(), "zh" if zh else "en").condition(where)]
    return Answer(question=query.question, interpretation=_interpretation(query, len(silent), "未说明原因" if zh else "no reason given"),
                  text=text, kind="list", records=records, sql=sql)
