"""A figure of points said of an indicator row (30分的三级指标, 设有30分单项指标, a 30-point indicator): the row's weight."""

from __future__ import annotations

import dataclasses

from assistant.recognise import Token
from assistant.row_predicate import one_said, words

# How many characters may stand between the figure and the indicator word (单项, 的, "to a", "-point"): a short
# modifier, never a clause.
_GAP = 8
# What a gap may not hold: a clause break or a word of its own (a comma, 和, "and") means the figure is said of
# something else.
_BREAKS = (",", "，", "、", ";", "；", "和", "且", " and ", " or ", "或")


def weighted_rows(tokens: list[Token], text: str) -> list[Token]:
    """Give a figure of points the indicator weight field when an indicator word or class follows it closely and no
    field is said of it (设有30分单项三级指标 → 指标分值 = 30; "give 30 points to a social-benefit indicator"): points
    said of a row are what the row is worth, not the form's total score.

    Args:
        tokens: the question's tokens (stop words in, and passed over).
        text: the question the tokens index.

    Returns:
        The tokens, with a field token for the indicator weight before each such figure (or before its operator).
    """
    out = list(tokens)
    k = 0
    while k < len(out):
        token = out[k]
        after = _next_word(out, k)
        if token.kind != "number" or token.unit != "score":
            k += 1
            continue
        end = token.end
        if after is not None and out[after].kind == "op_after":  # 30 points or more on a single indicator: the bound passed
            end, after = out[after].end, _next_word(out, after)
        one = one_said(text, out[after].start) if after is not None else None  # on a single output indicator: one aside
        gap = text[end:one[0] if one else out[after].start] if after is not None else ""
        if (after is None or not _row_word(out[after])) and _row_after_verb(out, k, text):
            after = k  # 有一项产出指标占20分: one row's points after it
        elif after is None or not _row_word(out[after]) or len(gap) > _GAP or any(mark in gap for mark in _BREAKS):
            k += 1
            continue
        before = _previous_word(out, k)
        start = before if before is not None and out[before].kind == "op" else k
        if _field_in_clause(out, start, text):
            k += 1
            continue  # 分值为30分的指标, 分值在10到20分之间的指标: the field is said
        anchor = out[start]
        out.insert(start, dataclasses.replace(anchor, kind="field", key="indicator.weight", end=anchor.start, text="",
                                              value=None, unit=None))
        k += 2
    return out


def _row_after_verb(tokens: list[Token], k: int, text: str) -> bool:
    """有一项产出指标占20分, a single output indicator worth 20 points: the figure follows a row said with a word of
    one, and only a verb of carrying points stands between."""
    before = _previous_word(tokens, k)
    while before is not None and (tokens[before].kind == "op" or tokens[before].text.lower() in words("points_verb")):
        before = _previous_word(tokens, before)
    if before is None or not _row_word(tokens[before]) or one_said(text, tokens[before].start) is None:
        return False
    between = text[tokens[before].end:tokens[k].start].strip().lower()
    return between in ("", *words("points_verb"))


def _field_in_clause(tokens: list[Token], k: int, text: str) -> bool:
    """Whether a field (or a number of a range: 10到20分) stands before token k in the same clause."""
    for j in range(k - 1, -1, -1):
        if any(mark in text[tokens[j].end:tokens[k].start] for mark in _BREAKS[:6]):
            return False
        if tokens[j].kind in ("field", "weak_field", "class_part") or (j == _previous_word(tokens, k) and tokens[j].kind == "number"):
            return True
    return False


def _next_word(tokens: list[Token], k: int) -> int | None:
    """The index of the first token after k that is not a stop word."""
    return next((j for j in range(k + 1, len(tokens)) if tokens[j].kind != "stop"), None)


def _previous_word(tokens: list[Token], k: int) -> int | None:
    """The index of the last token before k that is not a stop word."""
    return next((j for j in range(k - 1, -1, -1) if tokens[j].kind != "stop"), None)


def _row_word(token: Token) -> bool:
    """An indicator word (三级指标, indicator) or an indicator class (满意度指标, quantity indicator)."""
    return (token.kind == "noun" and token.key == "indicator") or token.kind == "class"
