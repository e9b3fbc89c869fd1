"""Points a score lost against its weight (预算执行那一项丢了多少分, 比满分少了几分, lost the most points on budget
execution): the score's points-lost measure, never the score itself nor a sum of budgets."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from assistant.data_files import rows as data_rows
from assistant.recognise import Token

# A score (or its weight) → the measure of the points it lost.
_LOST_OF = {"budget_score": "budget_points_lost", "budget_weight": "budget_points_lost", "execution_rate": "budget_points_lost",
            "budget_points_lost": "budget_points_lost", "indicator.score": "indicator_points_lost",
            "indicator.weight": "indicator_points_lost", "indicator_points_lost": "indicator_points_lost",
            "total_score": "total_points_lost", "total_weight": "total_points_lost"}
# The rate named as a rate (执行率, execution rate), not the budget-execution line said in words (预算执行, budget execution).
_RATE_WORD = re.compile(r"率|rate|ratio")
# Words for points that only say the unit asked (how many points, 几分), beside the score named.
_UNIT_WORDS = ("points", "point", "pts", "marks", "分", "分数")
# The rows' predicate "lost points" (扣分, 丢分): after a budget score, or with a figure asked, the points lost.
_ROW_LOST = "indicator: score < weight"
_BUDGET = ("budget_score", "execution_rate")
_BUDGET_LOST = "budget_score < budget_weight"
# Words for "in all" a points-lost phrase can hold (指标里一共被扣).
_IN_ALL = ("一共", "总共", "合计", "共")
# A count word ending in a counter of forms (几个, 多少项) counts forms.
_COUNT_UNITS = ("个", "项", "家", "张", "份")
# Words saying points are what was lost, when no score is named.
_POINTS = ("分", "point", "pts", "mark")
# What asks a figure of the measure rather than a condition on it.
_ASKING = ("aggregate", "superlative", "how_much", "by_how_much", "sort", "direction", "limit", "each")


def points_lost(tokens: list[Token], previous=None) -> list[Token]:
    """A word of losing points (丢了, 被扣掉, 比满分少, lost, docked, relative to its weight) beside a score: that score's
    points lost (budget-execution score → budget_points_lost; an indicator's → the indicators' points lost, per row
    when indicators are what is asked). Asked nothing of (预算执行被扣了分的项目) it is the condition "lost some".
    The indicators' points lost keep no exclusion of the budget-execution line (除了预算执行那一项), which is no
    indicator. A losing word with no score to bind stays, to be named as not read.

    Args:
        tokens: the question's tokens, stop words out.
        previous: the previous answer's Select, if any: after forms picked for a docked indicator row (which forms docked
            points on an indicator?), points docked naming no part are the indicators' (how many points were docked there?).

    Returns:
        The tokens, the score and the losing words read as the points-lost field.
    """
    tokens = _summed_in_phrase(tokens)
    asking = any(t.kind in _ASKING and not _counts_forms(tokens, k) for k, t in enumerate(tokens))
    if asking:  # 预算执行扣分的中位数: the phrase of the condition "lost some" names the measure a statistic is of
        tokens = [dataclasses.replace(t, kind="field", key="budget_points_lost") if t.kind == "predicate" and t.key == _BUDGET_LOST
                  else t for t in tokens]
    tokens = _lost_by_the_form(_lost_apart(tokens))
    row_named = any(t.kind in ("quoted_indicator", "measure") or (t.kind == "field" and t.key.startswith("indicator.")
                                                                   and t.key not in _LOST_OF) for t in tokens) \
        or any(t.kind == "aggregate" and t.key == "count" for t in tokens) and any(  # how many indicators scored below …: rows
            t.kind == "field" and t.key.startswith("indicator.") and "indicator" in t.text.lower() for t in tokens)
    lost = [k for k, t in enumerate(tokens) if t.kind == "lost" or (  # 维稳工作完成率为什么扣了分: that row's condition
        t.kind == "predicate" and t.key == _ROW_LOST and (_after_budget(tokens, k) or (asking and not row_named)))]
    if not lost:  # 指标里一共被扣了几分, docked points on their indicators: the budget line is none of them
        return _without_budget_line(tokens) if any(t.key in ("indicator_points_lost", _ROW_LOST) for t in tokens) else tokens
    said_points = any(word in t.text.lower() for t in tokens for word in _POINTS)
    scores = [k for k, t in enumerate(tokens) if t.kind in ("field", "weak_field") and t.key in _LOST_OF and k not in lost
              and not (t.key == "execution_rate" and _RATE_WORD.search(t.text) and not said_points)]  # 执行率离满分: no points
    rows = any(t.kind == "noun" and t.key == "indicator" for t in tokens) and not any(
        t.kind == "noun" and t.key == "form" for t in tokens)
    named = [k for k in scores if not (tokens[k].key == "total_score" and tokens[k].text.lower() in _UNIT_WORDS)]
    scores = named or ([] if _rows_named(tokens) or (previous is not None and _rows_lost(previous.where)) else scores)  # how many points were lost on the budget-execution criterion, on the indicators, docked there: "points" is the unit asked
    scores = [k for k in scores if k < lost[0] or not _compared(tokens, k)]  # not given full marks (total below 100): its own
    if (left_out := _budget_line_excluded(tokens)) is not None:  # do not count the funding-execution score: not the one asked
        scores = [k for k in scores if not left_out[0] <= k < left_out[1]]
    if scores:
        at = min(scores, key=lambda k: abs(k - lost[0]))
        key = _LOST_OF[tokens[at].key]
    elif any(t.kind == "class" or (t.kind == "noun" and t.key == "indicator") for t in tokens) or (previous is not None and _rows_lost(previous.where)):  # 指标扣分最多的项目
        at, key = lost[0], "indicator_points_lost"
    elif said_points:
        at, key = lost[0], "total_points_lost"  # 被扣分的项目, 哪个项目丢分最多: no part named, the total's
    else:
        return tokens
    if key == "indicator_points_lost" and rows:
        key = "indicator.points_lost"  # which indicator lost the most points: the rows' own
    said, first = tokens[at], tokens[lost[0]]
    start = said.start
    if at > 0 and tokens[at - 1].kind == "field" and tokens[at - 1].key == "annual_budget" and tokens[at - 1].end == said.start:
        start = tokens[at - 1].start  # 预算 执行 丢了: the budget-execution line said in two words
        lost.append(at - 1)
    field = Token("field", key, min(start, first.start), max(said.end, first.end),
                  f"{said.text} {first.text}" if at != lost[0] else said.text)
    if said.text.lower() in _UNIT_WORDS and at > 0 and tokens[at - 1].kind == "aggregate" and tokens[at - 1].key == "count":
        tokens = [*tokens[:at - 1], dataclasses.replace(tokens[at - 1], key="sum"), *tokens[at:]]  # how many points were docked: a sum
    out = []
    for k, token in enumerate(tokens):
        if k == at:
            if out and out[-1].kind == "aggregate" and out[-1].key == "count" and said.text.lower() in _UNIT_WORDS:
                out[-1] = dataclasses.replace(out[-1], key="sum")  # how many points were docked?: points added, no forms counted
            out.append(field)
        elif k in lost or (token.kind == "field" and token.key == "total_score" and token.text.lower() in _UNIT_WORDS):
            if k not in lost and out and out[-1].kind == "aggregate" and out[-1].key == "count":
                out[-1] = dataclasses.replace(out[-1], key="sum")  # how many points went missing: points added, no forms counted
            continue  # the losing words are in the field; "how many points" names the unit asked
        else:
            out.append(token)
    if key != "budget_points_lost":
        out = _without_budget_line(out)
    if not asking and not _compared(out, out.index(field)) and key == "budget_points_lost":
        out[out.index(field)] = dataclasses.replace(field, kind="predicate", key=_BUDGET_LOST)  # 预算执行被扣了分的项目
    elif not asking and not _compared(out, out.index(field)):
        k = out.index(field) + 1  # 被扣分的项目: lost some points
        out[k:k] = [Token("op", ">", field.end, field.end, ""), Token("number", "0", field.end, field.end, "", value=0.0, unit="score")]
    return out


@lru_cache(maxsize=1)
def _apart_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """The patterns of data/budget_line_apart.tsv, each with the words naming the indicator rows."""
    return tuple((re.compile(pattern, re.IGNORECASE), replacement)
                 for _, (_lang, pattern, replacement) in data_rows("budget_line_apart.tsv", 3, "lang<TAB>pattern<TAB>replacement"))


def budget_line_apart(question: str) -> str:
    """The budget-execution line set apart names the indicator rows, the form's other scored part (Apart from the
    execution-rate part, did any project get docked marks? → on the indicators, did any project get docked marks?).

    Args:
        question: the question as read.

    Returns:
        The question with each such exclusion written as the indicator rows; unchanged when none is said.
    """
    for pattern, replacement in _apart_patterns():
        question = pattern.sub(replacement, question)
    return question


def _rows_named(tokens: list[Token]) -> bool:
    """Whether indicator rows are named (every indicator line, 指标) other than inside a condition of their own (forms
    with more than 10 indicators)."""
    return any((t.kind == "class" or (t.kind == "noun" and t.key == "indicator"))
               and not any(n.kind == "number" for n in tokens[max(k - 2, 0):k] + tokens[k + 1:k + 3]) for k, t in enumerate(tokens))


def lost_by_the_rows(reading, tokens: list[Token]):
    """How many points were docked there? / 一共扣了几分？ after the forms whose indicators lost points: the points those
    rows lost (the indicators' points lost), not the points the forms' totals fell short by, when the follow-up names
    only points.

    Args:
        reading: a follow-up's reading (assistant.compose.Reading), its conditions joined to the previous ones.
        tokens: the question's tokens, stop words out.

    Returns:
        The reading, its statistic asked of the indicators' points lost when that is the question.
    """
    from assistant import model as m

    select = reading.select
    if not reading.follow_up or select.aggregate is None or not _rows_lost(select.where) \
            or any(t.kind == "field" and _SCORE_NAMED.search(t.text) for t in tokens):
        return reading
    expr = select.aggregate.expr
    lost = isinstance(expr, m.Field) and expr.name == "total_points_lost"
    counted = select.aggregate.function == "count" and expr is None and any(
        t.kind == "field" and t.key == "total_score" and t.text.lower() in _UNIT_WORDS for t in tokens)  # how many marks is that
    if lost or counted:
        select.aggregate = m.Aggregate("sum", m.Field("indicator_points_lost", "form"))
    return reading


# Words naming a score whose points were lost (the total, the budget line), not points alone.
_SCORE_NAMED = re.compile(r"total|overall|full|budget|execution|fund|总分|满分|预算|执行|资金", re.IGNORECASE)


def _rows_lost(where) -> bool:
    """Whether a condition holds "an indicator scored below its weight"."""
    from assistant import model as m

    if isinstance(where, m.HasIndicator):
        inner = where.where
        return isinstance(inner, m.Compare) and inner.op == "<" and getattr(inner.left, "name", "") == "score" \
            and getattr(inner.right, "name", "") == "weight"
    if isinstance(where, (m.And, m.Or)):
        return any(_rows_lost(part) for part in where.items)
    return False


def _summed_in_phrase(tokens: list[Token]) -> list[Token]:
    """指标里一共被扣: a points-lost phrase holding a word for "in all" totals it when no statistic is named apart."""
    if any(t.kind == "aggregate" for t in tokens):
        return tokens
    for k, token in enumerate(tokens):
        if token.kind == "field" and token.key in ("indicator_points_lost", "budget_points_lost") \
                and any(word in token.text for word in _IN_ALL):
            return tokens[:k + 1] + [Token("aggregate", "sum", token.end, token.end, "")] + tokens[k + 1:]
    return tokens


def _lost_by_the_form(tokens: list[Token]) -> list[Token]:
    """被扣分的项目 / projects that lost points, naming neither indicators nor the budget line: points the total lost."""
    if any(t.kind in ("class", "measure", "quoted_indicator") or (t.kind == "noun" and t.key == "indicator")
           or (t.kind in ("field", "weak_field") and (t.key.startswith("indicator") or t.key in _LOST_OF and t.key != "total_score"))
           or (t.kind == "predicate" and t.key != _ROW_LOST) for t in tokens):
        return tokens
    return [dataclasses.replace(t, kind="lost", key="lost") if t.kind == "predicate" and t.key == _ROW_LOST
            and not any(word in t.text.lower() for word in ("指标", "indicator")) else t for t in tokens]


def _lost_apart(tokens: list[Token]) -> list[Token]:
    """no timeliness indicator, a budget above 500k, and less than full marks: a losing predicate naming no indicator,
    its clause apart from the class (a list separator, or another condition's figure between), is the form's."""
    out = list(tokens)
    for k, token in enumerate(out):
        if not (token.kind == "predicate" and token.key == _ROW_LOST and not any(w in token.text.lower() for w in ("指标", "indicator"))):
            continue
        row = next((j for j in range(k - 1, -1, -1) if out[j].kind == "class" or (out[j].kind == "noun" and out[j].key == "indicator")), None)
        if row is None:
            continue
        apart = token.after_separator or any(t.kind == "number" for t in out[row + 1:k])  # a condition with its figure between
        if apart:  # the form's total fell short: its points lost above nothing
            out[k:k + 1] = [dataclasses.replace(token, kind="field", key="total_points_lost"),
                            Token("op", ">", token.end, token.end, ""), Token("number", "0", token.end, token.end, "", value=0.0, unit="score")]
    return out


def _counts_forms(tokens: list[Token], k: int) -> bool:
    """有几个 / how many projects: a count of the forms, which a losing word is a condition of, not a figure asked."""
    token = tokens[k]
    return token.kind == "aggregate" and token.key == "count" and (
        token.text.endswith(_COUNT_UNITS) or (k + 1 < len(tokens) and tokens[k + 1].kind == "noun"))


def _after_budget(tokens: list[Token], k: int) -> bool:
    """预算执行被扣了分: the rows' predicate said right after the budget-execution score."""
    return k > 0 and tokens[k - 1].kind in ("field", "weak_field") and tokens[k - 1].key in _BUDGET


def _without_budget_line(tokens: list[Token]) -> list[Token]:
    """The tokens without an exclusion of the budget-execution line (除了预算执行那一项, apart from the execution-rate
    part, do not count the funding-execution score)."""
    span = _budget_line_excluded(tokens)
    return tokens[:span[0]] + tokens[span[1]:] if span else tokens


def _budget_line_excluded(tokens: list[Token]) -> tuple[int, int] | None:
    """Where the question leaves the budget-execution line out: (start, end) of the negation, the line's words (a budget
    word before its score, the score or rate, a word for a part after), or None."""
    for k in range(len(tokens) - 1):
        if tokens[k].kind not in ("not", "exclusion"):
            continue
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].kind == "field" and tokens[j].key == "annual_budget":
            j += 1  # the funding-execution score
        if tokens[j].kind == "field" and tokens[j].key in ("budget_score", *_BUDGET):
            end = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].kind == "class_part")  # the execution-rate part
            return k, end
    return None


def _compared(tokens: list[Token], at: int) -> bool:
    """Whether a comparison or figure follows the field (丢分超过2分), not another field's (lost points, total below 99)."""
    if at + 1 < len(tokens) and tokens[at + 1].kind in ("field", "weak_field"):
        return False
    return any(t.kind in ("op", "op_after", "number") for t in tokens[at + 1:at + 3])
