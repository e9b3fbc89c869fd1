"""An observation about most forms before the question (我看大部分指标都是满分，…; "I've noticed most forms are …"): background, set aside."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import data_files

# Token kinds that say which figure of a form or row a comparison is of.
_FIELDS = frozenset({"field", "weak_field", "class", "class_part", "row_measure"})
# A clause or sentence that asks: a question word, a request to list or count, a question mark.
_ASKS = re.compile(r"(?:哪|多少|啥|什么|谁|怎么|咋|为何)|吗|么|呢|是否|是不是|有没有|如何|列出|[?？]"
                   r"|\b(?:which|what|how|who|is there|are there)\b|^\s*(?:list|show|give|tell me|count|name)\b", re.I)
# A question that points back at what was observed (其中, those, them): the observation is its set, not background.
_POINTS_BACK = re.compile(r"其中|其余|它们|它|这些|那些|上述|\b(?:of them|those|these|they|them|the others|the rest)\b", re.I)
# Words only and just make a statement a condition however it is worded.
_ONLY = re.compile(r"只有一|仅有|唯一|\b(?:only|just one)\b", re.I)
# An observation ending on a noun phrase (大部分预算没花完的项目，有哪些？) is the question's subject, not a statement.
_NOUN_END = re.compile(r"的(?:项目|表|那些|那几个|那几张|指标)\s*$")
# The words a Chinese asking clause is made of apart from what it asks about.
_ASK_GLUE = re.compile(r"有没有|是不是|哪些|哪几个|哪几张|哪个|哪张|哪一|几个|多少|什么|的|是|有|吗|呢|那|都|还|[？?，,。\s]")


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The rows of assistant/data/observations.tsv by (language, role), each one pattern."""
    parts = data_files.role_patterns("observations.tsv", ("most", "observer", "contrast", "few"))
    return {(lang, role): re.compile(rf"(?<![a-z'])(?:{body})(?![a-z'])" if lang == "en" else f"(?:{body})", re.I)
            for (lang, role), body in parts.items()}


def _p(lang: str, role: str) -> re.Pattern:
    return _patterns().get((lang, role), re.compile("(?!)"))


def _observes(stretch: str, lang: str) -> bool:
    """Whether a stretch is an observation of most forms: opened (after an observer's words) by a word for most,
    asking nothing, saying no only, not a noun phrase the question goes on to ask about."""
    text = stretch.strip(" ，,。.；;")
    opening = _p(lang, "observer").match(text)
    rest = text[opening.end():].lstrip(" ,，") if opening else text  # "From what I can see": no question word
    if not rest or _ASKS.search(rest) or _ONLY.search(rest) or (lang == "zh" and _NOUN_END.search(rest)):
        return False
    most = _p(lang, "most").search(rest[:12] if lang == "zh" else rest[:40])
    return most is not None and (lang == "en" or most.start() <= 2)


def _goes_on(stretch: str, lang: str) -> bool:
    """Whether a stretch goes on with the observation (但有几个…, "but a few seem to …"): a contrast, then a few forms."""
    text = stretch.strip(" ，,。.；;")
    contrast = _p(lang, "contrast").match(text)
    return bool(contrast) and not _ASKS.search(text) and bool(_p(lang, "few").search(text[contrast.end():][:20]))


def _asks_itself(asking: str, lang: str) -> bool:
    """Whether what is left asks a question of its own: it asks, points back at nothing, and says more than 有哪些."""
    if not _ASKS.search(asking) or _POINTS_BACK.search(asking):
        return False
    if lang == "zh":
        return len(re.findall(r"[\u4e00-\u9fff]", _ASK_GLUE.sub("", asking))) >= 3
    return len(re.findall(r"[A-Za-z\u4e00-\u9fff]+", asking)) >= 4


def _leans_on(observation: str, rest: str, tokens: Callable[[str], list] | None) -> bool:
    """Whether the rest compares a figure with no field of its own, the observation giving it (几乎每张表的满意度目标都是
    90%，有没有高于90%的表？): then the observation is the question's subject, kept."""
    if tokens is None or not re.search(r"\d", rest):
        return False
    fields = lambda text: {t.kind for t in tokens(text)} & _FIELDS  # noqa: E731
    return not fields(rest) and bool(fields(observation))


def _subject(observation: str, tokens: Callable[[str], list]) -> str:
    """The stretch of an observation from its first field word to its last (满意度目标), when nothing else lies between."""
    said = [t for t in tokens(observation) if t.kind in _FIELDS]
    stretch = observation[min(t.start for t in said):max(t.end for t in said)] if said else ""
    return stretch if stretch and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", stretch) else ""


def without_observed(question: str, tokens: Callable[[str], list] | None = None) -> tuple[str, list[str]]:
    """The question without an opening observation about most forms, and the observation (named on the answer).

    我看大部分指标都是满分，有没有哪个项目的某个指标被扣了分？ asks about the rows that lost points, whatever most
    rows did; "I've noticed most forms are implemented by X, but a few seem to belong to a different office. Which
    projects list Y as the implementing unit?" asks about Y alone. A clause going on with a contrast about a few
    forms (但有几个…, but a few …) is part of the observation. Nothing is taken off when the rest points back at it
    (其中, those), asks nothing of its own (…，有哪些？) or the observation says only.

    Args:
        question: the question after courtesies were read.
        tokens: the recogniser's tokens of a stretch, to keep an observation the rest leans on for its field; None: not checked.

    Returns:
        (question, remarks), e.g. ("有没有哪个项目的某个指标被扣了分？", ["我看大部分指标都是满分"]).
    """
    lang = "zh" if re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"[（(][^（）()]*[)）]", "", question)) and not re.search(
        r"[A-Za-z]{3,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}", question) else "en"
    cut = r"(?<=[，,；;。])" if lang == "zh" else r"(?<=[.;!])\s+|(?<=,)\s*"
    pieces = [piece for piece in re.split(cut, question) if piece]
    if len(pieces) > 2 and _p(lang, "observer").fullmatch(pieces[0].strip(" ，,")):
        pieces = [pieces[0] + pieces[1]] + pieces[2:]  # 我翻了一下，几乎每张表…: the opening is the observation's
    if len(pieces) < 2 or not _observes(pieces[0], lang):
        return question, []
    taken = 1
    while taken < len(pieces) - 1 and _goes_on(pieces[taken], lang):
        taken += 1
    if lang == "en":  # an English observation runs to its sentence's end ("…, as far as I can tell.")
        while taken < len(pieces) - 1 and not re.search(r"[.;!]\s*$", pieces[taken - 1]) and not _ASKS.search(pieces[taken]):
            taken += 1
        if not re.search(r"[.;!]\s*$", pieces[taken - 1]):
            return question, []
    rest = ("" if lang == "zh" else " ").join(piece.strip() for piece in pieces[taken:]).strip()
    if not _asks_itself(rest, lang):
        return question, []
    if _leans_on("".join(pieces[:taken]), rest, tokens):
        subject = _subject("".join(pieces[:taken]), tokens) if lang == "zh" else ""
        if not subject:
            return question, []
        rest = subject + rest  # 满意度目标有没有高于90%的表？: the field the observation gives, the question's
    said = "".join(pieces[:taken]) if lang == "zh" else " ".join(piece.strip() for piece in pieces[:taken])
    return rest, [said.strip(" ，,。.；;")]
