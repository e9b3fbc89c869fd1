"""A label for the forms a question's own conditions pick (全年预算不到50万的小项目, "…, the weak performers") or a word a
follow-up repeats from the previous question (这些小项目): no condition of its own, taken off and named on the answer."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], list[str]]:
    """(lang, role) → words of assistant/data/restated_labels.tsv, longest first.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return data_files.role_words("restated_labels.tsv", ("degree", "cue", "noun", "pointer"))


def _any(lang: str, role: str) -> str:
    return "|".join(map(re.escape, _words().get((lang, role), [])))


def without_labels(question: str, previous: str | None) -> tuple[str, list[str]]:
    """The question without labels restating its conditions or the previous question's words, and the labels.

    Args:
        question: the question.
        previous: the previous question as asked, None at the start of a conversation.

    Returns:
        ("全年预算不到50万的项目一共几个？", ["小"]) for "全年预算不到50万的小项目一共几个？"; the question unchanged and []
        when it holds none (执行率低于60%的平安办项目: 平安办 is no label).
    """
    labels: list[str] = []

    def take(found: re.Match) -> str:
        labels.append(found.group("label").strip())
        return found.group("keep")

    # …不到50万的小项目: a degree word and at most three characters between 的 and the noun, a comparison before 的
    zh = re.compile(rf"(?P<keep>(?:{_any('zh', 'cue')})[^，,。？?；;的]{{0,12}}的)(?P<label>(?:{_any('zh', 'degree')})[\u4e00-\u9fff]{{0,3}}?)"
                    rf"(?=(?:{_any('zh', 'noun')}))")
    text = zh.sub(take, question)
    # "…, the weak performers." / "(the small ones)": an apposition closing the question
    en = re.compile(rf"(?P<keep>)[,;(]\s*(?:i\.e\.\s*|namely\s+)?(?:the\s+)?(?P<label>(?:{_any('en', 'degree')})(?:[- ]\w+)?\s+"
                    rf"(?:{_any('en', 'noun')}))\s*\)?(?=\s*[.?!]*\s*$)", re.I)
    text = en.sub(take, text)
    if previous:
        text = _repeated(text, previous, labels)
    return text, labels


def _repeated(text: str, previous: str, labels: list[str]) -> str:
    """A follow-up's pointer phrase (这些小项目, those weak performers) without its degree words: they describe the last
    forms (the previous question is there), no condition of their own."""
    def drop(found: re.Match) -> str:
        label = found.group("label")
        degree = label.strip().lower().split()[0].split("-")[0] in _words().get(("en", "degree"), []) or \
            any(label.startswith(word) for word in _words().get(("zh", "degree"), []))  # those small projects: of the last forms
        if not degree:  # 那些平安办项目: a name narrows the last forms, whatever the last question said
            return found.group(0)
        labels.append(label.strip())
        noun = found.group("noun")
        return found.group("pointer") + (noun if noun.lower() in ("projects", "forms", "ones") or not noun.isascii() else "forms")

    zh = re.compile(rf"(?P<pointer>(?:{_any('zh', 'pointer')}))(?P<label>[\u4e00-\u9fff]{{1,4}}?)(?P<noun>(?:{_any('zh', 'noun')}))")
    en = re.compile(rf"(?P<pointer>\b(?:{_any('en', 'pointer')})\s+)(?P<label>[\w-]+(?:\s+[\w-]+)?\s+)(?P<noun>(?:{_any('en', 'noun')})\b)", re.I)
    text = zh.sub(drop, text)
    return en.sub(lambda found: drop(found) if found.group("label").strip().lower() not in _words().get(("en", "pointer"), [])
                  else found.group(0), text)
