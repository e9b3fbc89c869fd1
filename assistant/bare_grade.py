"""A grade the store holds written bare in an English question (still carry a grade of 优, rated something other than 优);
a verb of grading before a figure of points (rated below 95 marks) is the score compared, no grade."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files
from assistant.recognise import Token

_CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]+")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# Between the word before the grade and the grade: blanks only ("of 优"), or an opening quote
_BESIDE = re.compile(r"[\s'\"‘“]*")
_BELOW = ("<", "<=")  # below 优, lower than 优, worse than 优


@lru_cache(maxsize=1)
def _grade_words() -> dict[str, list[str]]:
    """The rows of assistant/data/grade_order.tsv by role (order: the grades best first; filler; marked)."""
    return {cells[0]: [w for w in cells[1].split("|") if w] for _, cells in data_files.rows(
        "grade_order.tsv", 2, "'order|filler|marked<TAB>words'", lambda cells: cells[0] in ("order", "filler", "marked"))}


def _below_the_best(text: str, before: Token, start: int, grade: str) -> bool:
    """Whether a comparison of "below" stands before the best grade, with at most a filler word between (anything below 优)."""
    words = _grade_words()
    fillers = "|".join(re.escape(w) for w in sorted(words.get("filler", []), key=len, reverse=True))
    between = re.compile(rf"[\s'\"‘“]*(?:(?:{fillers})[\s'\"‘“]+)?" if fillers else r"[\s'\"‘“]*", re.I)
    return before.kind == "op" and before.key in _BELOW and bool(words.get("order")) and words["order"][0] == grade \
        and between.fullmatch(text[before.end:start]) is not None


def _marked_down(tokens: list[Token], op: Token) -> list[Token]:
    """The tokens without a verb of marking down read as points docked right before a comparison with a grade (were
    marked down to below 优: the grade compared, no row's points)."""
    marked = tuple(w.lower() for w in _grade_words().get("marked", []))
    at = tokens.index(op)
    k = at - 1
    while k >= 0 and tokens[k].kind == "stop":
        k -= 1
    if k >= 0 and tokens[k].kind == "predicate" and "score < weight" in tokens[k].key \
            and any(word in tokens[k].text.lower() for word in marked):
        return tokens[:k] + tokens[k + 1:]
    return tokens


def bare_grades(text: str, tokens: list[Token], gaps: list[str], grades: list[str]) -> tuple[list[Token], list[str]]:
    """Read a held grade standing alone among English words as that grade; an "other than" right before it (a comparison
    of inequality) says any other grade, an "of"/"is" (of equality) says nothing more.

    Args:
        text: the normalised question.
        tokens: its tokens, in order.
        gaps: the stretches no recogniser explained.
        grades: the grades the store holds (优).

    Returns:
        (tokens, gaps), each such grade a grade token and no longer a gap; the comparison before it folded in.
    """
    tokens = rated_a_figure(tokens)
    english = len(_ENGLISH_WORD.findall(text)) >= 3
    held = set(grades)
    found = []
    for run in _CHINESE_RUN.finditer(text):
        if run.group(0) in held and not any(t.start < run.end() and t.end > run.start() for t in tokens):
            if english:
                found.append(run)
    if not english:  # in Chinese, only the best grade said right after a comparison of "below" (低于优, 不到优)
        best = _grade_words().get("order", [""])[0]
        found = [run for op in tokens if op.kind == "op" and op.key in _BELOW
                 for run in [re.compile(re.escape(best)).match(text, op.end)] if best and best in held and run is not None
                 and not any(t.start < run.end() and t.end > run.start() for t in tokens)]
    if not found:
        return tokens, gaps
    tokens = list(tokens)
    for run in found:
        start, said = run.start(), run.group(0)
        before = max((t for t in tokens if t.end <= start), key=lambda t: t.end, default=None)
        if before is not None and before.kind == "op" and before.key in ("=", "!=") \
                and _BESIDE.fullmatch(text[before.end:start]):
            tokens.remove(before)
            start = before.start
            said = ("other than " if before.key == "!=" else "") + said  # conditions.text_condition reads its negation
        elif before is not None and _below_the_best(text, before, start, said):
            tokens = _marked_down(tokens, before)  # below 优 (the best grade): any other grade, among the graded
            tokens.remove(before)
            start, said = before.start, "other than " + said
        tokens.append(Token("grade", run.group(0), start, run.end(), said))
    left = []
    for gap in gaps:
        for run in found:
            gap = gap.replace(run.group(0), " ", 1)
        if re.search(r"\w", gap):
            left.append(gap.strip())
    return sorted(tokens, key=lambda t: t.start), left


def rated_a_figure(tokens: list[Token]) -> list[Token]:
    """A "grade present" predicate (were rated, was graded) right before a comparison with a figure of points, or the
    figure itself: the total score compared ("rated below 95 marks overall": total score < 95), no grade asked.

    Args:
        tokens: the question's tokens, in order.

    Returns:
        The tokens, such a predicate a total-score field.
    """
    out = list(tokens)
    for k, token in enumerate(out):
        if token.kind != "predicate" or token.key != "grade present":
            continue
        j = k + 1
        while j < len(out) and out[j].kind in ("op", "stop"):
            j += 1
        if j < len(out) and out[j].kind == "number" and (out[j].unit == "score" or out[j].unit is None and (
                j + 1 == len(out) or out[j + 1].kind == "stop")):  # a grade and more than 8 indicators: a count, kept
            out[k] = Token("field", "total_score", token.start, token.end, token.text)
    return out
