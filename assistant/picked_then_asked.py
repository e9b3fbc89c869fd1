"""One question said as two turns: a form picked by a superlative then another figure of it (其中总分最低的那个，执行率是多少？,
which of them scored lowest? what's its execution rate?), or a sentence narrowing the last answer then a question over
what is left (Drop the ones that spent nothing. Which one is lowest now?): the two parts, asked in turn."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import data_files

_ROLES = ("superlative", "one", "pronoun", "asks", "narrow")


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], list[str]]:
    """(lang, role) → words of assistant/data/picked_then_asked.tsv, longest first."""
    return data_files.role_words("picked_then_asked.tsv", _ROLES)


def _any(lang: str, role: str) -> str:
    return "|".join(map(re.escape, _words().get((lang, role), [])))


def parts(question: str, lang: str) -> tuple[str, str] | None:
    """The picking part and the part asked of the form it picks, when the question is both.

    Args:
        question: as asked.
        lang: "zh" or "en".

    Returns:
        (first, then) — after a pick, then names the form by a pronoun (它的执行率是多少？) — or None.
    """
    text = question.strip()
    # a sentence that narrows (Drop the ones that spent nothing.), then a question over what it leaves
    narrowed = re.match(rf"^(?P<first>(?:{_any(lang, 'narrow')})\b[^.。?？]+[.。])\s*(?P<then>[^.。]+[?？]?)$" if lang == "en"
                        else rf"^(?P<first>(?:{_any(lang, 'narrow')})[^。？?]+。)\s*(?P<then>[^。]+[?？]?)$", text, re.IGNORECASE)
    if narrowed is not None:
        return narrowed.group("first").strip(), narrowed.group("then").strip()
    if lang == "en":
        # two sentences: the first a superlative, the second asking of "it" (and which scored lowest? what's its rate?)
        found = re.match(r"^(?P<pick>[^?]+\?)\s*(?P<asked>[^?]+\??)$", text)
        if found is None:
            return None
        pick, asked = found.group("pick"), found.group("asked")
        superlative = rf"\b(?:{_any('en', 'superlative')})\b"
        if not re.search(superlative, pick, re.IGNORECASE) or re.search(superlative, asked, re.IGNORECASE) \
                or not re.search(rf"\b(?:{_any('en', 'pronoun')})\b", asked, re.IGNORECASE):
            return None
        return pick.strip(), asked.strip()
    found = re.match(rf"^(?P<pick>[^，,；;。？?]*(?:{_any('zh', 'superlative')})(?:{_any('zh', 'one')}))[，,；;]\s*"
                     rf"(?P<asked>[^，,；;。？?]+?(?:{_any('zh', 'asks')})[？?]?)$", text)
    if found is None or re.search(_any("zh", "superlative"), found.group("asked")):
        return None
    asked = found.group("asked")
    if not re.match(rf"^(?:那)?(?:{_any('zh', 'pronoun')})", asked):
        asked = "它的" + asked  # 执行率是多少？: of the form picked
    return f"{found.group('pick')}？", asked


def asked_in_turn(question: str, lang: str, ask) -> object | None:
    """The answer of the part asked of the form the picking part picks, or None when the question is not both or the
    pick finds no form (the caller then answers the question whole).

    Args:
        question: as asked.
        lang: "zh" or "en".
        ask: answers one question in the conversation (Conversation._asked_whole).

    Returns:
        The second part's answer, its interpretation opened by the pick's, or None.
    """
    split = parts(question, lang)
    if split is None:
        return None
    picked = ask(split[0])
    if picked.kind == "unknown" or not picked.records:
        return None
    answer = ask(split[1])
    if answer.kind == "unknown":
        return None  # "What's left?" alone is not understood: the question answered whole
    answer.interpretation = f"{picked.interpretation} → {answer.interpretation}"
    return answer
