"""What a superlative governs: a change of the budget (the largest top-up, 砍得最多, grew most in percentage terms) ranks by that change's size for the argmax form."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.data_files import role_words, rows

_WORDS = role_words("governed.tsv", ("percent", "up", "down", "sign"))
# The lexicon's change verbs (raised, 追加, cut, 调减 …): a rise (>) or a fall (<) of the full-year budget.
_LEXICON = {(cells[1]): [w for w in cells[2].split("|") if w] for _, cells in rows("lexicon.tsv")
            if len(cells) == 3 and cells[0] == "change_verb" and cells[1] in ("<", ">")}
_CLAUSE = re.compile(r"[,，;；。？?！!]")
_RANKED_BY = ("field", "weak_field")
_ANNUAL, _INITIAL = m.Field("annual_budget"), m.Field("initial_budget")
_STATISTICS = ("sum", "avg", "median", "count", "distinct", "range")


def _changes(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, '>' or '<') of every change word said in the text (longest words first, never overlapping)."""
    words = [(w, ">") for w in (*_WORDS.get((lang, "up"), []), *_LEXICON.get(">", []))] \
        + [(w, "<") for w in (*_WORDS.get((lang, "down"), []), *_LEXICON.get("<", []))]
    taken, found = set(), []
    for word, way in sorted(words, key=lambda pair: len(pair[0]), reverse=True):
        pattern = rf"(?<![a-z]){re.escape(word)}(?![a-z])" if lang == "en" else re.escape(word)
        for hit in re.finditer(pattern, text, re.I):
            if not taken & set(range(hit.start(), hit.end())):
                taken |= set(range(hit.start(), hit.end()))
                found.append((hit.start(), hit.end(), way))
    return found


def _clause(text: str, at: int) -> tuple[int, int]:
    """The span of the clause holding character `at`."""
    start = max((hit.end() for hit in _CLAUSE.finditer(text, 0, at)), default=0)
    stop = next((hit.start() for hit in _CLAUSE.finditer(text, at)), len(text))
    return start, stop


def change_of(text: str, lang: str, tokens: list, superlative) -> str | None:
    """What a superlative governs: '>' (a rise) or '<' (a fall) when a change word is the nearest word of its clause
    the superlative can rank by, else the field it ranks (the highest execution rate among forms cut), else None.

    Args:
        text: the question as the tokens were read from.
        lang: "zh" or "en".
        tokens: the question's tokens.
        superlative: the superlative token.

    Returns:
        '>' or '<', a field's key, or None.
    """
    start, stop = _clause(text, superlative.start)
    def gap(a: int, b: int) -> int:
        return superlative.start - b if b <= superlative.start else a - superlative.end
    changes = [(gap(a, b), way, a) for a, b, way in _changes(text, lang) if start <= a and b <= stop]
    for t in tokens:
        if t.kind == "field" and t.key == "budget_change" and start <= t.start and t.end <= stop:
            changes.append((gap(t.start, t.end), ">", t.start))  # the largest increase, 追加额最大
    if not changes:
        return _field(text, tokens, superlative, start, stop, gap)
    distance, way, at = min(changes, key=lambda c: (c[0], (c[2] < superlative.start) == (lang == "en")))
    inside = lambda t: start <= t.start and t.end <= stop and not (t.end <= at <= t.start or t.start <= at < t.end)
    # a field said nearer the superlative than the change is what it ranks (执行率最高, the largest annual budget)
    rivals = [t for t in tokens if t.kind in _RANKED_BY and t.key != "budget_change" and inside(t)
              and not any(a <= t.start < b for a, b, _ in _changes(text, lang))]
    nearest = min(rivals, key=lambda t: gap(t.start, t.end), default=None)
    if nearest is not None and gap(nearest.start, nearest.end) < distance and not _said_of(nearest, at, lang):
        return nearest.key
    return way


def _field(text: str, tokens: list, superlative, start: int, stop: int, gap) -> str | None:
    """The field a superlative with no change in its clause stands next to (the largest annual budget), if any."""
    near = [t for t in tokens if t.kind == "field" and start <= t.start and t.end <= stop and gap(t.start, t.end) <= 2]
    return min(near, key=lambda t: gap(t.start, t.end)).key if near else None


def _said_of(field, at: int, lang: str) -> bool:
    """Whether the field nearest the superlative is the budget the change is said of (追加预算最多, the budget cut most)."""
    reach = 8 if lang == "en" else 2
    return field.key in ("annual_budget", "initial_budget") and (0 <= at - field.end <= reach or 0 <= field.start - at <= reach + 6)


def percent_said(text: str, lang: str) -> bool:
    """Whether the question asks the change relative to its starting figure.

    Args:
        text: the question.
        lang: "zh" or "en".

    Returns:
        True when a percentage word is said.
    """
    words = _WORDS.get((lang, "percent"), [])
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if lang == "en" else re.escape(w), text, re.I) for w in words)


def _without_change(cond):
    """The condition without any comparison of the full-year and initial budgets (the change is rebuilt)."""
    items = list(cond.items) if isinstance(cond, m.And) else [cond] if cond is not None else []
    return m.conjoin(*[c for c in items if not (isinstance(c, m.Compare) and {repr(c.left), repr(c.right)} == {repr(_ANNUAL), repr(_INITIAL)})])


def ranked(select: m.Select, text: str, lang: str, tokens: list) -> bool:
    """A superlative governing a change ranks the forms changed that way by the change's size (or its percentage of
    the initial budget, over forms with one) and shows it for the form ahead (in place).

    Args:
        select: the reading's Select.
        text: the question as tokenised.
        lang: "zh" or "en".
        tokens: the question's tokens.

    Returns:
        Whether the reading was rebuilt so.
    """
    superlatives = [t for t in tokens if t.kind == "superlative" and t.key in ("max", "min")]
    if len(superlatives) != 1 or select.group_by is not None or select.groups:
        return False
    if select.aggregate is not None and (select.aggregate.function in _STATISTICS or isinstance(select.where, m.Ranked)):
        return False  # the three largest cuts added up: a statistic over the ranking, read elsewhere
    way = change_of(text, lang, tokens, superlatives[0])
    if way is None:
        return False
    if way not in ("<", ">"):  # among the forms cut, the largest annual budget: that field, not the cut's size
        if not (isinstance(select.order_by, m.Arith) and _without_change(m.Compare(select.order_by.left, "<", select.order_by.right)) is None):
            return False
        select.order_by = m.Field(way)
        select.shown = [select.order_by]
        return True
    size = m.Arith("-", _ANNUAL, _INITIAL) if way == ">" else m.Arith("-", _INITIAL, _ANNUAL)
    conditions = [_without_change(select.where), m.Compare(_ANNUAL, way, _INITIAL)]
    if percent_said(text, lang):
        size = m.Arith("*", m.Number(100.0), m.Arith("/", size, _INITIAL))
        conditions.append(m.Compare(_INITIAL, ">", m.Number(0.0, "0")))  # a percentage needs a starting figure
    select.where, select.aggregate = m.conjoin(*conditions), None
    select.order_by, select.descending, select.shown = size, superlatives[0].key == "max", [size]
    if select.limit is None:  # the one ahead and any tied with it; a number said (the three largest) is kept
        select.limit, select.ties = 1, True
    return True


def read_words(words: list, lang: str) -> list:
    """The words left unread once a change was ranked, without its change, percentage and sign words.

    Args:
        words: the reading's ignored or unread words.
        lang: "zh" or "en".

    Returns:
        The words still unread.
    """
    said = {w.lower() for role in ("percent", "up", "down", "sign") for w in _WORDS.get((lang, role), [])}
    said |= {w.lower() for way in ("<", ">") for w in _LEXICON.get(way, [])}
    return [w for w in words if w.lower() not in said and not any(w.lower().startswith(s) for s in said if len(s) > 3)]
