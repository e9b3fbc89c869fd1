"""What a row is before its block is known: blank, a placeholder, a footnote, a title, a label row."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from store.layout.labels import HeaderTable
from store.measures import parse_figure, parse_number
from store.normalize import label_key
from store.readers.base import Row

# Template rows left unfilled: "指标1:", "指标2", "指标N", "……", "/", "-", "无".
_PLACEHOLDER = re.compile(r"^(?:指标\s*(?:\d+|[nNxX]|[一二三四五六七八九十]+)\s*:?|[.…。·、\-—–/\\_]+|无)$")
_TITLE = re.compile(r"(自评表|自评情况表|自评结果表|自我评价|自评价|绩效评价表)")
_PROSE = re.compile(r"[，。；！？,;]")
# A year line: "（2022年度）", "2022年度", "(2022年)", "2022年度)", "评价年度：2022".
_YEAR_LINE = re.compile(r"^(?:\(?((?:19|20)\d{2})\s*年度?\)?|(?:评价|项目|预算|自评)?年度:((?:19|20)\d{2})年?)$")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度?")
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*:?$")
# Page furniture printed between table rows: "第 2 页", "共3页", "- 2 -".
_PAGE_NUMBER = re.compile(r"^(?:第\d+页(?:,?共\d+页)?|共\d+页|-\d+-|\d+/\d+)$")
_CHECKBOX = re.compile(r"[☑☐□■✓✔√]|(?:^|\s)R\s*\d+\s*[、.]")
_MAX_TITLE_LENGTH = 60
_OPENING_LABEL = re.compile(r"^([^:：]{2,20})[:：]")


_Answer = TypeVar("_Answer")


def once_per_row(question: Callable[[Row, HeaderTable], _Answer]) -> Callable[[Row, HeaderTable], _Answer]:
    """Answer `question(row, headers)` once per row and table: cutting forms apart and sorting their rows into
    blocks ask the same of a row two or three times. The answer must not be modified by its callers."""
    name = question.__qualname__

    @wraps(question)
    def remembered(row: Row, headers: HeaderTable) -> _Answer:
        key = (name, id(headers))  # one table serves a whole parse; the memo lives as long as the row
        memo = row.memo
        if key not in memo:
            memo[key] = question(row, headers)
        return memo[key]

    return remembered


def cells(row: Row) -> tuple[tuple[int, str], ...]:
    """The row's non-empty cells as (column, stripped text)."""
    return row.filled


def is_blank(row: Row) -> bool:
    """True when no cell holds text."""
    return not row.filled


def row_text(row: Row, limit: int = 100) -> str:
    """The row's non-empty cells joined by " | ", for messages."""
    text = " | ".join(cell for _, cell in cells(row))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_placeholder(text: str) -> bool:
    """True for a template cell nobody filled in ("指标2:", "……", "/", or nothing)."""
    key = label_key(text)
    return not key or bool(_PLACEHOLDER.match(key))


def is_number(text: str) -> bool:
    """True for a cell holding only a printed number ("10", "96.5", "100%")."""
    return parse_number(text) is not None


def is_figure(text: str) -> bool:
    """True for a cell a funds or score column can hold: a number, maybe with its unit ("10分", "3359.62万")."""
    return parse_figure(text).value is not None


@once_per_row
def title_of(row: Row, headers: HeaderTable) -> str | None:
    """The title text when the row is a form's title line ("2022年度项目支出绩效自评表"), else None.

    A title is a short cell naming a self-evaluation form, alone on its row or beside prefixes
    such as 附件 or 公开14表; a row that carries a label (项目名称 …) or prose is not a title.
    """
    nonempty = cells(row)
    if not nonempty or len(nonempty) > 3 or any(_is_label(cell, headers) for _, cell in nonempty):
        return None
    for _, cell in nonempty:
        key = label_key(cell)
        if _TITLE.search(key) and len(key) <= _MAX_TITLE_LENGTH and not _PROSE.search(key):
            return cell
    return None


def _is_label(cell: str, headers: HeaderTable) -> bool:
    """A header label, alone or opening its cell ("项目名称：…自评表" is a name, not a title)."""
    opening = _OPENING_LABEL.match(cell)
    return bool(headers.field("header", cell) or (opening and headers.field("header", opening.group(1))))


@once_per_row
def year_of(row: Row, headers: HeaderTable) -> int | None:
    """The year a title or year line states ("（2022年度）", "2022年度…自评表"), else None."""
    nonempty = cells(row)
    if not nonempty or len(nonempty) > 3:
        return None
    # The year opens its line ("（2023年度） | 报表编号:…"); a "2022年" further right is a value.
    match = _YEAR_LINE.match(label_key(nonempty[0][1]))
    if match:
        return int(match.group(1) or match.group(2))
    title = title_of(row, headers)
    match = _YEAR_IN_TITLE.search(label_key(title)) if title else None
    return int(match.group(1)) if match else None


def is_attachment(row: Row) -> bool:
    """True for an "附件" / "附件1" line that heads a form."""
    nonempty = cells(row)
    return len(nonempty) == 1 and bool(_ATTACHMENT.match(label_key(nonempty[0][1])))


def is_checkbox(text: str) -> bool:
    """True for a ticked or empty box answer ("☑1、常年性", "□2、一次性", "√", "R 1、")."""
    return bool(_CHECKBOX.search(text))


def skip_reason(row: Row, headers: HeaderTable) -> str | None:
    """Why a row is never data (footnote, signature, conclusion, metadata, checkbox), or None."""
    nonempty = cells(row)
    if not nonempty:
        return "blank"
    # Footnotes have a cell or three; a data row starting with the same word has more. A label
    # ending in a colon ("财务负责人：") is never data, however many cells its line has.
    first = label_key(nonempty[0][1]).lower()
    labels = [label for label in headers.labels.get("skip", {}) if first.startswith(label)]
    label = max(labels, key=len, default=None)
    if label and (len(nonempty) <= 3 or label.endswith(":")):
        return headers.labels["skip"][label]
    if any(is_checkbox(cell) for _, cell in nonempty):
        return "checkbox"
    if len(nonempty) == 1 and _PAGE_NUMBER.match(label_key(nonempty[0][1])):
        return "page number"
    return None


def looks_like_table(row: Row) -> bool:
    """True for a row that is part of a form's table rather than a heading or a loose line."""
    nonempty = cells(row)
    return len(nonempty) >= 3 or (len(nonempty) == 2 and any(is_number(cell) for _, cell in nonempty))
