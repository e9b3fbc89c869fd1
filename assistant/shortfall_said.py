"""Forms admitting fewer people than planned: a row counted in people whose actual is below its target, or text saying so."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import Answer, AnswerRecord
from store.readonly_sql import run_select

# the unit a number of people is counted in on the forms' rows (人, 人次)
PEOPLE_UNIT = "人"
# a printed target the actual can fall short of: an exact or a least figure, never a most one (≤)
_SHORT_OF = ("=", "≥", ">=", ">", None, "")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The rows of assistant/data/shortfall.tsv, compiled."""
    from assistant.data_files import role_patterns

    return {key: re.compile(pattern, re.IGNORECASE)
            for key, pattern in role_patterns("shortfall.tsv", ("ask", "people", "said")).items()}


def asks(question: str, lang: str) -> bool:
    """Whether a question asks which forms had fewer people than planned (实际人员数量没达到计划, fewer members than planned).

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        True when a shortfall and a number of people are both said, and no figure (a figure is a condition others read).
    """
    found = _patterns()
    ask, people = found.get((lang, "ask")), found.get((lang, "people"))
    return bool(ask and people and ask.search(question) and people.search(question)) \
        and not any(ch.isdigit() for ch in question)


# a word most forms say (work, project) names no activity of its own
COMMON_SHARE = 0.5
_EN_WORD = re.compile(r"[a-z][a-z'-]*")


def _names_activity(question: str, lang: str, store) -> bool:
    """Whether an English question names one activity beside the shortfall (fewer people turned up for the health
    check than planned): a glossary word outside the shortfall's and the people's words that some forms say but not
    most. That is what one form's text says, a text search; the shortfall of any form's people is this module's."""
    if lang != "en":
        return False
    from index.glossary import GLOSSARY_EN

    found = _patterns()
    rest = question.lower()
    for role in ("people",):
        if (pattern := found.get((lang, role))) is not None:
            rest = pattern.sub(" ", rest)
    ask = found.get((lang, "ask"))
    own = set(_EN_WORD.findall(ask.pattern)) if ask is not None else set()  # fewer, than, planned: the shortfall's words
    words = [word if word not in own else "|" for word in _EN_WORD.findall(rest)]
    phrases = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
    terms = [GLOSSARY_EN[p].split() for p in phrases if "|" not in p and GLOSSARY_EN.get(p)]
    if not terms:
        return False
    texts = [" ".join(str(part or "") for part in row) for row in
             run_select(store, "SELECT project_name, outcome, goal FROM forms").rows]
    for said in terms:
        count = sum(1 for text in texts if any(word in text for word in said))
        if 0 < count <= COMMON_SHARE * max(1, len(texts)):
            return True
    return False


def _admitted(text: str) -> str | None:
    """The first sentence of a text admitting a shortfall of people, if any."""
    said = _patterns().get(("zh", "said"))
    for sentence in _SENTENCE.findall(text or ""):
        if said and said.search(sentence) and PEOPLE_UNIT in sentence:
            return sentence.strip(" ，,")
    return None


def answer(question: str, lang: str, store) -> Answer | None:
    """The forms with a row of people whose actual is below its target, or whose outcome or reasons admit fewer
    people than expected, each with that row or sentence; None when the question asks no such thing.

    Args:
        question: as typed.
        lang: "zh" or "en".
        store: a store.Store.

    Returns:
        The answer, or None.
    """
    if not asks(question, lang) or _names_activity(question, lang, store):
        return None
    zh = lang != "en"
    found: dict[int, AnswerRecord] = {}
    rows = run_select(store, "SELECT i.form_id, f.project_name, f.year, i.name, i.target, i.target_comparison, "
                             "i.target_number, i.target_unit, i.actual, i.actual_number, i.actual_unit, i.deviation "
                             "FROM indicators AS i JOIN forms AS f ON f.form_id = i.form_id ORDER BY i.form_id, i.position").rows
    for form_id, name, year, row, target, comparison, goal, goal_unit, actual, got, got_unit, reason in rows:
        counted = PEOPLE_UNIT in (got_unit or goal_unit or "")
        if counted and goal is not None and got is not None and got < goal and comparison in _SHORT_OF and form_id not in found:
            detail = f"{row}：目标 {target}，实际 {actual}" if zh else f"{row}: target {target}, actual {actual}"
            found[form_id] = AnswerRecord(form_id, name, year, detail + (f"（{reason}）" if reason else ""))
    for form_id, name, year, outcome in run_select(store, "SELECT form_id, project_name, year, outcome FROM forms ORDER BY form_id").rows:
        said = _admitted(outcome) or _admitted(" 。".join(r[11] or "" for r in rows if r[0] == form_id))
        if said and form_id not in found:
            found[form_id] = AnswerRecord(form_id, name, year, said)
    records = sorted(found.values(), key=lambda record: record.form_id)
    head = "实际人数少于计划（指标实际值低于目标值，或文本写明未达预期）的项目" if zh else \
        "forms with fewer people than planned (a row of people below its target, or text admitting it)"
    count = f"{len(records)} 个项目" if zh else f"{len(records)} form{'s' if len(records) != 1 else ''}"
    lines = [f"· {r.project_name}：{r.detail}" if zh else f"· {r.project_name}: {r.detail}" for r in records]
    text = (head + ("：" if zh else ": ") + count + "\n" + "\n".join(lines)) if records else (
        "没有项目的实际人数少于计划。" if zh else "No form has fewer people than planned.")
    return Answer(question=question, interpretation=f"{head} · {count}", text=text, kind="search", records=records)
