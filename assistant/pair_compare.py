"""Two forms' figures compared (差了几个百分点, 是…的几倍, how many times bigger, the gap between): their difference or ratio."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import data_files
from .answer import Answer
from .question_text import is_english


@dataclass(frozen=True)
class Comparison:
    """What a question asks of two forms' figures: "diff" or "ratio", and which is divided by which ("first", "max")."""

    kind: str
    order: str
    said: str


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, re.Pattern, str], ...]:
    """(kind, order, pattern, replacement) of assistant/data/pair_compare.tsv, in file order."""
    return tuple((cells[0], cells[1], re.compile(cells[2], re.I), cells[3]) for _, cells in data_files.rows(
        "pair_compare.tsv", 4, "'diff|ratio|unit|keep<TAB>first|max|-<TAB>pattern<TAB>replacement'",
        lambda cells: cells[0] in ("diff", "ratio", "unit", "keep") and cells[1] in ("first", "max", "-")))


def _two_named(question: str, names: list[str]) -> bool:
    """Whether the question says parts of two forms' names in two places (a question with no Chinese names by paraphrase).

    A part is at least three characters of a name (the whole of a shorter one); parts of several names at one place
    (派出所, 平安办), or inside the part of a longer one, are one place."""
    if not re.search(r"[\u4e00-\u9fff]", question):
        return True
    spans: set[tuple[int, int]] = set()
    for name in names:
        least = min(3, len(name))
        for size in range(len(name), least - 1, -1):
            at = next(((question.find(name[k:k + size]), size) for k in range(len(name) - size + 1)
                       if question.find(name[k:k + size]) >= 0), None)
            if at is not None:
                spans.add((at[0], at[0] + at[1]))
                break
    # the 鲁汇 police station fit-out and the 杜行 renovation: a shorter part said alone among English words
    spans |= {found.span() for found in re.finditer(r"[\u4e00-\u9fff]{2,}", question)
              if is_english(question) and any(found.group(0) in name for name in names)}
    widest = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]  # 派出所 of a longer name
    return any(a[1] <= b[0] or b[1] <= a[0] for a in widest for b in widest)


def pair_asked(question: str, names: list[str] = ()) -> tuple[str, Comparison | None]:
    """The question asking both forms' figures instead of their comparison, and the comparison; unchanged when none.

    Args:
        question: the question.
        names: the store's project names (two must be said, in two places, for a comparison of two forms).

    Returns:
        ("A和B的执行率是多少？", Comparison("diff", …)) for "A和B的执行率差了几个百分点？"; (question, None) otherwise.
    """
    if any(kind == "keep" and pattern.search(question) for kind, _, pattern, _ in _rows()) or not _two_named(question, list(names)):
        return question, None  # 最大的和最小的相差多少, the spread between the highest and lowest: another comparison
    for kind, order, pattern, replacement in _rows():
        if kind in ("unit", "keep"):
            continue
        match = pattern.search(question)
        if match:
            text = question[:match.start()] + match.expand(replacement) + question[match.end():]
            for unit_kind, _, unit, _ in _rows():
                text = unit.sub("", text) if unit_kind == "unit" else text
            return re.sub(r"\s{2,}", " ", text).strip(), Comparison(kind, order, match.group(0))
    return question, None


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


# An indicator row's line (· 交通辅警人数：年度指标值 =52.00(人)…，实际完成值 52.00(人)…，得分 10/10): the figure after the
# column asked, its target when the question says a word of planning, else its actual — never the score at the end.
_ROW_COLUMNS = (re.compile(r"(?:年度指标值|target)\s*[=≥≤><]*\s*(-?\d[\d,]*(?:\.\d+)?)", re.I),
                re.compile(r"(?:实际完成值|actual)\s*[=≥≤><]*\s*(-?\d[\d,]*(?:\.\d+)?)", re.I))
_PLANNED = re.compile(r"目标|计划|预期|指标值|target|plan|goal|aim", re.I)
_SCORED = re.compile(r"得分|分值|几分|多少分|\bscores?\b|\bpoints?\b|\bmarks?\b|\bweights?\b", re.I)


def _row_figure(line: str, question: str) -> str | None:
    """The figure of an indicator row's line in the column a question asks (target or actual), None for another line."""
    if not question or _SCORED.search(question):
        return None
    found = _ROW_COLUMNS[0 if _PLANNED.search(question) else 1].search(line)
    return found.group(1) if found and _ROW_COLUMNS[1 - (0 if _PLANNED.search(question) else 1)].search(line) else None


def figures_shown(answer: Answer, question: str = "") -> list[tuple[str, float]]:
    """(project name, figure) of each form the answer shows one figure of, in the answer's order; [] when one shows none.

    Args:
        answer: an answer whose text has a line per form opening with its name.
        question: the question asked; an indicator row's line then gives the column it asks (target or actual).

    Returns:
        [(project name, the last figure on its line, or the row's column asked)], each form once.
    """
    found: list[tuple[str, float]] = []
    for record in answer.records:
        if any(name == record.project_name for name, _ in found):
            continue
        line = next((line for line in answer.text.splitlines() if line.startswith(record.project_name)), None)
        numbers = _NUMBER.findall(line[len(record.project_name):]) if line else []
        if not numbers:
            return []
        figure = _row_figure(line, question) or numbers[-1]
        found.append((record.project_name, float(figure.replace(",", ""))))
    return found


def _mentioned_at(question: str, name: str) -> int:
    """Where the question names a form: the first place of the longest part of its name it says (len(question) if none)."""
    for size in range(len(name), 1, -1):
        for start in range(len(name) - size + 1):
            at = question.find(name[start:start + size])
            if at >= 0:
                return at
    return len(question)


def compared(answer: Answer, comparison: Comparison, question: str, lang: str) -> Answer:
    """An answer showing one figure of each of two forms restated as their difference or ratio; any other answer says
    the comparison was not made.

    Args:
        answer: the answer to the question asking both figures.
        comparison: what pair_asked found.
        question: the question as asked (the order the forms are named in).
        lang: "zh" or "en".

    Returns:
        The answer with `value` the difference or ratio and a first line showing it, or with a line naming what was not read.
    """
    zh = lang != "en"
    if answer.kind == "unknown":
        return answer
    figures = figures_shown(answer, question)
    if len(figures) != 2 or (comparison.kind == "ratio" and 0 in (figures[0][1], figures[1][1])):
        answer.text += (f"\n未作比较（{comparison.said}）：答案不是两个项目各一个数。" if zh else
                        f"\nnot compared ({comparison.said}): the answer is not one figure of each of two forms.")
        return answer
    if comparison.order == "first":
        first, second = sorted(figures, key=lambda pair: _mentioned_at(question, pair[0]))
    else:
        first, second = sorted(figures, key=lambda pair: pair[1], reverse=True)
    (a_name, a), (b_name, b) = first, second
    unit = answer.unit or ""
    if comparison.kind == "diff":
        value = round(abs(a - b), 6)
        unit = ("个百分点" if zh else "percentage points") if unit in ("%", "％") else unit
        line = f"{value:,.6g} {unit}".strip() + (f"（{a_name} {a:,} − {b_name} {b:,}）" if zh else f" ({a_name} {a:,} − {b_name} {b:,})")
    else:
        value, unit = round(a / b, 6), ("倍" if zh else "times")
        line = (f"{value:,.4f} 倍（{a_name} {a:,} ÷ {b_name} {b:,}）" if zh else
                f"{value:,.4f} times ({a_name} {a:,} ÷ {b_name} {b:,})")
    answer.text = line + "\n" + answer.text
    answer.value, answer.unit, answer.kind = value, unit, "aggregate"
    return answer
