"""Indicator rows counted over every form (every quantity indicator on every form, 一共有多少个三级指标): a count of rows."""

from __future__ import annotations

import re

from assistant.answer import Answer, AnswerRecord
from store.readonly_sql import run_select

# The token kinds a question counting rows over every form may hold besides the count and what it counts: glue,
# the word for every or all, the form noun (on every form, 所有表), a total word (in total, 加起来).
_GLUE = {"stop", "group_cue", "follow"}
# Words pointing at the previous answer's forms (do those have, 这些, 它们): its forms, not every form.
_PREVIOUS = re.compile(r"\b(?:those|these|them|they|their)\b|这些|那些|这几|那几|它们|他们|上述|以上", re.IGNORECASE)
# A word of every that asks per form, not over all of them (每个项目, 各项目, each form).
_PER_FORM = re.compile(r"每|各|\beach\b|\bper\b", re.IGNORECASE)
# The class words (数量指标, satisfaction) by the level of the indicators view that holds them.
_LEVELS = ("level1", "level2")


def answer(question: str, lang: str, store, recogniser) -> Answer | None:
    """The number of indicator rows over all forms, of one class when one is said, when that is all the question asks.

    Args:
        question: as asked.
        lang: "zh" or "en".
        store: a store.Store.
        recogniser: the query model's recogniser (assistant.recognise.Recogniser).

    Returns:
        The count (value, and the forms holding the rows as records), or None when the question asks anything else:
        a form named, a condition, a field, a statistic other than a count, no word for every / all / in total.
    """
    from assistant.interpret import normalize
    from assistant.row_vocabulary import pointer_words, says

    if says(question, pointer_words()["among"]) or _PREVIOUS.search(question):
        return None  # 其中, of those: the previous answer's forms, which the readers keep
    tokens, _ = recogniser.tokens(normalize(question))
    kinds = [(token.kind, token.key) for token in tokens]
    counted = ("aggregate", "count") in kinds
    # every / all / in total: over all forms; a count of rows said plainly (多少条) is one too
    whole = any(kind == "group_cue" or (kind, key) == ("aggregate", "sum") for kind, key in kinds) or any(
        token.text in ("所有", "全部", "all", "every") for token in tokens)
    classes = [key for kind, key in kinds if kind == "class"]
    rows_said = classes or ("noun", "indicator") in kinds
    rest = [(kind, key) for kind, key in kinds if kind not in _GLUE and kind != "class" and (kind, key) not in (
        ("aggregate", "count"), ("aggregate", "sum"), ("noun", "form"), ("noun", "indicator"))]
    if any(_PER_FORM.search(token.text) for token in tokens if token.kind == "group_cue"):
        return None  # 每个项目有几个指标, each form: a count per form, which the readers give
    if not counted or not whole or not rows_said or rest or len(set(classes)) > 1:
        return None
    where, label = "", ""
    if classes:
        level = next((column for column in _LEVELS if run_select(
            store, f"SELECT 1 FROM indicators WHERE {column} = '{classes[0]}' LIMIT 1").rows), None)
        if level is None:
            return None
        where, label = f" WHERE {level} = '{classes[0]}'", classes[0]
    found = run_select(store, "SELECT f.form_id, f.project_name, f.year, COUNT(*) FROM indicators AS i JOIN forms AS f "
                              f"ON f.form_id = i.form_id{where.replace(' WHERE ', ' WHERE i.')} GROUP BY f.form_id "
                              "ORDER BY f.form_id").rows
    total = sum(int(n) for *_, n in found)
    zh = lang != "en"
    kind = (f"{label}" if label else "三级指标") if zh else (f"{label} rows" if label else "indicator rows")
    said = (f"所有项目的{kind}条数 · {len(found)} 个项目" if zh else f"{kind} over all forms, counted · {len(found)} forms")
    text = (f"{total} 条{kind}（{len(found)} 个项目）" if zh else f"{total} {kind} ({len(found)} forms)")
    return Answer(question=question, interpretation=said, text=text, kind="aggregate", value=float(total),
                  records=[AnswerRecord(form_id, name, year, f"{n}") for form_id, name, year, n in found])
