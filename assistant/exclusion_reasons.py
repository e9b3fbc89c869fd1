"""Reasons the asker gives for leaving a form out ("leave out X, since its figure was typed in yuan"): set aside and named, no condition."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.remarks import asks, pieces

# What an exclusion clause may hold besides its word and still name no form: particles and pronouns for a form.
_OBJECTLESS = re.compile(r"它们|它|这个|那个|这张|那张|这一个|那一个|就|那就|先|也|都|再算|再|了|吧|哈|啊|呀|哦|把|给|\b(?:it|this one|that one|them)\b|[\s。.!！?？]",
                         re.I)
_POINTER = re.compile(r"它们|它|这个|那个|这张|那张|\b(?:it|this one|that one)\b", re.I)
_NAME_KINDS = ("project", "quoted_project", "unit", "tag", "department")
# A reason said beside an exclusion: after it ("…, since its figure was typed in yuan", "，它数据有问题").
# A word of cause may follow the exclusion directly; a pronoun opens a clause of its own, after a comma.
_REASON_OPENS = (r"(?:\s*[,，]?\s*(?<![a-z])(?:since|because|given that|seeing as|considering|as (?=its|it|their|they)|因为|由于|毕竟)"
                 r"|\s*[,，]\s*(?:its|their|it's|it was|it is|they|它(?!们)|其(?![余他中次实])))")


def _exclusion_pattern() -> str:
    from assistant import exclusion

    said = {word for word in exclusion.words() if len(word) > 1} | {"ignore", "disregard", "never mind"}  # imperatives
    return "|".join(sorted((re.escape(word) for word in said), key=len, reverse=True))


def without_reasons(question: str, tokens: Callable[[str], list]) -> tuple[str, list[str]]:
    """The question without the reasons said for leaving a form out, and those reasons (to be named).

    A clause or phrase opened by a cause or a pronoun right after an exclusion ("leave out X, since its executed figure
    was typed in yuan", 户籍档案数字化那个不用管它，它数据有问题) gives the reason, no condition; a clause naming a form
    before an exclusion that names none (那个X的数字明显填错了，就别算进去了) says which form is left out and why: the
    form's name stays for the exclusion, its description is the reason.

    Args:
        question: the question.
        tokens: the recogniser's tokens of a stretch of text.

    Returns:
        (question, reasons).
    """
    cues, reasons = _exclusion_pattern(), []

    def after(match: re.Match) -> str:
        reasons.append(match.group("reason").strip(" ，,"))
        return match.group("head")

    question = re.sub(rf"(?P<head>(?<![a-z])(?:{cues})[^.?!。？！(（]*?)(?P<reason>{_REASON_OPENS}(?![a-z])[^.?!。？！,，()（）]*)",
                      after, question, flags=re.I)
    clauses = pieces(question, r"[，,]\s*|(?<=[。！？!?])\s*")
    for index in range(len(clauses) - 1):
        (before, mark), (clause, _) = clauses[index], clauses[index + 1]
        if not mark.strip() or not re.search(cues, clause, flags=re.I) or re.search(r"\w", _OBJECTLESS.sub("", re.sub(cues, "", clause, flags=re.I))) \
                or asks(before):
            continue
        names = [token.text for token in tokens(before) if token.kind in _NAME_KINDS]
        if not names:
            continue
        reasons.append(before.strip())
        said = "、".join(dict.fromkeys(names))
        pointed = _POINTER.sub(said, clause, count=1) if _POINTER.search(clause) else said + clause
        return question.replace(before + mark + clause, pointed, 1), reasons
    return question, reasons
