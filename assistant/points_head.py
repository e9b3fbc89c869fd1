"""Points bound by their head: a figure of points said with a total word is the form's total score, with a weight word and a row is that row's weight."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from assistant import data_files, lexicon
from assistant.recognise import Token
from assistant.row_predicate import words

# What closes a clause: a figure's head is looked for inside its own clause only.
_BREAK = re.compile(r"[,，、;；。?？]|\band\b|\bwith\b|\bwhile\b|\bbut\b|\byet\b|和|且|并且|而且|同时|还")
# A row noun in the singular closing a class said in English (a quality row, their satisfaction indicator).
_SINGULAR = re.compile(r"\b(?:indicator|row|line|measure|metric|kpi)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _total_words() -> re.Pattern:
    """The total words of assistant/data/point_heads.tsv, as one pattern (whole words in English)."""
    words = data_files.role_words("point_heads.tsv", ("total",))
    english = "|".join(re.escape(w) for w in words.get(("en", "total"), []))
    chinese = "|".join(re.escape(w) for w in words.get(("zh", "total"), []))
    return re.compile(rf"(?<![a-z])(?:{english})(?![a-z])|{chinese}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _class_keys() -> frozenset[str]:
    """The indicator classes the lexicon names (质量指标, 时效指标 …)."""
    return frozenset(lexicon.load().keys("class").values())


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause around text[start:end]: from the last break before it to the first after it."""
    before = [found.end() for found in _BREAK.finditer(text, 0, start)]
    after = _BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _is_total(token: Token) -> bool:
    """A token whose whole text is a total word (in total, a total of, comes to)."""
    return token.kind in ("aggregate", "stop") and _total_words().fullmatch(token.text.strip()) is not None


def _points(token: Token) -> bool:
    """A figure that may be points: in points, or bare and no more than a form's 100."""
    return token.kind == "number" and (token.unit == "score" or (token.unit is None and token.value is not None and 0 <= token.value <= 100))


def bound(tokens: list[Token], text: str) -> list[Token]:
    """Bind each figure of points to the level its head noun names, whatever clause it sits in: a total word
    (overall, in total, a total of, 总分) → the form's total score; a weight word (weight, worth, 分值) with a row or
    class in the clause → that row's weight, the weight word moved before the figure it governs.

    Args:
        tokens: the question's tokens (stop words in).
        text: the question the tokens index.

    Returns:
        The tokens, rebound: a score field marked as the form's total, total words read as that field, a weight word
        placed before its figure, a class stem said with a row noun (a quality row) read as that class.
    """
    out = _class_rows(list(tokens))
    rowed = any(t.kind in ("class",) or (t.kind == "noun" and t.key == "indicator") or
                (t.kind == "field" and t.key == "indicator.weight") for t in out)
    out = _totals(_one_row(out, text), text, rowed)
    return _weights(out, text)


def _one_row(tokens: list[Token], text: str) -> list[Token]:
    """A class, one of its rows counted, a verb of carrying and points (质量指标有一条占10分, quality indicators, one of
    them worth 10): that one row's weight, not a count of rows and the form's total."""
    out = list(tokens)
    said = [j for j, t in enumerate(out) if t.kind != "stop"]
    for a, b, c in zip(said, said[1:], said[2:]):
        one, verb = out[b], out[c]
        figure = next((j for j in said if j > c), None)
        if out[a].kind == "class" and one.kind == "number" and one.unit == "count" and one.value == 1 \
                and verb.text.lower() in words("points_verb") and figure is not None and out[figure].kind == "number" \
                and out[figure].unit == "score" and all(out[j].kind == "op" for j in said if c < j < figure):
            out[a] = dataclasses.replace(out[a], value=1.0)
            out[b] = dataclasses.replace(one, kind="stop", key="stop")
            out[c] = Token("field", "indicator.weight", verb.start, verb.end, verb.text)
            break
    return out


def _class_rows(tokens: list[Token]) -> list[Token]:
    """A class stem said before a row noun (a quality row, timeliness line): that class, one token."""
    out = []
    for token in tokens:
        last = next((j for j in range(len(out) - 1, -1, -1) if out[j].kind != "stop"), None)
        if token.kind == "noun" and token.key == "indicator" and last is not None and out[last].kind == "topic" \
                and f"{out[last].key}指标" in _class_keys() and last == len(out) - 1:
            stem = out[last]
            out[last] = Token("class", f"{stem.key}指标", stem.start, token.end, f"{stem.text} {token.text}", stem.value)
            continue
        out.append(token)
    return out


def _totals(tokens: list[Token], text: str, rowed: bool) -> list[Token]:
    """Total words: a score field in their clause is the form's total; a total word before a figure of points is it."""
    out = list(tokens)
    for k, token in enumerate(out):
        if token.kind == "field" and token.key in ("total_score", "indicator.score") and _figure_after(out, k, None) is not None \
                and _total_words().search(token.text) is None:  # 总分, total score: a total already; points lost: no figure
            start, end = _clause(text, token.start, token.end)
            said = _total_words().search(text, start, end)
            if said is None or any(t.kind in ("class", "noun") and start <= t.start < end and t.key != "form" for t in out):
                continue  # the points of a row in its own clause (a quality indicator scored 10 in total) stay the row's
            out[k] = dataclasses.replace(token, key="total_score", text=f"{token.text} ({said.group(0)})")
            for j, other in enumerate(out):
                if j != k and _is_total(other) and start <= other.start < end:
                    out[j] = dataclasses.replace(other, kind="stop", key="stop")
        elif _is_total(token) and token.kind == "aggregate" and (rowed or _figure_after(out, k, "score") or _total_alone(out)):
            start, end = _clause(text, token.start, token.end)
            j = _figure_after(out, k, None)
            if j is None or any(t.kind in ("field", "weak_field") for t in out[k + 1:j]) or not _points(out[j]) \
                    or _counted(out, j) or any(t.kind == "class" and start <= t.start < end for t in out):
                continue
            out[k] = Token("field", "total_score", token.start, token.end, f"{token.text} (total score)")
            for i in range(k + 1, j):
                if _is_total(out[i]):
                    out[i] = dataclasses.replace(out[i], kind="stop", key="stop")
    for k in range(len(out) - 1, -1, -1):  # fewer than 96 points altogether: points with a total word and no field
        if out[k].kind == "number" and out[k].unit == "score":
            start, end = _clause(text, out[k].start, out[k].end)
            said = _total_words().search(text, start, end)
            fields = [t for t in out if start <= t.start < end and t.kind in ("field", "weak_field", "ratio", "class")]
            if said is None or fields:
                continue
            first = k
            while first > 0 and out[first - 1].kind == "op":
                first -= 1
            out.insert(first, Token("field", "total_score", out[first].start, out[first].start, f"({said.group(0)})"))
            for j, other in enumerate(out):
                if _is_total(other) and start <= other.start < end:
                    out[j] = dataclasses.replace(other, kind="stop", key="stop")
    return out


def _total_alone(tokens: list[Token]) -> bool:
    """A total word naming no field to total (a total below 100): a bare figure after it is the form's total score."""
    return not any(t.kind in ("field", "weak_field", "ratio", "class", "measure") for t in tokens)


def _figure_after(tokens: list[Token], k: int, unit: str | None) -> int | None:
    """The index of the figure after token k past total words, operators and stop words (of that unit, if given)."""
    for j in range(k + 1, len(tokens)):
        if tokens[j].kind == "number":
            return j if unit is None or tokens[j].unit == unit else None
        if not (tokens[j].kind in ("op", "stop") or _is_total(tokens[j])):
            return None
    return None


def _counted(tokens: list[Token], j: int) -> bool:
    """A figure counting the rows or forms that follow it (a total of 5 indicators)."""
    after = next((t for t in tokens[j + 1:] if t.kind != "stop"), None)
    return after is not None and after.kind in ("noun", "class") and tokens[j].unit != "score"


def _weights(tokens: list[Token], text: str) -> list[Token]:
    """A weight word and a figure of points in one clause with a row or class: the weight word before the figure."""
    out = list(tokens)
    for k, token in enumerate(list(out)):
        if not (token.kind == "field" and token.key == "indicator.weight"):
            continue
        k = out.index(token)
        start, end = _clause(text, token.start, token.end)
        inside = [j for j, t in enumerate(out) if start <= t.start < end and t.kind != "stop"]
        figures = [j for j in inside if out[j].kind == "number" and out[j].unit == "score"]
        if len(figures) != 1 or not any(out[j].kind in ("class", "noun") and out[j].key != "form" for j in inside):
            continue
        n = figures[0]
        for j in inside:  # weight a quality row, their satisfaction indicator: a row said in the singular is one row
            if out[j].kind == "class" and _SINGULAR.search(out[j].text):
                out[j] = dataclasses.replace(out[j], value=1.0)
        between = [j for j in inside if min(k, n) < j < max(k, n)]
        if any(out[j].kind not in ("class", "noun", "topic", "op", "follow") for j in between) \
                or (k < n and all(out[j].kind == "op" for j in between)):
            continue  # another field or figure between: it heads something else; worth 10 points: already before it
        if k < n:  # weight a quality row at 20 points: the figure, with the operators opening it, after the weight word
            first = n
            while first - 1 > k and out[first - 1].kind == "op":
                first -= 1
            last = n  # at 10 points or more: the operator said after the figure goes with it
            while last + 1 < len(out) and out[last + 1].kind == "op_after":
                last += 1
            chunk = [t for t in out[first:last + 1] if t.kind != "op" or t.key != "="]  # "at": a preposition, not "="
            del out[first:last + 1]
            out[k + 1:k + 1] = chunk
            continue
        weight = out.pop(k)  # 20 points of weight to a row: the operators between the figure and the weight word go
        for j in sorted((j for j in between if out[j].kind == "op"), reverse=True):
            out.pop(j)
        out.insert(n, weight)
    return out
