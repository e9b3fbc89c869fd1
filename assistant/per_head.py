"""An amount asked per head of what one form's indicator row counts (平均每个志愿者花了多少钱, per volunteer, 每平方米)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import data_files


@dataclass
class PerHead:
    """What a question divides by: Chinese words of a row's name (志愿者), or a row's unit (平方米, 人); as said."""

    words: tuple[str, ...]
    unit: str | None
    said: str


@lru_cache(maxsize=1)
def _words() -> dict[str, list[list[str]]]:
    """The rows of assistant/data/per_head.tsv by kind.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    kinds: dict[str, list[list[str]]] = {}
    for _, cells in data_files.rows("per_head.tsv", None, "'kind<TAB>words' (unit rows: a third cell)",
                                    lambda c: c[0] in ("zh", "zh_after", "en", "heads", "unit", "printed", "by_zh", "by_after_zh", "then_zh") and len(c) in (2, 3)):
        kinds.setdefault(cells[0], []).append(cells[1:])
    return kinds


def _alternation(kind: str) -> str:
    words = [w for row in _words().get(kind, []) for w in row[0].split("|") if w]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def per_head_asked(question: str, rows: list[str], glossary: dict[str, str]) -> tuple[str, PerHead | None]:
    """The question without the words asking per head, and what it divides by; unchanged when it asks none.

    Args:
        question: the question.
        rows: the store's indicator names (a Chinese head must be part of one: 志愿者 of 志愿者人数).
        glossary: English phrase → Chinese terms (index.glossary.GLOSSARY_EN), for an English head (volunteer).

    Returns:
        (question, PerHead or None).
    """
    from .every_form import every_asked

    if every_asked(question) is not None:
        return question, None  # 是不是每个信访办项目都…: every form of a group, no head
    if re.search(rf"(?<![a-z])(?:{_alternation('printed')})(?![a-z])", question, re.IGNORECASE):
        return question, None  # the monthly reward rate per guardian: a rate the form prints, quoted as printed
    units = {w.lower(): row[1] for row in _words().get("unit", []) for w in row[0].split("|") if len(row) == 2}
    by = re.search(rf"(?:{_alternation('by_zh')})(?P<head>[\u4e00-\u9fff]{{1,8}}?)(?:{_alternation('by_after_zh')})"
                   rf"(?:{_alternation('then_zh')})*", question)
    if by and any(by.group("head") in row for row in rows):  # 按代理员人头平均，每人: the row counting 代理员 (people)
        return _cut(question, by.start(), by.end()), PerHead((by.group("head"),), None, by.group(0))
    heads = re.search(rf"(?:{_alternation('heads')})(?![a-z])", question, re.IGNORECASE)
    if heads:
        return _cut(question, heads.start(), heads.end()), PerHead((), "人", heads.group(0))
    for found in re.finditer(rf"(?:{_alternation('zh')})(?P<head>[\u4e00-\u9fff]{{2,8}})", question):
        head = found.group("head")
        for end in range(len(head), 1, -1):  # the longest start of the words that is part of a row's name or a unit
            word = head[:end]
            if any(word in row for row in rows) or word in units.values():
                stop = found.start("head") + end
                if question.startswith("指标", stop):
                    break  # 每个满意度指标: a kind of indicator row, every one of them (every_row), no head counted
                after = re.match(rf"(?:{_alternation('zh_after')})*", question[stop:])
                unit = word if word in units.values() else None
                return _cut(question, found.start(), stop + after.end()), PerHead(() if unit else (word,), unit, question[found.start():stop])
    for found in re.finditer(rf"\b(?:{_alternation('en')})\s+(?:an?\s+|the\s+)?(?P<head>[a-z][a-z ²2-]{{1,30}})",
                             question, re.IGNORECASE):
        words = found.group("head").lower().split()
        for end in range(len(words), 0, -1):
            phrase = " ".join(words[:end])
            stop = found.start("head") + len(" ".join(found.group("head").split()[:end]))
            gloss = _GLOSS.match(question, stop)  # for each petition agent (信访代理员): its gloss goes too
            stop = gloss.end() if gloss else stop
            if re.match(r"\s*indicators?\b", question[stop:], re.IGNORECASE):
                break  # for each satisfaction indicator: a kind of indicator row, no head counted
            if phrase in units:
                return _cut(question, found.start(), stop), PerHead((), units[phrase], question[found.start():stop])
            terms = tuple(t for t in glossary.get(phrase, "").split() if any(t in row for row in rows))
            if terms:
                return _cut(question, found.start(), stop), PerHead(terms, None, question[found.start():stop])
    return question, None


# The rest of an English head and its Chinese gloss after the words a glossary knew: (…) agent (信访代理员).
_GLOSS = re.compile(r"(?:\s*[a-z-]+){0,2}\s*[（(][\u4e00-\u9fff]+[）)]", re.IGNORECASE)


_RATES = ("%", "％", "百分比")


def _cut(question: str, start: int, end: int) -> str:
    """The question without question[start:end]; an English one without a comma or space left opening it."""
    if not re.search(r"[a-z]", question, re.IGNORECASE):
        return question[:start] + question[end:]
    return re.sub(r"\s{2,}", " ", question[:start] + " " + question[end:]).strip(" ,;:")


def divided(answer, head: PerHead, lang: str, store):
    """An answer of one amount of one form divided by that form's indicator row the head names (its actual value);
    any other answer, or no single such row, says the per-head division was not applied.

    Args:
        answer: the answer to the question without the per-head words.
        head: what per_head_asked found.
        lang: "zh" or "en".
        store: a store.Store.

    Returns:
        The answer, its value divided and a first line showing the division, or with a line naming what was not read.
    """
    from store.readonly_sql import run_select

    zh = lang != "en"
    if answer.kind == "unknown":
        return answer
    row, amount, default = None, answer.value, ""
    if amount is None and len({r.form_id for r in answer.records}) == 1:
        # 社工点经费每个社工多少钱: money asked of one form with no amount named is what it spent, said so
        found = run_select(store, f"SELECT executed FROM forms WHERE form_id = {int(answer.records[0].form_id)}").rows
        amount = found[0][0] if found and found[0][0] is not None else None
        default = "（按全年执行数）" if zh else " (the amount executed)"
    if amount is not None and (answer.unit == "万元" or default) and len({r.form_id for r in answer.records}) == 1:
        found = run_select(store, "SELECT name, actual_number, actual_unit FROM indicators WHERE form_id = "
                           f"{int(answer.records[0].form_id)} AND actual_number IS NOT NULL AND actual_number > 0").rows
        found = [r for r in found if r[2] not in _RATES]  # 安保人员突发事件处置率 100%: a rate counts no heads
        picked = [r for r in found if head.unit is not None and r[2] == head.unit]
        for size in range(max((len(w) for w in head.words), default=0), 1, -1):  # 事业编人员 of 事业编人数: the longest start
            picked = picked or [r for r in found if any(len(w) >= size and w[:size] in r[0] for w in head.words)]
        if len(picked) > 1:  # 志愿者人数 and 志愿者装备数: the one counting people, else the one counting (人数, 数量)
            picked = [r for r in picked if r[2] == "人"] or [r for r in picked if re.search(r"人数|数量", r[0])] or picked
        row = picked[0] if len(picked) == 1 else None
    if row is None:
        answer.text += (f"\n未按“{head.said}”平均：答案不是一个项目的一个金额，或该项目没有唯一的对应指标。" if zh else
                        f"\nnot divided '{head.said}': the answer is not one amount of one form, or that form has no one row for it.")
        return answer
    value = amount / row[1]
    shown = f"{value:,.4f}".rstrip("0").rstrip(".")
    answer.text = (f"{shown} 万元/{row[2]}（{amount:,} 万元{default} ÷ {row[0]} {row[1]:g}{row[2]}，约 {value * 10000:,.2f} 元）\n" if zh else
                   f"{shown} 万元 per {row[2]} ({amount:,} 万元{default} ÷ {row[0]} {row[1]:g} {row[2]}, about {value * 10000:,.2f} yuan)\n") + answer.text
    answer.value, answer.unit = value, f"万元/{row[2]}"
    return answer
