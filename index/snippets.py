"""What is indexed: each form cut into snippets (name, goal and outcome sentences, indicator rows, deviations, findings)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.hits import Snippet
from store.checks import FINDING_LABELS

FIELDS = ("project_name", "goal", "outcome", "indicator", "deviation", "finding")
FIELD_CODES = {name: code for code, name in enumerate(FIELDS)}
_SENTENCE_END = re.compile(r"(?<=[。！？；;!?\n])")
_CLAUSE_END = re.compile(r"(?<=[，,、])")
# A sentence longer than this is cut at commas, so one relevant clause in a long outcome still stands out.
MAX_SNIPPET_CHARS = 120


def split_sentences(text: str | None) -> list[str]:
    """Cut a narrative into sentences, and over-long sentences into comma-separated chunks.

    Args:
        text: a goal, outcome or deviation reason.

    Returns:
        Non-empty pieces, in order; joined they give back the text minus white space at the cuts.
    """
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text or ""):
        sentence = sentence.strip()
        if not sentence:
            continue
        if len(sentence) <= MAX_SNIPPET_CHARS:
            pieces.append(sentence)
            continue
        chunk = ""
        for clause in _CLAUSE_END.split(sentence):
            if chunk and len(chunk) + len(clause) > MAX_SNIPPET_CHARS:
                pieces.append(chunk.strip())
                chunk = ""
            chunk += clause
        if chunk.strip():
            pieces.append(chunk.strip())
    return pieces


# Said of a row whose actual figure is below its target (parsed, same unit), so a question about what "fell short"
# or "未达到" finds the row, not only forms whose prose says so.
SHORT_OF_TARGET = "实际未达到预期目标"
# Targets an actual falls short of by being lower; a "≤ 24小时" target is missed by being higher, which the row's
# figures alone do not say is a shortfall in the reader's sense.
_AT_LEAST = (None, "=", "≥", ">")


def falls_short(row) -> bool:
    """Whether an indicator row's actual figure is below its target: both parsed, in the same unit.

    Args:
        row: a stored Indicator or a `store.form_texts.IndicatorText`.

    Returns:
        True when the actual is lower than an "=" / "≥" / ">" target.
    """
    target, actual = getattr(row, "target_number", None), getattr(row, "actual_number", None)
    if target is None or actual is None or getattr(row, "target_comparison", None) not in _AT_LEAST:
        return False
    units = (getattr(row, "target_unit", None), getattr(row, "actual_unit", None))
    return (units[0] == units[1] or None in units) and actual < target


def indicator_text(level1: str, level2: str, name: str, target: str, actual: str, short: bool = False) -> str:
    """An indicator row as one line of text: its labels, name, target and actual, and whether it fell short."""
    return f"{name}（{level1}·{level2}）目标 {target}，实际 {actual}" + (f"，{SHORT_OF_TARGET}" if short else "")


def finding_text(code: str, message: str) -> str:
    """A check finding as one line of text: its label in both languages, then the message."""
    chinese, english = FINDING_LABELS.get(code, (code, code))
    return f"{chinese}（{english}）：{message}"


def form_snippets(form, first_id: int = 0) -> Iterator[Snippet]:
    """Every snippet of one stored form, numbered from `first_id`.

    Args:
        form: a stored Form with its indicators and findings loaded, or a `store.form_texts.FormText`.
        first_id: the id to give the first snippet.

    Returns:
        The snippets, in a deterministic order (so an id can be re-derived from the store).
    """
    snippet_id = first_id

    def make(field: str, text: str, row: int | None = None) -> Snippet:
        nonlocal snippet_id
        snippet = Snippet(snippet_id, form.id, field, text, row)
        snippet_id += 1
        return snippet

    yield make("project_name", form.project_name)
    for sentence in split_sentences(form.goal):
        yield make("goal", sentence)
    for sentence in split_sentences(form.outcome):
        yield make("outcome", sentence)
    for row in form.indicators:
        yield make("indicator", indicator_text(row.level1, row.level2, row.name, row.target, row.actual,
                                                 falls_short(row)), row.position)
        for sentence in split_sentences(row.deviation):
            yield make("deviation", sentence, row.position)
    # Findings are evidence too: a reviewer searching "nothing executed" or "元/万元" means these.
    for finding in form.findings:
        yield make("finding", finding_text(finding.code, finding.message))


def record_text(form, limit: int = 600) -> str:
    """The whole record in one text for its record-level embedding: name, goal, outcome, indicator names."""
    indicator_names = "；".join(row.name for row in form.indicators)
    return f"{form.project_name}。{form.goal or ''}。{form.outcome or ''}。{indicator_names}"[:limit]
