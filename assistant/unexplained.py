"""The forms giving no reason (执行率低于60%但未作任何说明, which low spenders gave no explanation): the others' reasons."""

from __future__ import annotations

from assistant.answer import Answer, AnswerRecord
from store import query as store_query
from store.readonly_sql import run_select


def asks(question: str) -> bool:
    """Whether a question asks for the forms that explain nothing (未作任何说明, gave no explanation).

    Args:
        question: as typed.

    Returns:
        True when it uses a phrase of that kind (assistant/data/evidence_cues.tsv, "unexplained").
    """
    from assistant.evidence_set import uses_cue

    return uses_cue(question, "unexplained")


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
