"""A purpose said of the forms (为了改善…的项目, "exists to pay the volunteers", "set up in order to…"): the words a goal says, searched."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.data_files import rows

_CLAUSE_END = re.compile(r"[，,。？?；;！!]")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _words() -> dict:
    """(lang, kind) → an alternation of data/purpose_cues.tsv's words, longest first (English rows are patterns)."""
    said: dict = {}
    for _, (lang, kind, words) in rows("purpose_cues.tsv", 3, "lang<TAB>kind<TAB>words"):
        said.setdefault((lang, kind), []).extend(w for w in words.split("|") if w)
    return {key: "|".join(sorted(v, key=len, reverse=True) if key[0] == "en" else map(re.escape, sorted(v, key=len, reverse=True)))
            for key, v in said.items()}


def aim(question: str, lang: str) -> str | None:
    """The purpose a which-question picks its forms by, as the words to search the goals for.

    A purpose holding a figure (为了把执行率提到90%) is a condition for the readers, not a text: None.

    Args:
        question: the question as the readers read it.
        lang: "zh" or "en".

    Returns:
        The purpose's words (改善派出所民警办公条件、保障派出所日常办公; pay the volunteers), or None when the question
        asks no form by its purpose.
    """
    words = _words()
    flags = re.IGNORECASE if lang == "en" else 0
    bounded = (lambda w: rf"\b(?:{w})\b") if lang == "en" else (lambda w: f"(?:{w})")
    if not re.search(bounded(words[(lang, "asks")]), question, flags):
        return None
    cue = re.search(bounded(words[(lang, "cue")]), question, flags)
    if cue is None:
        return None
    end = _CLAUSE_END.search(question, cue.end())
    said = question[cue.end():end.start() if end else len(question)]
    if lang == "zh":
        said = re.sub(rf"(?:{words[('zh', 'closing')]})\s*$", "", said)
        said = re.sub(r"^(?:给|帮|替|对)?", "", said) if len(said) > 4 else said
    said = said.strip(" “”\"'")
    if len(said) < (2 if lang == "zh" else 4) or _DIGIT.search(said):
        return None
    return said
