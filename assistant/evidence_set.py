"""The set a narrative question asks for: the forms whose best sentence or indicator row covers its key terms."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.evidence_cues import cues, is_singular, singular_cues, uses_cue  # noqa: F401 (their users import them here)
from assistant.synonyms import synonyms
from assistant import form_nouns


# A form is asserted only when its best sentence holds at least this share of the question's weighted terms:
# below it the sentence shares a word or two with the question but does not say what was asked.
MIN_COVERAGE = 0.5
# Forms whose best sentence covers this share of what the best form's does are answers too: the question's
# words are matched exactly, so a form saying the same with one word fewer still counts, one saying half does not.
RELATIVE_COVERAGE = 0.75
# A form's coverage is mostly its best sentence's (one sentence saying it all is the evidence) and partly what its
# whole text says (a warranty payment named in the goal, the works in an indicator row).
SENTENCE_SHARE = 0.75
# In choosing the sentence shown, a project-name word counts this much of its weight: the name is already known,
# the sentence should say what was asked about it.
NAMED_SHARE = 0.25
# A form search ranks within this share of the best form's score is an answer too when its text still says a fair
# part of the question (PLAUSIBLE_COVERAGE): a topic ("党员教育培训和党组织活动") is spread over a long outcome,
# no one sentence of which says it all, and search reads that text by meaning.
SCORE_TIE = 0.9
PLAUSIBLE_COVERAGE = 0.3
# When more than this share of the question's concepts is said by no form at all, no form says what it asks
# (提到古籍修复: forms saying 修复 alone are not the answer).
UNSAID_LIMIT = 0.5
# A synonym said by more than this many times as many forms as the concept's own word, and by more than this share
# of all forms, is a broader word, not a synonym (the glossary lets "deferred" find 支付 by search; 支付 does not say
# 推迟); a word few forms use (紧张 for 不够) stays a synonym.
BROADER = 4
BROADER_SHARE = 0.25
# A question word jieba's dictionary counts fewer times than this is a cut, not a word (率低 of 执行率低).
MIN_WORD_FREQUENCY = 50
# An optional concept (one alternative's own words: "activities" of "volunteers or volunteer activities") counts
# this share of its weight: saying it is better evidence, not saying it is no failure.
OPTIONAL_SHARE = 0.25
# How many of the nearest forms an answer without a supported form shows as "closest, not certain".
CLOSEST = 3
# A question asking for one form (哪张表…) is answered by its best form, though some of its words no form says (进京
# where the form writes 赴京), when that form is covered well and at least this many times as well as the next.
CLEAR_LEAD = 2.0

_NUMBER = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# 说 right after what is asked about (哪张表说来体检的人…) is the verb of saying: jieba would glue it to the next
# character (说来) and the question would ask for a word no form writes.
_SAYING_AFTER_HEAD = re.compile(r"(?<=[表目位])说(?![明法])")
# A year (2023年, 2023年度) is when, not how many: a sentence holding only a year gives no figure asked for.
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年度?")


@dataclass(frozen=True)
class Concept:
    """One thing the question says: the words of the forms that say it (any one will do) and how rare it is."""

    label: str
    alternatives: tuple[str, ...]
    weight: float = 1.0
    named: bool = False  # a word of a project name the question gave, not of what it asks about
    forms: int = -1  # how many forms say it (-1: not counted yet)
    optional: bool = False  # one of the question's alternatives says it, not every one


@dataclass
class Support:
    """A form with its best evidence (a sentence or an indicator row) and the weighted share of concepts it holds."""

    form_id: int
    project_name: str
    year: int | None
    field: str
    sentence: str
    coverage: float
    score: float = 0.0  # the search's score for the form
    all_numbers: bool = True  # the form's text holds every number the question gives (a number is a constraint)
    whole: float = 0.0  # the weighted share of the concepts the form's whole text says
    in_name: float = 0.0  # the weighted share its project name says (a topic in the name: the form is about it)
    beyond_name: bool = True  # its text says a concept that is no word of a project name the question gave


def concepts(text: str, lang: str, stopwords: set[str], names: list[str] = ()) -> list[Concept]:
    """What a question says, as concepts: Chinese key words, English glossary phrases, numbers.

    Args:
        text: the narrative part of the question.
        lang: "zh" or "en".
        stopwords: Chinese words with no content of their own.
        names: parts of project names the question gave (their words are concepts marked `named`).

    Returns:
        The concepts, unweighted, in question order (numbers last).
    """
    from assistant.evidence import key_terms
    from index.glossary import glossary_matches

    stopwords = set(stopwords) | set(cues("filler"))  # pronouns, "things", hedges: never what the text must say
    found: list[Concept] = []
    if lang == "en":
        for phrase, terms in glossary_matches(text, inflected=True):
            if form_nouns.is_form_noun(phrase):  # which programmes say …: a word for the forms asked, not their text
                continue
            kept = tuple(term for term in terms if term not in stopwords)
            if kept:
                found.append(Concept(phrase, kept))
    named = set(_parts(key_terms(" ".join(names), "zh", stopwords), stopwords)) if names else set()
    text = _SAYING_AFTER_HEAD.sub("说 ", text)
    for word in cues("degree"):  # 手头钱比较紧 is 钱紧: a word of degree says how much, and cuts the phrase apart
        text = text.replace(word, "")
    chinese = " ".join(_HAN_WORD.findall(" ".join([text, *names])))
    if chinese:
        from assistant.text_negation import NEGATORS, negated
        from index.tokenize import cut_words

        words = _parts(key_terms(chinese, "zh", stopwords), stopwords)
        # 没达到: the forms write the negation (未达到), so the negated word is one concept, not 达到 alone
        negations = {head: (label, forms) for label, forms, head in
                     negated(list(cut_words(" ".join(_HAN_WORD.findall(text)))), lambda w: _parts([w], stopwords))}
        # a negated word the lexicon knows (没花完) is also read as the forms' words for it (结余, 执行率较低);
        # a negator on its own (没有) is no content: the negation is carried by the word it binds
        found += [_negated_concept(*negations.pop(word)) if word in negations
                  else Concept(word, synonyms().get(word, (word,)))
                  for word in words if word not in NEGATORS]
        found += _single_verbs(text)
    found += [Concept(number, (number,)) for number in dict.fromkeys(_NUMBER.findall(_spelled(text).replace(",", "")))]
    found = _glosses_merged(found)
    # A word the question says on its own is not also another word's synonym (推迟 … 支付: 支付 is asked for itself).
    labels = {concept.label for concept in found}
    distinct: dict[tuple[str, ...], Concept] = {}
    for concept in found:
        alternatives = tuple(word for word in concept.alternatives if word == concept.label or word not in labels)
        distinct.setdefault(alternatives or concept.alternatives,
                            Concept(concept.label, alternatives or concept.alternatives, named=concept.label in named))
    return list(distinct.values())


def _glosses_merged(found: list[Concept]) -> list[Concept]:
    """An English phrase whose words for the forms hold a Chinese word the question also says (retention money
    (质保金), warranty money beside 质保金) is that word said twice: one concept with the words of both, so the
    English words no form writes (质量保证金) are not a second thing the text must say."""
    chinese = {concept.label: concept for concept in found if not concept.label.isascii()}
    kept = []
    for concept in found:
        gloss = next((word for word in concept.alternatives if word in chinese), None) if concept.label.isascii() else None
        if gloss is None:
            kept.append(concept)
            continue
        own = chinese[gloss]
        chinese[gloss] = Concept(own.label, tuple(dict.fromkeys([*own.alternatives, *concept.alternatives])))
    return [chinese.get(concept.label, concept) if not concept.label.isascii() else concept for concept in kept]


def _single_verbs(text: str) -> list[Concept]:
    """One-character topic verbs cut alone (租 of 租东西): each a concept of the forms' two-character words for it."""
    from index.tokenize import cut_words

    verbs = set(cues("single"))
    said = dict.fromkeys(word for word in cut_words(" ".join(_HAN_WORD.findall(text))) if word in verbs)
    return [Concept(verb, words) for verb in said
            if (words := tuple(word for word in synonyms().get(verb, ()) if len(word) >= 2))]


def _negated_concept(label: str, forms: tuple[str, ...]) -> Concept:
    """A negated word with its negated forms and, when the lexicon has the negated word itself, its synonyms."""
    return Concept(label, tuple(dict.fromkeys([*forms, *synonyms().get(label, ())])))


def _spelled(text: str) -> str:
    """A number written as an English word before a hyphen (a five-year warranty) as digits: a figure the forms give."""
    from assistant.question_text import EN_NUMBERS

    return re.sub(r"(?<![a-z])([a-z]+)(?=-[a-z])", lambda m: str(EN_NUMBERS.get(m.group(1).lower(), m.group(1))), text)


def _parts(words: list[str], stopwords: set[str]) -> list[str]:
    """Compounds of four or more characters as their words (信访工作 → 信访): a form says 信访 without 工作."""
    from assistant.synonyms import spoken_phrases
    from index.tokenize import _query_jieba

    parts = []
    for word in words:
        # a colloquial phrase of the synonym table (以前剩下的钱) is read whole, by the forms' words for it
        whole = len(word) < 4 or spoken_phrases(word) == [(0, word)]
        pieces = [piece for piece in _query_jieba().cut_for_search(word) if len(piece) >= 2 and piece != word
                  and piece not in stopwords] if not whole else []
        parts += pieces or [word]
    return list(dict.fromkeys(parts))


def holds(unit: str, concept: Concept) -> bool:
    """Whether a piece of text says a concept: one of its words, a number as a whole number (8 is not in 18).

    Args:
        unit: a sentence or an indicator row.
        concept: from `concepts`.

    Returns:
        True when it does.
    """
    for word in concept.alternatives:
        if _NUMBER.fullmatch(word):
            if re.search(rf"(?<![0-9.]){re.escape(word)}(?![0-9])", unit.replace(",", "")):
                return True
        elif word.lower() in unit.lower():
            return True
    return False


def weighted(store, found: list[Concept], form_ids: list[int] | None = None, fields: tuple[str, ...] = (),
             source=None) -> tuple[list[Concept], list[Concept]]:
    """Weigh concepts by how rare they are among the forms' texts, keeping only the synonyms that are not broader.

    A concept no form says still counts, as rare as can be, against every form (暴雨 in 因为暴雨延误: no form that
    only says 延误 answers), unless it is a word of the question's frame (解释, 提到) or no word of the language
    (率低 of 执行率低 cut apart).

    Args:
        store: a store.Store.
        found: from `concepts`.
        form_ids: the forms the question is about, or None for all.
        fields: the text fields the question places its words in (goal, outcome, …), or () for all.
        source: where the forms' words are read (assistant.text_source), or None to read the store.

    Returns:
        (the concepts an answer must say, weighted, `forms` = how many forms say them; those left out as frame).
    """
    from assistant.synonyms import is_colloquial
    from assistant.text_source import StoreSource

    source = source or StoreSource(store, form_ids, fields)
    total = source.total
    kept, frame = [], []
    for concept in found:
        alternatives = concept.alternatives
        # (a colloquial phrase of the synonym table, 钱紧, is written by no form: its words are the forms', not broader)
        if len(alternatives) > 1 and not _NUMBER.fullmatch(concept.label) and not is_colloquial(concept.label):
            # The first word is the concept's own; one used by many more forms is a broader word (推迟 … 支付).
            limit = max(BROADER * len(source.forms_saying(alternatives[:1])), BROADER_SHARE * total)
            alternatives = alternatives[:1] + tuple(word for word in alternatives[1:]
                                                    if len(source.forms_saying((word,))) <= limit)
        count = len(source.forms_saying(alternatives))
        if count == 0 and _is_frame(concept):
            frame.append(concept)
            continue
        # a word every form uses still counts a little: it is part of what was asked
        weight = math.log(1 + total / max(count, 1)) * (OPTIONAL_SHARE if concept.optional else 1.0)
        kept.append(Concept(concept.label, alternatives, weight, concept.named, count, concept.optional))
    return kept, frame


def saying_most(source, found: list[Concept], limit: int | None = None, within: list[Concept] | None = None) -> list[int]:
    """The forms whose whole text says the largest weighted share of the concepts, most first: candidates found
    without search. A form whose whole text says less than PLAUSIBLE_COVERAGE of what was asked cannot be chosen
    (its best sentence says no more than its whole text), so it is not returned.

    Args:
        source: where the forms' words are read (assistant.text_source), limited to the forms and fields in scope.
        found: the concepts to look for.
        limit: at most this many, or None for all.
        within: all the question's weighted concepts (the share's denominator), or None for `found`.

    Returns:
        Form ids.
    """
    total = sum(concept.weight for concept in (within or found)) or 1.0
    said: dict[int, float] = {}
    for concept in found:
        for form_id in source.forms_saying(concept.alternatives):
            said[form_id] = said.get(form_id, 0.0) + concept.weight / total
    ranked = sorted((form_id for form_id, share in said.items() if share >= PLAUSIBLE_COVERAGE - 1e-9),
                    key=lambda form_id: (-said[form_id], form_id))
    return ranked if limit is None else ranked[:limit]


def _is_frame(concept: Concept) -> bool:
    """A word of how questions are asked, a section label or a column of the views (appropriation: a figure, which
    the conditions read), in either language, or a Chinese cut that is no word (率低)."""
    from assistant.lexicon import load as load_lexicon
    from index.tokenize import _query_jieba

    frame = cues("frame")
    if any(word in frame for word in (concept.label, *concept.alternatives)) or concept.label in load_lexicon().keys("field"):
        return True
    from assistant.synonyms import is_spoken

    if not re.fullmatch(r"[\u4e00-\u9fff]+", concept.label) or is_spoken(concept.label):
        return False  # a colloquial phrase of the synonym table (缺钱) is a word, however rare in jieba's dictionary
    return (_query_jieba().FREQ.get(concept.label) or 0) < MIN_WORD_FREQUENCY


def best_evidence(form, found: list[Concept], figure: bool = False, timing: bool = False) -> Support | None:
    """A form's sentence or indicator row holding the largest weighted share of the concepts, and the form's coverage.

    Args:
        form: an assistant.text_source.FormText (its snippets already limited to the fields in scope).
        found: weighted concepts.
        figure: the question asks for a figure: a sentence or row holding a number is shown before one without.
        timing: the question asks when: a sentence or row saying a time (cues "time") is shown before one without.

    Returns:
        The support (coverage: SENTENCE_SHARE of the sentence's share, the rest the whole text's), or None when
        the form says none of them.
    """
    total = sum(concept.weight for concept in found)
    if not total:
        return None
    shown, shown_key, top, said, in_name = None, None, 0.0, set(), 0.0
    # the project name is what every sentence of the form is about: 补齐监控盲区 of a 租赁 project says a lease's camera
    titled = {number for number, concept in enumerate(found) if holds(form.project_name, concept)}
    for field, text in form.snippets:
        held = {number for number, concept in enumerate(found) if holds(text, concept)}
        if not held:
            continue
        said |= held
        share = sum(found[number].weight for number in held) / total
        top = max(top, sum(found[number].weight for number in held | titled) / total)
        in_name = max(in_name, share if field == "project_name" else 0.0)
        top = max(top, share)
        # Shown: a sentence or row rather than the name (the answer names the form already), with a number when a
        # figure is asked, saying most of what was asked beyond the project's name (装修面积, not the name again).
        # Between a sentence and a row saying as much, a figure is read from the row: it prints target and unit.
        key = (field != "project_name", figure and bool(re.search(r"[0-9]", _YEAR.sub("", text))),
               timing and any(word in text for word in cues("time")),
               # beyond the name first (a name the question gave, or this form's own title: 人才 of 人才健康体检)
               sum(found[number].weight for number in held if not found[number].named and number not in titled),
               sum(found[number].weight * (NAMED_SHARE if found[number].named or number in titled else 1.0)
                   for number in held), share,
               figure and field == "indicator")
        if shown_key is None or key > shown_key:
            shown, shown_key = (field, text), key
    if shown is None:
        return None
    whole = sum(found[number].weight for number in said) / total
    numbers = all(number in said for number, concept in enumerate(found) if _NUMBER.fullmatch(concept.label))
    return Support(form.form_id, form.project_name, form.year, shown[0], shown[1],
                   SENTENCE_SHARE * top + (1 - SENTENCE_SHARE) * whole, all_numbers=numbers, whole=whole, in_name=in_name,
                   beyond_name=any(not found[number].named for number in said))


def select(supports: list[Support], singular: bool, unsaid_share: float = 0.0, content_unsaid: float = 0.0) -> list[Support]:
    """The forms a question's answer asserts: well covered and close to the best one, or ranked by search next to
    the best and fairly covered; only the best covered when the question asks for one form.

    Args:
        supports: one per candidate form, in search order.
        singular: the question asks for one form.
        unsaid_share: the share of the question's concepts no form says.
        content_unsaid: the same share without the question's frame words (哪张表, 提到).

    Returns:
        The chosen supports, best covered first (then those whose name says it, then search order); empty when
        none is covered well enough.
    """
    # Figures in the question are constraints: "paid 5 years after completion" is not answered by a form without 5.
    supports = [support for support in supports if support.all_numbers]
    if singular and supports and content_unsaid <= UNSAID_LIMIT:
        ranked = sorted(supports, key=lambda support: -support.coverage)
        runner_up = ranked[1].coverage if len(ranked) > 1 else 0.0
        if ranked[0].coverage >= MIN_COVERAGE and ranked[0].coverage >= CLEAR_LEAD * runner_up:
            return ranked[:1]  # the one form asked for, clearly ahead of every other
    if not supports or unsaid_share > UNSAID_LIMIT:
        return []
    top = max(support.coverage for support in supports)
    if top < MIN_COVERAGE:
        return []
    if singular:
        chosen = [support for support in supports if support.coverage >= top - 1e-9]
    else:
        floor = max(MIN_COVERAGE, RELATIVE_COVERAGE * top)
        best_score = max(support.score for support in supports)
        chosen = [support for support in supports if support.coverage >= floor
                  or (best_score > 0 and support.score >= SCORE_TIE * best_score
                      and support.coverage >= PLAUSIBLE_COVERAGE)]
    # best covered first; among equals, those whose name says it (派出所 projects), then in search order
    return sorted(chosen, key=lambda support: (-support.coverage, -support.in_name))
