"""The last two answers taken together (两批放一起, put both lists together), the last answer with forms named added
(把社工也算进来, add 社工 to them — how many now?), or the answer before a one-form answer (这几个 after "the largest one"):
the rest of the question read over those forms."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

_ROLES = ("two", "join", "add_before", "add_after", "add_verb", "not_adding", "listed", "pointer", "filler", "plural")


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], list[str]]:
    """(lang, role) → words of assistant/data/batches.tsv, longest first.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return data_files.role_words("batches.tsv", _ROLES)


def _any(lang: str, role: str) -> str:
    return "|".join(map(re.escape, _words().get((lang, role), [])))


# A clause: up to the first comma, colon, dash or question mark.
_CLAUSE = re.compile(r"^(?P<clause>[^，,：:；;—？?。]+?)\s*(?:[，,：:；;？?。]|\.\s|—+|\s-\s)\s*(?P<rest>.*)$", re.DOTALL)


def remembered(history: list[list[int]], last_ids: list[int] | None) -> list[list[int]]:
    """The answers' forms so far, the previous answer's added when it is new (at most the last two kept).

    Args:
        history: the forms of earlier answers, oldest first.
        last_ids: the previous answer's forms; None at the start of a conversation (the history is forgotten).

    Returns:
        The history to keep.
    """
    if last_ids is None:
        return []
    if history and history[-1] == list(last_ids):
        return history
    return [*history, list(last_ids)][-2:]


def together(question: str, store, history: list[list[int]], last, last_select, last_ids, forms_read=None):
    """The question over the last two answers' forms, or the last answer's with forms named added, when it says so.

    Args:
        question: the question after the plain rewrites.
        store: the store (names of forms added are looked up over its views).
        history: `remembered` forms of the last answers, oldest first.
        last: the previous rule-based query.
        last_select: the previous Select.
        last_ids: the previous answer's forms.
        forms_read: reads words alone as the forms they pick (信访办的, 人才那两个项目), or None: the forms an adding
            verb (再加上, add) names when no name is said.

    Returns:
        (question, last, last_select, last_ids): the question pointing back and the forms joined with no previous
        reading, when it joins answers or adds forms; else all four as given.
    """
    from assistant.interpret import is_english

    unchanged = (question, last, last_select, last_ids)
    if not last_ids:
        return unchanged
    lang = "en" if is_english(question) else "zh"
    found = _CLAUSE.match(question.strip())
    clause, rest = (found.group("clause"), found.group("rest").strip()) if found else (question.strip(), "")
    joined = None
    if len(history) >= 2 and (both := _both(question.strip(), lang)) is not None:
        joined, rest = list(dict.fromkeys([*history[-2], *history[-1]])), both
    elif added := _added(clause, lang, store, forms_read if rest or (alone := _adds_alone(clause, lang, last_select)) else None):
        joined = list(dict.fromkeys([*last_ids, *added]))
        rest = rest or (_words()[(lang, "listed")][0] if alone else "")  # 再加上信访办的: the forms joined, listed
    if joined is None or not rest.strip(" ，,：:；;—-"):
        return unchanged
    rest = rest.strip(" ，,：:；;—-")
    pointer = _words()[(lang, "pointer")][0]
    return f"{pointer} {rest}" if lang == "en" else f"{pointer}{rest}", None, None, joined


def _both(question: str, lang: str) -> str | None:
    """The question without its words taking the last two answers together (这两批加起来, put both lists together),
    or None when it has none: a word for the two answers and a verb joining them, next to each other either way."""
    two, join = _any(lang, "two"), _any(lang, "join")
    lead = r"(?:把|将)?(?:这|那|上面|前面|刚才)?(?:的)?" if lang == "zh" else r"(?:\b(?:and|so|ok|okay|now|then)[, ]+)?"
    gap = r"(?:的?项目|的?结果|的?表)?(?:都|一起)?" if lang == "zh" else r"\s+(?:of\s+)?(?:them\s+)?"
    boundary = "" if lang == "zh" else r"\b"
    patterns = [rf"{lead}{boundary}(?:{two}){boundary}{gap}(?:{join}){boundary}",
                rf"{lead}{boundary}(?:{join}){boundary}{gap}(?:{two}){boundary}(?:\s+together)?"]
    for pattern in patterns if lang == "zh" else patterns[::-1]:  # put both lists together: the verb first
        found = re.search(pattern, question, re.IGNORECASE)
        if found:
            return (question[:found.start()] + " " + question[found.end():]).strip()
    return None


def _added(clause: str, lang: str, store, forms_read=None) -> list[int]:
    """The forms a clause adds (把社工也算进来, add 社工 to them): named in full, or by the start or a part of one name."""
    flags = re.IGNORECASE
    before = re.match(rf"^(?:(?:and|so|ok|okay|now|then)[, ]+)*(?:{_any(lang, 'add_before')})\s*(?P<name>.+?)\s*"
                      rf"(?:{_any(lang, 'add_after')})?\s*$", clause.strip(), flags)
    after = re.match(rf"^(?:{_any(lang, 'add_before')})?\s*(?P<name>.+?)\s*(?:{_any(lang, 'add_after')})\s*$", clause.strip(), flags)
    if before is None and after is None:
        return []
    said = (before or after).group("name").strip().strip("“”\"'‘’「」")
    name = said
    for _ in range(3):  # 不带括号的“社工”那个项目: the fillers around the quoted name
        name = re.sub(rf"^(?:{_any(lang, 'filler')})\s*|\s*(?:{_any(lang, 'filler')})$", "", name, flags=flags).strip("“”\"'‘’「」 ")
    named = _forms_named(store, name)
    if named or forms_read is None or not _adding(clause, lang):
        return named
    return forms_read(said)  # 再加上人才那两个项目, add the two talent projects: the forms the words pick


def _adding(clause: str, lang: str) -> bool:
    """Whether a clause says a verb of adding (再加上, 也算进来, add, include), not only 把 before a name."""
    bound = r"\b" if lang == "en" else ""
    if _any(lang, "not_adding") and re.search(rf"{bound}(?:{_any(lang, 'not_adding')}){bound}", clause, re.IGNORECASE):
        return False  # add up their budgets, 加起来: a sum, no forms added
    return re.search(rf"{bound}(?:{_any(lang, 'add_verb')}){bound}", clause, re.IGNORECASE) is not None


def _adds_alone(clause: str, lang: str, last_select) -> bool:
    """Whether a clause saying nothing after it adds forms by a verb of adding to a list (再加上信访办的): the forms
    joined asked. After a statistic, or closed as a question (加上信访办呢), it asks the statistic again: exclusion's."""
    if re.search(r"[呢吗？?]\s*$", clause.strip()) or (last_select is not None and last_select.aggregate is not None):
        return False
    return _adding(clause, lang)


def _forms_named(store, name: str) -> list[int]:
    """The forms a name picks: the one so named, else the ones whose name starts with it, else the one holding it."""
    from store.readonly_sql import run_select

    if store is None or len(name) < 2 or "'" in name:
        return []
    rows = run_select(store, "SELECT form_id, project_name FROM forms").rows
    for test in (lambda n: n == name, lambda n: n.startswith(name), lambda n: name in n):
        picked = [form_id for form_id, project in rows if test(project)]
        if picked:
            return picked if len(picked) <= 3 else []
    return []


# Chinese: the pointer opens the question (这几个里…, 那这些项目…); a count in it (这两个) must match the set's size.
_ZH_LEAD = r"^(?:那么|那|好的?|嗯|再看|再问一下)?[，,\s]*(?:在|从|把|对于)?"
_COUNTS = {"两": 2, "俩": 2, "三": 3, "仨": 3, "四": 4, "五": 5}


def earlier_set(question: str, history: list[list[int]], last_ids: list[int] | None, last_select=None) -> list[int] | None:
    """The forms of the answer before a one-form answer, when the question points at several forms (这几个里哪些…,
    what's the combined budget of those forms?) and that one form was picked from them (the largest one of a list, the
    one named); a narrowing that happened to leave one form (其中平安办的) is what 它们 then means.

    Args:
        question: the question after the plain rewrites.
        history: `remembered` forms of the last answers, oldest first (the last is the previous answer's).
        last_ids: the previous answer's forms.
        last_select: the previous Select (None when another reader answered it).

    Returns:
        The earlier answer's forms, or None when the question is no plural pointer after a one-form answer.
    """
    from assistant.interpret import is_english

    if not last_ids or len(last_ids) != 1 or len(history) < 2 or history[-1] != list(last_ids) \
            or len(history[-2]) < 2 or last_ids[0] not in history[-2] or not _picked_one(last_select):
        return None
    lang = "en" if is_english(question) else "zh"
    if lang == "zh":
        found = re.match(rf"{_ZH_LEAD}(?P<pointer>{_any('zh', 'plural')})", question.strip())
        if found is None:
            return None
        said = next((n for word, n in _COUNTS.items() if word in found.group("pointer")), None)
        return None if said is not None and said != len(history[-2]) else list(history[-2])
    # English: the pointer not followed by a name of its own ("those 信访办 projects" names its forms)
    found = re.search(rf"\b(?:{_any('en', 'plural')})\b(?!\s+(?:\S*[\u4e00-\u9fff]|[A-Z]))", question)
    return None if found is None else list(history[-2])


def _picked_one(select) -> bool:
    """Whether the previous question asked for one form: a top one (the largest, 执行率最高的) or a form by its name."""
    from assistant import model as m

    if select is None or select.limit == 1:
        return True
    items = list(select.where.items) if isinstance(select.where, m.And) else [select.where]
    return any(isinstance(c, m.Text) and c.field.name == "project_name" and c.mode == "equals" for c in items)
