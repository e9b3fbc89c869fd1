"""A column's wording asked in words (时效指标的目标写的是按计划开展, 时效那一栏填的是每季度一次, target “每月”): the rows
whose target (or actual) prints those words, within the class named; said to print only them (只写了“改善”俩字, just
the word “降低”), the rows whose cell is exactly those words."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files
from assistant.printed_as import in_words
from assistant.recognise import Token

_COLUMNS = ("indicator.target_number", "indicator.actual_number")
_QUOTED = re.compile(r"\s*[“\"'‘「『]([^”\"'’」』]{1,30})[”\"'’」』]")
# Words after a "written as" cue: a run of Chinese up to 的 or a break (每季度一次的项目 → 每季度一次).
# A bracket may hold them (in words (百分之九十)): the words inside.
_RUN = re.compile(r"\s*[（(]?\s*([\u4e00-\u9fff][\u4e00-\u9fff\-—～~]*?)(?=的|[^\u4e00-\u9fff\-—～~]|$)")
# Tokens a wording may not swallow: what names a form, a class or a part of the form is a condition of its own.
_NAMES = ("class", "project", "quoted_project", "unit", "department", "tag", "grade", "noun", "quoted_indicator")
_CLASSES = ("only", "glue", "length", "verb")
_MARKS = " “”\"'‘’「」『』"


@lru_cache(maxsize=1)
def _only_words() -> dict[str, re.Pattern]:
    """assistant/data/printed_only.tsv by class, each compiled into one pattern (English words whole)."""
    parts: dict[str, list[str]] = {}
    for _, cells in data_files.rows("printed_only.tsv", 3, f"'zh|en<TAB>{'|'.join(_CLASSES)}<TAB>pattern'",
                                     lambda cells: cells[0] in ("zh", "en") and cells[1] in _CLASSES and bool(cells[2].strip())):
        words = [cells[2].strip()] if cells[1] == "length" else sorted(cells[2].strip().split("|"), key=len, reverse=True)
        parts.setdefault(cells[1], []).extend(rf"(?<![a-z])(?:{w})(?![a-z])" if cells[0] == "en" else f"(?:{w})" for w in words)
    return {kind: re.compile("|".join(found), re.IGNORECASE) for kind, found in parts.items()}


def _said_only(text: str, column: int, at: int) -> int | None:
    """Where the words after a column start when an "only" cue stands between them (只写了 / is just the word), else None.

    Args:
        text: the question.
        column: where the column's word ends.
        at: where the glue tokens after it end.

    Returns:
        The offset after the cue and its glue, or None when no "only" word stands there.
    """
    words = _only_words()
    said = re.compile(rf"\s*(?:(?:{words['only'].pattern}|{words['glue'].pattern})\s*){{0,6}}", re.IGNORECASE).match(text, at)
    if not words["only"].search(text[column:said.end()]):
        return None
    return said.end()


def _length_note(text: str, at: int) -> int:
    """Where a note counting the words' characters (俩字, 两个字) after them ends; `at` when there is none."""
    note = re.compile(rf"\s*(?:{_only_words()['length'].pattern})").match(text, at)
    return note.end() if note else at


def printed_words(tokens: list[Token], gaps: list[str], text: str, cues: dict[str, str]) -> tuple[list[Token], list[str]]:
    """TARGET [cue] “WORDS” / TARGET-or-CLASS cue WORDS → TARGET and one quoted_indicator token holding the words
    (rows.quoted_words reads it as the rows whose column prints them).

    Args:
        tokens: the question's tokens, stop words still in.
        gaps: the stretches no recogniser explained (the words read here are taken out).
        text: the normalised question the tokens index.
        cues: the words for "written as" (lexicon kind printed_as).

    Returns:
        The tokens, each such wording one quoted token after its column, and the gaps left.
    """
    for i, token in enumerate(tokens):
        if not ((token.kind == "field" and token.key in _COLUMNS) or token.kind == "class"):
            continue
        k = i + 1
        while k < len(tokens) and k < i + 6 and not text[tokens[k - 1].end:tokens[k].start].strip() \
                and ((tokens[k].kind == "stop" and (not tokens[k].text.isascii() or tokens[k].text.lower() in cues)) or (tokens[k].kind == "op" and tokens[k].key == "=")
                     or in_words(tokens[k])):  # 写的是汉字“百分之九十”: the language the words are written in
            k += 1  # 的, 就, 写了, 那一栏填的是, 是: glue before the words, written right after the column
        at = tokens[k - 1].end
        glue = text[token.end:at].lower()
        cue = any(cues[word] == "printed" and word in glue for word in cues)
        only = _said_only(text, token.end, at)  # 只写了“改善” / is just the word “降低”: the whole cell
        at = at if only is None else only
        written = only is not None and bool(_only_words()["verb"].search(text[token.end:at]))  # 只写了改善两个字
        found = _QUOTED.match(text, at) or (_RUN.match(text, at) if cue or written else None)
        if found is None or any(ch.isdigit() for ch in found.group(1)) or not re.search(r"[\u4e00-\u9fff]", found.group(1)):
            continue  # a figure is printed_as's; words in English ('two actuals') are no wording a form prints
        start, end = found.start(1), found.end(1)
        words = found.group(1)
        if only is not None and found.re is _RUN:  # 只写了改善两个字: the count of characters is no part of the words
            note = next((n for n in range(1, len(words)) if _length_note(words, n) == len(words)), None)
            words, end = (words, end) if note is None else (words[:note], start + note)
        quoted = found.re is _QUOTED  # quoted after the column: its wording, even where a row's name holds it too
        after = _length_note(text, found.end()) if only is not None else found.end()
        inside = [t for t in tokens if t.start < max(end, after) and t.end > start]
        if only is not None and not quoted and any(t.start < start and t.kind not in ("stop", "op", "follow") for t in inside):
            continue  # 只有文字: the cue is part of a phrase read as a whole (no digit), no wording
        if len(words) < 2 or any(t.kind in _NAMES and not (quoted and (t.kind == "quoted_indicator" or only is not None)) for t in inside):
            continue
        column = [] if token.kind == "field" else [Token("field", "indicator.target_number", token.end, token.end, "")]
        said = Token("quoted_indicator", words, start, end, words, exact=only is not None)
        kept = [t for n, t in enumerate(tokens[:k]) if t not in inside and not (n > i and t.kind == "op")]  # 目标值是“每月”
        consumed = text[token.end:after]
        left = [g for g in gaps if not g.strip(_MARKS) or (g.strip(_MARKS) not in words
                                                     and (only is None or g.strip(_MARKS + "，,。?？") not in consumed))]
        return kept + column + [said] + [t for t in tokens[k:] if t not in inside and t.start >= max(end, after)], left
    return tokens, gaps


def actual_said(state, i: int, built):
    """实际值只有文字没有数字 / actuals in words only: a no-digit predicate said after the actual's column is the actual's,
    not the target's (the lexicon's predicate names the target).

    Args:
        state: the composer's state (tokens, used).
        i: the predicate's token.
        built: the condition read from the predicate.

    Returns:
        The condition, on the actual when the column said last before the predicate is the actual.
    """
    from assistant import model as m

    if "nodigit" not in state.tokens[i].key:
        return built
    before = [k for k in range(max(0, i - 4), i) if state.tokens[k].kind == "field"]
    if not before or state.tokens[before[-1]].key != "indicator.actual_number":
        return built
    state.used.add(before[-1])
    return m.HasIndicator(m.Text(m.Field("actual", "indicator"), "nodigit")) if isinstance(built, m.HasIndicator) \
        else m.Text(m.Field("actual", "indicator"), "nodigit")
