"""Words of a question no reader placed and no form says: named by every answer, so no condition is dropped silently."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from assistant.answer import Answer

# How answers already name words they did not read (an "ignored" line, a refusal, words no form's text says).
NOT_READ = ("ignored:", "未使用：", "not understood:", "未能理解：", "could not read", "没能读懂", "no form's text says",
            "没有项目的文本写到")

# How many characters either side of a Chinese word may hold the figure or condition word it is compared with.
_BESIDE = 5
# How far after an English word its figure may stand ("a flurbish rating above 3").
_AFTER_EN = 20
# Characters that only join a Chinese word to the sentence (实施的, 要嘟嘟): not part of the word named.
_FUNCTION_CHARACTERS = "的了是要且和在把被地得"
# Characters either side of a word that make its mention a copy of the question rather than a use of it.
_COPIED = 2
# A bracketed list of the words a search looked for: (资金紧张, 支付, 咕噜), （党员、教育、咕噜）.
_LOOKED_FOR = re.compile(r"[（(][^（）()]*(?:、|, )[^（）()]*[)）]")
# Words before a field that only frame it (the, their, whose, each), never a modifier to name.
_NOT_MODIFIERS = frozenset("""a an the their its whose which what each every any all per of with and or by for on in at
whether than more less lower higher greater over under above below""".split())
# Zero is a figure too (嘟嘟值为零), though condition words leave it out of the Chinese figures.
_ZERO = re.compile(r"[零〇]")


@lru_cache(maxsize=1)
def _known_chinese() -> frozenset[str]:
    """The Chinese phrases of the assistant's word lists (assistant/data/*.tsv): words some reader places (实施单位, 推迟)."""
    phrases = set()
    for entry in resources.files("assistant").joinpath("data").iterdir():
        if entry.name.endswith(".tsv"):
            phrases.update(re.findall(r"[\u4e00-\u9fff]{2,}", entry.read_text(encoding="utf-8")))
    return frozenset(phrases)


def _known(word: str) -> bool:
    """Whether a Chinese word is, or holds, or is part of a phrase of the word lists."""
    return any(word in phrase or phrase in word for phrase in _known_chinese())


def _english_word(word: str) -> bool:
    """Whether a Latin word is English: one the English word list knows (flurbish, zorble are not)."""
    import wordfreq

    return wordfreq.zipf_frequency(word, "en") > 0


@lru_cache(maxsize=1)
def _english_fields() -> tuple[str, ...]:
    """The English phrases of the lexicon's fields (budget, execution rate), the longest first."""
    from assistant import lexicon

    words = lexicon.load()
    return tuple(sorted((p.lower() for kind in ("field", "weak_field") for p in words.keys(kind) if p.isascii()),
                        key=len, reverse=True))


def _before_field(word: str, question: str) -> bool:
    """Whether an English word stands right before a field's phrase (a snazzy execution rate): it says which one."""
    at = re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", question)
    if at is None or word.lower() in _NOT_MODIFIERS:
        return False
    if not re.search(r"\b(?:a|an|the|their|its|his|her|whose)\s+$", question[:at.start()].lower()):
        return False  # what fraction spent: no modifier of the field, only "a snazzy execution rate" is
    after = question[at.end():].lstrip().lower()
    return any(after.startswith(phrase) and not after[len(phrase):len(phrase) + 1].isalpha() for phrase in _english_fields())


def _made_up_on_a_figure(word: str, question: str, interpretation: str) -> bool:
    """Whether a made-up word says which field a figure the answer compares is of (a glorbish budget over 1 million)."""
    at = question.find(word)
    return at >= 0 and _before_field(word, question) and bool(re.search(r"\d", question[at:at + len(word) + _AFTER_EN + 20])) \
        and bool(re.search(r"[<>=≥≤]", interpretation))


def is_known_word(word: str) -> bool:
    """Whether a word of a question is one some list knows: English a dictionary word, Chinese each jieba word of it
    in (or holding) a phrase of the word lists or a stop word.

    Args:
        word: a Latin word, or a run of Chinese characters.

    Returns:
        True when it is known.
    """
    if word.isascii():
        return _english_word(word.lower().strip("'-"))
    from assistant import vocabulary as vocab
    from index.tokenize import cut_words

    return all(part in vocab.STOPWORDS_ZH or len(part) < 2 or _known(part) for part in cut_words(word))


def unplaced(question: str, gaps: list[str], says: Callable[[str], list[str]]) -> list[str]:
    """The words of a question no recogniser placed that name nothing no form's text or the glossary says: an
    English word no word list knows (flurbish), or Chinese words of two characters or more, in none of the assistant's
    word lists, right beside a figure or a word conditions are made of (咕噜值低于5, 没有叽里咕噜, 排除噗噗类的) — a
    condition on something unknown.

    Args:
        question: the question as the recogniser read it.
        gaps: the stretches the recogniser could not place.
        says: the words of a stretch the forms' text holds (Chinese) or the glossary knows (English).

    Returns:
        Those words, e.g. ["flurbish", "噗噗类"].
    """
    from assistant.leftovers import looks_like_condition

    found = []
    for gap in gaps:
        for word in re.findall(r"[A-Za-z][A-Za-z'-]*|[\u4e00-\u9fff]{2,}", gap):
            word = word.strip(_FUNCTION_CHARACTERS) if not word.isascii() else word
            if len(word) < 2:
                continue
            if says(word):
                continue
            if word.isascii():
                if not _english_word(word.lower().strip("'-")) or _before_field(word, question):
                    found.append(word)  # flurbish; a snazzy execution rate: a word the glossary lacks on a field
                continue
            if _known(word):
                continue
            at = question.find(word)
            beside = question[max(0, at - _BESIDE):at] + " " + question[at + len(word):at + len(word) + _BESIDE]
            if at >= 0 and (looks_like_condition(beside) or _ZERO.search(beside)):
                found.append(word)
    return list(dict.fromkeys(found))


def unnamed(answer_text: str, interpretation: str, words: list[str]) -> list[str]:
    """The words an answer does not already name as not read.

    Args:
        answer_text: the answer's text.
        interpretation: how the question was read.
        words: words no reader placed.

    Returns:
        Those not on a line of the answer saying it did not read them.
    """
    lines = [line.lower() for line in f"{interpretation}\n{answer_text}".splitlines() if any(m in line.lower() for m in NOT_READ)]
    return [word for word in words if not any(word.lower() in line for line in lines)]


def _proper_name(word: str, question: str) -> bool:
    """Whether a word is capitalised inside the sentence (Chunshen, Luhui): a name the search looks for, not a condition."""
    found = re.search(rf"(?<=[\s(（“\"']){re.escape(word)}\b", question, re.IGNORECASE)
    return found is not None and found.group(0)[:1].isupper()


def _mentioned(word: str, question: str, answer) -> bool:
    """Whether an answer uses a word: in how it read the question or its text, aside from copies of the question
    (a search's, a quoted fragment's: the word with the characters around it) and the lists of words a search looked
    for (（咕噜、低于、支付）之一): a word no form says found nothing there."""
    read = [part for part in answer.interpretation.split(" · ") if not part.startswith(("search: ", "检索："))]
    said = _LOOKED_FOR.sub(" ", f"{' · '.join(read)}\n{answer.text}").lower()
    lowered, word = question.lower(), word.lower()
    at = lowered.find(word)
    if at >= 0:
        said = said.replace(lowered[max(0, at - _COPIED):at + len(word) + _COPIED], " ")
    return word in said


def silently_dropped(question: str, answer, recogniser, says: Callable[[str], list[str]]) -> list[str]:
    """The words of a question no reader placed, that name nothing, and that an answer neither used nor named.

    Args:
        question: as typed.
        answer: the answer given.
        recogniser: the query model's Recogniser (its gaps are the words it could not place).
        says: the words of a stretch the forms' text holds (Chinese) or the glossary knows (English).

    Returns:
        Those words; empty for a refusal.
    """
    words, text = _unplaced_in(question, answer, recogniser, says)
    return [word for word in unnamed(answer.text, answer.interpretation, words) if not _mentioned(word, text, answer)]


def _unplaced_in(question: str, answer, recogniser, says) -> tuple[list[str], str]:
    """The unplaced words of a question (none for a refusal), with the question as the recogniser read it."""
    from assistant.interpret import normalize

    if answer.kind == "unknown":
        return [], question
    text = normalize(question)
    _, gaps = recogniser.tokens(text)
    return [word for word in unplaced(text, gaps, says) if not _proper_name(word, question)], text


def figure_taken(question: str, answer, recogniser, says) -> list[str]:
    """Made-up English words whose figure the answer used for something else ("a flurbish rating above 3" read as
    groups > 3): the answer is to another question, whether or not it names the word.

    Returns:
        Those words.
    """
    words, text = _unplaced_in(question, answer, recogniser, says)
    taken = []
    for word in (w for w in words if w.isascii()):  # a made-up English word; a Chinese one may be a word (打分低于96分)
        if not _english_word(word.lower().strip("'-")) and _made_up_on_a_figure(word, text, answer.interpretation):
            taken.append(word)
            continue
        at = text.find(word)
        after = text[at + len(word):at + len(word) + (_AFTER_EN if word.isascii() else _BESIDE + 1)] if at >= 0 else ""
        if any(re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", answer.interpretation)
               for figure in re.findall(r"\d+(?:\.\d+)?", after)):
            taken.append(word)
    return taken


def _english(question: str) -> bool:
    from assistant.interpret import is_english

    return is_english(question)


def refusal(question: str, lang: str, reading, words: list[str], lexicon) -> Answer:
    """The answer to a question with a condition the reader could not read: what it did read, what it could not,
    and no records (an answer without the condition would answer another question).

    Args:
        question: as asked.
        lang: "zh" or "en".
        reading: the query model's reading, or None.
        words: the words not read.
        lexicon: the lexicon that words the reading.

    Returns:
        An answer of kind "unknown".
    """
    zh = lang != "en"
    if reading is not None:
        from assistant.explain import Explainer

        read = Explainer(lexicon, lang).select(reading.select)
        text = (f"没能读懂其中的条件：{'、'.join(words)}。已读懂的部分：{read}。请换个说法。" if zh else
                f"I could not read this condition: {'; '.join(words)}. What I did read: {read}. Please rephrase it.")
    else:
        text = (f"没能读懂其中的条件：{'、'.join(words)}。请换个说法。" if zh else
                f"I could not read this condition: {'; '.join(words)}. Please rephrase it.")
    return Answer(question=question, interpretation=("未能理解：" if zh else "not understood: ") + "、".join(words),
                  text=text, kind="unknown")


def named_or_refused(question: str, answer: Answer, reading, previous_ids: list[int] | None, reader,
                     says: Callable[[str], list[str]]) -> Answer:
    """Words no reader placed that an answer did not use (a flurbish rating, 咕噜值低于5) named on the answer; a
    follow-up that would give the previous answer's forms again without them (or without a figure the query model
    left unread: "and how many of those started with a zero budget?") refused instead.

    Args:
        question: the question (names in full).
        answer: the answer given.
        reading: the query model's reading, or None.
        previous_ids: the forms the previous answer rested on, or None.
        reader: the QuestionReader.
        says: the words of a stretch the forms' text holds (Chinese) or the glossary knows (English).

    Returns:
        The answer (with an "ignored" line when it names words), or a refusal.
    """
    taken = figure_taken(question, answer, reader.recogniser, says)
    if taken:
        return refusal(answer.question, "en" if _english(question) else "zh", reading, taken, reader.lexicon)
    words = silently_dropped(question, answer, reader.recogniser, says)
    repeated = previous_ids is not None and sorted(r.form_id for r in answer.records) == sorted(previous_ids)
    if repeated and reading is not None and answer.sql is None:  # the rule-based reader answered the last question again
        words += [word for word in reading.unread if word not in words and word.lower() not in answer.text.lower()]
    if not words:
        return answer
    zh = not _english(question)
    if repeated:
        return refusal(answer.question, "zh" if zh else "en", reading, words, reader.lexicon)
    answer.text += ("\n未使用：" + "、".join(words)) if zh else ("\nignored: " + ", ".join(words))
    return answer
