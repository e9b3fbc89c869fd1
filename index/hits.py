"""What a search returns: hits that point back to a form, a field and, for indicators, the row."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Snippet:
    """One indexed piece of text: a sentence of a narrative field or one indicator row."""

    snippet_id: int
    form_id: int
    field: str  # project_name | goal | outcome | indicator | deviation
    text: str
    row: int | None = None  # indicator position for indicator and deviation snippets


@dataclass
class Hit:
    """A form found by search, scored by its best snippet, with the retrievers that found it."""

    form_id: int
    project_name: str
    year: int | None
    field: str
    snippet: str
    score: float
    row: int | None = None
    retrievers: list[str] = field(default_factory=list)
    matched_terms: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"project_name": self.project_name, "year": self.year, "field": self.field,
                "snippet": self.snippet, "score": round(self.score, 6), "row": self.row,
                "retrievers": self.retrievers, "form_id": self.form_id}
