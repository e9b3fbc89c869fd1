"""A row's column asked after a one-row answer (那实际完成了多少？, and the actual?, 分值呢): that same row's column."""

from __future__ import annotations

import re

from assistant.row_vocabulary import LABELS, asked_columns, column_spans, pattern, pointer_words

_ROW_HEADS = ("三级指标", "indicator")
_FORM_HEADS = ("项目", "project")
_PUNCTUATION = re.compile(r"[\s?？。.!！,，、:：'’]+")


def one_row(answer) -> tuple[str, str] | None:
    """The indicator row an answer looked up, when it shows exactly one (a row lookup's table).

    Args:
        answer: an assistant.answer.Answer.

    Returns:
        (project name, row name), or None when the answer is no single row.
    """
    columns = list(answer.columns or [])
    if answer.kind == "list" and len({record.form_id for record in answer.records}) == 1:
        return _quoted_row(answer)  # one form listed for one of its rows (lost points on 维稳工作完成率): that row
    if answer.kind != "lookup" or len(answer.rows or []) != 1:
        return None
    row_at = next((columns.index(head) for head in _ROW_HEADS if head in columns), None)
    form_at = next((columns.index(head) for head in _FORM_HEADS if head in columns), None)
    if row_at is None or form_at is None:
        return None
    form, row = answer.rows[0][form_at], answer.rows[0][row_at]
    return (form, row) if form and row else None


def _quoted_row(answer) -> tuple[str, str] | None:
    """The one indicator row a one-form list quotes after the form's name (X · 维稳工作完成率: =8.00(人) → 4.00(人)), if one."""
    form = answer.records[0].project_name
    quoted = set(re.findall(rf"{re.escape(form)} · ([^:：\n·]+?)[:：]", answer.text or ""))
    return (form, quoted.pop()) if len(quoted) == 1 else None


def _bare(question: str) -> bool:
    """Whether the question says nothing but a column's words, a pointer at the row and glue (那…了多少？, and the …?)."""
    rest = question
    for start, end in sorted(column_spans(question), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    words = pointer_words()
    for word in sorted(words.get("pointer", ()) + words.get("bare", ()), key=len, reverse=True):
        rest = pattern(word).sub(" ", rest)
    return not _PUNCTUATION.sub("", rest)


def asked_of_row(question: str, row: tuple[str, str] | None, lang: str) -> str:
    """A follow-up asking only a column, after a one-row answer, written as that column asked of the same row.

    Args:
        question: the follow-up as typed.
        row: (project name, row name) of the previous answer's one row, or None.
        lang: "zh" or "en".

    Returns:
        The question naming the form and the row (安保经费（平安办）里特勤安保人数的实际完成值是多少？), or unchanged.
    """
    if row is None:
        return question
    columns = [column for column in LABELS if column in asked_columns(question)]
    if not columns or not _bare(question):
        return question
    form, name = row
    if lang == "en":
        # the English words outweigh the Chinese names, so the answer stays English (question_text.is_english)
        return f"What was the {' and '.join(LABELS[c][1] for c in columns)} value of the indicator {name} in the form {form}?"
    return f"{form}里{name}的{'和'.join(LABELS[c][0] for c in columns)}是多少？"
