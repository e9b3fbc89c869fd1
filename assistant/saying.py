"""Questions asking which forms say a clause: "which project says turnout fell short", 哪个项目说…所以执行率低."""

from __future__ import annotations

import re

from assistant.evidence_set import concepts, cues, uses_cue
from assistant.synonyms import is_colloquial
from assistant import form_nouns

# A clause is a narrative when it says at least this many things (concepts): "says 资金紧张" is one mention,
# which the mention filter reads exactly; "says the health-check turnout fell short" is a sentence to find.
MIN_CONCEPTS = 2
_FORM_WORDS_EN = rf"(?:{form_nouns.english()}|ones?|which|that|who)"
_FORM_WORDS_ZH = r"(?:项目|哪个|哪些|哪一个|哪项|的表|自评表|表里|表中)"


def _pattern(lang: str) -> re.Pattern:
    verbs = [verb for verb in cues("saying") if verb.isascii() == (lang == "en")]
    joined = "|".join(re.escape(verb) for verb in sorted(verbs, key=len, reverse=True))
    if lang == "en":
        return re.compile(rf"\b{_FORM_WORDS_EN}\s+(?:{joined})\b\s*(?:that\s+)?(?P<clause>.+)$", re.IGNORECASE)
    # 哪些项目是因为… / 哪个项目的钱是因为…: a copula, or a short "的 thing", may stand before the verb
    return re.compile(rf"{_FORM_WORDS_ZH}(?:里|中)?(?:的[\u4e00-\u9fff]{{1,3}}?)?(?:是|都是|就是)?(?:{joined})(?:了|过)?"
                      rf"(?P<clause>.+)$")


# A quoted fragment inside the clause of saying.
_QUOTE = re.compile(r"[“\"「『]([^“”\"「」『』]{2,})[”\"」』]")


def said_clause(question: str, lang: str, stopwords: set[str]) -> tuple[int, int] | None:
    """Where the clause a question asks the forms to say lies in it, when it asks that.

    Args:
        question: as typed (or normalised: the span refers to this text).
        lang: "zh" or "en".
        stopwords: Chinese words with no content of their own.

    Returns:
        (start, end) of the clause, or None when the question asks no such thing.
    """
    match = _pattern(lang).search(question)
    if match is None:
        return None
    clause = match.group("clause")
    said = [c for c in concepts(clause, lang, stopwords) if not _is_condition_word(c.label)]
    # one colloquial phrase (说钱紧) is said by the forms in other words (资金紧张): no mention filter finds it
    spoken = lang == "zh" and any(is_colloquial(c.label) for c in said)
    if len(said) < MIN_CONCEPTS and not spoken:
        return None  # "reported an execution rate below 60%": a condition the query model reads, not a sentence
    quoted = _QUOTE.search(clause)
    if quoted is not None:  # 写了“闵浦府抄”文号, a document number “闵浦府抄”: the quote is what is said, the rest describes it
        return match.start("clause") + quoted.start(1), match.start("clause") + quoted.end(1)
    return match.start("clause"), match.end("clause")


def _is_condition_word(label: str) -> bool:
    """A figure, or a word the query model reads as a column, comparison or statistic (execution rate, 低于)."""
    from assistant.lexicon import load as load_lexicon

    lexicon = load_lexicon()
    return bool(re.fullmatch(r"[0-9.]+", label)) or any(label.lower() in lexicon.keys(kind) for kind in CONDITION_KINDS)


CONDITION_KINDS = ("field", "op", "op_after", "aggregate", "superlative", "full", "predicate", "fund_source")


def asks_deferral(question: str) -> bool:
    """Whether a question asks what was put off (拖到, 推迟, deferred): the text says that, no figure does.

    Args:
        question: as typed.

    Returns:
        True when it uses a deferral cue.
    """
    return uses_cue(question, "deferral")


def asks_topic(question: str) -> bool:
    """Whether a question asks for the forms about a thing (跟…有关的项目, projects related to …).

    Args:
        question: as typed.

    Returns:
        True when it uses a topic cue.
    """
    return uses_cue(question, "topic")


# Nouns by which a count asks for forms or indicator rows, which the query model counts; any other counted noun that
# the glossary knows (people, devices, village committees) is a figure a form's text or indicator row gives.
_COUNTED_FORMS = re.compile(r"^(?:projects?|implementing|agency|agencies|bodies|authorities|programm?e?s?|schemes?|initiatives?|scorecards?|forms?|tables?|sheets?|records?|indicators?|measures?|metrics?|kpis?|items?|"
                            r"rows?|lines?|targets?|actuals?|units?|departments?|"
                            r"offices?|grades?|years?|times|percent|them|these|those|ones?|万元|yuan)$", re.IGNORECASE)
# The counted noun phrase ends at a verb or preposition (how many devices | were leased under …), or at a negation
# opening a condition (how many | not rated).
_PHRASE_END = re.compile(r"^(?:are|is|was|were|did|does|do|have|has|had|in|under|for|by|from|at|across|got|get|scored|set|"
                         r"not|no|never|without|lacking|weren't|wasn't|aren't|isn't|didn't|don't|doesn't)$",
                         re.IGNORECASE)
_COUNT_CUE = re.compile(r"\b(?:how many|number of)\s+", re.IGNORECASE)


def counts_a_thing(question: str) -> bool:
    """Whether "how many …" / "the number of …" counts something the forms' text gives (people, devices, committees)
    rather than forms or indicator rows.

    Args:
        question: as typed.

    Returns:
        True when the counted noun is neither a form nor an indicator word and the glossary knows it.
    """
    from index.glossary import glossary_matches

    match = _COUNT_CUE.search(question)
    if match is None:
        return False
    phrase = []
    for word in re.findall(r"[\w'-]+", question[match.end():])[:5]:
        if _PHRASE_END.match(word):
            break
        phrase.append(word)
    if not phrase or any(_COUNTED_FORMS.match(word.removesuffix("'s").rstrip("'")) for word in phrase) \
            or phrase[0].lower() in ("not", "no", "never", "without", "un", "points", "marks"):
        return False  # how many not rated: forms counted by a condition; how many points: a score's, not the text's
    counted = " ".join(phrase)
    return bool(glossary_matches(counted, inflected=True)
                or glossary_matches(question[match.start():match.end()] + counted, inflected=True))


def asks_figure(question: str) -> bool:
    """Whether a question asks for a figure a form gives (how many …, what target, 多少, 几台).

    Args:
        question: as typed.

    Returns:
        True when it uses a figure cue.
    """
    return uses_cue(question, "figure")


# "how many forms / of those", 有几个项目, 多少张表: the forms found are counted, whatever they say
_FORM_COUNT = re.compile(r"\bhow many\s+(?:of\s+(?:those|these|them|the\s+\w+)\b|(?:\w+\s+){0,2}?(?:forms|projects|"
                         r"programmes|programs|records|sheets|schemes)\b)|\bnumber of\s+(?:forms|projects)\b|(?:多少|几)\s*"
                         r"(?:个|张|份|项)?\s*(?:项目|自评表|表)|(?:其中|上述|这些|项目|表)(?:中|里|里面|当中)?[，,]?\s*(?:一共|总共|共)?有?(?:多少|几)个",
                         re.IGNORECASE)


def asks_form_count(question: str) -> bool:
    """Whether a question asks how many forms say something (How many forms mention…, 有几个项目提到…).

    Args:
        question: as typed.

    Returns:
        True when the forms are what is counted.
    """
    return bool(_FORM_COUNT.search(question))


def without_form_count(question: str) -> str:
    """The question without its "how many forms" phrase (有几个项目, how many of the forms): words the text must not say.

    Args:
        question: as typed.

    Returns:
        The question, the phrase blanked.
    """
    return _FORM_COUNT.sub(" ", question)


def form_count(question: str, form_ids) -> float | None:
    """The number of forms a text answer found, when the question asks how many forms say something.

    Args:
        question: as typed.
        form_ids: the found forms' ids (repeats counted once).

    Returns:
        The count, or None when the question does not ask how many forms.
    """
    return float(len(set(form_ids))) if asks_form_count(question) else None
