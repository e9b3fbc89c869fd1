"""What an answer resting on one form adds: whether it was reached, the row it describes, a figure only its text gives."""

from __future__ import annotations


def completed(asked: str, lang: str, answer, store) -> None:
    """Add to an answer of one form the lines its question asks beyond the figures (in place).

    Args:
        asked: the question as asked.
        lang: "zh" or "en".
        answer: an assistant Answer; left as it is unless its records are of exactly one form.
        store: a store.Store.
    """
    if answer.kind == "unknown" or len({record.form_id for record in answer.records}) != 1:
        return
    from assistant.clause_figure import with_clauses
    from assistant.described_row import described_rows  # 计划装修多大面积: the row it describes, as printed
    from assistant.reached import reached_lines  # 达到了没有: the outcome and the row's actual, not the goal

    form_id = answer.records[0].form_id
    rows = reached_lines(asked, lang, form_id, answer.text, store) or described_rows(asked, lang, form_id, answer.text, store)
    with_clauses(asked, lang, answer, store)  # 全年发展了多少名党员: a figure only the form's text gives
    answer.text += "".join("\n" + row for row in rows)
