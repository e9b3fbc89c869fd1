"""A follow-up pointing at members of the previous answer (带平安办的那个, 杜行的两个, 执行率更高的那个, the one with 平安办
in its name, the two 平安办 ones, the one with the lower rate): said of the previous answer's forms, never of all forms."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], list[str]]:
    """(lang, role) → words of assistant/data/member_pointers.tsv, longest first.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return data_files.role_words("member_pointers.tsv", ("lead", "count", "classifier", "name", "comparative", "adjective", "higher", "own"))


def _any(lang: str, role: str) -> str:
    return "|".join(map(re.escape, _words().get((lang, role), [])))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """The pointers: a Chinese one closing the question's first phrase (…的那个, …那两个, …的两个), an English one
    (the one with X in its name, the two X ones, the X one), a comparative before either, a lead already pointing back."""
    comparatives = dict(pair.split(":") for pair in _words()[("en", "comparative")])
    return {
        "zh": re.compile(rf"^(?P<part>[^，,。？?、；;\s]{{1,24}}?)(?:的那|那|的)(?:{_any('zh', 'count')})?(?:{_any('zh', 'classifier')})"
                         rf"(?![\u4e00-\u9fff]*(?:项目|表)?(?:里|中|当中|之中)[，,])"),
        "zh_comparative": re.compile(rf"(?P<field>[^，,。？?、；;\s的]{{1,12}}?)(?:{_any('zh', 'comparative')})(?P<adjective>{_any('zh', 'adjective')})"
                                     rf"(?:一些|一点|些)?的那(?:一)?(?:{_any('zh', 'classifier')})"),
        "en": re.compile(rf"\bthe (?:(?:two|three|four|five|\d+) )?(?:(?:{_any('en', 'name')}) )?(?P<part>[^,;?—\-]{{1,40}}?)"
                         rf"(?: in (?:its|their|the) names?)? ones?\b|\bthe ones? (?:(?:{_any('en', 'name')}) )(?P<after>[^,;?—\-]{{1,40}}?)"
                         rf"(?: in (?:its|their|the) names?)?\s*(?=[,;?—\-]|$)", re.IGNORECASE),
        "en_comparative": re.compile(rf"\bthe one (?:with|that has|having) (?:the |a )?(?P<adjective>{'|'.join(comparatives)})\s+"
                                     rf"(?P<field>[a-z][a-z\- ]{{0,30}}?)(?=\s*(?:[,;?—]|\s-\s|$))", re.IGNORECASE),
        "lead_zh": re.compile(rf"^(?:那|那么|好的?|嗯|OK)?[，,]?(?:{_any('zh', 'lead')})"),
        "lead_en": re.compile(rf"^(?:(?:and|so|ok|okay|now|then)[, ]+)*(?:{_any('en', 'lead')})\b", re.IGNORECASE),
    }


def of_previous(question: str, store, previous_ids: list[int] | None) -> str:
    """The question said of the previous answer's forms when it points at members of them: the members a name part
    picks named in full (带平安办的那个，执行率是多少？ → 鲁汇…（平安办）的执行率是多少？; the two 平安办 ones → A and B),
    and the one a comparative picks (执行率更高的那个, the one with the lower rate) named too, or else read as the end
    of the previous forms that way. A name part no previous form's name holds is a new topic, left as it is.

    Args:
        question: the question after the plain rewrites.
        store: the store (the previous forms' names and figures are read over its views).
        previous_ids: the previous answer's forms; None or empty at the start of a conversation.

    Returns:
        The question, pointed at the previous forms; unchanged when it points at none of them.
    """
    previous = _named(store, previous_ids)
    if previous and len(previous) == _form_count(store):
        previous = {}  # the last answer held every form: pointing at its members narrows nothing, a new topic
    english = question.isascii() or bool(re.search(r"\b(?:the|of|which|what|how)\b", question, re.IGNORECASE))
    if not previous:
        return _own(question, previous, english)  # 信访办那几个项目 opening a conversation: those are its own forms
    patterns = _patterns()
    stripped = question.strip()
    compared = patterns["en_comparative" if english else "zh_comparative"].search(stripped)
    if compared is not None:
        picked = _ranked(store, previous, compared.group("field"), compared.group("adjective").lower(), english)
        if picked is None:
            return stripped if patterns["lead_en" if english else "lead_zh"].search(stripped) else _pointed(_superlative(stripped, english), english)
        return _named_instead(stripped, compared, [picked], english)
    if patterns["lead_en" if english else "lead_zh"].search(stripped):
        return question
    found = patterns["en" if english else "zh"].search(stripped)
    if found is None:
        return _own(question, previous, english)
    part = _name_part((found.group("after") if english and found.group("part") is None else found.group("part")) or "", english)
    members = [name for name in previous.values() if len(part) >= 2 and part.lower() in name.lower()]
    return _named_instead(stripped, found, members, english) if members else _own(question, previous, english)


def _own(question: str, previous: dict[int, str], english: bool) -> str:
    """A demonstrative after a description of its own (信访办那几个项目的…, those 信访办 projects) whose name part no
    previous form holds, read as "the": a new topic, never a follow-up over the previous answer. A count (那三个) is
    left for the count hint, a figure (总分拿到100的那些表中间) for the readers of a scope."""
    if english:
        found = re.search(rf"\b(?P<pointer>{_any('en', 'own')})\s+(?P<part>\S*[\u4e00-\u9fff]\S*)\s+(?:projects|forms|ones)\b",
                          question, re.IGNORECASE)
    else:
        found = re.match(rf"^(?P<part>[^，,。？?、；;\s]{{2,24}}?)的?(?P<pointer>{_any('zh', 'own')})", question.strip())
    if found is None:
        return question
    part = _name_part(found.group("part"), english)
    if len(part) < 2 or re.search(r"\d", part) or any(part.lower() in name.lower() for name in previous.values()) \
            or re.search(rf"^(?:{_any('zh', 'lead')})", part) or re.match(r"(?:把|将)", part):
        return question  # 把没花钱的那几个去掉: the ones of the previous answer to take out of it, no new topic
    if english:
        return question[:found.start()] + "the" + question[found.end("pointer"):]
    stripped = question.strip()
    rest = stripped[found.end():]
    noun = "" if re.match(r"^(?:项目|表)", rest) else "项目"
    return stripped[:found.start("pointer")].rstrip("的") + "的" + noun + rest


def _named(store, form_ids: list[int] | None) -> dict[int, str]:
    """form id → project name of the previous forms, read-only over the views."""
    from store.readonly_sql import run_select

    ids = [int(i) for i in form_ids or []]
    if store is None or not ids:
        return {}
    return dict(run_select(store, f"SELECT form_id, project_name FROM forms WHERE form_id IN ({','.join(map(str, ids))})").rows)


def _form_count(store) -> int:
    """How many forms the store holds, read-only over the views."""
    from store.readonly_sql import run_select

    return int(run_select(store, "SELECT COUNT(*) FROM forms").rows[0][0])


def _ranked(store, previous: dict[int, str], said: str, adjective: str, english: bool) -> str | None:
    """The previous form ahead on the field said before the comparative (执行率更高: the highest rate), or None when
    the field is no column of the forms or two forms tie."""
    from assistant import lexicon
    from store.readonly_sql import ReadOnlySqlError, run_select

    said = said.strip().lower()
    fields = lexicon.load().keys("field")
    phrase = next((p for p in sorted(fields, key=len, reverse=True)
                   if (said.startswith(p.lower()) if english else said.endswith(p))), None)
    info = lexicon.load().fields.get(fields[phrase]) if phrase else None
    if info is None or info.entity != "form" or info.kind not in ("amount", "rate", "score", "count"):
        return None
    highest = adjective in {*_words()[("zh", "higher")], *_words()[("en", "higher")]}
    ids = ",".join(map(str, previous))
    try:
        rows = run_select(store, f"SELECT form_id, {info.name} FROM forms WHERE form_id IN ({ids}) AND {info.name} IS NOT NULL "
                                 f"ORDER BY {info.name} {'DESC' if highest else 'ASC'} LIMIT 2").rows
    except (ReadOnlySqlError, ValueError):
        return None
    if not rows or (len(rows) > 1 and rows[0][1] == rows[1][1]):
        return None
    return previous[rows[0][0]]


def _named_instead(question: str, found: re.Match, names: list[str], english: bool) -> str:
    """The pointer's words replaced by the names it points at (joined by 和 / and); a comma after it dropped."""
    joined = (" and " if english else "和").join(names)
    rest = question[found.end():]
    if not english and found.group(0).endswith(("个", "张", "项", "份")) and re.match(r"^\s*[，,]", rest):
        rest, joined = re.sub(r"^\s*[，,]\s*", "", rest), joined + "的"
    lead = question[:found.start()]
    return lead + joined + rest


def _name_part(part: str, english: bool) -> str:
    """The part of a name a pointer holds: its quotes and the words saying it is in the name taken off."""
    part = part.strip().strip("“”\"'‘’「」")
    if not english:
        part = re.sub(rf"^(?:{_any('zh', 'name')})", "", part)
    return part.strip().strip("“”\"'‘’「」（）()")


def _superlative(question: str, english: bool) -> str:
    """The comparative before a member pointer as the superlative it picks (更高的那个 → 最高的那个)."""
    comparatives = dict(pair.split(":") for pair in _words()[("en", "comparative")])
    if english:
        return _patterns()["en_comparative"].sub(lambda found: found.group(0).replace(
            found.group("adjective"), comparatives[found.group("adjective").lower()]), question)
    return _patterns()["zh_comparative"].sub(lambda found: found.group("field") + "最" + found.group("adjective") + "的那个", question)


def _pointed(question: str, english: bool) -> str:
    """The question opened by a pointer back at the previous forms."""
    if english:
        rest = re.sub(r"^(?:(?:and|so|ok|okay|now|then)[, ]+)+", "", question.strip(), flags=re.IGNORECASE)
        return "Of those, " + rest[:1].lower() + rest[1:]
    return "其中" + re.sub(r"^(?:那么|那|好的|好|嗯)[，,]?", "", question.strip())


def lead_alternation(lang: str) -> str:
    """The words of a language leading a follow-up back to the previous answer's forms (其中, of those), as a pattern.

    Args:
        lang: "zh" or "en".

    Returns:
        The words, escaped and longest first, joined by |.
    """
    return _any(lang, "lead")


def leads() -> frozenset[str]:
    """The words that point back at the previous answer's forms as a whole (其中, 这些, of those, among them)."""
    return frozenset(word.lower() for lang in ("zh", "en") for word in _words()[(lang, "lead")])
