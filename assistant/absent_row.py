"""A negator whose object is an indicator row described by its conditions (forms with no quality row targeted at 100%, 没有目标值为100%的质量指标, 一条…的质量指标都没有): no such row on the form (NOT EXISTS), never a row failing them."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows
from assistant.recognise import Token
from assistant.row_predicate import classes_before_rows

# Tokens that describe a row (its class, noun, columns, figures): what may stand between a negator and the row's noun.
_ROW_KINDS = ("class", "quoted_indicator", "op", "op_after", "number", "bracket")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """The words of absent_row.tsv by kind, longest first."""
    said: dict[str, list[str]] = {}
    for _, (kind, words) in rows("absent_row.tsv", 2, "kind<TAB>words"):
        said.setdefault(kind, []).extend(w for w in words.split("|") if w)
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in said.items()}


def _of_rows(token: Token) -> bool:
    """Whether a token describes an indicator row (a class, the rows' noun, a row column or predicate, a figure)."""
    return token.kind in _ROW_KINDS or token.kind == "stop" or (token.kind == "noun" and token.key == "indicator") \
        or (token.kind in ("field", "weak_field") and token.key.startswith("indicator.")) \
        or (token.kind == "predicate" and token.key.startswith("indicator:"))


def _names_row(token: Token) -> bool:
    """Whether a token names the row itself (its class, the rows' noun)."""
    return token.kind in ("class", "quoted_indicator") or (token.kind == "noun" and token.key == "indicator")


def _said_en(text: str, tokens: list[Token]) -> str | None:
    """forms lacking any quality row …, have no quality indicator with …: the negator before the row, replaced."""
    words = _words()
    for kind in ("with", "a"):
        said = "|".join(re.escape(w) for w in words[kind])
        for found in re.finditer(rf"(?<![a-z'])(?:{said})(?![a-z'])", text, re.IGNORECASE):
            after = [t for t in tokens if t.start >= found.end()]
            row = next((k for k, t in enumerate(after) if _names_row(t)), None)
            if row is None or row > 3 or not all(_of_rows(t) for t in after[:row]):
                continue
            return text[:found.start()] + ("with" if kind == "with" else "a") + text[found.end():]
    return None


def _said_zh(text: str, tokens: list[Token]) -> str | None:
    """没有目标值为100%的质量指标 (before the row) or 一条…质量指标都没有 (after it): the negator taken off."""
    words = _words()
    drop = "|".join(map(re.escape, words["drop"]))
    one = "|".join(map(re.escape, words["one"]))
    after = "|".join(map(re.escape, words["after"]))
    for found in re.finditer(rf"(?:{drop})", text):
        later = [t for t in tokens if t.start >= found.end()]
        row = next((k for k, t in enumerate(later) if _names_row(t)), None)
        if row is not None and row <= 8 and all(_of_rows(t) for t in later[:row]) and any(
                t.kind != "stop" for t in later[:row + 1]) and not any(t.start < found.end() and t.end > found.start() and t.kind != "not" for t in tokens):
            return text[:found.start()] + text[found.end():]
        close = re.search(rf"(?:{after})?$", text[:found.start()])
        earlier = [t for t in tokens if t.end <= close.start()]
        following = [t for t in later if t.kind != "stop"]
        if not close.group(0) or not earlier or not _names_row(earlier[-1]) or (following and _of_rows(following[0])):
            continue  # 质量指标都没有达到: the negator qualifies what follows, not the rows
        start = len(earlier)
        while start > 0 and _of_rows(earlier[start - 1]):
            start -= 1
        while earlier[start].kind == "stop":
            start += 1
        head = earlier[start].start
        lead = re.match(rf"(?:{one})", text[head:])
        cut = head + (lead.end() if lead else 0)
        return text[:head] + text[cut:close.start()] + text[found.end():]
    return None


def absent(where: m.Cond | None) -> m.Cond | None:
    """A form-level condition with its one row condition said absent (NOT EXISTS).

    Args:
        where: the Select's condition, read without the negator.

    Returns:
        The condition with its HasIndicator negated, or None when it holds none or more than one.
    """
    items = list(where.items) if isinstance(where, m.And) else [where] if where is not None else []
    found = [k for k, c in enumerate(items) if isinstance(c, m.HasIndicator) and c.where is not None]
    if len(found) != 1:
        return None
    items[found[0]] = m.Not(items[found[0]])
    return m.conjoin(*items)


def reading(reader, question: str, previous, previous_ids):
    """The reader's reading of a form that has no row described by conditions (no quality row targeted at 100%).

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The question read without the negator, its row condition said absent; None when no negator has a described row
        for object, or the reading is of rows, or holds no single row condition.
    """
    from assistant.interpret import is_english, normalize

    text = normalize(question)
    tokens = classes_before_rows(text, *reader.recogniser.tokens(text))[0]
    if not any(_names_row(t) for t in tokens) or not any(t.kind == "not" for t in tokens):
        return None
    without = _said_en(text, tokens) if is_english(text) else _said_zh(text, tokens)
    if without is None:
        return None
    found = reader.read(without, previous, previous_ids, every=False)
    if found is None or found.select is None or found.select.entity != "forms" or found.ignored \
            or (where := absent(found.select.where)) is None:
        return None
    if _said_absent(reader.read(question, previous, previous_ids, every=False), where):
        return None  # no indicator that lost any points: the ordinary reading already says that row absent
    found.select.where = where
    return found


def _said_absent(ordinary, where: m.Cond) -> bool:
    """Whether the ordinary reading of the question already says the described row absent (every NOT EXISTS of
    `where` among its conditions, nothing left unread): it stands, in its own order."""
    if ordinary is None or ordinary.select is None or ordinary.select.entity != "forms" or ordinary.ignored or ordinary.unread:
        return False
    said = ordinary.select.where
    items = set(said.items) if isinstance(said, m.And) else {said}
    ours = list(where.items) if isinstance(where, m.And) else [where]
    return all(c in items for c in ours if isinstance(c, m.Not))
