"""The rule-based reader's words for fields, comparisons, aggregates, classes, checks and follow-ups, read from data.

The words live in assistant/data/rules_vocabulary.json (Chinese and English, one list per purpose) so reviewers
can extend them without touching code; this module only restores the shapes the reader matches with.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from index.glossary import GLOSSARY_EN  # noqa: F401  (shared with search's query expansion)

_DATA = json.loads(resources.files("assistant").joinpath("data", "rules_vocabulary.json").read_text(encoding="utf-8"))


def _tuple(name: str) -> tuple:
    return tuple(_DATA[name])


def _pairs(name: str) -> list[tuple]:
    return [tuple(pair) for pair in _DATA[name]]


# Numeric form fields: the words that name them (amount fields are in 万元), and how each is shown: 中文, English, unit.
FIELD_SYNONYMS: dict[str, list[str]] = _DATA["FIELD_SYNONYMS"]


def _with_lexicon(synonyms: dict[str, list[str]]) -> dict[str, list[str]]:
    """The reader's field words with every Chinese alternative of the question lexicon's row of the same field (执行比率
    is 执行率 here too): one row per field, not one list per reader. The lexicon's English rows hold verbs (paid,
    allocated) that this reader, which finds a field's word anywhere in the question, would take for the field."""
    from assistant.lexicon import load

    rows: dict[str, list[str]] = {}
    for phrase, key in load().keys("field").items():
        if re.search(r"[\u4e00-\u9fff]", phrase):
            rows.setdefault(key, []).append(phrase)
    return {key: list(dict.fromkeys([*words, *rows.get(key, [])])) for key, words in synonyms.items()}


FIELD_SYNONYMS = _with_lexicon(FIELD_SYNONYMS)
FIELD_LABELS: dict[str, tuple[str, str, str | None]] = {k: tuple(v) for k, v in _DATA["FIELD_LABELS"].items()}
AMOUNT_FIELDS = set(_DATA["AMOUNT_FIELDS"])
# Text fields users group and filter by; "office" is the tag ending a project name, e.g. （平安办）.
GROUP_FIELD_SYNONYMS: dict[str, list[str]] = _DATA["GROUP_FIELD_SYNONYMS"]
GROUP_LABELS = {k: tuple(v) for k, v in _DATA["GROUP_LABELS"].items()}
GROUP_PREFIXES_ZH = _tuple("GROUP_PREFIXES_ZH")
GROUP_PREFIXES_EN = _tuple("GROUP_PREFIXES_EN")
# Comparison words: Chinese ones before the number, "postfix" ones after it; "*" marks English words after it.
COMPARATORS_ZH_PREFIX: list[tuple[str, str | None]] = _pairs("COMPARATORS_ZH_PREFIX")
COMPARATORS_ZH_POSTFIX: list[tuple[str, str]] = _pairs("COMPARATORS_ZH_POSTFIX")
COMPARATORS_EN: list[tuple[str, str]] = _pairs("COMPARATORS_EN")
# Aggregates, first hit wins; superlatives as (word, descending).
AGGREGATE_WORDS: dict[str, list[str]] = _DATA["AGGREGATE_WORDS"]


def sum_words(reader: str) -> tuple[str, ...]:
    """The words of adding amounts up one reader uses (assistant/data/sum_words.tsv).

    Args:
        reader: "sum" (every reader of a sum) or "together" (only where two or more forms are named or described).

    Returns:
        The phrases of that row, longest first.
    """
    from assistant import data_files

    found = [phrase for _, (who, phrases) in data_files.rows("sum_words.tsv", 2, "a reader (sum, together) and phrases",
                                                             lambda cells: cells[0] in ("sum", "together"))
             if who == reader for phrase in phrases.split("|")]
    return tuple(sorted(dict.fromkeys(found), key=len, reverse=True))


AGGREGATE_WORDS["sum"] = list(dict.fromkeys([*AGGREGATE_WORDS["sum"], *sum_words("sum")]))
SUPERLATIVE_WORDS: list[tuple[str, bool]] = _pairs("SUPERLATIVE_WORDS")
SORT_WORDS_ZH = _tuple("SORT_WORDS_ZH")
SORT_WORDS_EN = _tuple("SORT_WORDS_EN")
DESCENDING_WORDS = _tuple("DESCENDING_WORDS")
ASCENDING_WORDS = _tuple("ASCENDING_WORDS")
# Indicator classes (一级 level1, 二级 level2 labels as printed) with what users type.
INDICATOR_LEVEL1: dict[str, list[str]] = _DATA["INDICATOR_LEVEL1"]
INDICATOR_LEVEL2: dict[str, list[str]] = _DATA["INDICATOR_LEVEL2"]
INDICATOR_WORDS = _tuple("INDICATOR_WORDS")
TARGET_WORDS = _tuple("TARGET_WORDS")
ACTUAL_WORDS = _tuple("ACTUAL_WORDS")
WEIGHT_WORDS = _tuple("WEIGHT_WORDS")  # a row's points asked (社工数量指标分值是多少): its weight
# "How many people / machines …": the unit an indicator row should be measured in; money cues ask for an amount.
MEASURE_UNITS_ZH: dict[str, str] = _DATA["MEASURE_UNITS_ZH"]
MEASURE_UNITS_EN: dict[str, str] = _DATA["MEASURE_UNITS_EN"]
MONEY_CUES = _tuple("MONEY_CUES")
# Check findings by what users call them: (words, finding codes, severities).
CHECK_PHRASES: list[tuple[tuple[str, ...], list[str], list[str]]] = [
    (tuple(words), list(codes), list(severities)) for words, codes, severities in _DATA["CHECK_PHRASES"]]
SEVERITY_LABELS = {k: tuple(v) for k, v in _DATA["SEVERITY_LABELS"].items()}
# Grades as printed (优良中差) and what users type.
GRADE_SYNONYMS: dict[str, list[str]] = _DATA["GRADE_SYNONYMS"]
TAG_PATTERN = re.compile(r"（([^（）]{1,8})）$")
# Follow-up cues: the question refines the previous answer.
FOLLOW_UP_PREFIXES_ZH = _tuple("FOLLOW_UP_PREFIXES_ZH")
FOLLOW_UP_PREFIXES_EN = _tuple("FOLLOW_UP_PREFIXES_EN")
FOLLOW_UP_SUFFIXES = _tuple("FOLLOW_UP_SUFFIXES")
# Words with no content of their own, dropped before deciding whether anything is left to search for.
STOPWORDS_ZH = set(_DATA["STOPWORDS_ZH"])
STOPWORDS_EN = set(_DATA["STOPWORDS_EN"])
# Asking how an indicator was worded; years relative to the newest year in the store.
WORDING_CUES = _tuple("WORDING_CUES")
RELATIVE_YEARS: dict[str, int] = _DATA["RELATIVE_YEARS"]
# Chinese negations that say the same thing (没有达到 = 未达到): a quoted mention matches any of them.
NEGATION_VARIANTS_ZH: list[tuple[str, ...]] = _pairs("NEGATION_VARIANTS_ZH")
