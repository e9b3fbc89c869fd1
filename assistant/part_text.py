"""A part of one named form (its goal, its outcome, the deviation reasons) asked what it says of something: that part's text, the sentence saying it first."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import Answer, AnswerRecord
from store.readonly_sql import run_select

_PARTS = ("goal", "outcome", "deviation")
_LABELS = {"goal": ("年度总体目标", "goal"), "outcome": ("实际完成情况", "outcome"), "deviation": ("偏差原因", "deviation reasons")}
# A part's text cut into sentences at Chinese and English stops.
_SENTENCE = re.compile(r"(?<=[。；;！!？?])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The patterns of assistant/data/part_texts.tsv by (language, kind), a kind's rows as alternatives."""
    from assistant.data_files import role_patterns

    return {key: re.compile(pattern, re.IGNORECASE)
            for key, pattern in role_patterns("part_texts.tsv", _PARTS + ("ask", "about")).items()}


def _asked_part(question: str, lang: str) -> tuple[str, str] | None:
    """The one part a question names and the stretch naming it, else None (none, or two parts said)."""
    said = []
    for part in _PARTS:
        pattern = _patterns().get((lang, part))
        if pattern is not None and (found := pattern.search(question)):
            said.append((part, found.group(0)))
    return said[0] if len(said) == 1 else None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if s and s.strip()]


def _overlap(topic: str, sentence: str) -> int:
    """How many of the topic's character pairs (Chinese) or words (English) the sentence says."""
    if _HAN.search(topic):
        pairs = {topic[k:k + 2] for k in range(len(topic) - 1) if _HAN.search(topic[k:k + 2]) and len(_HAN.findall(topic[k:k + 2])) == 2}
        return sum(pair in sentence for pair in pairs)
    return sum(word.lower() in sentence.lower() for word in re.findall(r"[A-Za-z]{4,}", topic))


def answer(question: str, lang: str, store, recogniser) -> Answer | None:
    """The part's text when a question names one form and one part of it and asks what it says (about something).

    Args:
        question: the question, forms named in full.
        lang: "zh" or "en".
        store: a store.Store.
        recogniser: the query model's recogniser (assistant.recognise.Recogniser).

    Returns:
        The answer (the part's sentences, the one sharing most words with the question first), or None.
    """
    asked = _asked_part(question, lang)
    ask = _patterns().get((lang, "ask"))
    if asked is None or ask is None or not ask.search(question):
        return None
    from assistant.interpret import normalize
    from assistant.row_vocabulary import NOT_ONE_ROW, excludes, forms_named

    if NOT_ONE_ROW.search(question) or excludes(question):
        return None  # which forms' outcomes say …: a search over the forms, not one form's part
    text = normalize(question)
    tokens, _ = recogniser.tokens(text)
    listed = run_select(store, "SELECT form_id, project_name, year, goal, outcome FROM forms").rows
    named = forms_named(tokens, [(int(row[0]), row[1]) for row in listed])
    top = max(named.values(), default=0)
    best = [form_id for form_id, count in named.items() if count == top]
    if len(best) != 1:
        return None
    form_id, name, year, goal, outcome = next(row for row in listed if int(row[0]) == best[0])
    part, said = asked
    if part == "deviation":
        rows = run_select(store, f"SELECT name, deviation FROM indicators WHERE form_id = {int(form_id)} "
                                 "AND deviation IS NOT NULL AND deviation != '' ORDER BY position").rows
        sentences = [f"{row}：{deviation}" for row, deviation in rows]
    else:
        sentences = _sentences(goal if part == "goal" else outcome)
    # what is asked about: the question less the form's name, the part's words and the frame's
    topic = text
    for token in tokens:
        if token.kind in ("project", "quoted_project", "bracket", "topic"):
            topic = topic.replace(token.text, " ")
    topic = _patterns()[(lang, "about")].sub(" ", ask.sub(" ", topic.replace(said, " ")))
    if not _HAN.search(topic) and not re.search(r"[A-Za-z]{3,}", topic):
        return None  # 偏差原因是怎么写的: the part asked whole, which the readers quote as evidence
    ranked = sorted(sentences, key=lambda sentence: -_overlap(topic, sentence))  # stable: printed order among equals
    zh = lang != "en"
    label = _LABELS[part][0 if zh else 1]
    if not ranked:
        body = "（表上未填）" if zh else "(not filled in on the form)"
    elif len(ranked) == 1:
        body = ranked[0]
    else:  # the sentence saying it, then the whole part as printed
        body = f"{ranked[0]}\n" + (f"全文：{''.join(sentences)}" if zh else f"in full: {' '.join(sentences)}")
    first = ranked[0] if ranked else body
    head = f"{name}（{year}）{label}：" if zh else f"{name} ({year}) {label}: "
    said_on = f"项目 = {name} · {label} · 1 个项目" if zh else f"project = {name} · {label} · 1 form"
    return Answer(question=question, interpretation=said_on, text=head + body, kind="lookup",
                  records=[AnswerRecord(int(form_id), name, year, first)], value=None)
