"""Words a reading left over: glue an answer may name and go on without, or a condition it could not read."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from . import data_files

# Figures written in Chinese numerals besides digits (一 is left out: 一下, 一共, 一个 are glue more often than not).
_CHINESE_FIGURES = re.compile(r"[二两三四五六七八九十百千万亿]")


@lru_cache(maxsize=1)
def condition_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of assistant/data/condition_cues.tsv: (English phrases, Chinese phrases), read once.

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    english, chinese = [], []
    for _, cells in data_files.rows("condition_cues.tsv", 2, "'en|zh<TAB>phrase'",
                                     lambda cells: cells[0] in ("en", "zh") and bool(cells[1].strip())):
        (english if cells[0] == "en" else chinese).append(cells[1].strip().lower())
    return tuple(english), tuple(chinese)


def looks_like_condition(words: str) -> bool:
    """Whether left-over words hold a figure or a word conditions are made of (more than, 不, 除, 以上, half).

    Args:
        words: one stretch of the question no recogniser explained.

    Returns:
        True when they may be a condition the reading does not hold.
    """
    lower = words.lower()
    if any(ch.isdigit() for ch in lower) or _CHINESE_FIGURES.search(lower):
        return True
    english, chinese = condition_cues()
    latin = set(re.findall(r"[a-z]+(?:[-'][a-z]+)*", lower))
    spaced = " " + " ".join(re.findall(r"[a-z]+(?:[-'][a-z]+)*", lower)) + " "
    return any((cue in latin) if " " not in cue else (f" {cue} " in spaced) for cue in english) \
        or any(cue in lower for cue in chinese)


def without_units(words: str, units: list[str]) -> str:
    """The words with units of measure taken out (yuan, 万元, pct): a unit alone names no topic.

    Args:
        words: a left-over stretch.
        units: the lexicon's unit words (its scale and percent phrases).

    Returns:
        The stretch without them.
    """
    for unit in sorted(units, key=len, reverse=True):
        pattern = rf"(?<![a-z]){re.escape(unit)}(?![a-z])" if unit.isascii() else re.escape(unit)
        words = re.sub(pattern, " ", words, flags=re.IGNORECASE)
    return words


def only_glue(leftovers: list[str], says: Callable[[str], list[str]]) -> bool:
    """Whether every left-over stretch is glue: no figure, no condition word, and nothing the forms say.

    Args:
        leftovers: the stretches a reading did not use (Reading.ignored).
        says: the words of a stretch the forms' text holds (Chinese) or the glossary knows (English).

    Returns:
        True when answering without them loses no condition and no topic.
    """
    return all(not looks_like_condition(word) and not says(word) for word in leftovers)


def unreadable_condition(leftovers: list[str], says: Callable[[str], list[str]]) -> list[str]:
    """The left-over stretches that look like a condition and name nothing the forms say: a condition the reading
    could not read, which a text search could not find either ("more than three flurbs").

    Args:
        leftovers: the stretches a reading did not use.
        says: as for only_glue.

    Returns:
        Those stretches; empty when there are none or when some stretch names a topic the text may hold.
    """
    if any(says(word) for word in leftovers):
        return []
    return [word for word in leftovers if looks_like_condition(word)]


def only_glue_left(reading, question: str, reader, says: Callable[[str], list[str]]) -> bool:
    """Whether the query model read every condition and left only glue ("kindly", "frankly speaking", 呀, pct):
    no name or figure unread, no word conditions are made of, nothing the forms' text says. Its reading answers,
    naming those words as ignored, instead of a search for words no form holds.

    Args:
        reading: the query model's reading (an assistant.compose.Reading).
        question: the question as the readers had it.
        reader: the query model's reader (assistant.reader.QuestionReader): its values and unit words.
        says: the words of a stretch the forms' text holds (assistant.interpret.Interpreter.content_words).

    Returns:
        True when the reading may answer, naming what it left over.
    """
    from assistant.evidence_set import uses_cue
    from assistant.example_list import filler_words

    select = reading.select
    if reading.unread or not reading.ignored or (select.where is None and select.aggregate is None
                                                  and select.order_by is None and not select.shown):
        return False
    if all(word in filler_words() for word in reading.ignored):
        return True  # 偏差原因分析栏写了东西: a thing pointed at, nothing a condition or the text could say
    if any(uses_cue(word, kind) for word in reading.ignored for kind in ("frame", "figure")) \
            or any(uses_cue(question, kind) for kind in ("saying", "deferral", "topic")):
        return False  # 理由, explain, how many left over; says, deferred, about anywhere: what a question asks of the text
    if any(value in word for word in reading.ignored for value in reader.values):
        return False  # a grade, tag, unit or class the reading did not place is a condition it lost
    units = list(reader.lexicon.keys("scale")) + list(reader.lexicon.keys("percent"))
    return only_glue(reading.ignored, lambda words: says(without_units(words, units)))


def condition_unread(reading, query, reader, says: Callable[[str], list[str]]) -> list[str]:
    """What looks like a condition the query model could not read ("more than three flurbs", "not counting the
    zorbly ones") in a question whose other conditions it read, when neither reader has anything else for it:
    a text search would only look for words no form says.

    Args:
        reading: the query model's reading (an assistant.compose.Reading), or None.
        query: the rule-based reading (an assistant.interpret.Query).
        reader: the query model's reader (its values: a grade, tag, unit or class not placed is a condition lost).
        says: the words of a stretch the forms' text holds (assistant.interpret.Interpreter.content_words).

    Returns:
        The words left over, each once; empty when there is no such condition.
    """
    from assistant import reading_choice as choice

    if reading is None or query.intent not in ("search", "unknown") or choice.asks_narrative(query) \
            or not reading.ignored or not choice.conditions_besides_years(reading.select.where):
        return []
    lost = [word for word in reading.unread if word in reading.ignored] + [
        word for word in reading.ignored if any(value in word for value in reader.values)]
    found = unreadable_condition([w for w in reading.ignored if w not in lost], says)
    return list(dict.fromkeys(reading.ignored)) if (found or lost) and not any(
        says(word) for word in reading.ignored) else []
