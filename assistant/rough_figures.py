"""A round figure said roughly (指标十几个, 执行率九十几%, twenty-odd indicators, ninety-something percent): any figure in the ten after it, both ends out — a whole-number range for a count; a figure with a plus (2+, 10+个) is a lower bound."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.data_files import rows
from assistant.english_numbers import WORDS

_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_EN_TENS = {word: n for word, n in WORDS.items() if n in (10, 20, 30, 40, 50, 60, 70, 80, 90)}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """The zh and en patterns built from data/rough_figures.tsv."""
    said: dict[tuple[str, str], list[str]] = {}
    for _, (lang, kind, words) in rows("rough_figures.tsv", 3, "lang<TAB>kind<TAB>words"):
        said.setdefault((lang, kind), []).extend(w for w in words.split("|") if w)

    def one_of(lang: str, kind: str) -> str:
        return "|".join(map(re.escape, sorted(said.get((lang, kind), []), key=len, reverse=True)))

    zh = re.compile(rf"(?<![\d一二两三四五六七八九十百千万第])(?P<tens>[一二三四五六七八九]?十)(?:{one_of('zh', 'marker')})"
                    rf"(?:(?P<count>{one_of('zh', 'count')})|(?P<unit>{one_of('zh', 'unit')}))?")
    tens = "|".join(sorted(_EN_TENS, key=len, reverse=True))
    en = re.compile(rf"\b(?P<tens>{tens}|[1-9]0)[- ](?:{one_of('en', 'marker')})\b"
                    rf"(?:\s*(?P<unit>{one_of('en', 'unit')})\b)?(?=(?P<after>(?:\s+[\w-]+){{0,2}}))", re.IGNORECASE)
    plus_en, plus_zh = said.get(("en", "plus"), ["or more"])[0], said.get(("zh", "plus"), ["及以上"])[0]
    return {"zh": zh, "en": en, "en_count": re.compile(rf"\s+(?:[\w-]+\s+)?(?:{one_of('en', 'count')})\b", re.IGNORECASE),
            # a whole figure glued to a plus, then a word (a letter, or a Chinese measure word): at least that figure
            "plus_en": (re.compile(r"(?<![\d.+])(\d+)\+(?=\s+[A-Za-z])"), rf"\1 {plus_en}"),
            "plus_zh": (re.compile(rf"(?<![\d.+])(\d+)\+\s*({one_of('zh', 'count')})"), rf"\1\2{plus_zh}")}


def _zh_tens(said: str) -> int:
    """十 → 10, 二十 → 20, 九十 → 90."""
    return 10 * (_ZH_DIGITS[said[0]] if len(said) == 2 else 1)


def rough_figures(question: str) -> str:
    """The question with each rough round figure written as the range it says.

    Args:
        question: the question after courtesies and asides.

    Returns:
        e.g. "指标有11到19个的项目" for "指标有十几个的项目"; "执行率高于90%且低于100%的项目" for
        "执行率九十几%的项目"; "between 11 and 19 indicators" for "ten-odd indicators"; "more than 90 percent and less
        than 100 percent" for "ninety-something percent"; "2 or more satisfaction indicators" for "2+ satisfaction
        indicators". Unchanged without one.
    """
    patterns = _patterns()

    def zh(found: re.Match) -> str:
        low = _zh_tens(found.group("tens"))
        if found.group("count"):
            return f"{low + 1}到{low + 9}{found.group('count')}"
        unit = found.group("unit") or ""
        return f"高于{low}{unit}且低于{low + 10}{unit}"

    def en(found: re.Match) -> str:
        said = found.group("tens").lower()
        low = int(said) if said.isdigit() else _EN_TENS[said]
        unit = found.group("unit")
        if not unit and patterns["en_count"].match(found.group("after") or ""):
            return f"between {low + 1} and {low + 9}"
        unit = f" {unit}" if unit else ""
        return f"more than {low}{unit} and less than {low + 10}{unit}"

    for pattern, said in (patterns["plus_en"], patterns["plus_zh"]):
        question = pattern.sub(said, question)
    return patterns["en"].sub(en, patterns["zh"].sub(zh, question))
