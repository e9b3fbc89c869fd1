"""How fields, figures, conditions and orders are shown to the user, in Chinese or English."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab
from store.checks import FINDING_LABELS


def field_label(field_name: str, lang: str) -> str:
    """A field's name as shown to the user."""
    zh, en, _unit = vocab.FIELD_LABELS[field_name]
    return en if lang == "en" else zh


def format_value(field_name: str | None, value: float | None) -> str:
    """A figure with its unit: 48.08%, 369.57 万元, 94.8 分."""
    if value is None:
        return "—"
    if field_name == "year" and abs(value - round(value)) < 1e-9:
        return f"{value:.0f}"  # 2023, never 2,023
    unit = vocab.FIELD_LABELS[field_name][2] if field_name in vocab.FIELD_LABELS else None
    number = f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value - round(value)) > 1e-9 else f"{value:,.0f}"
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}" if unit else number


def _label_range(field_name: str, operator: str, value: float, lang: str) -> str:
    return f"{field_label(field_name, lang)} {operator} {format_value(field_name, value)}"


def _label_between(field_name: str, low: float, high: float, lang: str) -> str:
    return f"{format_value(field_name, low)} ≤ {field_label(field_name, lang)} ≤ {format_value(field_name, high)}"


def _label_sort(field_name: str, descending: bool, limit: int | None, lang: str) -> str:
    label = field_label(field_name, lang)
    if lang == "en":
        if limit == 1:
            return f"{'highest' if descending else 'lowest'} {label}"
        if limit:
            return f"{'top' if descending else 'bottom'} {limit} by {label}"
        return f"sorted by {label}, {'largest' if descending else 'smallest'} first"
    if limit == 1:
        return f"{label}{'最高' if descending else '最低'}"
    if limit:
        return f"{label}{'最高' if descending else '最低'}的{limit}个"
    return f"按{label}{'从高到低' if descending else '从低到高'}排序"


def _is_sort_label(label: str) -> bool:
    return ("排序" in label and label.startswith("按")) or label.startswith(("sorted by", "top ", "bottom ")) or bool(
        re.search(r"(最高|最低)(的\d+个)?$", label))


def _label_check(code: str, lang: str) -> str:
    zh, en = FINDING_LABELS.get(code, (code, code))
    return f"{'finding' if lang == 'en' else '检查'} {code} ({en if lang == 'en' else zh})"
