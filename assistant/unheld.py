"""What a question asks that no form holds (接种率, a filing rate, staff numbers): not understood (a year: other_years)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import data_files, other_years
from .other_years import paid_words
from .unheld_fields import unheld_fields  # 填报人, who signed it: fields no form holds

# How far after a measure word its comparison or figure may stand.
_NEAR_ZH, _NEAR_EN = 4, 24


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    """The classes of assistant/data/unheld.tsv, each a list of words, the longest first.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    classes = ("suffix_zh", "suffix_en", "follows_zh", "follows_en", "not_noun", "unprinted_zh", "unprinted_en",
               "future", "will", "ranks_en", "figure_asked", "entity_zh", "entity_en", "entity_value", "which_zh", "which_en",
               "town_zh", "town_suffix_zh", "town_en", "town_total_zh", "town_total_en", "never_zh", "never_en", "count_zh", "count_en")
    found = {name: [] for name in classes}
    for _, (name, words) in data_files.rows("unheld.tsv", 2, "'class<TAB>words'", lambda cells: cells[0] in classes):
        found[name] += [word for word in words.split("|") if word]
    return {name: sorted(words, key=len, reverse=True) for name, words in found.items()}


@lru_cache(maxsize=1)
def _lexicon_text() -> str:
    """Every phrase of the lexicon, lower-cased, one a line: what some reader places."""
    from assistant import lexicon

    words = lexicon.load()
    return "\n".join(phrase.lower() for phrases in words.phrases.values() for phrase in phrases)


def _compared(after: str, english: bool) -> bool:
    """Whether the text after a measure word compares or ranks it (高于50%, under 80 percent, 最多)."""
    words = _words()["follows_en" if english else "follows_zh"]
    near = after[:_NEAR_EN if english else _NEAR_ZH + 2]
    if re.search(r"\d|[零一二两三四五六七八九十百]成|百分之", near):
        return True
    if english:
        return any(re.search(rf"\b{re.escape(word)}\b", near.lower()) for word in words)
    return any(word in near.lstrip("的是为 ")[:_NEAR_ZH] for word in words)


def unknown_measures(question: str, forms_text: str, says: Callable[[str], list[str]]) -> list[str]:
    """Measure words (a rate, a value, a score) after a noun neither the forms nor any word list says, compared or
    ranked: 接种率高于50%, 咕噜值最高, a recycling rate under 80%, the highest wibble score.

    Args:
        question: the question as normalised.
        forms_text: the text of every form (names, rows, sentences): a measure it says is a row's.
        says: the words of a stretch the glossary knows (English) or the forms' text holds (Chinese).

    Returns:
        The measure words, as asked (["接种率"]); empty when there is none.
    """
    words, found = _words(), []
    lexicon, text = _lexicon_text(), question
    for suffix in words["suffix_zh"]:
        for at in (m.start() for m in re.finditer(re.escape(suffix), text)):
            noun = text[max(0, at - 2):at]
            if len(noun) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", noun) or any(ch in words["not_noun"][0] for ch in noun):
                continue
            measure = noun + suffix
            tails = (measure[k:] for k in range(len(measure) - 1))  # 标分值: 分值 is a column's word
            if noun in lexicon or noun in forms_text or any(tail in forms_text or tail in lexicon for tail in tails):
                continue
            if _compared(text[at + len(suffix):], english=False):
                found.append(measure)
    pattern = rf"\b([A-Za-z][A-Za-z-]{{2,}})\s+({'|'.join(map(re.escape, words['suffix_en']))})\b"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        noun = match.group(1).lower()
        if any(term in forms_text for term in _glossed(match.group(0))):
            continue  # an archiving rate: the glossary's 归档率 is a row some form prints
        if all(any(re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", lexicon) for form in _singular(part))
               for part in noun.split("-") if part):
            continue  # execution-rate score, scorecards rate: each part a word some reader places
        ranked = any(re.search(rf"\b{re.escape(word)}\s+$", text[:match.start()].lower()) for word in words["ranks_en"])
        if ranked or _compared(text[match.end():], english=True):
            found.append(match.group(0))  # a glorp rate under 80%, the highest wibble score
    return list(dict.fromkeys(found))


def _glossed(measure: str) -> list[str]:
    """The Chinese word the glossary gives a whole English measure phrase first (archiving rate → 归档率; attendance rate
    → 出勤率, never its looser 出席), none for its noun alone."""
    from index.glossary import GLOSSARY_EN

    return [term for term in GLOSSARY_EN.get(measure.lower(), "").split()[:1] if len(term) > 1]


def _singular(word: str) -> set[str]:
    """A word and the singulars it may be of (scorecards → scorecard, activities → activity)."""
    forms = {word, word.removesuffix("'s"), word.removesuffix("s")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    return {form for form in forms if form}


def unprinted(question: str, forms_text: str) -> list[str]:
    """Things no form prints that a question asks (多少名工作人员, staff numbers, next year's budget).

    Args:
        question: the question as normalised.
        forms_text: the text of every form: a word it says is printed somewhere.

    Returns:
        Those words; empty when there is none.
    """
    words, lowered = _words(), question.lower()
    found = [word for word in words["unprinted_zh"] if word in question and word not in forms_text]
    found += [word for word in words["unprinted_en"] if re.search(rf"\b{re.escape(word)}\b", lowered)]
    future = [word for word in words["future"] if word in lowered]
    if future and any(word in lowered for word in words["will"]) and not any(word in lowered for word in paid_words()):
        found += future[:1]  # 明年哪些项目预算会增加: no form says what next year holds
    return list(dict.fromkeys(found))


def unknown_nouns(residual: str) -> list[str]:
    """Words left after the readers that no word list or English dictionary knows (flurbs, 咕噜): a superlative over
    them ranks by something no field holds.

    Args:
        residual: what the rule reader left of the question.

    Returns:
        Those words; empty when every word left is known.
    """
    from assistant import vocabulary as vocab
    from assistant.unread_words import is_known_word

    def known(word: str) -> bool:
        if not word.isascii():
            return is_known_word(word)
        lowered = word.lower()  # grommets: an English word, but none a reader or the lists place
        stem = lowered[:max(4, len(lowered) - 3)]  # scorers, counted: a word of the lists inflected
        return is_known_word(word) and (lowered in vocab.STOPWORDS_EN or bool(re.search(rf"(?<![a-z]){re.escape(stem)}",
                                                                                          _lexicon_text())))

    return [word for word in re.findall(r"[A-Za-z][A-Za-z'-]{2,}|[\u4e00-\u9fff]+", residual) if not known(word)]


def unrecorded(question: str, answer, lang: str, says: Callable[[str], list[str]] = lambda word: []):
    """A figure asked that a text search found no form saying (浦江镇共受理治安案件几起): "no form records it", with the
    closest sentences kept, never loose hits offered as the answer.

    Args:
        question: the question.
        answer: the answer given (an assistant.answer.Answer).
        lang: "zh" or "en".
        says: the words of a stretch the glossary knows (English).

    Returns:
        An answer of kind "unknown", or the answer given when it is no such search.
    """
    from assistant.answer import Answer

    lowered = question.lower()
    if answer.kind != "search" or answer.records or not any(word in lowered for word in _words()["figure_asked"]):
        return answer
    unglossed = [word for word in unknown_nouns(question) if word.isascii() and not says(word)] if lang == "en" else []
    zh = lang != "en"
    missing = f" ({', '.join(unglossed)})" if unglossed else ""
    text = ("无法回答：没有表记录这个数字。" if zh else f"Cannot answer: no form records this figure{missing}.") + "\n" + answer.text
    return Answer(question=answer.question, interpretation=("未能理解：" if zh else "not understood: ") + answer.interpretation,
                  text=text, kind="unknown")


def _said_in_forms(question: str, at: int, end: int, forms_text: str) -> bool:
    """Whether the word at question[at:end] is part of a longer word the forms say (实有人口 of a form's name)."""
    return any(question[max(0, at - k):end] in forms_text or question[at:end + k] in forms_text for k in (1, 2)
               if (at - k >= 0 or end + k <= len(question)))


def _found_en(words: list[str], lowered: str) -> list[tuple[int, str]]:
    """The English words of a list found whole in a lower-cased question, with where they start; a word inside a
    longer one found (revenue of tax revenue) is not found again."""
    return _longest([(m.start(), m.end(), word) for word in words
                     for m in re.finditer(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lowered)])


def _longest(found: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Matches (start, end, word), those inside a longer one dropped, as (start, word)."""
    kept: list[tuple[int, int, str]] = []
    for start, end, word in sorted(found, key=lambda f: f[0] - f[1]):
        if not any(s <= start and end <= e for s, e, _ in kept):
            kept.append((start, end, word))
    return [(start, word) for start, _, word in sorted(kept)]


def unheld_facts(question: str, forms_text: str, says: Callable[[str], list[str]] = lambda word: []) -> list[str]:
    """Facts no form holds: a named entity asked (哪家公司施工, which contractor) when no form prints a name of that
    kind; a town-level total (全镇财政总支出, the town's revenue, population), never a sum of the forms' columns; a count
    of things the forms never count (多少起案件, how many criminal cases).

    Args:
        question: the question as normalised.
        forms_text: the text of every form (names, rows, sentences).
        says: the words of a stretch the glossary knows (English) or the forms' text holds (Chinese).

    Returns:
        The words asked that no form holds (["公司"], ["population"]); empty when there is none.
    """
    from assistant import form_nouns

    words, lowered, found = _words(), question.lower(), []
    english = len(re.findall(r"[A-Za-z]{2,}", question)) >= 3  # a form's Chinese name written in keeps it English
    held_text = forms_text.lower()
    if not any(value.strip() in held_text for value in words["entity_value"] if value.strip()):
        if english:  # which company, what firm, who was the contractor: the entity is what is asked
            which = r"\b(?:which|what|whose)\s+(?:[a-z'-]+\s+){0,2}"  # (which forms mention companies: forms asked)
            unformed = re.sub(rf"(?<![a-z\-]){form_nouns.english()}(?![a-z\-])", " § ", lowered)
            found += [word for word in words["entity_en"] if (re.search(rf"{which}{re.escape(word)}\b", unformed)
                      or re.search(rf"\bwho\b.{{0,40}}\b{re.escape(word)}\b", lowered))
                      and not any(gloss in forms_text for gloss in says(word))]
        else:  # 哪家施工队, 施工单位是哪家公司: the entity next to the word asking for it
            which = "|".join(map(re.escape, words["which_zh"]))
            found += [word for word in words["entity_zh"] if word not in forms_text and re.search(
                rf"(?:{which})[^，,。？?]{{0,4}}{re.escape(word)}|{re.escape(word)}[^，,。？?]{{0,3}}(?:{which})", question)
                and not re.search(rf"(?:{which})(?:{'|'.join(map(re.escape, form_nouns.phrases('zh')))})", question)]
    if english:
        forms_said = re.search(rf"(?<![a-z\-]){form_nouns.english()}(?![a-z\-])", lowered)
        found += [word for _, word in _found_en(words["never_en"], lowered) if not any(gloss in forms_text for gloss in says(word))]
        if not forms_said and _found_en(words["town_en"], lowered):
            found += [word for _, word in _found_en(words["town_total_en"], lowered)]
        for word in words["count_en"]:
            if re.search(rf"\bhow many\s+(?:[a-z-]+\s+)?{re.escape(word)}\b", lowered) \
                    and not any(gloss in forms_text for gloss in says(word)):
                found.append(word)  # how many criminal cases: no form counts them
    else:
        found += [word for _, word in _longest([(m.start(), m.end(), word) for word in words["never_zh"]
                                                for m in re.finditer(re.escape(word), question)])
                  if not _said_in_forms(question, question.index(word), question.index(word) + len(word), forms_text)]
        town = any(word in question for word in words["town_zh"]) or any(
            re.search(rf"[\u4e00-\u9fff]{{2}}{re.escape(suffix)}(?![\u4e00-\u9fff]*[（(])", question) for suffix in words["town_suffix_zh"])
        if town and not any(noun in question for noun in form_nouns.phrases("zh")):
            for word in words["town_total_zh"]:
                if any(not _said_in_forms(question, m.start(), m.end(), forms_text) for m in re.finditer(re.escape(word), question)):
                    found.append(word)
                    break  # 财政总支出 holds 支出: the longest said
        for match in re.finditer(rf"(?:几|多少)({'|'.join(map(re.escape, words['count_zh']))})", question):
            if not re.search(rf"\d\s*{re.escape(match.group(1))}", forms_text):
                found.append(match.group(0))  # 多少起案件: no form counts anything in 起
    return [word for word in dict.fromkeys(found) if not any(word != other and word in other for other in found)]


def refusal(question: str, reading, query, forms_text: str, says: Callable[[str], list[str]],
            form_years: list[int | None]):
    """A refusal naming what the question asks that no form holds: a measure after a noun nobody says, a year the
    store has no forms of, a thing no form prints.

    Args:
        question: the question as the readers had it.
        reading: the query model's reading (an assistant.compose.Reading), or None.
        query: the rule-based reading (an assistant.interpret.Query).
        forms_text: the text of every form (assistant.interpret.Catalog.text).
        says: the words of a stretch the forms' text holds (assistant.interpret.Interpreter.content_words).
        form_years: the years of the store's forms.

    Returns:
        An answer of kind "unknown", or None when the question asks nothing of the kind.
    """
    from assistant.answer import Answer

    asked_years = list(query.form_filter.years) + (other_years.years_compared(reading.select.where) if reading is not None else [])
    years = other_years.unheld_years(question, asked_years, [y for y in form_years if y is not None])
    words = unknown_measures(question, forms_text, says) + unprinted(question, forms_text) \
        + unheld_facts(question, forms_text, says) + unheld_fields(question, forms_text)
    if not years and not words:
        return None
    zh = query.lang != "en"
    said = ([other_years.said("zh" if zh else "en", form_years, [int(year) for year in years])] if years else []) \
        + ([f"这些表没有记录“{'、'.join(words)}”" if zh else f"not recorded in these forms: {', '.join(repr(w) for w in words)}"]
           if words else [])
    text = ("无法回答：" + "；".join(said) + "。") if zh else ("Cannot answer: " + "; ".join(said) + ".")
    return Answer(question=question, interpretation=("未能理解：" if zh else "not understood: ") + "、".join(years + words),
                  text=text, kind="unknown")
