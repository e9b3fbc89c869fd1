"""A column of the form said to be left empty (评分等级空着, leave the rating grade blank): that column is missing."""

from __future__ import annotations

from assistant.recognise import Token

def blank_columns(tokens: list[Token]) -> list[Token]:
    """Replace a form column's name (group word) next to an empty word with the predicate "COLUMN missing".

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, "the grade … blank" and "a blank grade" each one predicate token.
    """
    out, i = [], 0
    while i < len(tokens):
        found = _blank_at(tokens, i)
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        end, key = found
        out.append(Token("predicate", f"{key} missing", tokens[i].start, tokens[end - 1].end,
                         " ".join(t.text for t in tokens[i:end])))
        i = end
    return out


def _blank_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(end, column) of "COLUMN … empty" or "empty COLUMN" starting at i; None when there is none."""
    token = tokens[i]
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
    return None


def _column(token: Token) -> bool:
    """A word naming a column of the form itself (评分等级, 实施单位), not of its indicator rows."""
    return token.kind == "group" and "." not in token.key and token.key != "year"
