"""Helpers of the rule-based reader: what recognisers found, name variants, numbers and units."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import vocabulary as vocab
from assistant.question_text import EN_NUMBERS
from assistant.admin_names import admin_variants as _admin_variants
from assistant.recognise import cn_number
from assistant.rules_query import Query


@dataclass
class _Mention:
    start: int
    end: int
    name: str


@dataclass
class _State:
    """What the recognisers found, before deciding what the question asks."""

    structured: bool = False
    categorical: bool = False
    codes: list[str] = field(default_factory=list)
    severities: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    name_fragments: list[str] = field(default_factory=list)
    exact_names: list[str] = field(default_factory=list)
    exact_only: bool = False
    indicator_class: bool = False
    indicator_word: bool = False
    limit: int | None = None
    soft_limit: tuple[int, int, int] | None = None
    sort_requested: bool = False
    sort_desc: bool | None = None
    group_by: str | None = None
    group_pick: bool = False
    superlative: bool = False
    superlative_desc: bool | None = None
    superlative_at: int = -1
    aggregate: str | None = None
    aggregate_word: str | None = None
    sum_prefix: bool = False
    lookup_cue: bool = False
    wording: bool = False
    measure_word: str | None = None
    range_fields: list[str] = field(default_factory=list)
    full_marks: bool = False
    saying: bool = False  # the question asks which forms say a clause (taken whole: it is text, not conditions)
    said: str = ""  # that clause, when the question gives one


def _inherit(previous: Query, question: str, lang: str) -> Query:
    """A copy of the previous query to refine, labels kept so the interpretation shows the whole chain."""
    inherited = Query.from_dict(previous.to_dict())
    inherited.question = question
    inherited.lang = lang
    inherited.follow_up = True
    return inherited


def _places(name: str) -> list[str]:
    """The place names leading an official name, with and without their level: 浦江镇 and 浦江 from 上海市闵行区浦江镇…."""
    places = []
    for match in re.finditer(r"[\u4e00-\u9fff]{2,6}?(?:省|市|区|县|镇|街道|乡)", name):
        places += [match.group(0), re.sub(r"(省|市|区|县|镇|街道|乡)$", "", match.group(0))]
        if match.end() >= len(name) - 3:
            break
    return [place for place in places if len(place) >= 2]


def _generic(fragment: str, places: set[str]) -> bool:
    """Fragments of names that say nothing about which project: 经费, 项目, 工程, the store's place names and the like."""
    core = re.sub(r"[（）()“”\s]", "", fragment)
    return len(core) < 2 or core in places or core in {
        "经费", "项目", "工程", "费用", "活动", "中心", "服务", "建设", "工作", "管理", "的项目", "项目的", "经费的", "的经费",
        "服务费", "运维", "镇的", "质保", "新址"}


def _halves(token: str) -> list[str]:
    return [token[:2], token[-2:]] if len(token) >= 4 else []


def _to_number(raw: str) -> float | None:
    if re.fullmatch(r"\d+(?:\.\d+)?", raw):
        return float(raw)
    if raw in EN_NUMBERS:
        return float(EN_NUMBERS[raw])
    return cn_number(raw)


def _unit_kind(unit_word: str | None) -> str | None:
    if unit_word is None:
        return None
    if unit_word in ("%", "percent", "pct", "个百分点", "成"):
        return "percent"
    if unit_word in ("分", "point", "points", "pts"):
        return "score"
    return "amount"


def _scale(number: float, unit_word: str | None, field_name: str) -> float:
    """A typed number in the store's units: amounts in 万元, rates in percent."""
    if unit_word == "成":
        return number * 10
    if field_name in vocab.AMOUNT_FIELDS:
        factor = {"元": 1e-4, "块": 1e-4, "块钱": 1e-4, "yuan": 1e-4, "千元": 0.1, "thousand": 0.1, "k": 0.1,
                  "million": 100.0, "mn": 100.0, "m": 100.0, "亿": 1e4, "亿元": 1e4}.get(unit_word or "", 1.0)
        return round(number * factor, 6)
    return number


def _focus_field(fields: list[_Mention], state: _State) -> str | None:
    """The figure the question is about: a field word not used up by a condition, else the last one named."""
    unused = [m.name for m in fields if m.name not in state.range_fields and m.name != "year"]
    if unused:
        return unused[0]
    named = [m.name for m in fields if m.name != "year"]
    return named[-1] if named and (state.superlative or state.aggregate or state.group_by or state.sort_requested) else None


def _default_superlative_field(text: str) -> str:
    if re.search(r"贵|钱|money|expensive|costly", text):
        return "annual_budget"
    return "total_score"


def question_for_search(text: str, lang: str) -> str:
    """The text sent to hybrid search: the question, with the Chinese the forms use added for English words.

    Args:
        text: the narrative part of the question.
        lang: "zh" or "en".

    Returns:
        The search text.
    """
    from index.glossary import expand_english

    return expand_english(text) if lang == "en" else text


def _glossary_term(phrase: str) -> str | None:
    phrase = phrase.lower().strip()
    phrase = re.sub(r"^(the|a|an)\s+", "", phrase)
    return vocab.GLOSSARY_EN.get(phrase)
