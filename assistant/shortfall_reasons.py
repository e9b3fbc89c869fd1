"""What a form says about the rows that fell short (只有一个指标没达标，表上怎么解释的？): those rows' deviation text."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import Answer, AnswerRecord
from store.readonly_sql import run_select

from . import data_files

# A row fell short: its actual below a target it had to reach (=, ≥, >), above one it had to stay under (≤, <), or it
# lost points; units are compared only when both are printed.
_SHORT_SQL = ("SELECT i.form_id, f.project_name, f.year, i.name, i.target, i.actual, i.deviation FROM indicators i "
              "JOIN forms f ON f.form_id = i.form_id WHERE (i.target_number IS NOT NULL AND i.actual_number IS NOT NULL "
              "AND (i.target_unit IS NULL OR i.actual_unit IS NULL OR i.target_unit = i.actual_unit) AND ("
              "(COALESCE(i.target_comparison, '=') IN ('=', '≥', '>', '>=') AND i.actual_number < i.target_number) OR "
              "(i.target_comparison IN ('≤', '<', '<=') AND i.actual_number > i.target_number))) "
              "OR i.points_lost > 0.005 ORDER BY i.form_id, i.position")


# Words of a form's money: a shortfall said of spending is the forms', not a row's.
_MONEY = re.compile(r"执行率|预算|执行数|结余|花|钱|资金|budget|spen|execut|money|fund", re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The rows of assistant/data/shortfall_reasons.tsv by (language, role)."""
    parts = data_files.role_patterns("shortfall_reasons.tsv", ("shortfall", "said", "unfilled"))
    return {key: re.compile(body, re.I) for key, body in parts.items()}


def asks(question: str, lang: str) -> bool:
    """Whether a question names rows that fell short and asks what the form said of them.

    Args:
        question: the question.
        lang: "zh" or "en".

    Returns:
        True when both a shortfall and a question about what was said are in it, and no form is named.
    """
    short, said = _patterns().get((lang, "shortfall")), _patterns().get((lang, "said"))
    unfilled = _patterns().get((lang, "unfilled"))
    if unfilled is not None and unfilled.search(question):
        return False  # 没有填写偏差原因但未完成目标的指标: the rows whose reason is empty, a check
    if _MONEY.search(question) or re.search(r"\d", question):
        return False  # 执行率低于60%的为什么没达标: the forms' money or a figure, the readers' question
    return bool(short and said and short.search(question) and said.search(question))


def answer(question: str, lang: str, store) -> Answer | None:
    """The deviation text (偏差原因分析及改进措施) of every row that fell short, when the question asks what was said of them.

    Args:
        question: the question (courtesies off).
        lang: "zh" or "en".
        store: a store.Store.

    Returns:
        An Answer listing each such row's form, row and text ("劝导队经费（信） · 维稳工作完成率：…"); None when the
        question asks no such thing or no row fell short.
    """
    if not asks(question, lang):
        return None
    rows = run_select(store, _SHORT_SQL).rows
    if not rows:
        return None
    zh = lang == "zh"
    none = "（未填写偏差原因）" if zh else "(no deviation reason written)"
    records, lines = [], []
    for form_id, name, year, row, target, actual, deviation in rows:
        said = (deviation or "").strip() or none
        records.append(AnswerRecord(form_id, name, year, f"{row}: {said}"))
        lines.append(f"· {name} · {row}（{target} → {actual}）：{said}" if zh else f"· {name} · {row} ({target} → {actual}): {said}")
    head = (f"未达到目标的指标共 {len(rows)} 条，表上的偏差原因分析及改进措施：" if zh
            else f"{len(rows)} indicator(s) fell short; what the form says (deviation reason and corrective measures):")
    unique = list(dict.fromkeys((r.form_id, r.project_name, r.year) for r in records))
    return Answer(question=question, interpretation=("未达标指标的偏差原因" if zh else "deviation text of the rows that fell short")
                  + f" · {len(rows)}", text=head + "\n" + "\n".join(lines), kind="list",
                  records=[AnswerRecord(i, n, y, next(r.detail for r in records if r.form_id == i)) for i, n, y in unique],
                  sql=_SHORT_SQL)
