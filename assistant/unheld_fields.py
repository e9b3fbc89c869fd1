"""Fields no form holds (填报人, a phone number, who signed or approved it): a question asking one is not understood, the
field named (assistant/data/unheld_fields.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _fields() -> dict[str, list[tuple[str, str]]]:
    """lang → (field, word) pairs, the longest word first.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    found: dict[str, list[tuple[str, str]]] = {"zh": [], "en": []}
    for _, (lang, field, words) in data_files.rows("unheld_fields.tsv", 3, "'zh|en<TAB>field<TAB>words'",
                                                   lambda cells: cells[0] in ("zh", "en") and bool(cells[1].strip())):
        found[lang] += [(field.strip(), word.strip()) for word in words.split("|") if word.strip()]
    return {lang: sorted(pairs, key=lambda pair: len(pair[1]), reverse=True) for lang, pairs in found.items()}


def unheld_fields(question: str, forms_text: str) -> list[str]:
    """The fields no form holds that a question asks (填报人是谁, the phone number, who signed off the form).

    Args:
        question: the question as normalised.
        forms_text: the text of every form: a word it says (签署 in a goal) is held, never refused.

    Returns:
        The fields asked, each named once (["填报人", "联系电话"]); empty when none is asked.
    """
    lowered, text, found = question.lower(), forms_text.lower(), []
    english = len(re.findall(r"[A-Za-z]{2,}", question)) >= 3
    taken: list[tuple[int, int]] = []
    pairs = _fields()["en" if english else "zh"]
    saying = [word for field, word in pairs if field == "(saying)"]
    if any(re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", lowered) for word in saying):
        return []  # which forms mention a phone: a text search
    for field, word in pairs:
        if field == "(saying)":
            continue
        pattern = rf"(?<![a-z]){re.escape(word)}(?![a-z])" if english else re.escape(word)
        for match in re.finditer(pattern, lowered):
            if any(s <= match.start() and match.end() <= e for s, e in taken) or word in text:
                continue  # a word inside a longer one found (电话 of 联系电话), or a word some form says
            taken.append((match.start(), match.end()))
            found.append(field)
    return list(dict.fromkeys(found))
