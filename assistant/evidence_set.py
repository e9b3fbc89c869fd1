"""The set a narrative question asks for: the forms whose best sentence or indicator row covers its key terms."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from assistant.sqlcompile import literal
from store.readonly_sql import run_select

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
# How many of the nearest forms an answer without a supported form shows as "closest, not certain".
CLOSEST = 3
# Snippet fields that are what the form says (findings are the checker's words, not the form's).
TEXT_FIELDS = ("project_name", "goal", "outcome", "indicator", "deviation")

_NUMBER = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Concept:
    """One thing the question says: the words of the forms that say it (any one will do) and how rare it is."""

    label: str
    alternatives: tuple[str, ...]
    weight: float = 1.0
    named: bool = False  # a word of a project name the question gave, not of what it asks about
    forms: int = -1  # how many forms say it (-1: not counted yet)


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


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    """Phrases by kind from assistant/data/evidence_cues.tsv (singular, frame), longest first."""
    text = resources.files("assistant").joinpath("data", "evidence_cues.tsv").read_text(encoding="utf-8")
    cues: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise ValueError(f"assistant/data/evidence_cues.tsv:{number}: expected kind and phrases, got {len(cells)} cells")
        cues.setdefault(cells[0], []).extend(phrase.strip().lower() for phrase in cells[1].split("|") if phrase.strip())
    return {kind: tuple(sorted(phrases, key=len, reverse=True)) for kind, phrases in cues.items()}


def cues(kind: str) -> tuple[str, ...]:
    """Phrases of one kind from assistant/data/evidence_cues.tsv (singular, frame, deferral), longest first.

    Args:
        kind: the first cell of the data file's rows.

    Returns:
        The phrases, lower-case.
    """
    return _cues().get(kind, ())


def singular_cues() -> tuple[str, ...]:
    """Phrases by which a question asks for one form, longest first."""
    return cues("singular")


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Chinese words with the others the forms use for the same thing: the glossary's entries led by that word
    (装修 → 修缮, 改造: what "renovation" expands to)."""
    from index.glossary import GLOSSARY_EN

    groups: dict[str, list[str]] = {}
    for terms in GLOSSARY_EN.values():
        words = terms.split()
        groups.setdefault(words[0], [words[0]]).extend(words[1:])
    return {word: tuple(dict.fromkeys(group)) for word, group in groups.items()}


def is_singular(question: str) -> bool:
    """Whether a question asks for one form (哪个项目, which project, the project that…).

    Args:
        question: as typed.

    Returns:
        True when it names one form.
    """
    lowered = question.lower()
    return any((cue in lowered) if not cue.isascii() else re.search(rf"\b{re.escape(cue)}\b", lowered)
               for cue in singular_cues())


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

    found: list[Concept] = []
    if lang == "en":
        for phrase, terms in glossary_matches(text):
            kept = tuple(term for term in terms if term not in stopwords)
            if kept:
                found.append(Concept(phrase, kept))
    named = set(_parts(key_terms(" ".join(names), "zh", stopwords), stopwords)) if names else set()
    chinese = " ".join(_HAN_WORD.findall(" ".join([text, *names])))
    if chinese:
        words = _parts(key_terms(chinese, "zh", stopwords), stopwords)
        found += [Concept(word, _synonyms().get(word, (word,))) for word in words]
    found += [Concept(number, (number,)) for number in dict.fromkeys(_NUMBER.findall(text.replace(",", "")))]
    # A word the question says on its own is not also another word's synonym (推迟 … 支付: 支付 is asked for itself).
    labels = {concept.label for concept in found}
    distinct: dict[tuple[str, ...], Concept] = {}
    for concept in found:
        alternatives = tuple(word for word in concept.alternatives if word == concept.label or word not in labels)
        distinct.setdefault(alternatives or concept.alternatives,
                            Concept(concept.label, alternatives or concept.alternatives, named=concept.label in named))
    return list(distinct.values())


def _parts(words: list[str], stopwords: set[str]) -> list[str]:
    """Compounds of four or more characters as their words (信访工作 → 信访): a form says 信访 without 工作."""
    from index.tokenize import _query_jieba

    parts = []
    for word in words:
        pieces = [piece for piece in _query_jieba().cut_for_search(word) if len(piece) >= 2 and piece != word
                  and piece not in stopwords] if len(word) >= 4 else []
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


def weighted(store, found: list[Concept], form_ids: list[int] | None = None) -> tuple[list[Concept], list[Concept]]:
    """Weigh concepts by how rare they are among the forms' texts, keeping only the synonyms that are not broader.

    A concept no form says still counts, as rare as can be, against every form (暴雨 in 因为暴雨延误: no form that
    only says 延误 answers), unless it is a word of the question's frame (解释, 提到) or no word of the language
    (率低 of 执行率低 cut apart).

    Args:
        store: a store.Store.
        found: from `concepts`.
        form_ids: the forms the question is about, or None for all.

    Returns:
        (the concepts an answer must say, weighted, `forms` = how many forms say them; those left out as frame).
    """
    scope = _scope(form_ids)
    total = run_select(store, f"SELECT COUNT(*) FROM forms AS f WHERE 1 = 1{scope}").rows[0][0] or 0

    def forms_saying(words: tuple[str, ...]) -> int:
        return run_select(store, f"SELECT COUNT(*) FROM forms AS f WHERE ({_says(words)}){scope}").rows[0][0] or 0

    kept, frame = [], []
    for concept in found:
        alternatives = concept.alternatives
        if len(alternatives) > 1 and not _NUMBER.fullmatch(concept.label):
            # The first word is the concept's own; one used by many more forms is a broader word (推迟 … 支付).
            limit = max(BROADER * forms_saying(alternatives[:1]), BROADER_SHARE * total)
            alternatives = alternatives[:1] + tuple(word for word in alternatives[1:] if forms_saying((word,)) <= limit)
        count = forms_saying(alternatives)
        if count == 0 and _is_frame(concept):
            frame.append(concept)
            continue
        # a word every form uses still counts a little: it is part of what was asked
        kept.append(Concept(concept.label, alternatives, math.log(1 + total / max(count, 1)), concept.named, count))
    return kept, frame


def _scope(form_ids: list[int] | None) -> str:
    return "" if form_ids is None else " AND f.form_id IN (" + (", ".join(str(int(i)) for i in form_ids) or "NULL") + ")"


def _says(words: tuple[str, ...]) -> str:
    """SQL over `forms AS f`: the form's name, goal, outcome or an indicator row contains one of the words."""
    likes = [literal("%" + word + "%") for word in words]
    return " OR ".join(
        f"f.project_name LIKE {like} OR f.goal LIKE {like} OR f.outcome LIKE {like} OR EXISTS (SELECT 1 FROM "
        f"indicators AS i WHERE i.form_id = f.form_id AND (i.name LIKE {like} OR i.target LIKE {like} OR "
        f"i.actual LIKE {like} OR i.deviation LIKE {like}))" for like in likes)


def saying_most(store, found: list[Concept], form_ids: list[int] | None = None, limit: int | None = None) -> list[int]:
    """The forms saying the most of the concepts (any word of each), most first: candidates found without search.

    Args:
        store: a store.Store.
        found: the concepts.
        form_ids: only these forms, or None for all.
        limit: at most this many, or None for all.

    Returns:
        Form ids.
    """
    if not found:
        return []
    said = " + ".join(f"(CASE WHEN {_says(concept.alternatives)} THEN 1 ELSE 0 END)" for concept in found)
    sql = (f"SELECT form_id FROM (SELECT f.form_id AS form_id, {said} AS said FROM forms AS f WHERE 1 = 1"
           f"{_scope(form_ids)}) AS counted WHERE said > 0 ORDER BY said DESC, form_id"
           + ("" if limit is None else f" LIMIT {int(limit)}"))
    return [row[0] for row in run_select(store, sql).rows]


def _is_frame(concept: Concept) -> bool:
    """A word of how questions are asked or a section label (in either language), or a Chinese cut that is no word (率低)."""
    from index.tokenize import _query_jieba

    frame = cues("frame")
    if any(word in frame for word in (concept.label, *concept.alternatives)):
        return True
    if not re.fullmatch(r"[\u4e00-\u9fff]+", concept.label):
        return False
    return (_query_jieba().FREQ.get(concept.label) or 0) < MIN_WORD_FREQUENCY


def best_evidence(form, found: list[Concept]) -> Support | None:
    """A form's sentence or indicator row holding the largest weighted share of the concepts, and the form's coverage.

    Args:
        form: a stored Form with its indicators loaded.
        found: weighted concepts.

    Returns:
        The support (coverage: SENTENCE_SHARE of the sentence's share, the rest the whole text's), or None when
        the form says none of them.
    """
    from index.snippets import form_snippets

    total = sum(concept.weight for concept in found)
    if not total:
        return None
    shown, shown_key, top, said = None, None, 0.0, set()
    for snippet in form_snippets(form):
        if snippet.field not in TEXT_FIELDS:
            continue
        held = {number for number, concept in enumerate(found) if holds(snippet.text, concept)}
        if not held:
            continue
        said |= held
        share = sum(found[number].weight for number in held) / total
        top = max(top, share)
        # Shown: the sentence saying most of what was asked beyond the project's name (装修面积, not the name
        # again); on a tie a sentence is better evidence than the name itself.
        key = (sum(found[number].weight * (NAMED_SHARE if found[number].named else 1.0) for number in held), share,
               snippet.field != "project_name")
        if shown_key is None or key > shown_key:
            shown, shown_key = snippet, key
    if shown is None:
        return None
    whole = sum(found[number].weight for number in said) / total
    numbers = all(number in said for number, concept in enumerate(found) if _NUMBER.fullmatch(concept.label))
    return Support(form.id, form.project_name, form.year, shown.field, shown.text,
                   SENTENCE_SHARE * top + (1 - SENTENCE_SHARE) * whole, all_numbers=numbers, whole=whole)


def select(supports: list[Support], singular: bool, unsaid_share: float = 0.0) -> list[Support]:
    """The forms a question's answer asserts: well covered and close to the best one, or ranked by search next to
    the best and fairly covered; only the best covered when the question asks for one form.

    Args:
        supports: one per candidate form, in search order.
        singular: the question asks for one form.
        unsaid_share: the share of the question's concepts no form says.

    Returns:
        The chosen supports, best covered first (search order within equal coverage); empty when none is
        covered well enough.
    """
    # Figures in the question are constraints: "paid 5 years after completion" is not answered by a form without 5.
    supports = [support for support in supports if support.all_numbers]
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
    return sorted(chosen, key=lambda support: -support.coverage)
