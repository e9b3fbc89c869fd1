"""Text a form writes twice (同一段话重复写了两遍, the same sentence repeated in its goal): the forms, with the words."""

from __future__ import annotations

import re

from assistant.answer import Answer, AnswerRecord
from store.readonly_sql import run_select

# A sentence this long or longer, written twice, is a repetition; shorter ones (按时支付) recur by nature.
MIN_REPEATED = 8
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_FIELDS = {"goal": ("年度总体目标", "goal"), "outcome": ("实际完成情况", "outcome"), "deviation": ("偏差原因", "deviation reason")}


def asks(question: str) -> bool:
    """Whether a question asks for text written twice: a word of repetition and a word for a stretch of text.

    Args:
        question: as typed.

    Returns:
        True when it does.
    """
    from assistant.evidence_set import uses_cue

    return uses_cue(question, "repeated") and uses_cue(question, "passage")


def repeated(text: str) -> str | None:
    """The first sentence of a text written twice in it, if any.

    Args:
        text: a form's goal, outcome or reason.

    Returns:
        The sentence, or None.
    """
    seen = set()
    for sentence in (part.strip(" ，,") for part in _SENTENCE.findall(text or "")):
        if len(sentence) >= MIN_REPEATED and sentence in seen:
            return sentence
        seen.add(sentence)
    return None


def answer(question: str, lang: str, store) -> Answer | None:
    """The forms writing a sentence twice in the parts of the form the question names (goal, outcome and reasons
    when it names none), each with the sentence; None when the question asks no such thing.

    Args:
        question: as typed.
        lang: "zh" or "en".
        store: a store.Store.

    Returns:
        The answer, or None.
    """
    from assistant import text_scope

    if not asks(question):
        return None
    fields = [field for field in (text_scope.named_fields(question) or _FIELDS) if field in _FIELDS]
    if not fields:
        return None
    sql = ("SELECT f.form_id, f.project_name, f.year, f.goal, f.outcome, (SELECT " + _joined(store) +
           " FROM indicators AS i WHERE i.form_id = f.form_id) AS deviation FROM forms AS f ORDER BY f.form_id")
    zh = lang != "en"
    records = []
    for form_id, name, year, goal, outcome, deviation in run_select(store, sql).rows:
        texts = {"goal": goal, "outcome": outcome, "deviation": deviation}
        for field in fields:
            said = repeated(texts[field])
            if said is not None:
                records.append(AnswerRecord(form_id, name, year, f"{_FIELDS[field][1]}: {said}"))
                break
    where = "、".join(_FIELDS[f][0] for f in fields) if zh else ", ".join(_FIELDS[f][1] for f in fields)
    head = (f"{where}里有一句话写了两遍的项目" if zh else f"forms writing a sentence twice in their {where}")
    lines = [f"· {r.project_name}：{r.detail.split(': ', 1)[1]}（写了两遍）" if zh else
             f"· {r.project_name}: {r.detail.split(': ', 1)[1]} (written twice)" for r in records]
    count = f"{len(records)} 个项目" if zh else f"{len(records)} form{'s' if len(records) != 1 else ''}"
    text = (head + ("：" if zh else ": ") + count + "\n" + "\n".join(lines)) if records else (
        "没有项目把同一句话写了两遍。" if zh else "No form writes a sentence twice there.")
    return Answer(question=question, interpretation=f"{head} · {count}", text=text, kind="list", records=records, sql=sql)


def _joined(store) -> str:
    """The dialect's aggregate joining a form's deviation reasons into one text."""
    return "group_concat(i.deviation, '\n')" if store.dialect == "sqlite" else "string_agg(i.deviation, E'\\n')"
