"""Material that adds no condition (a method note in brackets, "both ends included", a hedge, 逐一): taken off before reading."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files
from .range_ends import NUMBER, UNIT
from .exact_clause import without_exact_clause

_CLASSES = ("note", "keeps", "defines", "share_whole", "inclusive", "exclusive", "hedge", "enumeration", "request", "full_marks",
            "intensifier", "restates", "examples", "written", "contrast", "exact", "other_figure", "wordings", "count_scope", "zero_included", "upper_bound", "tag_word")
# A bracket and its inside (one level: a tag such as （平安办） holds none of the markers, so it is never taken off).
_BRACKET = re.compile(r"[（(]([^()（）]{2,60})[)）]")
# A share defined in brackets by its whole may be long: (forms with at least one row whose class is …, divided by all forms).
_LONG_BRACKET = re.compile(r"[（(]([^()（）]{2,200})[)）]")
# A figure inside a bracket (digits, or Chinese numerals besides 一 and 万, which glue words and units hold: 一下, 万元);
# 百分比 / 百分数 name a unit, not a figure.
_FIGURE = re.compile(r"\d|[二两三四五六七八九十千亿半成]|百(?!分)")
# What may follow a hedge for it to be taken off: no figure (大约100万 is an approximate figure, kept).
# A figure said before a restatement of its exactness (总分100分，一分不多一分不少, scored 0 — a zero, on the nose).
# A comparison of exact equality said before it counts too (spent exactly their budget, no more and no less).
_FIGURE_BEFORE = re.compile(r"\d|零|zero|满分|full marks|\bexactly\b|\bprecisely\b|\bequal|正好|刚好|恰好|恰恰|等于|相等", re.IGNORECASE)
# … or an exact figure right after it (不多不少刚好90分, 不多不少正好是100).
# … or a word of exact equality after it (不多不少刚好花掉全部预算: the comparison it stresses follows).
_EXACT_FIGURE_AFTER = re.compile(r"\s*(?:(?:刚好|正好|恰好|恰恰|就)(?:是|为|等于)?\s*\d|刚好|正好|恰好|恰恰|exactly\b|precisely\b)", re.IGNORECASE)
# A verb of reaching (hit, reached, 达到) and the last figure after it, before an emphatic restatement of exactness: the
# figure is exact, so the word of equality goes before it (an at-least verb alone would read ≥).
_REACHED_FIGURE = {"en": re.compile(r"\b(?:hit|hits|hitting|reach|reached|reaches|reaching|came in at|come in at|landed at|landed on)\b"
                                    r"(?:(?!\d).)*?(?P<figure>\d+(?:\.\d+)?\s*(?:%|percent|per cent)?)(?:(?!\d).)*$", re.IGNORECASE),
                  "zh": re.compile(r"(?:达到了?|达)(?:(?!\d).)*?(?P<figure>\d+(?:\.\d+)?\s*[%％]?)(?:(?!\d).)*$")}
_EXACT_WORD = {"en": "exactly ", "zh": "正好"}
_FIGURE_AFTER = re.compile(r"\s*(?:\d|[一二两三四五六七八九十百千万亿半]|[a-z]*\s*\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], re.Pattern]:
    """The patterns of assistant/data/asides.tsv by (language, class), each class compiled into one.

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    parts: dict[tuple[str, str], list[str]] = {}
    for _, cells in data_files.rows("asides.tsv", 3, f"'zh|en<TAB>{'|'.join(_CLASSES)}<TAB>pattern'",
                                     lambda cells: cells[0] in ("zh", "en") and cells[1] in _CLASSES
                                     and bool(cells[2].strip())):
        pattern = cells[2].strip()
        if cells[0] == "en" and cells[1] not in ("inclusive", "exclusive", "defines", "request", "intensifier", "restates",
                                                  "contrast", "exact", "other_figure", "wordings", "count_scope",
                                                  "zero_included", "upper_bound", "tag_word"):
            pattern = rf"(?<![a-z])(?:{pattern})(?![a-z])"
        parts.setdefault((cells[0], cells[1]), []).append(pattern)
    return {key: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for key, patterns in parts.items()}


def _has(inside: str, kind: str) -> bool:
    """Whether a stretch holds a word of a class, in either language."""
    words = _words()
    return any(words[(lang, kind)].search(inside) for lang in ("zh", "en") if (lang, kind) in words)


def _field_words() -> list[str]:
    """The lexicon's phrases for view columns (执行率, annual budget), longest first."""
    from assistant import lexicon

    return sorted(lexicon.load().keys("field"), key=len, reverse=True)


def _defines_a_named_term(inside: str, outside: str, at: int) -> bool:
    """（执行率=全年执行数/全年预算数） in a question naming 执行率: a bracket holding a definition marker and a field word
    that the question also names outside it — how the assistant computes that term already."""
    if not _has(inside, "defines"):
        return False
    lowered, rest, before = inside.lower(), outside.lower(), outside[:at].rstrip().lower()
    if any(len(p) >= 2 and p in lowered for p in _field_words()) and any(before.endswith(p) for p in _field_words() if len(p) >= 2):
        return True  # 执行率（全年执行数÷全年预算数）: the field just before, defined by others
    for phrase in _field_words():
        if len(phrase) >= 2 and phrase in lowered:
            at = rest.find(phrase)
            if at >= 0 and (not phrase.isascii() or re.search(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", rest)):
                return True
    return False


# A figure written in digits; any other figure word (半, 七成, half) makes a restating bracket's figures uncertain.
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_WORD_FIGURE = re.compile(r"[二两三四五六七八九十千亿半成]|百(?!分)|\b(?:half|quarter|third|percent|hundred|thousand|million)\b",
                          re.IGNORECASE)
# The full mark and the full rate: a restatement may name them (100减总分, 100% minus the rate) without a figure of its own.
_WHOLE = {100.0}


def _restates_figures(inside: str, outside: str, at: int) -> bool:
    """（也就是100减总分大于5） beside 扣分超过5分: a bracket opening with a restatement marker whose every figure, the
    full 100 aside, the question says outside it too — the condition said twice in other words, no condition of its own.
    A figure only the bracket gives (（也就是执行率不到20%） beside 钱没怎么动) keeps it: there it is the condition. With
    no figure at all, right after a field word (结余（也就是全年预算减执行数）), it defines that word."""
    marker = [_words()[(lang, "restates")] for lang in ("zh", "en") if (lang, "restates") in _words()]
    if not any(pattern.match(inside.strip()) for pattern in marker):
        return False
    if not _DIGITS.search(inside) and not _WORD_FIGURE.search(inside) and not _has(inside, "keeps"):
        # 结余（也就是全年预算减执行数）: no figure, the term before it defined in words
        before = outside[:at].rstrip().lower()
        return any(len(p) >= 2 and before.endswith(p) for p in _field_words())
    figures = {float(f) for f in _DIGITS.findall(inside)} - _WHOLE
    said = {float(f) for f in _DIGITS.findall(outside)}
    return bool(figures) and figures <= said and not _WORD_FIGURE.search(_DIGITS.sub(" ", inside))


# Quoted wordings inside a bracket, the joins between them, and what may stand after a no-digit condition before it.
_QUOTED_IN = re.compile(r"[“\"'‘「『][^”\"'’」』]{1,30}[”\"'’」』]")
_JOINS = re.compile(r"[\s、，,；;/]|或者|或|和|及|(?<![a-z])(?:or|and)(?![a-z])", re.IGNORECASE)
_TRAILING = re.compile(r"(?:\s|的|了|都|也|,|，|(?<![a-z])(?:at all|whatsoever|anywhere)(?![a-z]))*$", re.IGNORECASE)


def _examples_of_condition(inside: str, before: str) -> bool:
    """一个阿拉伯数字都没写（只写了“满意率”“百分之九十”之类）, in words only (things like “满意率”): a bracket of quoted
    wordings, said to be examples, right after a no-digit condition illustrates that condition; no condition of its own."""
    if not _QUOTED_IN.search(inside) or not _has(inside, "examples"):
        return False
    rest = _QUOTED_IN.sub(" ", inside)
    for kind in ("examples", "written"):
        for lang in ("zh", "en"):
            if (lang, kind) in _words():
                rest = _words()[(lang, kind)].sub(" ", rest)
    if _JOINS.sub("", rest):
        return False  # a word besides the examples (不含“满意率”): a condition the readers place
    from assistant import lexicon

    said = before[:_TRAILING.search(before).start()].lower()
    return any(said.endswith(p.lower()) for p, key in lexicon.load().keys("predicate").items() if "nodigit" in key)


# What a bracket of wordings may hold besides its figures: signs, units, quotes, figures in words and the joins.
_WRITTEN_FIGURE = re.compile(r"\d+(?:\.\d+)?|[≥≤=＝<>＞＜%％()（）“”\"'‘’「」『』]|百分之[零一二两三四五六七八九十百]+|[零一二两三四五六七八九十百]+|"
                             r"百分比|(?<![a-z])(?:percent|per cent|pct|points?|marks?|either|or|and|even|just|plain|simply)(?![a-z])|或者|或|还是|和|及|也|都|算",
                             re.IGNORECASE)


def _lists_wordings(inside: str, outside: str) -> bool:
    """(whether written as ≥90, =90, 90% or 百分之九十) beside "the 90% level": a bracket opening with a marker of the
    ways a figure is written, holding nothing but wordings of figures the question says outside it — the same figure
    in other notations, which every reading compares as numbers already; no condition of its own."""
    marker = next((found for lang in ("zh", "en") if (lang, "wordings") in _words()
                   for found in [_words()[(lang, "wordings")].match(inside)] if found is not None), None)
    if marker is None:
        return False
    rest = inside[marker.end():]
    figures = {float(f) for f in _DIGITS.findall(rest)}
    if not figures <= {float(f) for f in _DIGITS.findall(outside)}:
        return False  # a figure only the bracket gives: a condition the readers place
    return not _JOINS.sub("", _WRITTEN_FIGURE.sub(" ", rest)).strip()


# A bound said before the other figure (85% or more instead of the usual 90%, 85%及以上而不是90%): the other figure is
# inside the bound, so the contrast excludes it and stays for the readers.
_BOUND_BEFORE = re.compile(r"(?<![a-z])(?:or (?:more|above|higher|over|less|below|lower|under)|at least|at most|above|below|over|under|"
                           r"more than|less than|higher than|lower than|exceed\w*|beyond|between)(?![a-z])|"
                           r"以上|以下|以内|不低于|不高于|不少于|不超过|超过|高于|低于|至少|至多|之间|[≥≤><]", re.IGNORECASE)


# A sign glued to its figure after a word saying what the target is (a target of ≥85, 目标定到≥100%): the target as
# printed (assistant/printed_as.py), an exact wording, not a bound.
_PRINTED_SIGN = re.compile(r"(?<![a-z])(?:of|at|is|为|是|定到|定成|设成)\s*[≥≤](?=\d)", re.IGNORECASE)


def _without_other_figures(text: str) -> str:
    """The text without another figure an exact figure before it rules out (a target of 100 percent rather than the
    more common 90 percent → a target of 100 percent); kept when no figure stands before it in its sentence, or a bound
    does (85% or more instead of the usual 90%: the 90 is excluded from the bound)."""
    def other(found: re.Match) -> str:
        before = _PRINTED_SIGN.sub(" ", re.split(r"[?？。!！]", text[:found.start()])[-1])
        return "" if re.search(r"\d", before) and not _BOUND_BEFORE.search(before) else found.group(0)

    for lang in ("zh", "en"):
        pattern = _words().get((lang, "other_figure"))
        if pattern is not None:
            text = pattern.sub(other, text)
    return text


def _aside_bracket(found: re.Match, question: str) -> bool:
    """A bracket that is a method note or a definition: no figure, no word of negation, order or statistic; one
    restating, with the question's own figures, a condition said outside it; or examples of the condition before it."""
    inside = found.group(1)
    if _examples_of_condition(inside, question[:found.start()]) or _lists_wordings(inside, question[:found.start()] + " " + question[found.end():]):
        return True
    if _restates_figures(inside, question[:found.start()] + " " + question[found.end():], found.start()):
        return True
    marks = [_words()[(lang, "full_marks")] for lang in ("zh", "en") if (lang, "full_marks") in _words()]
    rest = inside
    for pattern in marks:
        rest = pattern.sub(" ", rest)
    if rest != inside and not _FIGURE.search(rest) and not _has(rest, "keeps"):
        return True  # （满分10分）, (the 得分 in the funds row, out of 10 points): the weight restated
    if _FIGURE.search(inside) or _has(inside, "keeps"):
        return False
    if _has(inside, "note"):
        return True
    return _defines_a_named_term(inside, question[:found.start()] + " " + question[found.end():], found.start())


# A range said with two figures: 90到95之间 / 90分至95分 / between 90 and 95 (a unit may follow either figure).
_NUMBER, _UNIT = NUMBER, UNIT
_RANGE_ZH = re.compile(rf"(?:在|介于)?\s*(?P<low>{_NUMBER}{_UNIT})\s*(?:到|至|~|～|－|-|—)\s*(?P<high>{_NUMBER}{_UNIT})\s*(?:之间)?")
_RANGE_EN = re.compile(rf"\bbetween\s+(?P<low>{_NUMBER}\s*{_UNIT})\s+and\s+(?P<high>{_NUMBER}\s*{_UNIT})", re.IGNORECASE)


def _strict_range(text: str) -> str:
    """A range whose ends are said not to count, read as strictly between: 90到95之间，两端都不算 → 高于90且低于95,
    "between 90 and 95, both ends excluded" → "more than 90 and less than 95". A remark with no range stays."""
    for lang, ranged, strict in (("zh", _RANGE_ZH, "高于{low}且低于{high}"), ("en", _RANGE_EN, "more than {low} and less than {high}")):
        remark = _words().get((lang, "exclusive"))
        if remark is None or not remark.search(text):
            continue
        found = list(ranged.finditer(text))
        if len(found) != 1:
            continue  # no range, or two: which one the remark is about is not said
        span = found[0]
        text = text[:span.start()] + strict.format(low=span.group("low").strip(), high=span.group("high").strip()) + text[span.end():]
        text = remark.sub("" if lang == "zh" else " ", text)
    return text


def _without_restatements(text: str) -> str:
    """The text without emphatic restatements of a figure said before them (总分100分，一分不多一分不少 → 总分100分); a
    figure after a verb of reaching is then said exact (hit 100% execution on the dot → hit exactly 100% execution:
    equal, not at least)."""
    for lang in ("zh", "en"):
        pattern = _words().get((lang, "exact"))
        if pattern is None:
            continue
        found = next((m for m in pattern.finditer(text) if _FIGURE_BEFORE.search(text[:m.start()])), None)
        text = pattern.sub(lambda m: "" if _FIGURE_BEFORE.search(text[:m.start()]) or _EXACT_FIGURE_AFTER.match(text, m.end())
                           else m.group(0), text)
        reached = _REACHED_FIGURE.get(lang).search(text[:found.start()]) if found is not None else None
        if reached is not None:
            text = text[:reached.start("figure")] + _EXACT_WORD[lang] + text[reached.start("figure"):]
    return text


def _without_hedges(text: str) -> str:
    """The text without hedge words that no figure follows (大概平均多少 → 平均多少; 大约100万 kept)."""
    for lang in ("zh", "en"):
        pattern = _words().get((lang, "hedge"))
        if pattern is None:
            continue
        text = pattern.sub(lambda m: m.group(0) if _FIGURE_AFTER.match(text, m.end()) else " " if lang == "en" else "", text)
    return text


# A signed figure typed right before a bracket, as forms print a target with its unit (≥90.00(百分比)): the bracket is
# part of the wording asked (assistant/printed_as.py), not a remark.
_GLUED_UNIT = re.compile(r"[≥≤=]\s*\d+(?:\.\d+)?$")


def _without_zero_included(text: str) -> str:
    """The text without a remark that forms at zero count too, where an upper bound said before it holds zero already
    (opening budget under 500,000 yuan (zero opening budgets included) → opening budget under 500,000 yuan)."""
    words = _words()
    for lang in ("zh", "en"):
        remark, bound = words.get((lang, "zero_included")), words.get((lang, "upper_bound"))
        if remark is None or bound is None:
            continue
        text = remark.sub(lambda m: ("" if lang == "zh" else " ") if bound.search(text[:m.start()]) else m.group(0), text)
    return text


# Bracketed tags said one after another (（平安办）（信）, (平安办), (信) or (党群中心)).
_TAG_RUN_ZH = r"(?:[（(][^（）()]{1,8}[）)]\s*[、，,和及与或]?\s*){1,6}"
_TAG_RUN_EN = r"(?:[（(][^（）()]{1,8}[）)]\s*(?:,|/|\bor\b|\band\b)?\s*){1,6}"


def _without_tag_examples(text: str) -> str:
    """The text without bracketed office tags given as examples of the class (名称末尾没有带（平安办）（信）这类科室标签 →
    名称末尾没有带科室标签; no office tag such as (平安办) or (信) → no office tag): the class is meant, no tag of its own."""
    words = _words()
    examples_zh, tag_zh = words.get(("zh", "examples")), words.get(("zh", "tag_word"))
    if examples_zh is not None and tag_zh is not None:
        text = re.sub(rf"{_TAG_RUN_ZH}(?:{examples_zh.pattern})(?=[^，,。？?]{{0,6}}?(?:{tag_zh.pattern}))", "", text)
    examples_en, tag_en = words.get(("en", "examples")), words.get(("en", "tag_word"))
    if examples_en is not None and tag_en is not None:
        text = re.sub(rf"((?<![a-z])(?:{tag_en.pattern}))\s*,?\s*\(?\s*(?:{examples_en.pattern})\s+{_TAG_RUN_EN}\)?",
                      r"\1 ", text, flags=re.IGNORECASE)
    return text


def without_asides(question: str) -> str:
    """The question without the material that adds no condition: a bracketed method note or definition holding no
    figure and no word of negation, exclusion, order or statistic; a remark that a range's ends count; a hedge no
    figure follows; an enumeration frame. Every other word stays for the readers, which name what they do not place.

    Args:
        question: as typed (courtesies already off).

    Returns:
        e.g. "执行率超过70%的表有哪些" for "执行率超过70%的表（以表上百分比为准）有哪些"; "Which forms scored between
        90 and 95?" for "Which forms scored between 90 and 95, both ends included?".
    """
    question = _without_tag_examples(_without_zero_included(question))
    text = _LONG_BRACKET.sub(lambda found: "" if _has(found.group(1), "share_whole") else found.group(0), question)
    text = _BRACKET.sub(lambda found: "" if _aside_bracket(found, question) and not _GLUED_UNIT.search(text[:found.start()])
                        else found.group(0), text)
    text = _without_other_figures(_strict_range(text))
    if (scope := _words().get(("en", "count_scope"))) is not None:  # how many indicators in total carry …: the count's scope
        text = scope.sub(lambda m: m.group(0)[:m.start("scope") - m.start()].rstrip() + m.group(0)[m.end("scope") - m.start():], text)
    words = _words()
    for kind in ("request", "inclusive", "enumeration", "intensifier", "contrast"):
        for lang in ("zh", "en"):
            if (lang, kind) in words:
                text = words[(lang, kind)].sub("" if lang == "zh" else " ", text)
    text = without_exact_clause(_without_restatements(_without_hedges(text)))
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.?!;:])", r"\1", text).strip()
    text = re.sub(r"([,，])\s*[,，]", r"\1", text)  # "the rate, roughly speaking, of": one comma left
    text = re.sub(r"([。.！!？?])\s*[。.！!？?]+$", r"\1", text)  # "…哪些？请列个清单。" → "…哪些？": one closing mark
    return text if re.search(r"\w", text) else question
