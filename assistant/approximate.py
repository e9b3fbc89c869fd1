"""A state said nearly reached (钱几乎花光, almost fully spent): not that state; the figures said for it, else named."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _words() -> re.Pattern:
    """The words of assistant/data/approximate.tsv, matched at the end of the text before a predicate.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    words = [word for _, cells in data_files.rows("approximate.tsv", 2, "'zh|en<TAB>words'",
                                                  lambda cells: cells[0] in ("zh", "en"))
             for word in cells[1].split("|") if word]
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?:(?<![a-z])|(?<=[\u4e00-\u9fff]))(?P<word>{alternatives})\s*$", re.IGNORECASE)


def _figured(tokens: list, field: str, skip: int) -> bool:
    """Whether the question compares the field with a figure elsewhere (执行率在95%及以上)."""
    return any(t.kind == "field" and t.key == field and k != skip and any(
        u.kind == "number" for u in tokens[k + 1:k + 4]) for k, t in enumerate(tokens))


def approximate_states(text: str, tokens: list, gaps: list[str]) -> tuple[list, list[str]]:
    """Each predicate right after a word of nearness: dropped, with that word, when the question gives the field's
    figures itself; otherwise made an "approximate" token, which a reading names as not read.

    Args:
        text: the question as the recogniser read it.
        tokens: its tokens.
        gaps: the stretches no recogniser placed.

    Returns:
        (tokens, gaps) rewritten.
    """
    out, gaps = [], list(gaps)
    for k, token in enumerate(tokens):
        before = text[tokens[k - 1].end if k else 0:token.start]
        near = _words().search(before) if token.kind == "predicate" else None
        if near is None:
            out.append(token)
            continue
        word = near.group("word")
        gaps = [g.replace(word, "", 1).strip() if word in g else g for g in gaps]
        gaps = [g for g in gaps if g]
        if _figured(tokens, token.key.split()[0], k):
            continue  # 几乎花光（执行率在95%及以上、不到100%）: the figures say it
        out.append(dataclasses.replace(token, kind="approximate", text=f"{word}{' ' if word.isascii() else ''}{token.text}"))
    return out, gaps
