"""The goal block (年度总体目标): the expected goal and the outcome, by the column they stand under."""

from __future__ import annotations

from store.layout.explain import FormExplanation
from store.layout.labels import HeaderTable
from store.layout.rows import cells, is_placeholder
from store.normalize import label_key
from store.readers.base import Row
from store.records import ParsedForm

_MIN_PROSE = 8
_MAX_LABEL = 12  # a section label is short; a longer cell starting with the same words is prose


def is_goal_header(row: Row, headers: HeaderTable) -> bool:
    """True for the row that opens the goal block: its anchor label, or 预期目标 | 实际完成情况 headers."""
    nonempty = cells(row)
    if not nonempty:
        return False
    first = nonempty[0][1]
    if headers.prefix_field("anchor", first) == "goal" or headers.field("goal", first) in ("goal", "outcome"):
        return True
    # "年度绩效目标 | 完成……": a 目标 section label followed by prose is a goal, whatever block the label opens.
    return ("目标" in label_key(first) and headers.prefix_field("anchor", first) is not None
            and any(len(label_key(cell)) >= _MIN_PROSE and not headers.field("indicators", cell) for _, cell in nonempty[1:]))


def read_goal(rows: list[Row], form: ParsedForm, headers: HeaderTable, explain: FormExplanation) -> None:
    """Read goal and outcome text from the block's rows (its header row first).

    Text nearer the goal header is the goal, nearer the outcome header the outcome; a row with
    two texts and no headers gives one of each. A header row holds labels only, so an unknown
    label right of the goal's heads the outcome. A sub-section label such as
    项目实施内容及过程概述 ends the goal text.

    Args:
        rows: the header row and the rows under it, up to the next block.
        form: the form to fill.
        headers: the synonym table.
        explain: where to record the layout and skipped rows.
    """
    columns = {"goal": None, "outcome": None}
    goals: list[str] = []
    outcomes: list[str] = []
    reading = True
    layout = explain.block("goal")
    layout.header_lines = [rows[0].line]
    for row in rows:
        named = [(index, cell, headers.field("goal", cell)) for index, cell in cells(row)]
        is_header = any(name in ("goal", "outcome") for _, _, name in named)
        for index, cell, name in named:
            if name is not None:
                layout.columns.append((index, cell, name))
                columns[name] = index if name in columns else None
                reading = name != "ignore"
        if is_header:
            if columns["outcome"] is None and columns["goal"] is not None:
                unknown = [(index, cell) for index, cell, name in named if name is None and index > columns["goal"]]
                if unknown:
                    columns["outcome"] = unknown[0][0]
                    layout.columns.append((unknown[0][0], unknown[0][1], "outcome (by position)"))
            continue
        texts = [(index, cell) for index, cell, name in named if name is None and not _is_label(cell, headers)]
        if not texts:
            continue
        if not reading:
            explain.skip(row, "not a goal or outcome")
            continue
        if columns["outcome"] is None and len(texts) >= 2:
            goals.append(texts[0][1])
            outcomes.append(" ".join(text for _, text in texts[1:]))
            continue
        for index, text in texts:
            (outcomes if _is_outcome(index, columns["goal"], columns["outcome"]) else goals).append(text)
    form.goal = "\n".join(goals) or None
    form.outcome = "\n".join(outcomes) or None


def _is_outcome(index: int, goal_column: int | None, outcome_column: int | None) -> bool:
    if outcome_column is None:
        return False
    if goal_column is None:
        return index >= outcome_column
    return abs(index - outcome_column) < abs(index - goal_column)


def _is_label(cell: str, headers: HeaderTable) -> bool:
    """A section label (年度总体目标, 年度绩效目标（80分）) or a placeholder, not goal text."""
    key = label_key(cell)
    return is_placeholder(cell) or (headers.prefix_field("anchor", cell) is not None and len(key) <= _MAX_LABEL)
