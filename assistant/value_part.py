"""A part of a unit's or department's value said present or absent after naming the column (主管部门为“X”（不带“(汇总)”字样）,
主管部门带“汇总”字样的): the column must (not) hold that part, which makes a value that others extend (X, X(汇总)) exact."""

from __future__ import annotations

import dataclasses
import re

from assistant.recognise import Token

# The column a token names: a value of it, or the word for the column (主管部门 / 实施单位).
_COLUMN_OF = {"department": "department", "unit": "unit"}
_GROUP_COLUMN = {"department": "department", "implementing_unit": "unit", "unit": "unit"}
# What stands after 不带 / 不含 around the part: quotes and brackets, then 字样 / 这几个字 (the words "the characters").
_PART = re.compile(r"^\s*[“\"'‘「『《（(]*\s*([\u4e00-\u9fffA-Za-z0-9]{2,16})\s*[”\"'’」』》）)]*")
_CHARACTERS = re.compile(r"(?:等?字样|这几个字|几个字|二字|两个字)$")
# Words saying the column holds the part (主管部门带“汇总”字样).
_HOLDS = ("带", "含", "包含", "含有", "带有", "带着")
# A clause break: the column named before it is not the one a negation after it speaks of.
_BREAK = re.compile(r"[，,；;。]")


def _column_before(tokens: list[Token], k: int, text: str) -> str | None:
    """The column named nearest before token k in its clause: a unit or department value, or the column's word."""
    for token in reversed(tokens[:k]):
        if _BREAK.search(text[token.end:tokens[k].start]):
            return None
        if token.kind in _COLUMN_OF:
            return _COLUMN_OF[token.kind]
        if token.kind == "group" and token.key in _GROUP_COLUMN:
            return _GROUP_COLUMN[token.key]
    return None


def value_parts(text: str, tokens: list[Token], gaps: list[str], values: dict[str, list[str]]) -> tuple[list[Token], list[str]]:
    """The tokens with a part said absent (不带“(汇总)”字样) or present (带“汇总”字样) after a unit or department read as a
    value of that column: the negation before it leaves out every value holding it, 带 keeps them.

    Args:
        text: the normalised question.
        tokens: its tokens in order, stop words removed.
        gaps: the stretches no recogniser explained.
        values: column ("unit", "department") → the store's values of it.

    Returns:
        The tokens, a bracket, quote or word after such a negation (or 带 / 含, which it replaces) read as a token of the
        column keyed by the part; the gaps without the words it took.
    """
    out, skip = [], set()
    for k, token in enumerate(tokens):
        if k in skip:
            continue
        out.append(token)
        holds = token.kind == "name_cue" and token.text in _HOLDS
        column = _column_before(tokens, k, text) if token.kind == "not" or holds else None
        if column is None:
            continue
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is not None and following.kind in _COLUMN_OF:
            continue  # 主管部门不是X: a value named whole, read as it is
        inside = following is not None and not re.search(r"\w", text[token.end:following.start])
        end = following.end if inside else (following.start if following is not None else len(text))
        found = _PART.match(text[token.end:end])
        words = _CHARACTERS.sub("", found.group(1)) if found else ""
        # the longest start of the words some value holds (汇总的 → 汇总)
        part = next((words[:n] for n in range(len(words), 1, -1)
                     if any(words[:n] in value and words[:n] != value for value in values.get(column, ()))), "")
        if not part:
            continue
        if inside:
            skip.add(k + 1)
        if holds:
            out.pop()  # 带 is read by the token it introduces
        said = text[token.end:token.end + found.end()]
        out.append(dataclasses.replace(token, kind=column, key=part, start=token.end, end=token.end + found.end(), text=said))
        gaps = [gap for gap in gaps if not (gap.strip() and gap.strip() in said)]
    return out, gaps
