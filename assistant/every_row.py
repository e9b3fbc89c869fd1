"""A condition said of every indicator row of a class (满意度指标每一条都只有10分, all output indicators full marks, each indicator at least 10 points): no row of the class fails it."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows
from assistant import form_nouns

_CLASS_FIELDS = ("level1", "level2")
# What may stand between a word of every and the rows it covers: a class's name, never a form (每个项目, each form's).
_NOT_BETWEEN_ZH = re.compile(r"项目|表|单位|部门|[，,。？?；;]")
_NOT_BETWEEN_EN = re.compile(rf"\b(?:{form_nouns.english()}|units?|offices?|of them)\b|[,;?]")


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    """The words of every_row.tsv by kind, longest first."""
    said: dict[str, list[str]] = {}
    for _, (kind, words) in rows("every_row.tsv", 2, "kind<TAB>words"):
        said.setdefault(kind, []).extend(w for w in words.split("|") if w)
    return {kind: sorted(words, key=len, reverse=True) for kind, words in said.items()}


def said(question: str) -> str | None:
    """The question without its word of every, when that word covers indicator rows.

    Args:
        question: the question, normalised.

    Returns:
        e.g. "满意度指标只有10分的项目有哪些？" for "满意度指标每一条都只有10分的项目有哪些？"; None when no word of every
        covers rows, or the rows are added up (所有指标分值加起来, their combined weight).
    """
    words = _words()
    lowered = question.lower()
    if any((w in lowered) if not w.isascii() else re.search(rf"\b{re.escape(w)}\b", lowered) for w in words["sum"]):
        return None
    from assistant.interpret import is_english

    return _said_en(question, words) if is_english(question) else _said_zh(question, words)


def _said_zh(question: str, words: dict[str, list[str]]) -> str | None:
    """每个满意度指标 / 所有指标 (before), 满意度指标每一条都 / 指标都 (after): the word taken off."""
    before = "|".join(map(re.escape, words["zh_before"]))
    for found in re.finditer(rf"(?<!平均)(?:{before})(?P<between>[\u4e00-\u9fff]{{0,6}}?)指标", question):
        if not _NOT_BETWEEN_ZH.search(found.group("between")):
            cue = found.group(0)[:len(found.group(0)) - len(found.group("between")) - 2]
            rest = question[:found.start()] + question[found.start() + len(cue):]
            return re.sub(r"(?<=指标)(?:都|均|全都|一律)", "", rest, count=1)
    after = "|".join(map(re.escape, words["zh_after"]))
    found = re.search(rf"指标(?:分值|权重|得分|目标值|实际值|完成值)?(?:{after})(?!没|无|未|不是|是多少|有多少|多少|几)", question)
    if found is None:
        return None
    kept = re.match(r"指标(?:分值|权重|得分|目标值|实际值|完成值)?", found.group(0)).group(0)
    return question[:found.start()] + kept + question[found.end():]


def _said_en(question: str, words: dict[str, list[str]]) -> str | None:
    """every satisfaction indicator / each of their indicators (before), indicators are all / each (after)."""
    before = "|".join(map(re.escape, words["en_before"]))
    for found in re.finditer(rf"\b(?:{before})\s+(?P<between>(?:[\w'-]+\s+){{0,3}}?)(?:indicators?|rows?)\b", question, re.IGNORECASE):
        if not _NOT_BETWEEN_EN.search(found.group("between")):
            cue_end = found.start("between")
            return question[:found.start()] + question[cue_end:]
    after = "|".join(map(re.escape, words["en_after"]))
    found = re.search(rf"\b(?:indicators|rows)\s+(?:(?:are|were|is)\s+)?(?P<cue>{after})\b", question, re.IGNORECASE)
    if found is None:
        return None
    return question[:found.start("cue")] + question[found.end("cue"):]


def _is_class(node) -> bool:
    """A row's class (一级指标 = 满意度指标): what the rows covered are, not what they are said to meet."""
    return isinstance(node, m.Text) and node.field.entity == "indicator" and node.field.name in _CLASS_FIELDS \
        and node.mode == "equals"


def _every(rows_of, condition) -> m.Cond:
    """The form has a row of `rows_of` and none of them fails `condition`."""
    failing = m.conjoin(*(c for c in (rows_of, m.Not(condition)) if c is not None))
    return m.conjoin(m.HasIndicator(rows_of), m.Not(m.HasIndicator(failing)))


def _universal(node):
    """One condition made universal over its rows, or None when it says nothing of rows besides their class."""
    if isinstance(node, m.HasIndicator) and node.where is not None:
        items = list(node.where.items) if isinstance(node.where, m.And) else [node.where]
        classes = [c for c in items if _is_class(c)]
        said = [c for c in items if not _is_class(c)]
        if said:
            return _every(m.conjoin(*classes) if classes else None, m.conjoin(*said))
    if isinstance(node, m.Compare) and isinstance(node.left, m.IndicatorSum) and isinstance(node.right, m.Number) \
            and node.left.where is not None:  # 满意度指标只有10分, read as the block's points: each row's
        return _every(node.left.where, m.Compare(m.Field(node.left.column, "indicator"), node.op, node.right))
    return None


def every_row(where) -> m.Cond | None:
    """A reading's conditions with the one said of indicator rows said of every row of its class.

    Args:
        where: the Select's condition, read without the word of every.

    Returns:
        The condition, or None when it holds no condition on indicator rows (the word of every then covers nothing read).
    """
    items = list(where.items) if isinstance(where, m.And) else [where] if where is not None else []
    out, changed = [], False
    for item in items:
        made = None if changed else _universal(item)
        changed = changed or made is not None
        out.append(made if made is not None else item)
    return m.conjoin(*out) if changed else None


def said_of_every_row(items: tuple) -> tuple | None:
    """The rows covered and the condition every one meets, from a conjunction holding one such pair.

    Args:
        items: the items of an And.

    Returns:
        (the rows' class or None, the condition, the other items) when the items hold HasIndicator(C) and
        NOT HasIndicator(C and NOT R); else None.
    """
    for k, item in enumerate(items):
        if not isinstance(item, m.HasIndicator):
            continue
        for j, other in enumerate(items):
            if not (isinstance(other, m.Not) and isinstance(other.item, m.HasIndicator) and other.item.where is not None):
                continue
            failing = list(other.item.where.items) if isinstance(other.item.where, m.And) else [other.item.where]
            negated = [c for c in failing if isinstance(c, m.Not)]
            if len(negated) == 1 and m.conjoin(*(c for c in failing if c is not negated[0])) == item.where:
                return item.where, negated[0].item, tuple(c for i, c in enumerate(items) if i not in (k, j))
    return None


def reading(reader, question: str, previous, previous_ids):
    """The reader's reading of a condition said of every row of a class (满意度指标每一条都只有10分).

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The question read without the word of every, its row condition made universal; None when no such word is
        said or the reading holds no row condition of a class.
    """
    from assistant.interpret import normalize

    without = said(normalize(question))
    if without is None:
        return None
    found = reader.read(without, previous, previous_ids, every=False)
    if found is None or (where := every_row(found.select.where)) is None:
        return None
    found.select.where = where
    return found
