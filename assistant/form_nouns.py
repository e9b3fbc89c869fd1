"""Form nouns: the words that name a form (project, programme, scheme, initiative, 项目, 自评表), one lexicon row."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import english_forms
from assistant.lexicon import load

_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=2)
def phrases(lang: str) -> tuple[str, ...]:
    """The alternatives of the lexicon's `noun form` row (both lexicon files) in one language, longest first.

    Args:
        lang: "zh" or "en".

    Returns:
        The phrases, lower-case.
    """
    said = [phrase for phrase, key in load().keys("noun").items() if key == "form"
            and bool(_CJK.search(phrase)) == (lang == "zh")]
    return tuple(sorted(said, key=lambda phrase: (-len(phrase), phrase)))


@lru_cache(maxsize=1)
def english() -> str:
    """A regular expression (no groups) matching an English form noun, singular or plural (programmes, budget lines).

    Returns:
        The alternation, to be placed inside a larger pattern.
    """
    alternatives = [r"[\s\-]+".join(re.escape(word) for word in phrase.split()) + r"(?:e?s)?" for phrase in phrases("en")]
    return "(?:" + "|".join(alternatives) + ")"


def singular_en() -> tuple[str, ...]:
    """The English words for one form (project, initiative, budget line), the row's phrases not ending in a plural s.

    Returns:
        The phrases, longest first.
    """
    return tuple(phrase for phrase in phrases("en") if not phrase.endswith("s"))


def is_form_noun(phrase: str) -> bool:
    """Whether a phrase, in any inflection, is a word for a form (programs, Scheme, 自评表).

    Args:
        phrase: a word or phrase of a question.

    Returns:
        True when it is an alternative of the `noun form` row.
    """
    lowered = phrase.strip().lower()
    if _CJK.search(lowered):
        return lowered in phrases("zh")
    key = english_forms.phrase_key(lowered)
    return lowered in phrases("en") or (key is not None and key in {english_forms.phrase_key(p) for p in phrases("en")})


def without(text: str) -> str:
    """English text with its words for a form taken out (which programmes say … → which  say …).

    Args:
        text: lower-case English.

    Returns:
        The text, each form noun replaced by a space.
    """
    return re.sub(rf"(?<![a-z\-]){english()}(?![a-z\-])", " ", text)
