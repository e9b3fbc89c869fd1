"""The parts of a form a question places its text in: "in their goals or outcomes", 预期目标里, 偏差原因中提到."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from . import data_files
from assistant import evidence_cues, form_nouns

# The snippet fields a restriction can name (index.snippets' fields that are the form's own words).
FIELDS = ("goal", "outcome", "deviation", "indicator")
_EN_BEFORE = r"(?:in|within|under|inside|among|from)\s+(?:the\s+|their\s+|its\s+|a\s+|any\s+|each\s+)?(?:forms?'?s?\s+|projects?'?s?\s+)?"
_EN_JOIN = r"\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*(?:the\s+|their\s+|its\s+|in\s+)*"
_ZH_AFTER = r"(?:里面|里|中|内|部分|那一栏|这一栏|那栏|这栏|一栏|栏目|栏)"
_ZH_SAYING = r"(?:提到|提及|写到|写了|写有|说到|说|谈到|讲到|出现|含有|包含|涉及)"
_EN_SUBJECT = rf"(?:whose|which|what|(?:give|gives|giving|with|has|have|having)\s+(?:a|an|the|their|its|any)|{form_nouns.english()}['’]s?|where\s+(?:the|their|its)|in\s+which\s+(?:the|their|its)|(?:does|do|did)\s+(?:the|their|its))\s+"
# a field phrase is the subject of any verb of saying (evidence_cues.tsv's saying row: states, notes, reports …)
_EN_SAYING = r"\s+(?:mentions?|mentioning|says?|saying|said|talks?|talking|refers?|referring|contains?|containing|speaks?|names?|describes?|that\s+(?:mentions?|says?)|which\s+(?:mentions?|says?))\b"
_ZH_JOIN = r"(?:或者|或是|或|和|及|与|、|还是)"


@dataclass(frozen=True)
class Scope:
    """The fields a question restricts its text to, and where in the question it said so."""

    fields: tuple[str, ...]
    start: int
    end: int


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """phrase → field from assistant/data/text_fields.tsv, read once."""
    phrases: dict[str, str] = {}
    for _, cells in data_files.rows("text_fields.tsv", 2, f"one of {', '.join(FIELDS)} and phrases",
                                     lambda cells: cells[0] in FIELDS):
        for phrase in cells[1].split("|"):
            if phrase.strip():
                phrases[phrase.strip().lower()] = cells[0]
    return phrases


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(English, Chinese) patterns of a run of field phrases in the position of a place."""
    english = "|".join(re.escape(p) for p in sorted(_phrases(), key=len, reverse=True) if p.isascii())
    chinese = "|".join(re.escape(p) for p in sorted(_phrases(), key=len, reverse=True) if not p.isascii())
    run_en = rf"(?:{english})(?:{_EN_JOIN}(?:{english}))*"
    run_zh = rf"(?:{chinese})(?:{_ZH_JOIN}(?:{chinese}))*"
    saying = "|".join(re.escape(verb) for verb in evidence_cues.cues("saying") if verb.isascii())
    return (re.compile(rf"\b(?:{_EN_BEFORE}(?P<run>{run_en})\b|{_EN_SUBJECT}(?P<subject>{run_en})(?:{_EN_SAYING}|\s+(?:{saying})\b))", re.IGNORECASE),
            re.compile(rf"在?(?P<run>{run_zh})(?:{_ZH_AFTER}{_ZH_SAYING}?|{_ZH_SAYING})"))


def read(question: str) -> Scope | None:
    """The text fields a question names as where its words must be said, if it names any.

    Args:
        question: as typed.

    Returns:
        The scope (fields in question order, the span of the phrase), or None when the question names none.
    """
    for pattern in _patterns():
        match = pattern.search(question)
        if match is None:
            continue
        group = "subject" if "subject" in pattern.groupindex and match.group("subject") else "run"
        fields = tuple(dict.fromkeys(_in_order(match.group(group).lower(), _phrases())))
        if fields:
            return Scope(fields, match.start(group), match.end(group))
    return None


def named_fields(question: str) -> tuple[str, ...]:
    """The text fields a question names anywhere (的预期目标把…, whose goal text is …), in the order it names them:
    for questions about a part of the form itself rather than words placed in it.

    Args:
        question: as typed.

    Returns:
        The fields, or () when it names none.
    """
    return tuple(dict.fromkeys(_in_order(question.lower(), _phrases())))


def _in_order(run: str, phrases: dict[str, str]) -> list[str]:
    """The fields of a run of phrases, in the order the run names them, each phrase the longest at its place."""
    fields, at = [], 0
    ordered = sorted(phrases, key=len, reverse=True)
    while at < len(run):
        phrase = next((p for p in ordered if run.startswith(p, at) and (not p.isascii() or not run[at + len(p):at + len(p) + 1].isalpha())), None)
        if phrase is None:
            at += 1
            continue
        fields.append(phrases[phrase])
        at += len(phrase)
    return fields


_LABELS = {"goal": ("年度总体目标", "goal"), "outcome": ("实际完成情况", "outcome"),
           "deviation": ("偏差原因", "deviation reason"), "indicator": ("指标", "indicator rows")}


def label(scope: Scope, lang: str) -> str:
    """The fields of a scope in the user's language (年度总体目标、实际完成情况 / goal, outcome).

    Args:
        scope: from `read`.
        lang: "zh" or "en".

    Returns:
        The names joined.
    """
    names = [_LABELS[field][1 if lang == "en" else 0] for field in scope.fields]
    return ", ".join(names) if lang == "en" else "、".join(names)
