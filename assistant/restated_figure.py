"""A figure restated in another notation in a bracket right after it (60% (0.6), 50万元（即500000元）): taken off."""

from __future__ import annotations

import re
from functools import cache

from assistant.data_files import rows

_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
_BEFORE_UNIT = re.compile(r"\s*(%|％|percent\b|万元|万|元|块|yuan\b|rmb\b|cny\b)?", re.IGNORECASE)


@cache
def _words() -> dict[str, dict[str, str]]:
    """The data file's patterns: {kind: {lang: alternation}}."""
    out: dict[str, dict[str, str]] = {}
    for _, (kind, lang, pattern) in rows("restated_figures.tsv", 3, "kind<TAB>lang<TAB>pattern"):
        out.setdefault(kind, {})[lang] = pattern
    return out


@cache
def _bracket() -> re.Pattern:
    """A bracket holding a marker, a figure and a unit word, nothing else."""
    words = _words()
    marker = "|".join(words["marker"].values())
    unit = "|".join([*words["wan"].values(), *words["yuan"].values()])
    return re.compile(rf"\s*[（(]\s*(?:(?:{marker})\s*)?(?P<figure>{_FIGURE})\s*(?P<unit>{unit})?\s*[)）]", re.IGNORECASE)


def _number(text: str) -> float:
    """A figure as written (1,000,000 or 0.6) as a number."""
    return float(text.replace(",", ""))


def _in_yuan(unit: str) -> float | None:
    """What one of a bracket's unit is in yuan: 1 for yuan, 10,000 for 万元, None when it names none."""
    if not unit:
        return None
    words = _words()
    if re.fullmatch("|".join(words["wan"].values()), unit, re.IGNORECASE):
        return 10000.0
    return 1.0


def _same(before: float, before_unit: str, inside: float, inside_unit: str) -> bool:
    """Whether the bracket's figure is the figure before it in another notation."""
    unit = before_unit.lower()
    scale = _in_yuan(inside_unit)
    close = lambda a, b: abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))  # noqa: E731
    if unit in ("%", "％", "percent"):
        return scale is None and (close(inside, before / 100) or close(inside, before))
    if unit in ("万元", "万"):
        return scale is not None and close(inside * scale, before * 10000)
    if unit in ("元", "块", "yuan", "rmb", "cny"):
        return scale is not None and close(inside * scale, before)
    return False


def without_restated_figures(question: str) -> str:
    """The question without a bracket restating the figure right before it in another notation.

    Args:
        question: the question.

    Returns:
        The question with each such bracket taken off (60%（即0.6） → 60%, 50万元（即500000元） → 50万元); a bracket
        whose figure differs from the one before it (60%（0.5）) or that says anything else stays for the readers.
    """
    out, end = [], 0
    for found in re.finditer(_FIGURE, question):
        if found.start() < end or (found.start() and question[found.start() - 1] in ".,0123456789"):
            continue
        unit = _BEFORE_UNIT.match(question, found.end())
        bracket = _bracket().match(question, unit.end())
        if bracket and unit.group(1) and _same(_number(found.group()), unit.group(1), _number(bracket.group("figure")),
                                               bracket.group("unit") or ""):
            out.append(question[end:unit.end()])
            end = bracket.end()
    return _or_repeated("".join(out) + question[end:])


# 两个或两个以上, 3条或3条以下: a count said twice around 或 before an end word — the count and that end, said once.
_OR_REPEATED = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)(?P<u>[个条项张份类]?)(?:或者|或)(?P=n)(?P=u)(?P<end>以上|以下)")


def _or_repeated(question: str) -> str:
    """The question with "N个或N个以上" said as "N个及以上" (the end word after a repeated count)."""
    return _OR_REPEATED.sub(lambda found: f"{found['n']}{found['u']}及{found['end']}", question)
