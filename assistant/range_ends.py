"""A range with one end said to count or not (1万到5万（不包括）, 80%（不含）到95%, between 80% and 95% (95% excluded)):
written as its two bounds before reading, since a range is read inclusive at both ends."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files
from .recognise import Token

NUMBER = r"\d+(?:\.\d+)?"
UNIT = r"(?:%|％|分|万元|万|元|个|条)?"


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], str]:
    """(language, excludes|includes|joins) → an alternation of the words of assistant/data/range_ends.tsv."""
    words = {}
    for _, cells in data_files.rows("range_ends.tsv", 3, "'zh|en<TAB>excludes|includes|joins<TAB>word|word…'",
                                     lambda cells: cells[0] in ("zh", "en") and cells[1] in ("excludes", "includes", "joins")):
        words[(cells[0], cells[1])] = "|".join(re.escape(word.strip()) for word in cells[2].split("|") if word.strip())
    return words


def _note_zh(end: str) -> str:
    words = _words()
    return (rf"[（(]\s*(?P<{end}_word>{words[('zh', 'excludes')]}|{words[('zh', 'includes')]})(?:本数|本身)?\s*(?P<{end}_fig>{NUMBER}{UNIT})?\s*[）)]")


def _note_en(end: str) -> str:
    words = _words()
    return (rf"\(\s*(?P<{end}_fig>{NUMBER}\s*{UNIT})?\s*(?P<{end}_word>{words[('en', 'excludes')]}|{words[('en', 'includes')]})\s*\)")


@lru_cache(maxsize=1)
def _ranges() -> tuple[re.Pattern, re.Pattern]:
    """The Chinese and English patterns of a range whose ends may carry a note."""
    chinese = re.compile(
        rf"(?:在|介于)?\s*(?P<low>{NUMBER}{UNIT})\s*(?:{_note_zh('low')})?\s*(?:到|至|~|～|－|-|—)\s*(?P<high>{NUMBER}{UNIT})"
        rf"\s*(?:{_note_zh('high')})?\s*(?:之间|区间|范围内)?\s*(?:{_note_zh('after')})?")
    english = re.compile(
        rf"\bbetween\s+(?P<low>{NUMBER}\s*{UNIT})\s*(?:{_note_en('low')})?\s+and\s+(?P<high>{NUMBER}\s*{UNIT})"
        rf"\s*(?:{_note_en('high')})?\s*(?:,\s*)?(?:{_note_en('after')})?", re.IGNORECASE)
    return chinese, english


# How each language writes a bound: above (strict, inclusive), below (strict, inclusive), and the join.
_BOUND_WORDS = {"zh": ("高于", "不低于", "低于", "不高于", "且"),
                "en": ("more than ", "at least ", "less than ", "at most ", " and ")}


def _value(figure: str) -> float:
    return float(re.match(NUMBER, figure.strip()).group(0))


def _ends(found: re.Match, lang: str) -> tuple[bool, bool] | None:
    """(low end excluded, high end excluded), or None when no note is said or one cannot be placed."""
    excluding = _words()[(lang, "excludes")]
    excluded = {"low": False, "high": False}
    noted = False
    for place in ("low", "high", "after"):
        word = found.group(f"{place}_word")
        if word is None:
            continue
        figure = found.group(f"{place}_fig")
        if place == "after":
            if figure is None:
                return None  # （不包括） after the whole range: which end is not said
            matching = [end for end in ("low", "high") if _value(found.group(end)) == _value(figure)]
            if len(matching) != 1:
                return None
            place = matching[0]
        elif figure is not None and _value(figure) != _value(found.group(place)):
            return None
        excluded[place] = re.fullmatch(excluding, word.lower()) is not None
        noted = True
    return (excluded["low"], excluded["high"]) if noted else None


def range_ends(question: str) -> str:
    """The question with a range whose end is said to count or not written as two bounds.

    Args:
        question: as typed.

    Returns:
        e.g. "结余不低于1万且低于5万的表" for "结余在1万到5万（不包括）之间的表"; "rate more than 80% and at most 95%" for
        "rate between 80% (excluded) and 95%"; the question unchanged when no end is noted or a note cannot be placed.
    """
    for lang, ranged in zip(("zh", "en"), _ranges()):
        def written(found: re.Match, lang: str = lang) -> str:
            ends = _ends(found, lang)
            if ends is None:
                return found.group(0)
            above_strict, above, below_strict, below, joined = _BOUND_WORDS[lang]
            low = (above_strict if ends[0] else above) + found.group("low").strip()
            high = (below_strict if ends[1] else below) + found.group("high").strip()
            return low + joined + high
        question = ranged.sub(written, question)
    return question


def joins(gap: str) -> bool:
    """Whether the words between two figures join them as the two ends of one range (to, through, up to, 到, 至).

    Args:
        gap: the text between the two figures.

    Returns:
        True when the gap, stripped, is one of the range_ends.tsv "joins" words.
    """
    said = gap.strip().lower()
    return any(re.fullmatch(_words()[(lang, "joins")], said) for lang in ("zh", "en"))


def joined(tokens: list[Token], text: str) -> list[Token]:
    """Two figures joined by a range word that no reader spans as a range (from 90 through 99 percent, from a third up
    to a half): written as two bounds, at least the first and at most the second.

    Args:
        tokens: the question's tokens, stop words in.
        text: the question the tokens index.

    Returns:
        The tokens, with ≥ before the first figure and ≤ (the joining operator, or a new one) before the second.
    """
    out = list(tokens)
    k = 0
    while k < len(out):
        low = out[k]
        far = next((j for j in range(k + 1, len(out)) if out[j].kind not in ("stop", "op")), None)
        said = [j for j in range(k - 1, -1, -1) if out[j].kind != "stop"][:1]
        if low.kind != "number" or low.unit in ("year", "count") or far is None or out[far].kind != "number" \
                or out[far].unit in ("year", "count") or (said and out[said[0]].kind == "op") \
                or not (joins(text[low.end:out[far].start]) or _between_and(text, low.start, low.end, out[far].start)):
            k += 1
            continue
        ops = [j for j in range(k + 1, far) if out[j].kind == "op"]
        field_first = said and out[said[0]].kind in ("field", "weak_field")
        if not ops and out[far].start - low.end <= 5 and field_first:
            k += 1
            continue  # rate 50 to 60 percent, 执行率10到20: the range reader takes two figures after their field
        high = out[far]
        counted = next((t for t in out[far + 1:] if t.kind != "stop"), None)
        if high.unit is None and counted is not None and counted.kind in ("noun", "class"):
            k += 1
            continue  # 5 to 10 indicators, between 11 and 19 forms: bare figures counting what follows, read by the count reader
        if low.unit is None and high.unit == "amount" and low.value * high.factor <= high.value:
            out[k] = low = dataclasses.replace(low, value=round(low.value * high.factor, 6), unit="amount", factor=high.factor)  # 2 to 3 million
        after = [j for j in range(far + 1, len(out)) if out[j].kind != "stop"][:2]
        if not field_first and len(after) == 2 and out[after[0]].kind == "op" and out[after[0]].key == "=" \
                and out[after[1]].kind == "field":  # between 500 thousand and 1 million of annual budget: its field first
            field = out[after[1]]
            del out[after[1]], out[after[0]]
            out.insert(k, field)
            k, far = k + 1, far + 1
        if ops:
            out[ops[0]] = dataclasses.replace(out[ops[0]], key="<=")
        else:
            out.insert(far, Token("op", "<=", high.start, high.start, ""))
        out.insert(k, Token("op", ">=", low.start, low.start, ""))
        k = far + 2
    return out


def _between_and(text: str, start: int, end: int, second: int) -> bool:
    """between A and B / 介于A和B: "and" joins the two ends when a word of between opens the range."""
    return re.search(r"(?:\bbetween|介于|在)\s*$", text[:start], re.IGNORECASE) is not None \
        and re.fullmatch(r"\s*(?:and|和|与)\s*", text[end:second], re.IGNORECASE) is not None
