"""What a question asks that no form holds (接种率, a filing rate, staff numbers): not understood (a year: other_years)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import data_files
from .other_years import paid_words

# How far after a measure word its comparison or figure may stand.
_NEAR_ZH, _NEAR_EN = 4, 24


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    """The classes of assistant/data/unheld.tsv, each a list of words, the longest first.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    classes = ("suffix_zh", "suffix_en", "follows_zh", "follows_en", "not_noun", "unprinted_zh", "unprinted_en",
               "future", "will", "ranks_en", "figure_asked")
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
        if all(any(re.search(rf"(?<![a-z]){re.escape(form)}(?![a-z])", lexicon) for form in _singular(part))
               for part in noun.split("-") if part):
            continue  # execution-rate score, scorecards rate: each part a word some reader places
        ranked = any(re.search(rf"\b{re.escape(word)}\s+$", text[:match.start()].lower()) for word in words["ranks_en"])
        if ranked or _compared(text[match.end():], english=True):
            found.append(match.group(0))  # a glorp rate under 80%, the highest wibble score
    return list(dict.fromkeys(found))


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
