"""A string predicate on a text column: names beginning or ending with X, a target that never says X, negated or not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant import model as m
from assistant.data_files import rows

_QUOTED = re.compile(r"[“\"'‘「『]([^“”\"'‘’「」『』]{1,30})[”\"'’」』]")
_CJK_RUN = re.compile(r"[（(]?[\u4e00-\u9fff][\u4e00-\u9fff（）()]*")
_CLAUSE = re.compile(r"[,，;；。?？!！]")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"[（(][^()（）]*(?:[（(][^()（）]*[)）][^()（）]*)*[)）]")
_LATIN = re.compile(r"[A-Za-z]{3,}")
# How far a negator may stand from the words it negates (the column noun not counted): farther, it negates something
# else ("with no bracketed tag at the end of the name were graded 优": the "no" is the tag's).
_NEGATOR_REACH = {"zh": 6, "en": 4}


@dataclass(frozen=True)
class Pattern:
    """What was read: the condition and the question left to read without the words that said it."""

    condition: object
    rest: str
    said: str


@lru_cache(maxsize=1)
def _categories() -> frozenset:
    """The grades and indicator classes of data/lexicon.tsv (优, 时效指标 …): a category's value, never a pattern."""
    return frozenset(word for _, cells in rows("lexicon.tsv") if cells[0] in ("grade", "class")
                     for word in [cells[1], *"|".join(cells[2:]).split("|")] if word)


@lru_cache(maxsize=1)
def _words() -> dict:
    """The classes of data/string_patterns.tsv, one alternation per (class, language), longest alternatives first."""
    found: dict = {}
    for _, (kind, lang, pattern) in rows("string_patterns.tsv", 3, "class<TAB>lang<TAB>pattern"):
        found.setdefault((kind, lang), []).extend(_top_level(pattern))
    return {key: sorted(parts, key=len, reverse=True) for key, parts in found.items()}


def _top_level(pattern: str) -> list:
    """The alternatives of a pattern at its top level (a group's own | stays inside it)."""
    parts, depth, current = [], 0, ""
    for ch in pattern:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return parts + [current]


def _alternation(parts: list, english: bool) -> str:
    joined = "|".join(parts)
    return rf"(?<![A-Za-z])(?:{joined})(?![A-Za-z])" if english else f"(?:{joined})"


def _literals(text: str, english: bool) -> list:
    """(start, end, literal) of what a pattern could be about: quoted words, and in English a run of Chinese."""
    found = [(q.start(), q.end(), q.group(1).strip()) for q in _QUOTED.finditer(text)]
    if english:
        inside = [(s, e) for s, e, _ in found]
        for run in _CJK_RUN.finditer(text):
            literal, end = run.group(0), run.end()
            while literal[-1] in ")）" and literal.count("(") + literal.count("（") < literal.count(")") + literal.count("）"):
                literal, end = literal[:-1], end - 1  # the bracket closing around the literal is not part of it
            if not any(s <= run.start() < e for s, e in inside):
                found.append((run.start(), end, literal))
    return sorted(found)


def _unquoted_zh(text: str) -> list:
    """以人才开头, 开头是人才的: a Chinese literal the position words enclose or lead, unquoted."""
    found = []
    for kind in ("prefix", "suffix"):
        for part in _words()[(kind, "zh")]:
            if part.startswith("以X"):
                pattern = re.escape(part).replace("X", r"([\u4e00-\u9fff（）()]{1,10}?)")
            elif "X" not in part:
                pattern = re.escape(part) + r"([\u4e00-\u9fff（）()]{1,10}?)(?=的|[，,。？?]|$)"
            else:
                continue
            found += [(f.start(1), f.end(1), f.group(1)) for f in re.finditer(pattern, text)]
    return found


def _nearest(text: str, kind_prefix: str, lang: str, start: int, end: int, english: bool):
    """(field, start, end) of the column noun nearest the literal within its clause, or None."""
    best = None
    for (kind, language), parts in _words().items():
        if language != lang or not kind.startswith(kind_prefix):
            continue
        for found in re.finditer(_alternation(parts, english), text, re.IGNORECASE):
            if found.start() < end and found.end() > start:
                continue
            between = text[found.end():start] if found.end() <= start else text[end:found.start()]
            if _CLAUSE.search(between):
                continue
            distance = len(between)
            if best is None or distance < best[0] or (distance == best[0] and found.end() - found.start() > best[3] - best[2]):
                best = (distance, kind.split(":", 1)[1], found.start(), found.end())
    return best[1:] if best else None


def _position(text: str, lang: str, start: int, end: int, literal: str, english: bool):
    """(mode, start, end) of a position word around the literal: right before it, or enclosing it (以X开头)."""
    for mode in ("prefix", "suffix"):
        for part in _words()[(mode, lang)]:
            if "X" in part:
                head, tail = part.split("X")
                before, after = text[:start].rstrip("“\"'‘「 "), text[end:].lstrip("”\"'’」 ")
                after = re.sub(r"^[二两三四几]?个?字", "", after)  # 以“费”字结尾
                if before.endswith(head) and after.startswith(tail):
                    return mode, len(before) - len(head), len(text) - len(after) + len(tail)
                continue
            pattern = _alternation([part], english) + r"[\s：:]*(?:the\s+(?:words?|characters?)\s*)?$"
            found = re.search(pattern, text[max(0, start - 40):start], re.IGNORECASE)
            if found:
                return mode, max(0, start - 40) + found.start(), end
    return None


def _near(between: str, lang: str, english: bool) -> bool:
    """Whether the words between a negator and its literal are few enough for the one to govern the other."""
    pattern = "|".join(f"(?:{_alternation(parts, english)})" for (kind, language), parts in _words().items()
                       if language == lang and kind.startswith("column:"))
    left = re.sub(pattern, " ", between, flags=re.IGNORECASE)
    size = len(re.findall(r"[A-Za-z']+", left)) if english else len(re.sub(r"[\s“”\"'‘’「」『』]", "", left))
    return size <= _NEGATOR_REACH[lang]


def _negator(text: str, lang: str, start: int, end: int, english: bool):
    """(start, end) of a negator near the clause's words, or closing them (“达成指标”都没写), with no figure between."""
    pattern = _alternation(_words()[("negator", lang)], english)
    before = text[:start]
    window = max((c.end() for c in _CLAUSE.finditer(before)), default=0)
    hits = [f for f in re.finditer(pattern, before[window:], re.IGNORECASE)]
    hits = [f for f in hits if not re.match(r"\s*but\b|只", before[window + f.end():])]  # nothing but “保洁”: only
    if hits:
        last = hits[-1]
        s, e = window + last.start(), window + last.end()
        if not _DIGIT.search(text[e:start]) and _near(text[e:start], lang, english):
            return s, e
    if not english:
        after = re.match(r"[”\"'’」』]?(?:[都也]|一次[都也]?)?(" + pattern + r")[写填用出现提到有]+过?", text[end:])
        if after:  # “达成指标”都没写: closing the words, with a verb of writing
            return end + after.start(1), end + after.end(0)
    return None


def read(question: str) -> Pattern | None:
    """A string predicate said of a text column, with the question left without it.

    Args:
        question: the question as it reaches the reader.

    Returns:
        The Pattern, or None when no column is given a position word or a negated literal.
    """
    english = bool(_LATIN.search(question))
    lang = "en" if english else "zh"
    text = question
    untagged = re.search(_alternation(_words()[("untagged", lang)], english), text, re.IGNORECASE)
    literals = _literals(text, english) + ([] if english else _unquoted_zh(text))
    for start, end, literal in literals:
        if not literal or _DIGIT.search(literal) or literal.strip("（）() ") in _categories():
            continue
        position = _position(text, lang, start, end, literal, english)
        negator = _negator(text, lang, start, end, english)
        column = _nearest(text, "column:", lang, start, end, english)
        if position is None and (negator is None or column is None):
            continue
        field = column[0] if column else "project_name"
        if field == "project_name" and untagged:
            field = "base_name"
        mode = position[0] if position else "contains"
        entity = "indicator" if field.startswith("indicator.") else "form"
        node = m.Text(m.Field(field.split(".", 1)[-1], entity), mode, literal.strip())
        condition = m.HasIndicator(node) if entity == "indicator" else node
        if negator is not None:
            condition = m.Not(condition)
        spans = [(start, end)] + [s[-2:] for s in (position, column) if s] + ([negator] if negator else [])
        left, right = min(s for s, _ in spans), max(e for _, e in spans)
        clause = (max((c.end() for c in _CLAUSE.finditer(text[:left])), default=0),
                  min((left + c.start() for c in _CLAUSE.finditer(text[left:])), default=len(text)))
        if any(clause[0] <= s < clause[1] and s != start for s, e, _ in literals):
            continue  # another literal in the clause (派出所 in the name but not 杜行): for the readers of each
        bracket = next((b for b in _BRACKETED.finditer(text) if b.start() < left and right <= b.end()), None)
        if bracket is not None:  # "(names ending in （信）)": the bracket is the pattern's
            left, right = bracket.start(), bracket.end()
        right += len(re.match(r"\s*(?:" + _alternation(_words()[("trail", lang)], english) + r")?", text[right:], re.IGNORECASE).group(0))
        lead = re.compile(r"(?:" + _alternation(_words()[("lead", lang)], english) + r")\s*$", re.IGNORECASE)
        while (found := lead.search(text[:left].rstrip())) and english:
            left = found.start()
        rest = text[:left] + " " + text[right:]
        if untagged:
            rest = rest.replace(untagged.group(0), " ")
        return Pattern(condition, re.sub(r"\s+", " ", rest).strip(), text[left:right])
    return None


def reading(reader, question: str, previous, previous_ids):
    """The reader's reading of the question without the pattern, the pattern's condition added.

    Args: as ``assistant.whole_reading.WholeReading`` (the reader, the question, the previous Select and form ids).

    Returns:
        The Reading, or None when the question says no pattern.
    """
    from assistant.compose import Reading

    pattern = read(question)
    if pattern is None:
        return None
    said = reader.read(pattern.rest, previous, previous_ids) or Reading(m.Select())
    said.select.where = m.conjoin(pattern.condition, said.select.where)
    return said
