"""An answer: how the question was understood, the answer itself, and the records it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AnswerRecord:
    """A record the answer used, best first; `detail` says why (a snippet, an indicator row, a figure)."""

    form_id: int
    project_name: str
    year: int | None
    detail: str | None = None


@dataclass
class Answer:
    """The full answer to one question.

    `interpretation` comes first when shown (e.g. "执行率 < 60% · 9 forms"); `value` is the number for
    count / sum / average / max / min questions; `table` holds columns and rows for grouped or lookup answers.
    Numbers always come from the store, never from generated text.
    """

    question: str
    interpretation: str
    text: str
    kind: str  # list | count | aggregate | lookup | search | checks | unknown
    records: list[AnswerRecord] = field(default_factory=list)
    value: float | None = None
    unit: str | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    highlight_terms: list[str] = field(default_factory=list)
    # Wording from the optional LLM, citing the records; the deterministic `text` is always kept beside it.
    generated_text: str | None = None
    # The SQL the answer ran over the views (jixiao sql runs it too); None for narrative search.
    sql: str | None = None
    # Forms nearest to a narrative question when none says what it asks: shown, never asserted (not in `records`).
    closest: list[AnswerRecord] = field(default_factory=list)

    def to_json(self) -> dict:
        """The `jixiao ask --json` object."""
        return {
            "question": self.question,
            "interpretation": self.interpretation,
            "answer": self.text,
            "records": [{"project_name": r.project_name, "year": r.year} for r in self.records],
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind,
            "table": {"columns": self.columns, "rows": self.rows} if self.columns else None,
            "suggestions": self.suggestions,
            "generated_answer": self.generated_text,
            "sql": self.sql,
            "closest": [{"project_name": r.project_name, "year": r.year, "evidence": r.detail} for r in self.closest],
        }
