"""A form named exactly (名称就叫“社工”, called just X, X (not Y), 括号里写着“信”): the bare name or tag for the readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from assistant.data_files import role_patterns

_TAG = re.compile(r"[（(]([^（）()]{1,12})[）)]$")
QUOTES = "“”\"'‘’「」『』"  # quotes that may wrap a name said


@dataclass
class Said:
    """A question with its exact names said plainly, and the exclusions that name equality already made."""

    text: str
    excluded: list[str] = field(default_factory=list)


@cache
def _words() -> dict[tuple[str, str], str]:
    """The patterns of assistant/data/exact_names.tsv by (language, role), the rows of one role joined as alternatives."""
    return role_patterns("exact_names.tsv", ("frame", "after", "not", "other_noun", "tag", "tag_said"))


def untagged(name: str) -> str:
    """A stored name without the bracketed tag it ends with (社工点经费（平安办） → 社工点经费).

    Args:
        name: a project name.

    Returns:
        The name before its tag; the name itself when it has none.
    """
    return _TAG.sub("", name).strip() or name


def exact_spellings(names: list[str]) -> dict[str, str]:
    """Each way of saying one form's whole name: the stored name, and the name without its tag when no other form
    has it (维稳经费 for 维稳经费（信）), mapped to the stored name.

    Args:
        names: the stored project names.

    Returns:
        spelling → stored name, the longest spelling first.
    """
    found = {name: name for name in names}
    bases: dict[str, list[str]] = {}
    for name in names:
        bases.setdefault(untagged(name), []).append(name)
    for base, owners in bases.items():
        if len(owners) == 1 and base not in found:
            found[base] = owners[0]
    return dict(sorted(found.items(), key=lambda item: len(item[0]), reverse=True))


def _continued(spelling: str, spellings: dict[str, str]) -> str:
    """The characters that continue a spelling into a longer stored name (点 after 社工 of 社工点经费)."""
    return "".join({other[at + len(spelling)] for other in spellings for at in [other.find(spelling)]
                    if at >= 0 and len(other) > at + len(spelling)})


def _quoted(spelling: str, continued: str = "") -> str:
    """A pattern of a spelling, optionally in quotes, never the start of a longer name (社工 of 社工点经费)."""
    tail = f"(?![{re.escape(continued)}])" if continued else ""
    return rf"[{QUOTES}]?\s*{re.escape(spelling)}{tail}\s*[{QUOTES}]?"


def _framed(text: str, spellings: dict[str, str], lang: str) -> str:
    """The text with each frame that says a name is exactly that (名称就叫“X”, called just X) left as the bare name."""
    frame, after = _words().get((lang, "frame"), ""), _words().get((lang, "after"), "")
    if not frame:
        return text
    flags = re.I if lang == "en" else 0
    for spelling in spellings:
        if spelling not in text:
            continue
        pattern = rf"(?:{frame})\s*{_quoted(spelling, _continued(spelling, spellings))}(?:\s*(?:{after}))?"
        text = re.sub(pattern, lambda found: spelling + (" " if found.group(0)[-1].isspace() else ""), text, flags=flags)
        if after:  # “社工”两个字, 社工 itself: only insisting on the whole name
            text = re.sub(rf"[{QUOTES}]{re.escape(spelling)}[{QUOTES}]\s*(?:{after})", spelling, text, flags=flags)
            text = re.sub(rf"(?<![\w\u4e00-\u9fff]){re.escape(spelling)}\s+(?:{after})\b" if lang == "en"
                          else rf"{re.escape(spelling)}(?:{after})", spelling, text, flags=flags)
    return re.sub(r"\s{2,}", " ", text)


def _others(text: str, spellings: dict[str, str], names: list[str], lang: str) -> tuple[str, list[str]]:
    """The text without an exclusion of a form whose name holds a whole name said before it (社工（不是社工点经费）,
    社工 itself (not the 社工点 one)): name equality leaves that form out already. Returns the text and the forms."""
    negator, noun = _words().get((lang, "not"), ""), _words().get((lang, "other_noun"), "")
    if not negator:
        return text, []
    flags = re.I if lang == "en" else 0
    excluded: list[str] = []
    fragment = r"[\u4e00-\u9fffA-Za-z0-9（）()]+?" if lang == "zh" else r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9（）]*?"
    clause = re.compile(
        rf"(?P<open>[（(][^（）()，,]{{0,20}}[，,]?|[，,；;])\s*(?:{negator})\s*(?:the\s+)?[{QUOTES}]?(?P<other>{fragment})[{QUOTES}]?"
        rf"\s*(?:的)?\s*(?:{noun})?\s*(?P<close>[)）]|(?=[，,；;。.？?!！]))", flags)
    for match in list(clause.finditer(text))[::-1]:
        other = match.group("other")
        before = text[:match.start()]
        # the whole name said last before the exclusion, in its clause or the one before (社工这个项目本身，不包括…)
        said = [spelling for spelling in spellings if spelling in before[-24:]]
        holders = [name for name in names if other in name]
        if not said or len(holders) != 1:
            continue
        exact = spellings[said[0]]
        if holders[0] == exact or said[0] not in holders[0]:
            continue  # the form excluded must be another whose name holds this one's
        text = text[:match.start()] + text[match.end():]  # a clause's own comma stays after it
        excluded.append(holders[0])
    return text, excluded[::-1]


def _tags(text: str, names: list[str], lang: str) -> str:
    """The text with a name's bracketed tag said in words (名称后面括号里写着“信”) written as the tag itself (名称带（信）)."""
    words = _words().get((lang, "tag"), "")
    tags = sorted({match.group(1) for name in names if (match := _TAG.search(name))}, key=len, reverse=True)
    if not words or not tags:
        return text
    alternation = "|".join(re.escape(tag) for tag in tags)
    if lang == "zh":
        said = _words().get((lang, "tag_said"), "")
        if said:  # 名称里标着（平安办）: the tag in brackets or quotes after a verb of bearing
            text = re.sub(rf"(?:{said})\s*[{QUOTES}（(]{{1,2}}\s*({alternation})\s*[{QUOTES}）)]{{1,2}}(?:字样|二字|字)?",
                          lambda found: f"名称带（{found.group(1)}）", text)
        return re.sub(rf"(?:{words})\s*[{QUOTES}（(]{{0,2}}\s*({alternation})\s*[{QUOTES}）)]{{0,2}}(?:字样|二字|字)?",
                      lambda found: f"名称带（{found.group(1)}）", text)
    return re.sub(rf"(?<![（(])\b({alternation})\s+(?:{words})", lambda found: f"({found.group(1)})", text, flags=re.I)


_INNER = re.compile(r"[（(][^（）()]{1,12}[）)]")


def _inner_spellings(names: list[str]) -> dict[str, str]:
    """Shorter ways of saying a name whose base holds a bracket of its own (党群中心（南区）规范化建设质保金（党群中心）):
    the base and from the bracket's word on, each with and without the brackets, and the base up to that bracket's end
    as printed (党群中心南区 said bare before 那个质保金 is left to the described-name readers), kept only when no other
    stored name holds it. Returns spelling → stored name, the longest spelling first."""
    found: dict[str, str] = {}
    for name in names:
        base = untagged(name)
        if not (inner := _INNER.search(base)):
            continue
        pieces = {base, base[inner.start():]}
        pieces |= {re.sub(r"[（）()]", "", piece) for piece in pieces} | {base[:inner.end()]}  # up to it: in brackets only
        for piece in pieces:
            bare = re.sub(r"[（）()]", "", piece)
            if len(bare) >= 4 and sum(1 for other in names if piece in other or bare in re.sub(r"[（）()]", "", other)) == 1:
                found[piece] = name
    return dict(sorted(found.items(), key=lambda item: len(item[0]), reverse=True))


def _inner_named(text: str, names: list[str]) -> str:
    """The text with a name whose base holds a bracket of its own (党群中心（南区）规范化建设质保金, 南区规范化建设质保金,
    党群中心（南区） 质保金) written as the whole stored name: the readers would take the bracket for a tag and the rest
    for another part of a name. Characters of the name said right after the spelling are taken in with it."""
    for spelling, name in _inner_spellings(names).items():
        at = text.find(spelling)
        if at < 0 or name in text:
            continue
        end = at + len(spelling)
        while end < len(text) and (text[end] in untagged(name) and text[end] not in "（）()" or (
                text[end] == " " and end + 1 < len(text) and text[end + 1] in untagged(name) and "\u4e00" <= text[end + 1] <= "\u9fff")):
            end += 1
        text = text[:at] + name + text[end:]
    return text


def said_plainly(question: str, names: list[str], lang: str) -> Said:
    """A question with each form it names exactly written as the bare whole name (名称就叫“社工”的那个项目 → 社工的那个
    项目; the project called just 社工 → the project 社工), an exclusion of a longer name holding it taken off, and a
    name's tag said in words written as the tag.

    Args:
        question: the question.
        names: the stored project names.
        lang: "zh" or "en".

    Returns:
        The question said plainly and the forms its exclusions named.
    """
    spellings = {spelling: name for spelling, name in exact_spellings(names).items() if len(spelling) >= 2}
    text = _framed(_inner_named(question, names), spellings, lang)
    text, excluded = _others(text, spellings, names, lang)
    return Said(_tags(text, names, lang).strip(), excluded)
