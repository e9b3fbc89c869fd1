"""An indicator row of one form described loosely (计划装修多大面积, 出故障要求多长时间内处置好, how fast were repairs
promised): the row whose name says the most of the question's words, quoted with its target and actual as printed."""

from __future__ import annotations

import re
from functools import lru_cache

from store.readonly_sql import run_select

# A question asking what a row says: a figure, a time, a target, or how it was worded.
_ASKS_ROW = re.compile(r"多少|多大|多长|多久|多快|几[个名人次场项份条家台天小]|是什么|是啥|什么样|怎么写|怎么定|目标|要求|计划|承诺"
                       r"|\bhow (?:many|much|fast|long|big|large|soon|quickly|often)\b|\bwhat\b|\bmeant to\b|\bsupposed to\b|\baim(?:ed)?\b"
                       r"|\btarget\b|\bpromised?\b|\bplanned\b|\bpledged?\b|\bcommitted\b", re.IGNORECASE)
# Rows shown at most: two rows tied on the words are both quoted; more means the description picks no row.
_MOST_TIED = 2
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# How many of something is asked (how many social workers, 多少个社工, 几名): a row counting things.
_HOW_MANY = re.compile(r"\bhow many\b(?!\s+(?:points?|marks?)\b)|多少(?:个|名|位|人|次|台|份|户|家|条|处|项)|几(?:个|名|位|人|次|台|份|户|家|条|处|项)", re.IGNORECASE)
# A number of things asked (the target number of guardians, the headcount): a row whose name counts (…人数, …次数).
NUMBER_OF = re.compile(r"\bnumber of\b(?!\s+(?:points?|marks?)\b)|\bhead\s?count\b", re.IGNORECASE)
# A rate asked per something (per guardian, 每人每月, 每户): a row printed in a unit per something.
_PER = re.compile(r"\bper\b|每(?:人|户|月|年|次|个|名|位|天|小时)", re.IGNORECASE)


def bigrams(text: str) -> set[str]:
    """The two-character runs of a text's Chinese (志愿者人数: 志愿, 愿者, 者人, 人数).

    Args:
        text: any text.

    Returns:
        Each run of two Chinese characters, once.
    """
    return {run[k:k + 2] for run in _HAN.findall(text) for k in range(len(run) - 1)}


@lru_cache(maxsize=1)
def _question_words(groups: bool = True) -> frozenset:
    """Two-character runs of the lexicon's words for columns, statistics and comparisons (预算, 多少, 目标): they say
    what is asked of any row or form, so they describe no row. Without `groups` the words grouping forms (部门, 单位)
    are left in: with the form already named they describe a row (出席部门、单位数量)."""
    from assistant import lexicon

    words = lexicon.load()
    kinds = ("field", "weak_field", "aggregate", "how_much", "superlative", "op", "op_after", "noun", "stop") + (
        ("group",) if groups else ())
    return frozenset(b for kind in kinds for phrase in words.keys(kind) for b in bigrams(phrase))


def _terms(question: str) -> set[str]:
    """The Chinese words a question says: its own two-character runs, and the glossary's terms for its English."""
    terms = bigrams(question)
    if re.search(r"[A-Za-z]", question):
        from index.glossary import glossary_matches  # the domain glossary, shared with search

        terms |= {term for _, chinese in glossary_matches(question, inflected=True) for term in chinese}
    return terms


def question_terms(question: str) -> set[str]:
    """The Chinese words a question says, its English through the glossary (drug-prevention publicity → 禁毒预防, 宣传).

    Args:
        question: as asked.

    Returns:
        Its two-character runs and the glossary's terms for its English.
    """
    return _terms(question)


def best_rows(question: str, form_id: int, store, least: int = 1, own: bool = False, near: list | None = None) -> list[tuple]:
    """The rows of one form whose names say the most of a question's words (its units too), tied ones all kept.

    Args:
        question: as asked.
        form_id: the form.
        store: a store.Store.
        least: the fewest words (a unit counts as one) the best row must share.
        own: the question's naming of the form is already cut out, so words of the form's name count too.
        near: a list given is filled with the names of the rows sharing a word with the question, the closest first
            (at most four): what to offer when no row is chosen.

    Returns:
        (shared, name, target, actual, weight, score) per chosen row; empty when fewer than `least` words are
        shared or more than _MOST_TIED rows tie.
    """
    named = run_select(store, f"SELECT project_name FROM forms WHERE form_id = {int(form_id)}").rows
    rows = run_select(store, "SELECT name, target, actual, weight, score, target_unit, actual_unit, level2, level1 FROM indicators "
                             f"WHERE form_id = {int(form_id)} ORDER BY position").rows
    if not named or not rows:
        return []
    # Words of the form's own name describe the form, not the row (鲁汇派出所新址装修 → 装修面积 by 面积).
    name_words = set() if own else bigrams(named[0][0])
    terms = {t for t in _terms(question) if t not in name_words and (own or t not in named[0][0]) and t not in _question_words(not own)}
    units = _units_asked(question) | (terms & _printed_units())  # area → 面积 平方米: the unit too
    per, how_many = bool(_PER.search(question)), bool(_HOW_MANY.search(question))
    scored, worded = [], {}
    for name, target, actual, weight, score, target_unit, actual_unit, level2, level1 in rows:
        said = bigrams(name) & terms | {t for t in terms if len(t) > 2 and t in (name or "")}
        if own and level2 and level2 in terms:  # the volunteers' timeliness indicator: a row of that class
            said |= {level2}
        if own and level1 and level1 in terms:  # the satisfaction KPI of a form: a row of that first-level class
            said |= {level1}
        counted_in = bool(units & {target_unit, actual_unit}) or (  # how many copies: the row counted in 份
            per and "/" in (target_unit or "")) or (  # the rate per household: the row printed per something (元/户)
            how_many and target_unit in _count_units())  # how many social workers: a row counting in people
        scored.append((len(said) + counted_in, name, target, actual, weight, score))
        worded[name] = len(said)
    if near is not None:
        # offered only when some row shares two words: one word in common is no description of a row
        near.extend([s[1] for s in sorted(scored, key=lambda s: -s[0]) if worded[s[1]]][:4] if max(worded.values()) >= 2 else [])
    best = max(s[0] for s in scored)
    chosen = [s for s in scored if s[0] == best]
    return [] if best < least or len(chosen) > _MOST_TIED else chosen


def described_rows(question: str, lang: str, form_id: int, answered: str, store, asked: bool = False) -> list[str]:
    """The rows of one form a question describes without naming them, each as "form · row：目标 …，实际 …" as printed,
    when the answer given does not already quote them.

    Args:
        question: as asked.
        lang: "zh" or "en".
        form_id: the one form the answer rests on.
        answered: the answer's text so far.
        store: a store.Store.
        asked: the question is known to ask about a row (did it reach the goal) whatever its wording.

    Returns:
        Lines to add to the answer (empty when the question asks no row, no row is described, or the answer quotes it).
    """
    if not asked and not _ASKS_ROW.search(question):
        return []
    named = run_select(store, f"SELECT project_name FROM forms WHERE form_id = {int(form_id)}").rows
    chosen = best_rows(question, form_id, store)
    if not named or not chosen:
        return []
    chosen = [s for s in chosen if (s[2] or s[1]) not in answered]  # a row the answer quotes already is not repeated
    zh = lang != "en"
    lines = []
    for _, name, target, actual, weight, score in chosen:
        figures = (f"年度指标值 {target or '—'}，实际完成值 {actual or '—'}，得分 {_number(score)}/{_number(weight)}" if zh
                   else f"target {target or '—'}, actual {actual or '—'}, score {_number(score)}/{_number(weight)}")
        lines.append(f"{named[0][0]} · {name}{'：' if zh else ': '}{figures}")
    return lines


@lru_cache(maxsize=1)
def _count_units() -> frozenset:
    """The units rows count things in (assistant/data/count_units.tsv)."""
    from assistant import data_files

    return frozenset(cells[0] for _, cells in data_files.rows("count_units.tsv", 1, "one unit a line"))


def _printed_units() -> set[str]:
    from assistant.row_units import english_units

    return set(english_units().values())


def _units_asked(question: str) -> set[str]:
    """The units a question names (copies → 份, square metres → 平方米) or asks its figure in (多少平方米, 几个小时)."""
    from assistant.row_units import english_units

    words = english_units()
    asked = {unit for word, unit in words.items() if word.isascii() and len(word) > 2
             and re.search(rf"\b{re.escape(word)}\b", question, re.IGNORECASE)}
    chinese = sorted({*words.values(), *(w for w in words if not w.isascii())}, key=len, reverse=True)
    found = re.findall(r"(?:多少|几)个?(" + "|".join(re.escape(u) for u in chinese) + ")", question)
    counted = re.findall(r"(人|次|份|台|户|处|条)数", question)  # 人数, 次数: the rows counted in that unit
    return asked | {words.get(u, u) for u in found} | set(counted)


def _number(value) -> str:
    return "—" if value is None else f"{float(value):g}"
