"""Whether the forms read all show the same figure (满意度指标分值是不是都一样？, is the weight identical across …?)."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files
from .answer import Answer
from .pair_compare import figures_shown


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(kind, pattern, replacement) of assistant/data/same_figures.tsv, in file order."""
    return tuple((cells[0], re.compile(cells[1], re.I), cells[2]) for _, cells in data_files.rows(
        "same_figures.tsv", 3, "'asked|again|keep<TAB>pattern<TAB>replacement'",
        lambda cells: cells[0] in ("asked", "again", "keep")))


def same_asked(question: str) -> tuple[str, str | None]:
    """The question asking the figures instead of whether they are the same, and the words that asked it.

    Args:
        question: the question.

    Returns:
        ("党群中心项目满意度指标的分值？", "是不是都一样") for "党群中心项目满意度指标的分值是不是都一样？各是多少？";
        (question, None) when no sameness is asked.
    """
    sentences = [s for s in re.split(r"(?<=[？?。.!！])\s*", question.strip()) if s]
    if not sentences or any(kind == "keep" and pattern.search(sentences[0]) for kind, pattern, _ in _rows()):
        return question, None
    for kind, pattern, replacement in _rows():
        match = pattern.search(sentences[0]) if kind == "asked" else None
        if match:
            first = sentences[0][:match.start()] + match.expand(replacement) + sentences[0][match.end():]
            rest = [s for s in sentences[1:] if not any(k == "again" and p.search(s.strip()) for k, p, _ in _rows())]
            return re.sub(r"\s{2,}", " ", " ".join([first, *rest])).strip(), match.group(0).strip(" ，,")
    return question, None


def said_same(answer: Answer, said: str, lang: str) -> Answer:
    """An answer showing one figure of each of two or more forms, with a first line saying whether they are all the
    same (its `value` that figure when they are); any other answer says sameness was not judged.

    Args:
        answer: the answer to the question asking the figures.
        said: the words that asked sameness.
        lang: "zh" or "en".

    Returns:
        The answer.
    """
    zh = lang != "en"
    if answer.kind == "unknown":
        return answer
    figures = figures_shown(answer)
    if len(figures) < 2:
        answer.text += (f"\n未判断是否一样（{said}）：答案不是两个以上项目各一个数。" if zh else
                        f"\nnot judged whether the same ({said}): the answer is not one figure of each of two or more forms.")
        return answer
    values = sorted({value for _, value in figures})
    unit = answer.unit or ""
    shown = "、".join(f"{value:,g}" for value in values)
    if len(values) == 1:
        answer.text = (f"都一样：{shown} {unit}".rstrip() + f"（{len(figures)} 个项目）\n" if zh else
                       f"All the same: {shown} {unit}".rstrip() + f" ({len(figures)} forms)\n") + answer.text
        answer.value, answer.kind = values[0], "aggregate"
    else:
        answer.text = (f"不都一样：有 {len(values)} 个不同的数（{shown}）\n" if zh else
                       f"Not all the same: {len(values)} different figures ({shown})\n") + answer.text
    return answer
