"""Where a narrative question reads the forms' words: the search index's snippet table, else the store's tables.

The reader asks two things many times per question: which forms say one of some words (to weigh concepts and find
candidates) and what one form's snippets are (to pick its evidence). The snippet table answers both from memory
(a scan of its text for each word), so a question costs a few scans however many concepts it has; the store
answers with one LIKE query per word, which is fine for small stores and is the fallback without an index.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.sqlcompile import literal
from index.snippets import SHORT_OF_TARGET
from store.readonly_sql import run_select

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Every field a form's own text is in (findings are the checker's words, not the form's).
TEXT_FIELDS = ("project_name", "goal", "outcome", "indicator", "deviation")
# index.snippets.falls_short as SQL over the indicators view: an actual below an "=" / "≥" / ">" target, same unit.
_FALLS_SHORT = ("(i.actual_number < i.target_number AND COALESCE(i.target_comparison, '=') IN ('=', '≥', '>') "
                "AND (i.target_unit = i.actual_unit OR i.target_unit IS NULL OR i.actual_unit IS NULL))")


class FormText(NamedTuple):
    """A form's name, year and snippets as (field, text) pairs."""

    form_id: int
    project_name: str
    year: int | None
    snippets: list[tuple[str, str]]


def _word_pattern(word: str, encoded: bool) -> re.Pattern:
    """A word as a search pattern: a figure only as a whole number (8 is not in 18), Latin case-insensitively."""
    text = re.escape(word)
    if _NUMBER.fullmatch(word):
        text = rf"(?<![0-9.]){text}(?![0-9])"
    return re.compile(text.encode("utf-8") if encoded else text, re.IGNORECASE if word.isascii() else 0)


class SnippetSource:
    """The narrative reader's view of the index's snippet table, limited to some forms and fields.

    Args:
        table: an index.snippet_table.SnippetTable.
        form_ids: the forms in scope, or None for all the table covers.
        fields: the text fields in scope, or () for all of TEXT_FIELDS.
    """

    def __init__(self, table, form_ids: list[int] | None = None, fields: tuple[str, ...] = ()):
        import numpy as np

        from index.snippets import FIELD_CODES

        self._np, self._table = np, table
        codes = [FIELD_CODES[name] for name in (fields or TEXT_FIELDS)]
        keep = np.isin(table.field_codes, np.asarray(codes, dtype=table.field_codes.dtype))
        if form_ids is not None:
            keep &= np.isin(table.form_ids, np.asarray(sorted(form_ids), dtype=np.int64))
        self._keep = keep
        self._fields = set(fields or TEXT_FIELDS)
        self.total = len(form_ids) if form_ids is not None else len(table.forms)
        self._said: dict[str, set[int]] = {}

    def forms_saying(self, words) -> set[int]:
        """The forms with a snippet in scope containing one of the words.

        Args:
            words: the words (a figure as a whole number).

        Returns:
            Form ids.
        """
        found: set[int] = set()
        for word in words:
            if word not in self._said:
                self._said[word] = self._scan(word)
            found |= self._said[word]
        return found

    def _scan(self, word: str) -> set[int]:
        np, table = self._np, self._table
        starts = [match.start() for match in _word_pattern(word, True).finditer(table.text_blob)]
        if not starts:
            return set()
        at = np.asarray(starts, dtype=np.int64)
        snippet = np.searchsorted(table.text_offsets, at, side="right") - 1
        inside = at + len(word.encode("utf-8")) <= table.text_offsets[snippet + 1]  # not across two snippets
        snippet = snippet[inside & self._keep[snippet]]
        return {int(form_id) for form_id in np.unique(table.form_ids[snippet])}

    def texts(self, form_ids: list[int]) -> dict[int, FormText]:
        """Each form's name, year and snippets in scope.

        Args:
            form_ids: the forms.

        Returns:
            Form id → FormText, for the forms the table covers.
        """
        found = {}
        for form_id in form_ids:
            info = self._table.forms.get(form_id)
            if info is None:
                continue
            snippets = [(self._table.field(int(i)), self._table.text(int(i))) for i in self._table.slots(form_id)]
            found[form_id] = FormText(form_id, info[1], info[2], [s for s in snippets if s[0] in self._fields])
        return found


class StoreSource:
    """The same view read from the store: one LIKE query per word, forms loaded for their snippets.

    Args:
        store: a store.Store.
        form_ids: the forms in scope, or None for all.
        fields: the text fields in scope, or () for all of TEXT_FIELDS.
    """

    def __init__(self, store, form_ids: list[int] | None = None, fields: tuple[str, ...] = ()):
        self._store, self._form_ids, self._fields = store, form_ids, tuple(fields or TEXT_FIELDS)
        self._scope = "" if form_ids is None else " AND f.form_id IN (" + (
            ", ".join(str(int(i)) for i in form_ids) or "NULL") + ")"
        self.total = run_select(store, f"SELECT COUNT(*) FROM forms AS f WHERE 1 = 1{self._scope}").rows[0][0] or 0
        self._said: dict[str, set[int]] = {}

    def forms_saying(self, words) -> set[int]:
        """The forms whose text in scope contains one of the words (a figure as a whole number, checked per form).

        Args:
            words: the words.

        Returns:
            Form ids.
        """
        found: set[int] = set()
        for word in words:
            if word not in self._said:
                sql = f"SELECT f.form_id FROM forms AS f WHERE ({self._says(word)}){self._scope}"
                ids = [row[0] for row in run_select(self._store, sql).rows]
                if _NUMBER.fullmatch(word):
                    pattern = _word_pattern(word, False)
                    ids = [i for i, text in self.texts(ids).items()
                           if any(pattern.search(t.replace(",", "")) for _f, t in text.snippets)]
                self._said[word] = set(ids)
            found |= self._said[word]
        return found

    def _says(self, word: str) -> str:
        like = literal("%" + word + "%")
        said = [f"f.{name} LIKE {like}" for name in ("project_name", "goal", "outcome") if name in self._fields]
        row = ([f"i.name LIKE {like}", f"i.target LIKE {like}", f"i.actual LIKE {like}"] if "indicator" in self._fields
               else []) + ([f"i.deviation LIKE {like}"] if "deviation" in self._fields else [])
        if "indicator" in self._fields and word in SHORT_OF_TARGET:
            row.append(_FALLS_SHORT)  # the row's snippet says it (index.snippets.falls_short): same test in SQL
        if row:
            said.append(f"EXISTS (SELECT 1 FROM indicators AS i WHERE i.form_id = f.form_id AND ({' OR '.join(row)}))")
        return " OR ".join(said)

    def texts(self, form_ids: list[int]) -> dict[int, FormText]:
        """Each form's name, year and snippets in scope.

        Args:
            form_ids: the forms.

        Returns:
            Form id → FormText, for the forms the store holds.
        """
        from index.snippets import form_snippets
        from store import query as store_query

        forms = store_query.forms_by_id(self._store, list(form_ids))
        return {form_id: FormText(form_id, form.project_name, form.year,
                                  [(s.field, s.text) for s in form_snippets(form) if s.field in self._fields])
                for form_id, form in forms.items()}


def source(store, search, form_ids: list[int] | None = None, fields: tuple[str, ...] = ()):
    """The snippet table of the search backend when it keeps one, else the store.

    Args:
        store: a store.Store.
        search: the search backend, or None.
        form_ids: the forms in scope, or None for all.
        fields: the text fields in scope, or () for all.

    Returns:
        A SnippetSource or a StoreSource.
    """
    getter = getattr(search, "snippet_table", None)
    table = getter() if callable(getter) else None
    return SnippetSource(table, form_ids, fields) if table is not None else StoreSource(store, form_ids, fields)
