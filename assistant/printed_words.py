"""A column's wording asked in words (时效指标的目标写的是按计划开展, 时效那一栏填的是每季度一次, target “每月”): the rows
whose target (or actual) prints those words, within the class named."""

from __future__ import annotations

import re

from assistant.recognise import Token

_COLUMNS = ("indicator.target_number", "indicator.actual_number")
_QUOTED = re.compile(r"\s*[“\"'‘「『]([^”\"'’」』]{1,30})[”\"'’」』]")
# Words after a "written as" cue: a run of Chinese up to 的 or a break (每季度一次的项目 → 每季度一次).
_RUN = re.compile(r"\s*([\u4e00-\u9fff][\u4e00-\u9fff\-—～~]*?)(?=的|[^\u4e00-\u9fff\-—～~]|$)")
# Tokens a wording may not swallow: what names a form, a class or a part of the form is a condition of its own.
_NAMES = ("class", "project", "quoted_project", "unit", "department", "tag", "grade", "noun", "quoted_indicator")


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
                and ((tokens[k].kind == "stop" and (not tokens[k].text.isascii() or tokens[k].text.lower() in cues)) or (tokens[k].kind == "op" and tokens[k].key == "=")):
            k += 1  # 的, 就, 写了, 那一栏填的是, 是: glue before the words, written right after the column
        at = tokens[k - 1].end
        glue = text[token.end:at].lower()
        cue = any(cues[word] == "printed" and word in glue for word in cues)
        found = _QUOTED.match(text, at) or (_RUN.match(text, at) if cue else None)
        if found is None or any(ch.isdigit() for ch in found.group(1)) or not re.search(r"[\u4e00-\u9fff]", found.group(1)):
            continue  # a figure is printed_as's; words in English ('two actuals') are no wording a form prints
        start, end = found.start(1), found.end(1)
        inside = [t for t in tokens if t.start < end and t.end > start]
        quoted = found.re is _QUOTED  # quoted after the column: its wording, even where a row's name holds it too
        if len(found.group(1)) < 2 or any(t.kind in _NAMES and not (quoted and t.kind == "quoted_indicator") for t in inside):
            continue
        column = [] if token.kind == "field" else [Token("field", "indicator.target_number", token.end, token.end, "")]
        said = Token("quoted_indicator", found.group(1), start, end, found.group(1))
        kept = [t for n, t in enumerate(tokens[:k]) if t not in inside and not (n > i and t.kind == "op")]  # 目标值是“每月”
        left = [g for g in gaps if not g.strip(" “”\"'‘’「」『』") or g.strip(" “”\"'‘’「」『』") not in found.group(1)]
        return kept + column + [said] + [t for t in tokens[k:] if t not in inside and t.start >= end], left
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
