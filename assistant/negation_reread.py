"""The re-read of a negated clause: what a negator governs is read with and without it, and the reading follows it."""

from __future__ import annotations

import dataclasses
import re

from . import model as m
from .polarity import negator_words

# A negator governs the words after it up to the clause's end (a mark, 、 or the next negator).
_CLAUSE_END = re.compile(r"[，,;；:：。?？!！、]")
# Fields whose full figure is their maximum: not reaching it is below it (not spent in full: rate < 100).
_BOUNDED = frozenset({"execution_rate", "total_score"})


def conjuncts(node) -> list:
    """The conditions a where-clause ANDs (an And flattened; None: none).

    Args:
        node: a model condition or None.

    Returns:
        Its conjuncts, in order.
    """
    if node is None:
        return []
    if isinstance(node, m.And):
        return [part for item in node.items for part in conjuncts(item)]
    return [node]


def turned(node):
    """One condition turned around: a comparison's operator negated (a bounded field's full figure: below it),
    a negation taken off, anything else wrapped in NOT (blank ↔ filled, a name ↔ not that name).

    Args:
        node: one condition.

    Returns:
        Its negation.
    """
    if isinstance(node, m.Not):
        return node.item
    if isinstance(node, m.Compare) and node.op in m.NEGATED:
        full = isinstance(node.left, m.Field) and node.left.name in _BOUNDED and isinstance(node.right, m.Number) \
            and node.right.value == 100 and node.op in ("=", ">=")
        return dataclasses.replace(node, op="<" if full else m.NEGATED[node.op])
    return m.Not(node)


def _negators(question: str) -> list[tuple[int, int]]:
    """(start, end) of each negator of the re-read rows (polarity.tsv reread_en / reread_zh) in the question."""
    found = []
    for word in negator_words("reread_en"):
        pattern = rf"\b\w*{re.escape(word)}\b" if word.startswith("n'") else rf"\b{re.escape(word)}\b"
        found += [(hit.start(), hit.end()) for hit in re.finditer(pattern, question, re.IGNORECASE)]
    for word in sorted(negator_words("reread_zh"), key=len, reverse=True):
        found += [(hit.start(), hit.end()) for hit in re.finditer(re.escape(word), question)
                  if not any(s <= hit.start() < e for s, e in found) and not _a_not_a(question, hit.start(), hit.end())]
    return sorted(found)


def _a_not_a(question: str, start: int, end: int) -> bool:
    """Whether a zh negator is the middle of a yes/no question (有没有, 是不是, 能不能): it asks, negating nothing."""
    before = question[start - 1:start]
    return bool(before) and (question[end:end + 1] == before or question[end - 1:end] == before)


def _scope(question: str, start: int, end: int, after: list[tuple[int, int]]) -> str:
    """The words a negator governs: from it to the clause's end or the next negator."""
    stop = _CLAUSE_END.search(question, end)
    limit = min([stop.start() if stop else len(question), *(s for s, _ in after if s >= end)])
    return question[start:limit]


def reread(question: str, reading, read):
    """A reading whose negated clause built a condition as said turned around: each negator's words are read with
    and without it; when the negator changes nothing (its word was lost) the one condition those words built is
    negated, when it does change them their negated reading replaces the positive one. Two or more conditions of
    the clause are left to the polarity guard (which refuses).

    Args:
        question: the question as typed.
        reading: the query model's reading (or None).
        read: a reader of one text alone (QuestionReader.read).

    Returns:
        The reading, changed in place where a clause was turned around.
    """
    if reading is None or reading.select.where is None:
        return reading
    marks = _negators(question)
    for k, (start, end) in enumerate(marks):
        scope = _scope(question, start, end, marks[k + 1:])
        said, plain = read(scope), read(scope[end - start:].strip())
        word = question[start:end].lower()
        if said is None or plain is None or plain.ignored or any(w.lower() != word for w in said.unread):
            continue  # the words alone are not read whole (不是100% without its field, 设的…): nothing to compare
        negated, positive = conjuncts(said.select.where), conjuncts(plain.select.where)
        whole, lost = conjuncts(reading.select.where), negated == positive
        built = [c for c in whole if c in positive and (lost or c not in negated)]
        left = scope.strip(" ?？") in reading.ignored  # 没调整过 left whole: its own reading is added
        if len(positive) != 1 or (len(built) != 1 and not (left and not built and len(negated) == 1 and not lost)):
            continue
        if lost and built and word not in {w.lower() for w in reading.ignored} and not isinstance(built[0], m.Compare):
            continue  # a negator the reading consumed (没设的平安办项目: NOT EXISTS) leaves a name or tag as said
        turn = turned(built[0]) if lost else next(iter([c for c in negated if c not in positive]), None)
        if turn is None or turn in whole:
            continue
        items = [turn if c is built[0] else c for c in whole] if built else [*whole, turn]
        reading.select.where = items[0] if len(items) == 1 else m.And(tuple(items))
        said_words = {question[start:end].lower(), scope.strip(" ?？").lower()}
        reading.ignored = [w for w in reading.ignored if w.lower() not in said_words]
        reading.unread = [w for w in reading.unread if w.lower() not in said_words]
    return reading
