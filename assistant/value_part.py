"""A part of a unit's or department's value said present or absent after naming the column (主管部门为“X”（不带“(汇总)”字样）,
主管部门带“汇总”字样的, a supervising department without the '(汇总)' suffix, with the (汇总) tag): the column must (not) hold
that part, which makes a value that others extend (X, X(汇总)) exact. The words around the part: data/value_parts.tsv."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from assistant import data_files
from assistant.recognise import Token

# The column a token names: a value of it, or the word for the column (主管部门 / 实施单位).
_COLUMN_OF = {"department": "department", "unit": "unit"}
_GROUP_COLUMN = {"department": "department", "implementing_unit": "unit", "unit": "unit"}
# The part: quotes and brackets around two to sixteen characters.
_PART = re.compile(r"^\s*[“\"'‘「『《（(]*\s*([\u4e00-\u9fffA-Za-z0-9]{2,16})\s*[”\"'’」』》）)]*")
# A clause break: the column named before it is not the one a negation after it speaks of.
_BREAK = re.compile(r"[，,；;。]")
# A comma right before an English negation (the department as plain X, without the '(汇总)' suffix): the same clause.
_APPOSITION = re.compile(r"^\s*,\s*$")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """kind (holds, between, characters) → its phrases, longest first."""
    out: dict[str, list[str]] = {}
    for _, (kind, phrases) in data_files.rows("value_parts.tsv", 2, "'kind<TAB>phrases'"):
        out.setdefault(kind, []).extend(p.strip() for p in phrases.split("|") if p.strip())
    return {kind: tuple(sorted(set(ps), key=len, reverse=True)) for kind, ps in out.items()}


def _alternatives(kind: str) -> str:
    return "|".join(re.escape(w) for w in _words().get(kind, ())) or "(?!)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The English words before a part (a run of `between` words), and the characters word after it."""
    between = re.compile(rf"^(?:\s*(?:{_alternatives('between')})\b)*", re.IGNORECASE)
    characters = re.compile(rf"^\s*[”\"'’」』》）)]*\s*(?:{_alternatives('characters')})(?![A-Za-z])", re.IGNORECASE)
    return between, characters


def _column_before(tokens: list[Token], k: int, text: str) -> str | None:
    """The column named nearest before token k in its clause: a unit or department value, or the column's word."""
    for token in reversed(tokens[:k]):
        between = text[token.end:tokens[k].start]
        if _BREAK.search(between) and not (_APPOSITION.match(between) and tokens[k].text.isascii()):
            return None
        if token.kind in _COLUMN_OF:
            return _COLUMN_OF[token.kind]
        if token.kind == "group" and token.key in _GROUP_COLUMN:
            return _GROUP_COLUMN[token.key]
    return None


def _part_said(text: str, start: int, values: list[str]) -> tuple[str, int] | None:
    """The part of a value said from start (words of `between` first, a characters word after), and where it ends."""
    between, characters = _patterns()
    at = start + between.match(text[start:]).end()
    found = _PART.match(text[at:])
    if found is None:
        return None
    words = re.sub(rf"(?:{_alternatives('characters')})$", "", found.group(1))
    # the longest start of the words some value holds (汇总的 → 汇总)
    part = next((words[:n] for n in range(len(words), 1, -1)
                 if any(words[:n] in value and words[:n] != value for value in values)), "")
    if not part:
        return None
    end = at + found.start(1) + len(part)
    end += re.match(r"[”\"'’」』》）)]*", text[end:]).end()  # the part's closing quote or bracket, not the words after it
    said = characters.match(text[end:])
    return part, end + (said.end() if said else 0)


def characters_after(text: str, end: int) -> bool:
    """Whether a characters word (suffix, 字样, data/value_parts.tsv) follows a part said at end.

    Args:
        text: the question.
        end: where the part (its closing quote or bracket included, or not) ends.

    Returns:
        True for "(汇总) suffix" or “汇总”字样: the part is said as characters of a value, not glossed or named.
    """
    return _patterns()[1].match(text[end:]) is not None


def value_parts(text: str, tokens: list[Token], gaps: list[str], values: dict[str, list[str]]) -> tuple[list[Token], list[str]]:
    """The tokens with a part said absent (不带“(汇总)”字样, without the '(汇总)' suffix) or present (带“汇总”字样, with the
    (汇总) tag) after a unit or department read as a value of that column: the negation before it leaves out every value
    holding it, a cue of holding, or a part followed by a characters word, keeps them.

    Args:
        text: the normalised question.
        tokens: its tokens in order, stop words removed.
        gaps: the stretches no recogniser explained.
        values: column ("unit", "department") → the store's values of it.

    Returns:
        The tokens, the words from such a negation or cue through the part (and its characters word) read as one token
        of the column keyed by the part (a negation token kept before it); the gaps without the words it took.
    """
    holds_words = {w.lower() for w in _words().get("holds", ())}
    out, until = [], -1
    for k, token in enumerate(tokens):
        if token.start < until:
            continue
        out.append(token)
        holds = token.kind == "name_cue" and token.text.strip().lower() in holds_words
        column = _column_before(tokens, k, text)
        if column is None:
            continue
        if token.kind == "not" or holds:
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is not None and following.kind in _COLUMN_OF:
                continue  # 主管部门不是X: a value named whole, read as it is
            found = _part_said(text, token.end, values.get(column, []))
            start = token.end
        else:  # a part with its characters word and no cue (a department with the (汇总) suffix): the column holds it
            found = _part_said(text, token.start, values.get(column, []))
            if found is None or not characters_after(text, token.start + _PART.match(text[token.start:]).end()) \
                    or not re.search(r"[“\"'‘「『《（(]\s*$", text[:token.start]) and not re.match(r"[“\"'‘「『《（(]", token.text):  # quoted
                continue
            holds, start = True, token.start
            out.pop()
        if found is None:
            continue
        part, end = found
        if holds and token.kind == "name_cue":
            out.pop()  # 带 is read by the token it introduces
        said = text[start:end]
        if re.fullmatch(rf"\s*[“\"'‘「『]{re.escape(part)}[”\"'’」』]\s*", said):
            said = part  # a part quoted whole is still a part (contains), not a value as printed (equals)
        out.append(dataclasses.replace(token, kind=column, key=part, start=start, end=end, text=said))
        until = end
        gaps = [left for gap in gaps if (left := _trimmed(gap.strip(), text[token.start:end]))]
    return out, gaps


def _trimmed(gap: str, said: str) -> str:
    """A gap without the words a part's token took: whole, or its start or end where the said words overlap it."""
    if gap in said:
        return ""
    start = next((n for n in range(len(gap), 0, -1) if said.endswith(gap[:n])), 0)
    end = next((n for n in range(len(gap) - start, 0, -1) if said.startswith(gap[len(gap) - n:])), 0)
    left = gap[start:len(gap) - end].strip()
    return left if re.search(r"\w", left) or left == gap else ""
