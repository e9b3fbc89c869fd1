"""The last two answers taken together (两批放一起, put both lists together) or the last answer with forms named added
(把社工也算进来, add 社工 to them — how many now?): the rest of the question read over those forms."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

_ROLES = ("two", "join", "add_before", "add_after", "pointer", "filler")


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
_CLAUSE = re.compile(r"^(?P<clause>[^，,：:；;—？?]+?)\s*(?:[，,：:；;？?]|—+|\s-\s)\s*(?P<rest>.*)$", re.DOTALL)


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


def together(question: str, store, history: list[list[int]], last, last_select, last_ids):
    """The question over the last two answers' forms, or the last answer's with forms named added, when it says so.

    Args:
        question: the question after the plain rewrites.
        store: the store (names of forms added are looked up over its views).
        history: `remembered` forms of the last answers, oldest first.
        last: the previous rule-based query.
        last_select: the previous Select.
        last_ids: the previous answer's forms.

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
    elif rest and (added := _added(clause, lang, store)):
        joined = list(dict.fromkeys([*last_ids, *added]))
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


def _added(clause: str, lang: str, store) -> list[int]:
    """The forms a clause adds (把社工也算进来, add 社工 to them): named in full, or by the start or a part of one name."""
    flags = re.IGNORECASE
    before = re.match(rf"^(?:(?:and|so|ok|okay|now|then)[, ]+)*(?:{_any(lang, 'add_before')})\s*(?P<name>.+?)\s*"
                      rf"(?:{_any(lang, 'add_after')})?\s*$", clause.strip(), flags)
    after = re.match(rf"^(?:{_any(lang, 'add_before')})?\s*(?P<name>.+?)\s*(?:{_any(lang, 'add_after')})\s*$", clause.strip(), flags)
    if before is None and after is None:
        return []
    name = (before or after).group("name").strip().strip("“”\"'‘’「」")
    for _ in range(3):  # 不带括号的“社工”那个项目: the fillers around the quoted name
        name = re.sub(rf"^(?:{_any(lang, 'filler')})\s*|\s*(?:{_any(lang, 'filler')})$", "", name, flags=flags).strip("“”\"'‘’「」 ")
    return _forms_named(store, name)


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
