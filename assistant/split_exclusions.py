"""How an exclusion is said: a verb around what it takes out (take the 信访办 forms out: "excluding …"), a reason after it."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

# What the verb's object opens with: a determiner, a name in Chinese, or a number of forms.
_OBJECT = r"(?:the|those|these|that|this|any|all|every|[\u4e00-\u9fff]|\d)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """The verb … particle pairs of assistant/data/split_exclusions.tsv as one pattern."""
    pairs = [cells for cells in _rows() if cells[1] != "-"]
    verbs = "|".join(sorted({re.escape(verb) for verb, _ in pairs}, key=len, reverse=True))
    particles = "|".join(sorted({re.escape(particle) for _, particle in pairs}, key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{verbs})\s+(?P<object>{_OBJECT}[^.;:?!,，。；：？！]{{0,60}}?)\s+(?P<particle>{particles})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _rows() -> list[tuple[str, str]]:
    """The (verb, particle) rows of assistant/data/split_exclusions.tsv; particle "-" marks a verb said before its object."""
    return [tuple(cells) for _, cells in data_files.rows("split_exclusions.tsv", 2, "'verb<TAB>particle'")]


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """A verb of taking out that opens a clause, then its object: "Remove the forms with …", "Cross out those run by …".
    Only there is it an instruction; inside a sentence (staff had to remove petitioners) it is the text's own word."""
    verbs = "|".join(sorted((re.escape(verb) for verb, particle in _rows() if particle == "-"), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[.;:?!,，。；：？！—-]))(?P<space>\s*)(?:{verbs})\s+(?P<object>{_OBJECT})", re.IGNORECASE)


def joined_exclusions(question: str) -> str:
    """The question with each split exclusion verb written "excluding OBJECT".

    Args:
        question: the question as typed.

    Returns:
        e.g. "excluding the 信访办 forms; what is the combined opening budget of the rest?" for "Take the 信访办 forms
        out; …". A pair the data file does not list (take the forms apart) is left as it is.
    """
    pairs = {(verb.lower(), particle.lower()) for verb, particle in _rows()}
    question = _opening().sub(lambda match: f"{match.group('space')}excluding {match.group('object')}", question)

    def joined(match: re.Match) -> str:
        if (match.group("verb").lower(), match.group("particle").lower()) not in pairs:
            return match.group(0)
        return f"excluding {match.group('object')}"

    return _pattern().sub(joined, question)


# A bracket saying why a form is taken out: it opens with a pronoun for that form or a word of cause.
_REASON = r"[（(]\s*(?:its|their|it|they|which|whose|since|because|as|due to|它的|它|其|该表|这张表|因为|因|由于)[^()（）]{0,100}[)）]"


@lru_cache(maxsize=1)
def _reason_after_exclusion() -> re.Pattern:
    """An exclusion word, what it takes out (no bracket, no clause break), then a bracket giving the reason."""
    from assistant import lexicon

    said = {*lexicon.load().keys("exclusion"), *lexicon.load().keys("closing_not")}  # 除了, leaving out; 不算
    words = "|".join(sorted((re.escape(w) for w in said if len(w) > 1), key=len, reverse=True))
    return re.compile(rf"(?P<head>(?:{words})[^()（）,，;；:：?？]{{1,80}}?)\s*{_REASON}", re.IGNORECASE)


def without_exclusion_reasons(question: str) -> str:
    """The question without the bracket that says why a form is excluded (Setting aside the household-register project
    (its executed figure looks like it was entered in yuan), …): the form is named, the reason adds no condition.

    Args:
        question: the question.

    Returns:
        The question, such a bracket taken off; a bracket after anything else stays.
    """
    return _reason_after_exclusion().sub(lambda match: match.group("head"), question)
