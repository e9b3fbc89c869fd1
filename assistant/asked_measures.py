"""What a question asks of the figures it reads — a unit, two forms compared, all the same? — taken off, applied after."""

from __future__ import annotations

from dataclasses import dataclass

from .answer import Answer
from .asked_scale import Scale, asked_scale, in_scale
from .pair_compare import Comparison, compared, pair_asked
from .same_figures import said_same, same_asked


@dataclass(frozen=True)
class Measures:
    """The question as asked, the unit asked, the comparison of two forms asked, the words asking sameness (or None)."""

    asked: str
    scale: Scale | None
    pair: Comparison | None
    same: str | None = None


def taken_off(question: str, names: list[str]) -> tuple[str, Measures]:
    """The question without the words asking a unit or a comparison of two forms, and what they ask.

    Args:
        question: the question, courtesies taken off.
        names: the store's project names (a comparison of two forms says two).

    Returns:
        ("A和B的全年预算是多少？", Measures(…, 元, diff)) for "A和B的全年预算相差多少元？".
    """
    text, scale = asked_scale(question)
    text, same = same_asked(text)
    text, pair = pair_asked(text, names) if same is None else (text, None)
    return text, Measures(question, scale, pair, same)


def applied(answer: Answer, measures: Measures, lang: str) -> Answer:
    """The answer with the comparison made, then restated in the unit asked.

    Args:
        answer: the answer to the question taken_off left.
        measures: what taken_off found.
        lang: "zh" or "en".

    Returns:
        The answer (unchanged when nothing was asked).
    """
    if measures.pair is not None:
        answer = compared(answer, measures.pair, measures.asked, lang)
    if measures.same is not None:
        answer = said_same(answer, measures.same, lang)
    if measures.scale is not None:
        answer = in_scale(answer, measures.scale, lang)
    if measures.scale is not None or measures.pair is not None or measures.same is not None:
        answer.question = measures.asked  # the question as asked, not as read
    return answer
