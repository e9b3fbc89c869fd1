"""One property of an indicator row's column said anywhere in the clause naming the column (a target given in words, an actual with no number, targets printing ≥): that column's predicate."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from assistant.data_files import rows
from assistant.recognise import Token

# What ends a clause: a property said across it is said of something else.
_CLAUSE_BREAK = re.compile(r"[,，;；。?？!！]|(?<![a-z])(?:and|but|or)(?![a-z])|[和且或但]")
# Quotes around a cue, and a word naming it a sign (≥ sign, “≥”号, the at-least operator): part of the cue.
_QUOTE = r"[\"'“”‘’「」]"
_SIGN = r"(?:signs?|symbols?|operators?|marks?|符号|号)(?![a-z])"
# A sign printed before a figure (≥90%): the figure's comparison as printed, no property of the sign alone.
_SIGNED_FIGURE = re.compile(r"(?:[≥≤]|[<>]=)\s*(?:\d|百分之|[零一二两三四五六七八九十百])")
# The row columns a property can be said of, by the field the lexicon gives their words.
_COLUMNS = {"indicator.target_number": "target", "indicator.actual_number": "actual"}
# The properties that only a target has (its printed comparison): said of the rows, the column is the target.
_TARGET_ONLY = ("op_ge", "op_le")
# An indicator row named (指标, row, a class): what a property said without a column is said of.
_ROW_KINDS = ("class", "quoted_indicator")


@lru_cache(maxsize=1)
def _properties() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(property, predicate with COLUMN, cue pattern) for each row of row_properties.tsv, longest cue first; a verb of
    printing before a cue (用“≤”号, prints a ≥ sign) is part of it."""
    found = []
    table = [cells for _, cells in rows("row_properties.tsv", 5, "property<TAB>predicate<TAB>zh<TAB>en<TAB>cues")]
    verbs = "|".join(re.escape(w) for w in sorted(next(c[4] for c in table if c[0] == "verb").split("|"), key=len, reverse=True))
    for name, predicate, _zh, _en, cues in table:
        if predicate == "-":  # a row of words (verb, one, points_verb), no property
            continue
        words = sorted((w for w in cues.split("|") if w), key=len, reverse=True)
        pattern = "|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w[:1].isascii() and w[:1].isalpha() else re.escape(w)
                           for w in words)
        found.append((name, predicate, re.compile(rf"(?:(?<![a-z])(?:{verbs})\s*(?:an?\s+|the\s+)?)?{_QUOTE}?(?:{pattern}){_QUOTE}?(?:\s*{_SIGN})?", re.IGNORECASE)))
    return tuple(found)


@lru_cache(maxsize=None)
def words(kind: str) -> tuple[str, ...]:
    """The words of one word row of row_properties.tsv (verb, one, points_verb), longest first.

    Args:
        kind: the row's first cell.

    Returns:
        Its cue words.
    """
    cells = next(c for _, c in rows("row_properties.tsv", 5, "property<TAB>predicate<TAB>zh<TAB>en<TAB>cues") if c[0] == kind)
    return tuple(sorted((w for w in cells[4].split("|") if w), key=len, reverse=True))


@lru_cache(maxsize=1)
def _one_before() -> re.Pattern:
    """A word of one (一项, a single, one) closing the text before a row word."""
    said = "|".join(rf"(?<![a-z]){re.escape(w)}" if w.isascii() else re.escape(w) for w in words("one"))
    return re.compile(rf"(?:{said})\s*$", re.IGNORECASE)


# Only / exactly before the word of one: a count of one is meant (只有一条, exactly one indicator).
_EXACTLY = re.compile(r"(?:only|exactly|just|仅|只|仅有|只有|正好|恰好)\s*$", re.IGNORECASE)


def one_said(text: str, start: int) -> tuple[int, int] | None:
    """The span of a word of one said right before position `start` (有一项产出指标, a single output indicator), not
    after only/exactly.

    Args:
        text: the question.
        start: where the row word begins.

    Returns:
        (start, end) of the word of one, or None.
    """
    found = _one_before().search(text[max(0, start - 16):start])
    if found is None:
        return None
    at = max(0, start - 16) + found.start()
    return None if _EXACTLY.search(text[:at]) else (at, start)


def _compared(tokens: list[Token], start: int) -> bool:
    """Whether a comparison stands right before a word of one (more than one, 至少一个): a count compared, kept."""
    before = [t for t in tokens if t.end <= start and t.kind != "stop"]
    return bool(before) and before[-1].kind in ("op", "op_after", "compare_cue", "bound_word")


def existential(tokens: list[Token], gaps: list[str], text: str) -> tuple[list[Token], list[str]]:
    """A word of one before a row word says there is such a row (哪些表有一条时效指标…, a single output indicator):
    its count of one is dropped, the form keeping the rows' condition (EXISTS), never a count of rows = 1; a class said
    so carries value 1 (one row of it, never the class's block of points).

    Args:
        tokens: the question's tokens.
        gaps: the stretches no recogniser explained.
        text: the question.

    Returns:
        (tokens, gaps) without the word of one.
    """
    spans = [span for t in tokens if t.kind in _ROW_KINDS or (t.kind == "noun" and t.key == "indicator")
             if (span := one_said(text, t.start)) is not None and not _compared(tokens, span[0])]
    if not spans:
        return tokens, gaps
    tokens = [dataclasses.replace(t, value=1.0) if t.kind == "class" and one_said(text, t.start) else t  # one row of it
              for t in tokens if not (t.kind == "number" and any(s <= t.start < e for s, e in spans))]
    said = " ".join(text[s:e].lower() for s, e in spans)
    return tokens, [g for g in gaps if not g.strip() or g.strip(" ,.?？，。").lower() not in said]


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around position `at`: from the break before it to the break after it."""
    start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    after = _CLAUSE_BREAK.search(text, at)
    return start, after.start() if after else len(text)


# A figure right after a comparison's words (大于等于8个, at least 10): the bound's figure.
_FIGURE_AFTER = re.compile(r"\s*(?:to\s+)?(?:\d|[零一二两三四五六七八九十百](?:[零一二两三四五六七八九十百]|个|条|项|分|%))", re.IGNORECASE)


def _rows_named(tokens: list[Token]) -> bool:
    """Whether the question names indicator rows (指标, rows, a class)."""
    return any(t.kind in _ROW_KINDS or (t.kind == "noun" and t.key == "indicator") for t in tokens)


def _column_token(tokens: list[Token], start: int, end: int, cue: tuple[int, int]) -> Token | None:
    """The row column's token in the clause [start, end), the nearest to the cue."""
    near = [t for t in tokens if t.kind in ("field", "weak_field") and t.key in _COLUMNS and t.start >= start and t.end <= end
            and (t.end <= cue[0] or t.start >= cue[1])]
    return min(near, key=lambda t: min(abs(t.start - cue[1]), abs(cue[0] - t.end)), default=None)


def row_sense(tokens: list[Token]) -> list[Token]:
    """A money word the rows also have (actuals) read as the rows' column where the question speaks of indicator rows
    (how many actuals are without a figure in the timeliness rows), else as the form's money (zero actuals).

    Args:
        tokens: the question's tokens.

    Returns:
        The tokens, each such field token keyed by the row column (the lexicon's row_sense entries).
    """
    from assistant.asking import speaks_of_indicators
    from assistant.lexicon import load

    senses = load().keys("row_sense")
    if not any(t.kind == "field" and t.text.lower() in senses for t in tokens) or not speaks_of_indicators(tokens):
        return tokens
    return [dataclasses.replace(t, key=senses[t.text.lower()]) if t.kind == "field" and t.text.lower() in senses else t
            for t in tokens]


def properties(text: str, tokens: list[Token], gaps: list[str]) -> tuple[list[Token], list[str]]:
    """Tokens with each property said of a row column in its clause read as that column's predicate.

    Args:
        text: the normalised question the tokens were read from.
        tokens: its tokens.
        gaps: the stretches no recogniser explained.

    Returns:
        (tokens, gaps): the column's token and the cue's tokens replaced by one predicate token ("indicator:
        target_number missing", "indicator: target_comparison is ≥"), the cue's words no longer left over; unchanged
        when no property is said of a column (or, for a printed comparison, of the rows).
    """
    tokens = row_sense(tokens)
    for name, predicate, pattern in _properties():
        if name in _TARGET_ONLY and _SIGNED_FIGURE.search(text):
            continue  # ≥90%, 定成≥100%: a figure printed with its sign, read by printed_as
        clauses: dict[tuple[int, int], list[re.Match]] = {}
        for cue in pattern.finditer(text):
            if name in _TARGET_ONLY and _FIGURE_AFTER.match(text, cue.end()):
                continue  # 三级指标大于等于8个, greater than or equal to 8: a bound and its figure, no sign named
            if not any(t.kind == "predicate" and t.start <= cue.start() < t.end for t in tokens):  # 目标值没有数字: the lexicon's
                clauses.setdefault(_clause(text, cue.start()), []).append(cue)
        for (start, end), cues in sorted(clauses.items(), reverse=True):
            column = _column_token(tokens, start, end, cues[0].span())
            if column is None and not (name in _TARGET_ONLY and _rows_named(tokens)):
                continue
            key = predicate.replace("COLUMN_", "") if name in _TARGET_ONLY else \
                predicate.replace("COLUMN", _COLUMNS[column.key] if column is not None else "target")
            spans = [c.span() for c in cues] + ([(column.start, column.end)] if column is not None else [])
            low, high = min(s for s, _ in spans), max(e for _, e in spans)
            kept = [t for t in tokens if not any(t.start < e and t.end > s for s, e in spans)]
            at = sum(1 for t in kept if t.end <= low)
            kept.insert(at, Token("predicate", key, low, high, text[low:high]))
            tokens = _subject_counted(kept, at, column)
            said = " ".join(c.group(0).lower() for c in cues)
            gaps = [g for g in gaps if not g.strip() or g.strip(" ,.?？，。'\"“”").lower() not in said]
    tokens, gaps = negated_numbers(text, *classes_before_rows(text, tokens, gaps))
    return existential(*literals(text, _noun_apart(tokens), gaps), text)


# The rows' noun opening a column's words (indicators scored, 指标得分): said apart, it names what is counted.
_ROW_NOUN = re.compile(r"^(indicators?|rows?)\s+", re.IGNORECASE)


def _noun_apart(tokens: list[Token]) -> list[Token]:
    """A row column's token whose words open with the rows' noun in English (indicators scored) as that noun and the
    column, so a count over it counts rows (how many indicators scored below their weight)."""
    out = []
    for t in tokens:
        found = _ROW_NOUN.match(t.text) if t.kind in ("field", "weak_field") and t.key.startswith("indicator.") else None
        if found is None:
            out.append(t)
            continue
        split = t.start + found.end()
        out += [Token("noun", "indicator", t.start, t.start + len(found.group(1)), found.group(1)),
                dataclasses.replace(t, start=split, text=t.text[found.end():])]
    return out


# A literal an English question quotes for a column: quoted words, or Chinese words as the forms print them.
_LITERAL = re.compile(r"[\"'“‘「]([^\"'”’」]{1,30})[\"'”’」]|([\u4e00-\u9fff][\u4e00-\u9fff\d%％]{1,29})")
# A word saying the literal is all the cell prints (just, only): the cell equals it, else holds it.
_ONLY = re.compile(r"(?<![a-z])(?:only|just|merely|simply|solely|nothing but|exactly)(?![a-z])", re.IGNORECASE)
# Names the store holds: a literal covering one is what is asked of, not a wording.
_NAMES = ("project", "quoted_project", "unit", "department", "tag", "class", "topic", "quoted_indicator", "indicator_name")
# What may stand between the literal and its column besides stop words: nothing that is a condition of its own.
_NOT_GLUE = ("field", "weak_field", "number", "op", "predicate", "class", "tag", "unit", "department", "project")


def literals(text: str, tokens: list[Token], gaps: list[str]) -> tuple[list[Token], list[str]]:
    """An English question printing a literal in a row column (达成指标 as the actual, just '达成指标' in the actual
    column, whose actual value reads 达成指标): the column equals the literal.

    Args:
        text: the normalised question.
        tokens: its tokens.
        gaps: the stretches no recogniser explained.

    Returns:
        (tokens, gaps) with the literal, its column and the glue between them one predicate ("indicator: actual is 达成指标").
    """
    if not re.search(r"[a-z]{3}", text, re.IGNORECASE):
        return tokens, gaps  # a Chinese question: printed_words reads its quoted wording
    for found in reversed(list(_LITERAL.finditer(text))):
        literal = (found.group(1) or found.group(2)).strip()
        if not re.search(r"[\u4e00-\u9fff]", literal):
            continue  # 'two actuals': an English name or wording (quoted_wordings'), not what a form prints
        if any(t.start < found.end() and t.end > found.start() and t.kind in _NAMES for t in tokens):
            continue  # a name the store holds (a form, a unit, a class): what is asked of, never a printed wording
        start, end = _clause(text, found.start())
        column = _column_token(tokens, start, end, found.span())
        if column is None:
            continue
        low, high = min(found.start(), column.start), max(found.end(), column.end)
        between = [t for t in tokens if t.start >= low and t.end <= high and t is not column
                   and not (found.start() <= t.start < found.end())]
        if any(t.kind in _NOT_GLUE for t in between):
            continue
        if not any(t.kind in _ROW_KINDS or (t.kind == "noun" and t.key == "indicator") for t in tokens):
            continue  # which goals cite “闵浦府抄”: no row named — the forms' text says it
        kept = [t for t in tokens if t.end <= low or t.start >= high]
        at = sum(1 for t in kept if t.end <= low)
        name = _COLUMNS[column.key].removesuffix("_number") if column.key in _COLUMNS else "actual"
        exact = bool(_ONLY.search(text[low:high]))  # just 达成指标: the whole cell; written as “亮化”: a cell holding it
        kept.insert(at, Token("predicate", f"indicator: {name} {'is' if exact else 'holds'} {literal}", low, high,
                              text[low:high], exact=exact))
        tokens = kept
        stretch = text[low:high].lower()
        gaps = [g for g in gaps if not g.strip() or g.strip(" ,.?？，。'\"“”").lower() not in stretch]
    return tokens, gaps


def _alternation(kind: str) -> str:
    """One word row of row_properties.tsv as a regex alternation, English words bounded."""
    return "|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w[:1].isascii() and w[:1].isalpha() else re.escape(w)
                    for w in words(kind))


@lru_cache(maxsize=1)
def _negated_number() -> re.Pattern:
    """A negator and a word of number in either order with at most a few filler words between them (没写具体数字, 一个数也没有,
    no numeric, left without any number, no figure at all): that a cell holds no number."""
    neg, noun, glue = _alternation("negator"), _alternation("number_noun"), _alternation("leave_verb")
    filler = rf"(?:\s*(?:{glue}))*\s*"
    return re.compile(rf"(?:(?:{glue})\s*)*(?:(?:{neg}){filler}(?:{noun})|(?:{noun}){filler}(?:{neg}))(?:\s*(?:at all|whatsoever))?",
                      re.IGNORECASE)


def _subject_counted(tokens: list[Token], at: int, column: Token | None) -> list[Token]:
    """The tokens with the rows' noun before the predicate at `at` when its column is what a count word counts (how many
    targets carry no number: the rows, never the forms holding one) and no row is named otherwise."""
    said = [t for t in tokens[:at] if t.kind != "stop"]
    if column is None or column.start > tokens[at].start or _rows_named(tokens) or not said \
            or said[-1].kind != "aggregate" or said[-1].key != "count":
        return tokens
    return tokens[:at] + [Token("noun", "indicator", column.start, column.end, column.text)] + tokens[at:]


def negated_numbers(text: str, tokens: list[Token], gaps: list[str]) -> tuple[list[Token], list[str]]:
    """A negated number said in the clause that names a row column (实际值没有给出数值, 实际完成值没写具体数字, an actual left
    without any number, no numeric actual result): that column's number is missing, whatever the negator's wording; the
    negator is consumed by the property (no polarity of its own).

    Args:
        text: the normalised question.
        tokens: its tokens.
        gaps: the stretches no recogniser explained.

    Returns:
        (tokens, gaps) with the cue, the column and any lexicon reading of the cue one predicate token
        ("indicator: actual_number missing"); unchanged when no clause names a row column, or when the clause names the
        target and the lexicon already read the cue.
    """
    for cue in reversed(list(_negated_number().finditer(text))):
        low, high = cue.span()
        while low < high and text[low].isspace():
            low += 1
        if any(t.kind == "predicate" and t.start < high and t.end > low and not t.key.startswith("indicator:") for t in tokens):
            continue  # a predicate of the form (no grade, no tag): not a row's number
        start, end = _clause(text, low)
        column = _column_token(tokens, start, end, (low, high))
        if column is None:
            continue
        name = _COLUMNS[column.key]
        read = [t for t in tokens if t.kind == "predicate" and t.start < high and t.end > low]
        if (name == "target" and read) or any(t.start < low or t.end > high for t in read):
            continue  # the lexicon's reading of a target without a number, or of more than a negated number (只有文字没有数字: words only, no digit), stands
        spans = ((low, high), (column.start, column.end))
        first, last = min(low, column.start), max(high, column.end)
        kept = [t for t in tokens if not any(t.start < e and t.end > s for s, e in spans)]
        at = sum(1 for t in kept if t.end <= first)
        kept.insert(at, Token("predicate", f"indicator: {name}_number missing", first, last, text[first:last]))
        tokens = _subject_counted(kept, at, column)
        said = text[low:high].lower()
        gaps = [g for g in gaps if not g.strip() or g.strip(" ,.?？，。'\"“”").lower() not in said]
    return tokens, gaps


# What a class's word before the rows' noun is read as instead (a topic or an indicator's name: 质量 in a name).
_CLASS_OVER = ("stop", "bracket", "topic", "indicator_name", "measure")
# The head noun a class's English name closes with (quality indicators, cost measures): what is left is the class's word.
_CLASS_HEAD = re.compile(r"\s+(?:indicators?|measures?|metrics?|kpis?|targets?|category|class)$")


@lru_cache(maxsize=1)
def _class_words() -> tuple[tuple[str, str], ...]:
    """(word, class) for each English class name of the lexicons without its head noun (quality, output-quality),
    longest first; a word two classes share is no class's."""
    said: dict[str, set[str]] = {}
    for name in ("lexicon.tsv", "lexicon_en.tsv"):
        for _, cells in rows(name):
            if len(cells) >= 3 and cells[0] == "class":
                for phrase in cells[2].split("|"):
                    word = _CLASS_HEAD.sub("", phrase.strip().lower())
                    if word != phrase.strip().lower() and re.fullmatch(r"[a-z][a-z -]*", word) and not word.startswith("the "):
                        said.setdefault(word, set()).add(cells[1])
    return tuple(sorted(((w, next(iter(c))) for w, c in said.items() if len(c) == 1), key=lambda p: len(p[0]), reverse=True))


@lru_cache(maxsize=1)
def class_labels() -> frozenset[str]:
    """The indicator classes the lexicons name (质量指标, 满意度指标).

    Returns:
        The classes' labels.
    """
    return frozenset(cells[1] for name in ("lexicon.tsv", "lexicon_en.tsv") for _, cells in rows(name)
                     if len(cells) >= 3 and cells[0] == "class")


def classes_before_rows(text: str, tokens: list[Token], gaps: list[str]) -> tuple[list[Token], list[str]]:
    """A class's word right before the rows' noun (quality rows, timeliness lines, a quality (质量) row): that class,
    bound to its level before any name could hold the word.

    Args:
        text: the normalised question.
        tokens: its tokens.
        gaps: the stretches no recogniser explained.

    Returns:
        (tokens, gaps) with the word, any bracketed gloss and the noun one class token; unchanged otherwise.
    """
    for noun in [t for t in tokens if t.kind == "noun" and t.key == "indicator"]:
        before = text[:noun.start]
        for word, label in _class_words():
            found = re.search(rf"(?<![a-z]){re.escape(word)}\s*(?:[(（][^()（）]{{1,8}}[)）]\s*)?$", before, re.IGNORECASE)
            if found is None or any(t.start < found.end() and t.end > found.start() and t.kind not in _CLASS_OVER
                                    for t in tokens):
                continue
            kept = [t for t in tokens if t.end <= found.start() or t.start >= noun.end]
            at = sum(1 for t in kept if t.end <= found.start())
            kept.insert(at, Token("class", label, found.start(), noun.end, text[found.start():noun.end]))
            tokens = kept
            gaps = [g for g in gaps if g.strip().lower() != word]
            break
    return tokens, gaps
