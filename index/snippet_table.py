"""The index's own copy of what it serves: every snippet's form, field, row and text, and each form's name and year."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.snippets import FIELDS


@dataclass
class SnippetTable:
    """Per-snippet arrays indexed by snippet id, the snippets' text, and per-form name, year and content hash.

    A hit is shown from this table alone, so a query never loads forms from the store. Snippets of a
    form are contiguous and forms are in ascending id order, so a form's snippets are found by binary search.

    Attributes:
        form_ids, field_codes, rows: one entry per snippet (row -1 when not an indicator row).
        text_offsets: snippet i's UTF-8 text is ``text_blob[text_offsets[i]:text_offsets[i + 1]]``.
        text_blob: every snippet's text, UTF-8, concatenated (memory-mapped when loaded).
        forms: form id -> (content hash, project name, year).
    """

    form_ids: np.ndarray
    field_codes: np.ndarray
    rows: np.ndarray
    text_offsets: np.ndarray
    text_blob: np.ndarray
    forms: dict[int, tuple[str, str, int | None]]

    @classmethod
    def from_rows(cls, form_ids: list[int], field_codes: list[int], rows: list[int],
                  texts: list[str], forms: dict[int, tuple[str, str, int | None]]) -> "SnippetTable":
        """Build a table from parallel per-snippet lists.

        Args:
            form_ids, field_codes, rows, texts: one entry per snippet, in snippet-id order.
            forms: form id -> (content hash, project name, year).

        Returns:
            The table.
        """
        encoded = [text.encode("utf-8") for text in texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(chunk) for chunk in encoded], out=offsets[1:])
        blob = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        return cls(np.asarray(form_ids, dtype=np.int64), np.asarray(field_codes, dtype=np.int8),
                   np.asarray(rows, dtype=np.int32), offsets, blob, forms)

    def __len__(self) -> int:
        return len(self.form_ids)

    @property
    def form_hashes(self) -> dict[int, str]:
        """Form id -> content hash of every form the table covers."""
        return {form_id: info[0] for form_id, info in self.forms.items()}

    def text(self, snippet_id: int) -> str:
        """The text of one snippet."""
        start, stop = self.text_offsets[snippet_id], self.text_offsets[snippet_id + 1]
        return self.text_blob[start:stop].tobytes().decode("utf-8")

    def field(self, snippet_id: int) -> str:
        """The field name of one snippet (project_name, goal, outcome, indicator, deviation, finding)."""
        return FIELDS[int(self.field_codes[snippet_id])]

    def row(self, snippet_id: int) -> int | None:
        """The indicator row of one snippet, None when it is not an indicator or deviation."""
        row = int(self.rows[snippet_id])
        return None if row < 0 else row

    def slots(self, form_id: int) -> np.ndarray:
        """Snippet ids of one form, in form order (empty when the table does not cover it)."""
        start = int(np.searchsorted(self.form_ids, form_id, side="left"))
        stop = int(np.searchsorted(self.form_ids, form_id, side="right"))
        return np.arange(start, stop)

    def save(self, path: Path) -> None:
        """Write the table into an index directory (snippets.npz, texts.bin, forms.json)."""
        np.savez(path / "snippets.npz", form_ids=self.form_ids, field_codes=self.field_codes, rows=self.rows,
                 text_offsets=self.text_offsets)
        self.text_blob.tofile(path / "texts.bin")
        ids = sorted(self.forms)
        (path / "forms.json").write_text(json.dumps({
            "ids": ids, "hashes": [self.forms[i][0] for i in ids], "names": [self.forms[i][1] for i in ids],
            "years": [self.forms[i][2] for i in ids]}, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "SnippetTable":
        """Read a table written by `save`; the text is memory-mapped, not read."""
        arrays = np.load(path / "snippets.npz")
        blob_path = path / "texts.bin"
        # A plain view of the mapping: slicing it skips np.memmap's per-result bookkeeping.
        blob = (np.asarray(np.memmap(blob_path, dtype=np.uint8, mode="r")) if blob_path.stat().st_size
                else np.zeros(0, dtype=np.uint8))
        data = json.loads((path / "forms.json").read_text(encoding="utf-8"))
        forms = {form_id: (content, name, year)
                 for form_id, content, name, year in zip(data["ids"], data["hashes"], data["names"], data["years"])}
        return cls(arrays["form_ids"], arrays["field_codes"], arrays["rows"], arrays["text_offsets"], blob, forms)
