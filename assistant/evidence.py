"""Narrative questions with hard constraints: the forms having one sentence that names the year and a key term."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.sqlcompile import literal
from store.readonly_sql import run_select

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A year written with two digits (24年): read as 20xx only next to the store's own years (constraint_years).
_SHORT_YEAR = re.compile(r"(?<![\d.])(\d\d)年(?!代|度?[0-9])")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
# The narrative text of a form: goal, outcome and every indicator row's deviation reason.
_TEXT_SQL = ("SELECT f.form_id, f.project_name, f.year, COALESCE(f.goal, '') || '\n' || COALESCE(f.outcome, '') || '\n' || "
             "COALESCE((SELECT {concat} FROM indicators AS i WHERE i.form_id = f.form_id AND i.deviation IS NOT NULL), '') "
             "AS narrative FROM forms AS f WHERE {where} ORDER BY f.form_id")


@dataclass
class Evidence:
    """A form and the sentence that satisfies the question's constraints."""

    form_id: int
    project_name: str
    year: int | None
    sentence: str


def _concat(store) -> str:
    """The dialect's aggregate joining a form's deviation reasons into one text."""
    return "group_concat(i.deviation, '\n')" if store.dialect == "sqlite" else "string_agg(i.deviation, E'\\n')"


def constraint_years(question: str, store_years: set[int]) -> list[str]:
    """Years the question names that are not budget years in the store: they constrain what the text says.

    Args:
        question: as typed.
        store_years: the budget years the store holds (those are filters on forms, not on text).

    Returns:
        The years as text.
    """
    # 24年 is 2024 when it is next to the store's years (a count of years, 5年后, is no year: one digit, or far off)
    near = {year + step for year in store_years for step in (-1, 0, 1)}
    short = [f"20{digits}" for digits in _SHORT_YEAR.findall(question) if int(f"20{digits}") in near]
    return [year for year in dict.fromkeys(_YEAR.findall(question) + short) if int(year) not in store_years]


def full_years(text: str, store_years: set[int]) -> str:
    """A text with its two-digit years next to the store's (说23年钱紧) written in full (2023年): the forms print
    the year in full, and 23 alone is in no sentence.

    Args:
        text: part of a question.
        store_years: the budget years the store holds.

    Returns:
        The text.
    """
    near = {year + step for year in store_years for step in (-1, 0, 1)}
    return _SHORT_YEAR.sub(lambda m: f"20{m.group(1)}年" if int(f"20{m.group(1)}") in near else m.group(0), text)


def key_terms(question: str, lang: str, stopwords: set[str]) -> list[str]:
    """Words of two or more Chinese characters the question turns on; English is read through the domain glossary.

    Args:
        question: as typed.
        lang: "zh" or "en".
        stopwords: words with no content of their own.

    Returns:
        The terms, in order.
    """
    from index.glossary import expand_english
    from index.tokenize import cut_words

    from assistant.synonyms import spoken_phrases

    from assistant import form_nouns

    # which programmes say …: a word for the forms asked is no term of their text
    text = expand_english(form_nouns.without(question.lower())) if lang == "en" else question
    chinese = " ".join(re.findall(r"[\u4e00-\u9fff]+", text))
    # a colloquial phrase with the forms' words for it (钱紧 → 资金紧张) is one term, not characters jieba cuts apart
    spoken = spoken_phrases(chinese)
    pieces, at = [], 0
    for start, phrase in spoken:
        pieces += [(at, word) for word in cut_words(chinese[at:start])] + [(start, phrase)]
        at = start + len(phrase)
    pieces += [(at, word) for word in cut_words(chinese[at:])]
    terms = [word for _start, word in pieces if len(word) >= 2 and word not in stopwords
             and re.fullmatch(r"[\u4e00-\u9fff]+", word)]
    return list(dict.fromkeys(terms))


def find(store, years: list[str], terms: list[str], form_ids: list[int] | None = None) -> tuple[list[Evidence], str]:
    """The forms with a sentence naming one of the years and one of the terms, with that sentence.

    Args:
        store: a store.Store.
        years: years the sentence must name.
        terms: words of which the same sentence must contain one.
        form_ids: only these forms (a filter from the question), or None for all.

    Returns:
        (evidence per form, the SQL that fetched the candidates).
    """
    rows, sql = _mentioning(store, years, form_ids)
    return _evidence(rows, lambda sentence, _year: any(re.search(rf"(?<!\d){y}(?!\d)", sentence) for y in years)
                     and any(t in sentence for t in terms)), sql


def find_later(store, terms: list[str], form_ids: list[int] | None = None) -> tuple[list[Evidence], str]:
    """The forms with a sentence naming a year after the form's own budget year and one of the terms.

    Args:
        store: a store.Store.
        terms: words of which the sentence must contain one (支付 for "deferred payment").
        form_ids: only these forms, or None for all.

    Returns:
        (evidence per form, the SQL that fetched the candidates).
    """
    rows, sql = _mentioning(store, terms, form_ids, also="f.year IS NOT NULL")
    return _evidence(rows, lambda sentence, year: any(int(y) > int(year) for y in _YEAR.findall(sentence))
                     and any(t in sentence for t in terms)), sql


def cause_clause(question: str, cues) -> str:
    """The words after a cause cue (是因为, because …): what the explanation the question asks about must say.

    Args:
        question: as typed.
        cues: the lexicon's cause phrases.

    Returns:
        The clause, or "" when the question gives no cause.
    """
    lowered = question.lower()
    starts = [(lowered.find(cue), cue) for cue in sorted(cues, key=len, reverse=True) if cue in lowered]
    if not starts:
        return ""
    at, cue = min(starts, key=lambda start: (start[0], -len(start[1])))  # the earliest cue, the longest there
    return question[at + len(cue):].strip(" ?？。")


def find_saying(store, terms: list[str], form_ids: list[int] | None = None) -> tuple[list[Evidence], str]:
    """The forms with one sentence containing every term, with that sentence.

    Args:
        store: a store.Store.
        terms: the words (two or more) the sentence must contain.
        form_ids: only these forms, or None for all.

    Returns:
        (evidence per form, the SQL that fetched the candidates).
    """
    rows, sql = _mentioning(store, terms[:1], form_ids)  # the first word fetches; the sentence must hold them all
    return _evidence(rows, lambda sentence, _year: all(t in sentence for t in terms)), sql


def _mentioning(store, words: list[str], form_ids: list[int] | None, also: str | None = None) -> tuple[list, str]:
    """The narrative text of the forms whose goal, outcome or a deviation reason mentions one of the words.

    Args:
        store: a store.Store.
        words: the words, one of which the text must contain.
        form_ids: only these forms, or None for all.
        also: a further SQL condition on the form (f.…), or None.

    Returns:
        (rows of form id, project name, year and narrative text; the SQL that fetched them).
    """
    mentions = " OR ".join(f"(COALESCE(f.goal, '') || COALESCE(f.outcome, '')) LIKE {literal('%' + w + '%')} OR "
                           f"EXISTS (SELECT 1 FROM indicators AS i WHERE i.form_id = f.form_id AND i.deviation LIKE "
                           f"{literal('%' + w + '%')})" for w in words)
    where = f"({mentions})" if also is None else f"{also} AND ({mentions})"
    if form_ids is not None:
        where += " AND f.form_id IN (" + (", ".join(str(int(i)) for i in form_ids) or "NULL") + ")"
    sql = _TEXT_SQL.format(concat=_concat(store), where=where)
    return run_select(store, sql).rows, sql


def _evidence(rows: list, says) -> list[Evidence]:
    """Each form with the first sentence of its narrative for which says(sentence, form year) holds."""
    found = []
    for form_id, name, year, narrative in rows:
        sentence = next((s for s in _SENTENCE.findall(narrative or "") if says(s, year)), None)
        if sentence is not None:
            found.append(Evidence(form_id, name, year, sentence.strip()))
    return found
