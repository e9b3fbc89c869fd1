"""The one reader of exclusions: every cue (data/exclusions.tsv), the clauses they open and what each leaves out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import data_files

# What the verb's object opens with: a determiner, a name in Chinese, or a number of forms.
_OBJECT = r"(?:the|those|these|that|this|any|all|every|[\u4e00-\u9fff]|\d)"
# Clauses are cut at these marks; the clause holding an exclusion cue names the forms left out.
_CLAUSE = re.compile(r"[，,;；:：]")
# A bracket saying why a form is taken out: it opens with a pronoun for that form or a word of cause.
_REASON = r"[（(]\s*(?:its|their|it|they|which|whose|since|because|as|due to|它的|它|其|该表|这张表|因为|因|由于)[^()（）]{0,100}[)）]"


@dataclass(frozen=True)
class Clause:
    """One exclusion clause of a question.

    cue: the exclusion word it holds (除了, not counting); span: (start, end) in the question; named: the clause without
    the cue, what it leaves out (forms by name, or a condition); scope: "question" when the rest of the question is read
    over the forms left, "previous" when the clause is the whole question (a follow-up: said of the last answer).
    """

    cue: str
    span: tuple[int, int]
    named: str
    scope: str


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str], ...]:
    """The (kind, first, second) rows of assistant/data/exclusions.tsv."""
    return tuple(tuple(cells) for _, cells in data_files.rows("exclusions.tsv", 3, "'kind<TAB>key<TAB>phrases'"))


def _phrases(kind: str) -> list[str]:
    """The phrases of the rows of one kind (exclusion, closing_not, clause), lower-cased, in file order."""
    return list(dict.fromkeys(p.strip().lower() for k, _, ps in _rows() if k == kind for p in ps.split("|") if p.strip()))


def words(lexicon=None) -> frozenset[str]:
    """The words of exclusion (去掉, 除外, excluding, left out): what takes forms off a list, not a plain negation (没).

    Args:
        lexicon: a lexicon whose exclusion and closing_not words to use; the bundled data file's when None.

    Returns:
        The exclusion (said before) and closing_not (said after) phrases, lower-cased.
    """
    return opening(lexicon) | closing(lexicon)


def opening(lexicon=None) -> frozenset[str]:
    """The exclusion words said before what they leave out (除了, excluding), lower-cased.

    Args:
        lexicon: a lexicon whose exclusion words to use; the bundled data file's when None.

    Returns:
        The phrases.
    """
    return frozenset(lexicon.keys("exclusion") if lexicon is not None else _phrases("exclusion"))


def closing(lexicon=None) -> frozenset[str]:
    """The exclusion words that may close the clause after what they leave out (不算, are left out), lower-cased.

    Args:
        lexicon: a lexicon whose closing_not words to use; the bundled data file's when None.

    Returns:
        The phrases.
    """
    return frozenset(lexicon.keys("closing_not") if lexicon is not None else _phrases("closing_not"))


@lru_cache(maxsize=1)
def clause_cues() -> tuple[str, ...]:
    """The cues that make a clause an exclusion of forms: the opening words and the clause rows, longest first.

    Returns:
        The cues.
    """
    return tuple(sorted({*_phrases("exclusion"), *_phrases("clause")}, key=len, reverse=True))


def _cue_in(clause: str) -> str | None:
    """The longest exclusion cue a clause holds (an English one as whole words), or None."""
    low = clause.lower()
    for cue in clause_cues():
        if re.fullmatch(r"[a-z .]+", cue):
            if re.search(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", low):
                return cue
        elif cue in low:
            return cue
    return None


def clauses(question: str) -> list[Clause]:
    """The exclusion clauses of a question, cut at its commas, semicolons and colons.

    Args:
        question: the question as read.

    Returns:
        Each clause holding a cue, in order; one clause that is the whole question has scope "previous".
    """
    marks = [0, *(match.end() for match in _CLAUSE.finditer(question)), len(question)]
    spans = [(marks[i], marks[i + 1]) for i in range(len(marks) - 1) if question[marks[i]:marks[i + 1]].strip(" ，,;；:：")]
    found = []
    for start, end in spans:
        cue = _cue_in(question[start:end])
        if cue is not None:
            text = question[start:end]
            named = re.sub(re.escape(cue), "", text, count=1, flags=re.IGNORECASE).strip(" ，,;；:：?？")
            found.append(Clause(cue, (start, end), named, "previous" if len(spans) == 1 else "question"))
    return found


def split_clause(question: str) -> tuple[str, str] | None:
    """The exclusion clause of a question of several clauses, and the rest of the question without it.

    Args:
        question: the question as read.

    Returns:
        (clause, rest), or None when no clause but the whole question holds an exclusion cue.
    """
    for found in clauses(question):
        if found.scope != "question":
            return None
        start, end = found.span
        clause = question[start:end]
        rest = (question[:start] + question[end:]).strip(" ，,;；:：")
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", rest):
            return None
        if end == len(question) and clause[-1:] in "?？" and rest[-1:] not in "?？":
            rest += clause[-1]  # "…, not counting X?": the rest keeps the question mark
        return clause.strip(" ，,;；:：?？"), rest
    return None


def dropped_exclusions(ignored: list[str], lexicon=None) -> list[str]:
    """The ignored words that are an exclusion word whole ("leave out", 不算, excluding): the answer refuses, naming them.

    Args:
        ignored: the words the reading left (Reading.ignored).
        lexicon: the lexicon read with; the bundled data file's words when None.

    Returns:
        The words, e.g. ["leave out"]; empty when no exclusion was left unused.
    """
    said = words(lexicon)
    return [word for word in ignored if word.strip().lower() in said]


@lru_cache(maxsize=1)
def _split_rows() -> list[tuple[str, str]]:
    """The (verb, particle) split rows; particle "-" marks a verb said before its object."""
    return [(first, second) for kind, first, second in _rows() if kind == "split"]


@lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, ...]]:
    """verb → its irregular forms (the inflected rows: leave → left, take → took, taken)."""
    return {verb: tuple(f.strip() for f in forms.split("|") if f.strip()) for kind, verb, forms in _rows() if kind == "inflected"}


def _forms(verb: str) -> list[str]:
    """Every inflection of a split verb (its first word): set, sets, setting; leave, leaves, leaving, left."""
    from assistant.english_forms import base

    head, _, tail = verb.partition(" ")
    stem = head[:-1] if head.endswith("e") else head  # leave → leaving, leaved
    made = {head, head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s"), stem + "ing", stem + "ed",
            *(() if head.endswith("e") else (head + head[-1] + "ing", head + head[-1] + "ed")), *_irregular().get(head, ())}
    kept = [form for form in made if base(form) == base(head) or form in _irregular().get(head, ())]
    return [f"{form} {tail}".strip() for form in kept]


@lru_cache(maxsize=1)
def _verb_of() -> dict[str, str]:
    """Each inflected form of a split verb → the verb as the data file writes it (leaving → leave, struck → strike)."""
    return {form: verb for verb, _ in _split_rows() for form in _forms(verb.lower())}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The verb … particle pairs of the split rows as one pattern, the verb in any inflection (set, setting, sets, left),
    a have/having before it taken with it (having left X out)."""
    pairs = [cells for cells in _split_rows() if cells[1] != "-"]
    verbs = "|".join(sorted({re.escape(form) for verb, _ in pairs for form in _forms(verb.lower())}, key=len, reverse=True))
    particles = "|".join(sorted({re.escape(particle) for _, particle in pairs}, key=len, reverse=True))
    return re.compile(rf"\b(?:(?:having|have|has|had)\s+)?(?P<verb>{verbs})\s+(?P<object>{_OBJECT}[^.;:?!,，。；：？！]{{0,60}}?)"
                      rf"\s+(?P<particle>{particles})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _passive() -> re.Pattern:
    """A split verb said in the passive after what it takes out (the 人才 ones are struck off, get left out): "are excluded"."""
    pairs = [cells for cells in _split_rows() if cells[1] != "-"]
    verbs = "|".join(sorted({re.escape(form) for verb, _ in pairs for form in _forms(verb.lower())}, key=len, reverse=True))
    particles = "|".join(sorted({re.escape(particle) for _, particle in pairs}, key=len, reverse=True))
    return re.compile(rf"\b(?P<be>are|is|be|been|were|was|get|gets|got|getting)\s+(?P<verb>{verbs})\s+(?P<particle>{particles})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _opening_verb() -> re.Pattern:
    """A verb of taking out that opens a clause, then its object: "Remove the forms with …", "Cross out those run by …",
    also after a lead of the data file's (once you take out the 信访办 ones). Only there is it an instruction; inside a sentence (staff had to remove petitioners) it is the text's own word."""
    verbs = "|".join(sorted((re.escape(verb) for verb, particle in _split_rows() if particle == "-"), key=len, reverse=True))
    leads = "|".join(sorted((re.escape(lead) for lead in _phrases("lead")), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:^|(?<=[.;:?!,，。；：？！—-])|(?<=\s)(?:{leads})\s+)(?P<space>\s*)(?:{verbs})\s+(?P<object>{_OBJECT})",
                      re.IGNORECASE)


def joined_exclusions(question: str) -> str:
    """The question with each split exclusion verb written "excluding OBJECT".

    Args:
        question: the question as typed.

    Returns:
        e.g. "excluding the 信访办 forms; what is the combined opening budget of the rest?" for "Take the 信访办 forms
        out; …". A pair the data file does not list (take the forms apart) is left as it is.
    """
    pairs = {(verb.lower(), particle.lower()) for verb, particle in _split_rows()}
    question = _opening_verb().sub(lambda match: f"{match.group('space')}excluding {match.group('object')}", question)

    def verb(match: re.Match) -> str:
        return _verb_of().get(match.group("verb").lower(), match.group("verb").lower())

    def joined(match: re.Match) -> str:
        if (verb(match), match.group("particle").lower()) not in pairs \
                or any(word in _verb_of() for word in match.group("object").lower().split()):
            return match.group(0)  # another split verb inside (left … once X is set aside): that one takes the particle
        return f"excluding {match.group('object')}"

    def passive(match: re.Match) -> str:
        if (verb(match), match.group("particle").lower()) not in pairs or match.group(0).lower() in closing() \
                or match.group(0).lower().split(" ", 1)[1] in closing():
            return match.group(0)  # a closing phrase the lexicon holds (is left out, set aside): read as it is
        return f"{match.group('be')} excluded"

    return _ba_verb().sub(_ba_joined, _passive().sub(passive, _pattern().sub(joined, question)))


@lru_cache(maxsize=1)
def _ba_verb() -> re.Pattern:
    """把 X (都) V: the Chinese split exclusion, the verb any Chinese exclusion word said after its object (把平安办的撇开)."""
    verbs = "|".join(sorted((re.escape(w) for w in words() if re.fullmatch(r"[\u4e00-\u9fff]{2,}", w)), key=len, reverse=True))
    return re.compile(rf"把(?P<object>[^，,；;。？?！!把]{{1,30}}?)(?P<all>都|全|全部|统统|一律)?(?P<verb>{verbs})")


def _ba_joined(match: re.Match) -> str:
    """把 X V with V a word said only before its object (撇开, 不考虑): V written as the closing 剔除, as 把X剔除 is read."""
    if match.group("verb") in closing():
        return match.group(0)
    return f"把{match.group('object')}{match.group('all') or ''}剔除"


@lru_cache(maxsize=1)
def _reason_after_exclusion() -> re.Pattern:
    """An exclusion word, what it takes out (no bracket, no clause break), then a bracket giving the reason."""
    spelled = "|".join(sorted((re.escape(w) for w in words() if len(w) > 1), key=len, reverse=True))
    return re.compile(rf"(?P<head>(?:{spelled})[^()（）,，;；:：?？]{{1,80}}?)\s*{_REASON}", re.IGNORECASE)


def without_exclusion_reasons(question: str) -> str:
    """The question without the bracket that says why a form is excluded (Setting aside the household-register project
    (its executed figure looks like it was entered in yuan), …): the form is named, the reason adds no condition.

    Args:
        question: the question.

    Returns:
        The question, such a bracket taken off; a bracket after anything else stays.
    """
    return _reason_after_exclusion().sub(lambda match: match.group("head"), question)


def _cue_said(question: str, kind: str) -> str | None:
    """The longest phrase of one kind of row (restore, again) the question holds (an English one as whole words)."""
    low = question.lower()
    for cue in sorted(_phrases(kind), key=len, reverse=True):
        if re.search(rf"(?<![a-z]){re.escape(cue)}(?![a-z])" if cue.isascii() else re.escape(cue), low):
            return cue
    return None


def asks_again(question: str, tokens: list) -> bool:
    """Whether a follow-up asks the last answer's statistic again over other forms: it closes on 呢, opens on a
    what-if (and if, 要是), says "what about" / "same … but" (the lexicon's swap words other than a bare 那), or
    leaves forms out or puts them back.

    Args:
        question: the question as typed.
        tokens: its tokens.

    Returns:
        Whether the statistic carries over to a reading that asks none of its own.
    """
    if re.search(r"呢\s*[?？。]?\s*$", question) or _cue_said(question, "again") or _cue_said(question, "restore"):
        return True
    if any(t.kind == "swap" and t.text.strip().lower() not in ("那", "那么", "and", "and the") for t in tokens):
        return True
    return any(t.kind in ("not", "not_after") and t.text.strip().lower() in words() for t in tokens)


def _items(where) -> list:
    """The conjuncts of a condition."""
    from assistant import model as m

    return [] if where is None else list(where.items) if isinstance(where, m.And) else [where]


def restored(question: str, previous, read):
    """A follow-up putting back forms the last answer excluded (加上信访办呢, with the zero-spend ones back in): the
    last Select without that exclusion, its statistic kept.

    Args:
        question: the follow-up as typed.
        previous: the Select of the previous answer (a model Select), or None.
        read: the reader (question → Reading or None), to read what is put back alone.

    Returns:
        A Reading of the last Select less the exclusion of what is named, or None when nothing the last answer
        left out is put back.
    """
    import dataclasses

    from assistant import model as m
    from assistant.asking import Reading

    cue = _cue_said(question, "restore")
    if cue is None or previous is None or previous.where is None:
        return None
    start = question.lower().find(cue)
    rest = (question[:start] + " " + question[start + len(cue):]).strip()
    rest = re.sub(r"^(?:把|将|再把|那把|那|and|now|what about|how about)\s*|\s*(?:呢|吧|了)?\s*[?？。.!！]?$", "", rest, flags=re.IGNORECASE).strip()
    said = read(rest) if rest else None
    named = _items(said.select.where) if said is not None and not said.ignored else []
    if not named:
        return None
    from assistant.conditions import negate

    opposites = [negate(n) for n in named]  # what was left out, as the last reading wrote it (≠ 0 for "= 0" put back)
    kept = [c for c in _items(previous.where) if not (isinstance(c, m.Not) and c.item in named) and c not in opposites]
    if len(kept) == len(_items(previous.where)):
        return None
    return Reading(dataclasses.replace(previous, where=m.conjoin(*kept)), follow_up=True)
