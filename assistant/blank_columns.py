"""A column of the form said to be left empty (评分等级空着, leave the rating grade blank): that column is missing; a
year not printed (没印年度, print no year) is the check finding the store records when it took the year from the
document (a year is always stored)."""

from __future__ import annotations

from assistant.recognise import Token

# Negations that, closing what is said of a column, say it is not there (the grade is missing).
_LACKING = ("missing", "absent", "lacking", "缺", "没有", "无", "没", "没写", "没有写", "未写", "没填", "未填")
# The finding of a form that prints no year: the store took the year from the document.
_YEAR_TAKEN = "finding YEAR_INFERRED"

def blank_columns(tokens: list[Token]) -> list[Token]:
    """Replace a form column's name (group word) next to an empty word with the predicate "COLUMN missing".

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, "the grade … blank" and "a blank grade" each one predicate token.
    """
    out, i = [], 0
    while i < len(tokens):
        if i and tokens[i].kind == "not" and tokens[i].text in _LACKING and _row_text(tokens[i - 1]) \
                and (i + 1 == len(tokens) or tokens[i + 1].kind == "noun" or tokens[i + 1].after_separator):
            out.append(Token("empty", "missing", tokens[i].start, tokens[i].end, tokens[i].text))  # 偏差原因没写、…
            i += 1
            continue
        unprinted = _year_unprinted_at(tokens, i)
        if unprinted is not None:
            out.append(Token("predicate", _YEAR_TAKEN, tokens[i].start, tokens[unprinted - 1].end,
                             " ".join(t.text for t in tokens[i:unprinted]), after_separator=tokens[i].after_separator))
            i = unprinted
            continue
        found = _blank_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        end, key = found
        out.append(Token("predicate", f"{key} missing", tokens[i].start, tokens[end - 1].end,
                         " ".join(t.text for t in tokens[i:end]), after_separator=tokens[i].after_separator))
        i = end
    return out


def _year_unprinted_at(tokens: list[Token], i: int) -> int | None:
    """The end of "no year" / "year … blank" / 年度没印 starting at i (a negation, then the year with no figure after
    it, or the year, then a negation or an empty word closing it); None when there is none."""
    def year(k: int) -> bool:
        return k < len(tokens) and tokens[k].kind in ("field", "group") and tokens[k].key == "year"

    def figure_after(k: int) -> bool:
        return k < len(tokens) and (tokens[k].kind == "number" or tokens[k].kind in ("op", "op_after", "compare_cue")
                                    and k + 1 < len(tokens) and tokens[k + 1].kind == "number")

    if tokens[i].kind == "not" and year(i + 1) and not figure_after(i + 2):
        end = i + 2  # print no year, 没写年份, without a year
        while end + 1 < len(tokens) and tokens[end].kind == "op" and tokens[end].key == "=" and tokens[end + 1].kind == "follow":
            end += 2  # "no year of their own"
        return end
    if year(i) and i + 1 < len(tokens) and tokens[i + 1].kind in ("empty", "not") and not figure_after(i + 2) \
            and (tokens[i + 1].kind == "empty" or i + 2 == len(tokens) or tokens[i + 2].kind in ("noun", "follow")):
        return i + 2  # 年度没印的项目, year blank
    return None


def _blank_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(end, column) of "COLUMN … empty" or "empty COLUMN" starting at i; None when there is none."""
    token = tokens[i]
    if token.kind == "not" and token.text.lower() in _LACKING and i + 2 < len(tokens) and tokens[i + 1].kind == "follow" \
            and _column(tokens[i + 2]):
        return i + 3, tokens[i + 2].key  # missing their grade
    if token.kind in ("empty", "all_empty") and i + 1 < len(tokens) and _column(tokens[i + 1]):
        end = i + 2
        while end < len(tokens) and tokens[end].kind == "group" and tokens[end].key == token.key:
            end += 1
        return end, tokens[i + 1].key  # a blank grade
    if not _column(token):
        return None
    k = i + 1
    while k < len(tokens) and (tokens[k].kind == "group" and tokens[k].key == token.key
                               or tokens[k].kind == "bracket" or (tokens[k].kind == "op" and tokens[k].key == "=")):
        k += 1
    if k < len(tokens) and tokens[k].kind in ("empty", "all_empty") and not tokens[k].after_separator:
        return k + 1, token.key  # 评分等级空着, the rating grade (评分等级) left blank
    if k < len(tokens) and tokens[k].kind == "not" and tokens[k].text.lower() in _LACKING \
            and (k + 1 == len(tokens) or tokens[k + 1].kind in ("noun", "follow")
                 or tokens[k + 1].kind == "aggregate" and tokens[k + 1].key == "count"  # 没写“汇总”: a word, not a sum
                 or tokens[k + 1].after_separator):
        return k + 1, token.key  # the grade is missing, 评分等级缺, 评分等级没写、…: the negation closes the column's clause
    return None


def _column(token: Token) -> bool:
    """A word naming a column of the form itself (评分等级, 实施单位), not of its indicator rows."""
    return token.kind == "group" and "." not in token.key and token.key != "year"


def _row_text(token: Token) -> bool:
    """A text column of the indicator rows (偏差原因): said not written, it is left empty."""
    return token.kind == "field" and token.key.startswith("indicator.") and not token.key.endswith(("_number", "weight", "score"))
