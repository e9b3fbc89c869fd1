"""Rankings as said of forms: by how many indicator rows they list (按数量指标条数由多到少排列，前三位), a field of
the form ranked first by its rows (指标最多的项目执行率是多少), how many from the top (which two come out on top) and
the "by" after a verb of ranking (Rank the 信访办 projects by budget)."""

from __future__ import annotations

import dataclasses
import re

from assistant.recognise import Token

# Tokens that say an order is asked: a sort word or a direction (排序, 由多到少, ranked by); and the English verbs of
# ranking the sort words leave to a following "by" ("Ranking the projects by how many …").
_ORDER = ("sort", "direction")
_RANKING = re.compile(r"\b(?:rank|ranks|ranking|ranked|sort|sorting|order|ordering)\b.*\bby\b", re.IGNORECASE)


def ranked_by_rows(tokens: list[Token], text: str = "") -> list[Token]:
    """When a question asks for an order and a count word stands right beside an indicator word or class
    (三级指标条数, 数量指标条数, how many third-level indicators), the count is the measure of the order: the count word
    becomes "most" (or "fewest" for an ascending direction) and the sort and direction words are read by it.

    Args:
        tokens: the question's tokens (stop words in, and passed over).

    Returns:
        The tokens, rewritten when the question ranks forms by their rows; else as given.
    """
    if not (any(t.kind in _ORDER for t in tokens) or _RANKING.search(text)) or any(t.kind == "field" and t.key != "year" for t in tokens):
        return tokens  # 按执行率排序: a field is ranked, not rows
    words = [k for k, t in enumerate(tokens) if t.kind != "stop"]  # stop words passed over (满意度指标的数量)
    counted = next((n for n, k in enumerate(words) if _counts(tokens[k])
                    and any(_rows(tokens[words[j]]) for j in (n - 1, n + 1) if 0 <= j < len(words))), None)
    if counted is None:
        return tokens
    ascending = any(t.kind == "direction" and t.key == "asc" for t in tokens)
    word = tokens[words[counted]]
    rows = next(words[j] for j in (counted - 1, counted + 1) if 0 <= j < len(words) and _rows(tokens[words[j]]))
    superlative = dataclasses.replace(word, kind="superlative", key="min" if ascending else "max")
    out = []
    for k, token in enumerate(tokens):
        if token.kind in _ORDER or token is word:
            continue
        out.append(token)
        if k == rows:
            out.append(superlative)  # 数量指标 最多: the rows of the class, counted per form and ranked
    return out


def _counts(token: Token) -> bool:
    """A count word (条数, 数量, how many), or "by how many" after a ranking verb."""
    return (token.kind == "aggregate" and token.key == "count") or (token.kind == "by_how_much" and "many" in token.text.lower())


def _rows(token: Token) -> bool:
    """An indicator word (三级指标, indicators) or an indicator class (数量指标, quantity indicator)."""
    return (token.kind == "noun" and token.key == "indicator") or token.kind == "class"


def ranked_by_rows_then_shown(select, tokens: list[Token], class_condition) -> None:
    """指标最多的项目执行率是多少 / the execution rate of the form with the most indicators: the "most" binds to the rows
    beside it, so the forms are those ranked first by their row count, and the field asked is shown for them (never
    the forms ranked by that field).

    Args:
        select: the reading's Select, changed in place when it ranks by a field while "most" stands beside rows.
        tokens: the composed tokens (stop words left out).
        class_condition: a class label → the condition on its rows.
    """
    from assistant import model as m

    if select.aggregate is not None or not isinstance(select.order_by, m.Field) or select.order_by.entity != "form":
        return
    for k, token in enumerate(tokens):
        if token.kind != "superlative" or token.key not in ("max", "min"):
            continue
        beside = [tokens[j] for j in (k - 1, k + 1) if 0 <= j < len(tokens) and _rows(tokens[j])
                  and not (j > 0 and tokens[j - 1].kind == "not")]  # no timeliness indicator: a condition, not the rows ranked
        if not beside or (k + 1 < len(tokens) and tokens[k + 1].kind == "field"):
            continue  # the largest full-year budget: the superlative qualifies the field after it
        rows = beside[0]
        expr = m.IndicatorCount(class_condition(rows.key) if rows.kind == "class" else None)
        shown = select.order_by
        select.where = m.Ranked(expr, token.key == "max", select.limit or 1, select.where, ties=select.ties)
        select.order_by, select.limit, select.ties, select.shown = None, None, False, [shown]
        return


# "which two …", 哪两个: the words asking for a number of forms, right before the count.
_WHICH_BEFORE = re.compile(r"(?:\bwhich\s+|哪)$", re.IGNORECASE)
_MOST_ASKED = 10


def which_n(tokens: list[Token], text: str) -> list[Token]:
    """In a ranking (ranked by …, 排序, the top), "which two come out on top" / 哪两个排在最前 asks for that many forms
    from the top: the count becomes a limit, never a figure left unread.

    Args:
        tokens: the question's tokens (stop words in).
        text: the question the tokens index.

    Returns:
        The tokens, a limit token put before such a count.
    """
    ranks = any(t.kind in ("first_one", "superlative", "sort", "direction") for t in tokens) or _RANKING.search(text)
    if not ranks or any(t.kind == "limit" for t in tokens):
        return tokens
    out = []
    for token in tokens:
        if token.kind == "number" and token.unit in ("count", None) and token.value is not None \
                and 2 <= token.value <= _MOST_ASKED and float(token.value).is_integer() and _WHICH_BEFORE.search(text[:token.start]):
            out.append(dataclasses.replace(token, kind="limit", key="limit", end=token.start, text="", value=None, unit=None))
        out.append(token)
    return out


# A verb of ranking earlier in the same clause (Rank the 信访办 projects by …): the "by" after it names the order.
_RANKING_VERB = re.compile(r"\b(?:rank|ranking|sort|sorting|order|ordering)\b[^,;.?!]*$", re.IGNORECASE)


def ranking_by(tokens: list[Token], text: str) -> list[Token]:
    """"Rank the 信访办 projects by budget": the "by" after a verb of ranking, with the forms named in between, is the
    sort word (a "by" alone would read as a grouping).

    Args:
        tokens: the question's tokens (stop words in).
        text: the question the tokens index.

    Returns:
        The tokens, that "by" made a sort word.
    """
    if any(t.kind == "sort" for t in tokens):
        return tokens
    for k, token in enumerate(tokens):
        if token.kind == "group_cue" and token.text.lower() == "by" and _RANKING_VERB.search(text[:token.start]):
            if any(t.kind == "group" for t in tokens[:k]):
                return tokens  # Rank the units by total budget: the units are grouped, then ranked
            return tokens[:k] + [dataclasses.replace(token, kind="sort", key="sort")] + tokens[k + 1:]
    return tokens
