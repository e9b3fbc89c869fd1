"""Answer-keeping transformations of a question, generated from data: context, synonym, gloss, surface, restated.

Each function takes one passing item (its question `q`, judge `kind`, optional `context`) and returns variants of it
whose answer must be the same (bench/metamorphic.py asks them). Nothing here reads an item's expected answer.
"""

from __future__ import annotations

import random
import re
import zlib
from pathlib import Path

DATA = Path(__file__).with_name("data")
CONTEXT = DATA / "context_questions.tsv"
SURFACE = DATA / "surface_forms.tsv"
GLOSSES = DATA / "glosses.tsv"
RESTATED = DATA / "restated_figures.tsv"
# the lexicon classes whose alternatives say the same thing wherever they stand (a field, a comparison, a statistic …)
SYNONYM_CLASSES = {"field", "op", "op_after", "aggregate", "superlative", "class", "noun", "predicate", "sort",
                   "direction", "ordinal", "ratio", "difference"}
SYNONYMS_PER_ITEM = 2
QUESTION_WORD = re.compile(r"几|多少|哪|什么|how many|how much|what|which|who", re.I)
CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|「[^」]*」|'[^']*'")
VERB_END = re.compile(r"(?:了|过|掉|得|的|去|来)$")
TAG = re.compile(r"（([^（）]+)）$")
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|％)(?![（(])")
WAN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*万(?:元)?(?![元（(\d])")
YUAN_EN = re.compile(r"(?<![\d.,])(?<!in )(\d{1,3}(?:,\d{3})+|\d+)\s*yuan\b(?!\s*\()", re.I)


def tsv(path: Path) -> list[list[str]]:
    """The rows of one of the check's data files.

    Args:
        path: a TSV file; blank lines and '#' comments skipped.

    Returns:
        The cells of each row.
    """
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def seeded(question: str) -> random.Random:
    """A random source fixed by the question, so the sample is the same on every run.

    Args:
        question: the question.

    Returns:
        A random.Random seeded by the question's CRC32.
    """
    return random.Random(zlib.crc32(question.encode("utf-8")))


def opens_follow_up(question: str, follow_words: list[str]) -> bool:
    """Whether a question opens with a follow-up word of the lexicon (其中, 那, of those, what about …).

    Args:
        question: the question.
        follow_words: the lexicon's follow-up phrases.

    Returns:
        True when the question starts with one of them.
    """
    start = question.strip().lower()
    return any(start.startswith(word.lower()) for word in follow_words if word)


def context_variants(item: dict, lang: str, firsts: list[str], follow_words: list[str]) -> list[dict]:
    """The item asked after an unrelated first question of its language.

    Args:
        item: a passing item.
        lang: its language.
        firsts: the first questions of that language (one chosen by the question).
        follow_words: the lexicon's follow-up phrases (an item opening with one is skipped).

    Returns:
        One variant, or none for an item with context or opening with a follow-up word.
    """
    if item.get("context") or not firsts or opens_follow_up(item["q"], follow_words):
        return []
    first = firsts[zlib.crc32(item["q"].encode("utf-8")) % len(firsts)]
    return [dict(item, context=[first], element_text=first)]


def lexicon_rows() -> list[tuple[str, str, list[str]]]:
    """The lexicon's rows (assistant/data/lexicon.tsv and lexicon_en.tsv), rows of one class and key merged.

    Returns:
        (class, key, phrases) per class and key.
    """
    from assistant.data_files import rows

    merged: dict[tuple[str, str], list[str]] = {}
    for name in ("lexicon.tsv", "lexicon_en.tsv"):
        for _, cells in rows(name):
            if len(cells) >= 3:
                merged.setdefault((cells[0], cells[1]), []).extend(p for p in cells[2].split("|") if p)
    return [(kind, key, list(dict.fromkeys(phrases))) for (kind, key), phrases in merged.items()]


def phrase_spans(question: str, lexicon: list[tuple[str, str, list[str]]]) -> list[tuple[int, int, str, str, str]]:
    """Lexicon phrases in a question, the longest at a position winning, none overlapping another.

    Args:
        question: the question.
        lexicon: lexicon_rows().

    Returns:
        (start, end, class, key, phrase as written) per phrase found, left to right.
    """
    lowered, found = question.lower(), []
    for kind, key, phrases in lexicon:
        for phrase in phrases:
            low = phrase.lower()
            if low not in lowered:
                continue
            pattern = re.escape(low) if CJK.search(phrase) else r"(?<![a-z])" + re.escape(low) + r"(?![a-z])"
            for match in re.finditer(pattern, lowered):
                found.append((match.start(), match.end(), kind, key, question[match.start():match.end()]))
    found.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    kept, end = [], -1
    for span in found:
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def shape(phrase: str) -> tuple:
    """What a phrase's alternatives must share with it to stand in its place: script, question word, ending.

    Args:
        phrase: a lexicon phrase.

    Returns:
        A tuple compared between a phrase and an alternative.
    """
    if CJK.search(phrase):
        return ("zh", bool(QUESTION_WORD.search(phrase)), bool(VERB_END.search(phrase)))
    last = phrase.lower().split()[-1] if phrase.split() else phrase
    ending = "ed" if last.endswith("ed") else "ing" if last.endswith("ing") else "s" if last.endswith("s") else ""
    return ("en", bool(QUESTION_WORD.search(phrase)), ending, len(phrase.split()) > 1)


def too_short(phrase: str) -> bool:
    """Whether a phrase is too short to stand for its row alone (了, of, at): under two Chinese or four Latin letters.

    Args:
        phrase: a lexicon phrase.

    Returns:
        True when it is.
    """
    return len(phrase) < (2 if CJK.search(phrase) else 4)


def protected(question: str, names: list[str]) -> list[tuple[int, int]]:
    """The spans no transformation may touch: quoted text and the store's form names.

    Args:
        question: the question.
        names: the store's project names.

    Returns:
        (start, end) spans.
    """
    spans = [match.span() for match in QUOTED.finditer(question)]
    for name in names:
        spans += [match.span() for match in re.finditer(re.escape(name), question)]
    return spans


def synonym_variants(item: dict, lang: str, lexicon: list[tuple[str, str, list[str]]], names: list[str],
                     limit: int = SYNONYMS_PER_ITEM) -> list[dict]:
    """A lexicon phrase of the question replaced by another alternative of its row, of the same language and shape.

    Args:
        item: a passing item.
        lang: its language.
        lexicon: lexicon_rows().
        names: the store's project names (never rewritten).
        limit: at most this many variants, sampled by the question.

    Returns:
        Variants tagged with element_text "PHRASE → ALTERNATIVE".
    """
    question, keep = item["q"], protected(item["q"], names)
    alternatives = {(kind, key): phrases for kind, key, phrases in lexicon}
    choices = []
    for start, end, kind, key, written in phrase_spans(question, lexicon):
        if kind not in SYNONYM_CLASSES or any(start < b and a < end for a, b in keep):
            continue
        if (lang == "zh") != bool(CJK.search(written)):
            continue
        for other in alternatives[kind, key]:
            if ("…" in other or too_short(other) or too_short(written) or other.lower() == written.lower() or shape(other) != shape(written)
                    or other.lower() in written.lower() or written.lower() in other.lower()):
                continue
            choices.append((start, end, written, other))
    picked = seeded(question).sample(choices, min(limit, len(choices))) if choices else []
    return [dict(item, q=question[:start] + other + question[end:], element_text=f"{written} → {other}")
            for start, end, written, other in picked]


def gloss_variants(item: dict, lang: str, forms: list[tuple[str, str]], glosses: list[list[str]]) -> list[dict]:
    """A bracketed gloss after the first form's full name the question holds: its implementing unit, or its tag.

    Args:
        item: a passing item.
        lang: its language.
        forms: (project name, implementing unit) of every stored form.
        glosses: rows of glosses.tsv (lang, text with {unit} / {tag}).

    Returns:
        One variant per gloss of the language that the form has (a {tag} gloss needs a bracketed tag).
    """
    question = item["q"]
    quoted = [match.span() for match in QUOTED.finditer(question)]
    spans = sorted(((m.start(), m.end(), name, unit) for name, unit in forms if len(name) >= 4
                    for m in re.finditer(re.escape(name), question)
                    if not any(a <= m.start() and m.end() <= b for a, b in quoted)), key=lambda s: (s[0], s[0] - s[1]))
    if not spans:
        return []
    start, end, name, unit = spans[0]
    if any(s < end and start < e and (s, e) != (start, end) and e - s > end - start for s, e, _, _ in spans):
        return []
    tag = TAG.search(name)
    out = []
    for row_lang, text in glosses:
        if row_lang != lang or ("{tag}" in text and not tag):
            continue
        gloss = text.format(unit=unit, tag=tag.group(1) if tag else "")
        out.append(dict(item, q=question[:end] + gloss + question[end:], element_text=gloss.strip()))
    return out


def surface_variants(item: dict, lang: str, rows: list[list[str]], limit: int = 1) -> list[dict]:
    """Punctuation, spacing, case and a closing particle changed.

    Args:
        item: a passing item.
        lang: its language.
        rows: rows of surface_forms.tsv (kind, lang, when, text).
        limit: at most this many variants, sampled by the question.

    Returns:
        Variants, one per row of the language that applies and changes the question, sampled.
    """
    question, out = item["q"], []
    for kind, row_lang, when, text in rows:
        if row_lang != lang or not re.search(when, question):
            continue
        if kind == "width":  # a comma between digits is a thousands separator, not punctuation
            pairs = (("？", "?"), ("，", ",")) if lang == "zh" else (("?", "？"), (",", "，"))
            changed = question
            for old, new in pairs:
                changed = re.sub(rf"(?<!\d){re.escape(old)}|{re.escape(old)}(?!\d)", new, changed)
        elif kind == "space":
            changed = question + " "
        elif kind == "case":
            changed = question.lower() if text == "lower" else question[:1].upper() + question[1:].lower()
        else:
            closing = re.search(r"[？?。.!！\s]*$", question)
            changed = question[:closing.start()] + text + (closing.group() or "？")
        if changed != question:
            out.append(dict(item, q=changed, element_text=f"{kind} {text}".strip()))
    return seeded(question).sample(out, min(limit, len(out)))


def plain(number: float) -> str:
    """A number written without a trailing .0 or float noise.

    Args:
        number: the number.

    Returns:
        Its shortest plain decimal.
    """
    return f"{round(number, 6):f}".rstrip("0").rstrip(".")


def restated_variants(item: dict, lang: str, rows: list[list[str]], names: list[str]) -> list[dict]:
    """A rate or amount figure of the question restated in another notation right after it.

    Args:
        item: a passing item.
        lang: its language.
        rows: rows of restated_figures.tsv (figure, lang, text).
        names: the store's project names (a figure inside one is left alone).

    Returns:
        One variant per kind of figure the question has (its first such figure outside quotes and names).
    """
    question, keep, out = item["q"], protected(item["q"], names), []
    patterns = {"percent": PERCENT, "amount": WAN if lang == "zh" else YUAN_EN}
    for figure, row_lang, text in rows:
        if row_lang != lang:
            continue
        if figure == "amount" and lang == "en" and not YUAN_EN.search(question):
            match = WAN.search(question)
        else:
            match = patterns[figure].search(question)
        while match and any(match.start() < b and a < match.end() for a, b in keep):
            match = patterns[figure].search(question, match.end())
        if not match:
            continue
        value = float(match.group(1).replace(",", ""))
        if figure == "percent":
            note = text.format(fraction=plain(value / 100))
        else:
            wan = value / 10000 if match.re is YUAN_EN else value
            note = text.format(yuan=plain(wan * 10000), wan=plain(wan))
        out.append(dict(item, q=question[:match.end()] + note + question[match.end():], element_text=note.strip()))
    return out

