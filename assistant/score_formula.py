"""The budget-execution score checked against execution rate × weight (预算执行得分跟执行率乘以权重对不上): each form's product and its printed score, a difference only beyond the two decimals the forms cut to."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from assistant import model as m
from assistant.answer import Answer, AnswerRecord
from assistant.data_files import rows
from store.readonly_sql import run_select

_SCOPE_FIELDS = ("project_name", "implementing_unit", "department")  # what names forms: a name, a tag, a unit


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(the score checked, rate TIMES weight) from data/score_formula.tsv."""
    said: dict[str, list[str]] = {}
    for _, (kind, words) in rows("score_formula.tsv", 2, "kind<TAB>words"):
        said.setdefault(kind, []).extend(w for w in words.split("|") if w)

    def one_of(kind: str) -> str:
        return "|".join(map(re.escape, sorted(said[kind], key=len, reverse=True)))

    score = re.compile(rf"(?:{one_of('score')})", re.IGNORECASE)
    product = re.compile(rf"(?:{one_of('rate')})\s*[“”\"']?\s*(?:{one_of('times')})\s*(?:(?:its|their|the)\s+)?(?:{one_of('weight')})",
                         re.IGNORECASE)
    return score, product


def asks(question: str) -> bool:
    """Whether a question checks the budget-execution score against rate × weight.

    Args:
        question: as asked.

    Returns:
        True when it names the score and the product of the rate and the weight.
    """
    score, product = _patterns()
    return bool(score.search(question)) and bool(product.search(question))


def _scope(where) -> m.Cond | None:
    """The reading's conditions naming forms (a name, a tag, a unit); its guesses at the comparison left out."""
    items = list(where.items) if isinstance(where, m.And) else [where] if where is not None else []
    return m.conjoin(*(c for c in items if isinstance(c, m.Text) and c.field.entity == "form" and c.field.name in _SCOPE_FIELDS))


def _figure(value: float, decimals: int = 4) -> str:
    """A figure as computed, up to four decimals (4.808, 10, 999902.41)."""
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


def _how_cut(cut: list, zh: bool) -> str:
    """How the forms print the product: cut off (4.808 → 4.80), rounded (4.808 → 4.81), or either."""
    truncated = all(abs(math.floor(c[6] * 100 + 1e-9) / 100 - c[5]) < 1e-9 for c in cut)
    rounded = all(abs(round(c[6], 2) - c[5]) < 1e-9 for c in cut)
    if truncated and not rounded:
        example = next(c for c in cut if abs(round(c[6], 2) - c[5]) > 1e-9)  # one where cutting and rounding differ
        return f"截去第三位及以后的小数（如 {_figure(example[6])} 印作 {example[5]:.2f}）" if zh else \
            f"cut to two decimals ({_figure(example[6])} is printed {example[5]:.2f})"
    if rounded and not truncated:
        return "四舍五入到两位小数" if zh else "rounded to two decimals"
    return "截取或四舍五入到两位小数" if zh else "cut or rounded to two decimals"


def answer(question: str, lang: str, store, reading) -> Answer | None:
    """Each form's rate × weight beside its printed budget-execution score; the forms whose score differs from the
    product by 0.01 or more (beyond the two decimals the forms cut to) are the records, unless forms were named.

    Args:
        question: as asked.
        lang: "zh" or "en".
        store: a store.Store.
        reading: the query model's reading (its names, tags and units pick the forms), or None.

    Returns:
        The answer, or None when the question is not this check.
    """
    if not asks(question):
        return None
    from assistant import sqlcompile

    scope = _scope(reading.select.where) if reading is not None else None
    sql = ("SELECT f.form_id, f.project_name, f.year, f.execution_rate, f.budget_weight, f.budget_score FROM forms AS f"
           + (f" WHERE {sqlcompile.condition(scope)}" if scope is not None else "") + " ORDER BY f.form_id")
    zh, checked = lang != "en", []
    for form_id, name, year, rate, weight, score in run_select(store, sql).rows:
        if None in (rate, weight, score):
            continue
        product = float(rate) * float(weight) / 100
        checked.append((form_id, name, year, float(rate), float(weight), float(score), product))
    differ = [c for c in checked if abs(c[5] - c[6]) >= 0.01 - 1e-9]
    cut = [c for c in checked if c not in differ and abs(c[5] - c[6]) > 1e-9]
    named = scope is not None and any(c.field.name == "project_name" and c.mode == "equals" for c in
                                      (scope.items if isinstance(scope, m.And) else [scope]))

    def line(c) -> str:
        _, name, _, rate, weight, score, product = c
        if zh:
            note = "，超过100%，得分以权重为上限" if rate > 100 else "（表上只保留两位小数）" if c in cut else ""
            return f"· {name}：执行率 {_figure(rate, 2)}% × 权重 {_figure(weight, 2)} = {_figure(product)}；表上预算执行得分 {score:.2f}{note}"
        note = "; the rate is over 100% and the score is capped at the weight" if rate > 100 else \
            " (the form keeps two decimals)" if c in cut else ""
        return f"· {name}: execution rate {_figure(rate, 2)}% × weight {_figure(weight, 2)} = {_figure(product)}; printed budget score {score:.2f}{note}"

    shown = checked if named else differ
    records = [AnswerRecord(c[0], c[1], c[2], line(c)[2:]) for c in shown]
    head = "预算执行得分对照 执行率 × 权重（相差0.01及以上才算不一致）" if zh else \
        "budget execution score against execution rate × weight (a difference of 0.01 or more counts)"
    count = f"{len(differ)} 个项目不一致" if zh else f"{len(differ)} form{'s' * (len(differ) != 1)} differ{'s' * (len(differ) == 1)}"
    said = (f"表上的得分是乘积{_how_cut(cut, zh)}；两边的数字都按原表，不作更正。" if zh else
            f"The forms print the product {_how_cut(cut, zh)}; both figures are as printed, neither is corrected.") if cut else \
        ("两边的数字都按原表，不作更正。" if zh else "Both figures are as printed, neither is corrected.")
    rest = (f"其余 {len(checked) - len(differ)} 个项目一致（其中 {len(cut)} 个只差在截取的小数位）。" if zh else
            f"The other {len(checked) - len(differ)} agree ({len(cut)} of them only by the decimals cut off).") if not named else ""
    text = "\n".join([f"{head}：{count}" if zh else f"{head}: {count}", *(line(c) for c in shown), *([rest] if rest else []), said])
    return Answer(question=question, interpretation=f"{head} · {count}", text=text, kind="list", records=records,
                  value=float(len(differ)), sql=sql)
