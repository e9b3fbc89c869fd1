"""An amount asked in a unit other than the forms' 万元 (多少元, 多少亿元, in millions of yuan, 按千元计): read without the
unit, answered in it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import data_files
from .answer import Answer

# A yuan said after ten-thousand is the forms' own unit (万元, "10,000 yuan"), never plain yuan.
_OWN_UNIT = re.compile(r"(?:万|ten[- ]thousand|10,?000|10k)\s*$", re.I)
# The forms' own unit asked anywhere else (Answer in 10k yuan, 以万元计): the answer stays in 万元.
_OWN_ASKED = re.compile(r"(?<![百千])万元|(?<![百千])万块|10k yuan|ten[- ]thousands?(?: of)? yuan|10,?000 yuan|in ten[- ]thousands", re.I)
# A figure said to have been written in yuan (typed in yuan, 按元填的) describes a slip on a form, asks no unit.
_WRITTEN = re.compile(r"(?:\b(?:is|was|are|were|been|typed|entered|recorded|filled|keyed|input|inputted|booked|logged|captured|written|put)"
                      r"(?:\s+(?:down|out|up))?\s*|[填录记写]\S{0,2})$", re.I)


@dataclass(frozen=True)
class Scale:
    """A unit an amount is asked in: as the answer prints it (元, 亿元), its English name, and its factor from 万元."""

    unit: str
    english: str
    factor: float


def _valid(cells: list[str]) -> bool:
    return (cells[0] in ("zh", "en") and len(cells) == 3 and cells[1] in ("ask", "drop")) or (
        cells[0] == "scale" and len(cells) == 5 and re.fullmatch(r"[0-9.]+", cells[3]) is not None)


@lru_cache(maxsize=1)
def _rows() -> tuple[list[tuple[str, str, re.Pattern]], list[tuple[str, Scale]]]:
    """The patterns of assistant/data/asked_scale.tsv in file order, and (word, scale) longest word first."""
    patterns, words = [], []
    for _, cells in data_files.rows("asked_scale.tsv", None, "'zh|en<TAB>ask|drop<TAB>pattern' or "
                                    "'scale<TAB>unit<TAB>English<TAB>factor<TAB>words'", _valid):
        if cells[0] == "scale":
            scale = Scale(cells[1], cells[2], float(cells[3]))
            words += [(word.lower(), scale) for word in cells[4].split("|") if word]
        else:
            patterns.append((cells[0], cells[1], re.compile(cells[2], re.I)))
    return patterns, sorted(words, key=lambda pair: len(pair[0]), reverse=True)


def _scale_of(said: str) -> Scale:
    """The scale the words asking a unit name (亿, millions); plain yuan when they name none."""
    said = said.lower()
    return next((scale for word, scale in _rows()[1] if word in said), Scale("元", "yuan", 10000.0))


def asked_scale(question: str) -> tuple[str, Scale | None]:
    """The question without the words asking its amount in a unit other than 万元, and that unit.

    Args:
        question: the question, courtesies taken off.

    Returns:
        ("社工项目的全年预算是多少？", Scale 元) for "社工项目的全年预算是多少元？", Scale 亿元 for "…多少亿元？";
        (question, None) when none is asked ("多少万元", "in 10,000 yuan" are the forms' own unit).
    """
    text, asked = question, []
    for lang, role, pattern in _rows()[0]:
        def replace(match: re.Match) -> str:
            said = match.group(0)
            if _OWN_UNIT.search(text[:match.start()] + said[:max(0, said.lower().find("yuan"))]) \
                    or _WRITTEN.search(text[:match.start()].rstrip(" ,;:")):
                return said
            asked.append(_scale_of(said))
            return match.group(1) if role == "ask" and lang == "zh" else ("how much" if role == "ask" else
                                                                      (" " if lang == "en" else ""))
        text = pattern.sub(replace, text)
    if not asked or len(set(asked)) > 1 or _OWN_ASKED.search(text):
        return question, None
    return re.sub(r"\s+([?.,!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(), asked[0]


def asked_in_yuan(question: str) -> tuple[str, bool]:
    """The question without the words asking its amount in another unit, and whether there were any (asked_scale).

    Args:
        question: the question, courtesies taken off.

    Returns:
        (question without those words, True), or (question, False).
    """
    text, scale = asked_scale(question)
    return text, scale is not None


def _shown(value: float) -> str:
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def in_scale(answer: Answer, scale: Scale, lang: str) -> Answer:
    """An answer in 万元 (or 万元 per something) restated in the unit asked; any other answer says it was not applied.

    Args:
        answer: the answer read without the unit's words.
        scale: the unit asked (asked_scale).
        lang: "zh" or "en".

    Returns:
        The answer with `value` × the factor, its unit, and a first line in that unit; or with a line naming the unit unread.
    """
    zh = lang != "en"
    if answer.kind == "unknown":
        return answer
    if answer.value is not None and answer.unit is not None and re.fullmatch(r"万元(/.+)?", answer.unit):
        value = round(answer.value * scale.factor, 2 if scale.factor >= 1 else 8)
        per = answer.unit[2:]
        how = f"× {scale.factor:,.0f}" if scale.factor >= 1 else f"÷ {1 / scale.factor:,.0f}"
        name = scale.unit if zh else scale.english
        answer.text = (f"{_shown(value)} {name}{per}（{_shown(answer.value)} 万元{per} {how}）\n" if zh else
                       f"{_shown(value)} {name}{per} ({_shown(answer.value)} 万元{per} {how})\n") + answer.text
        answer.value, answer.unit = value, scale.unit + per
        return answer
    answer.text += (f"\n未换算成{scale.unit}：答案不是一个以万元计的金额。" if zh else
                    f"\nnot converted to {scale.english}: the answer is not one amount in 万元.")
    return answer
