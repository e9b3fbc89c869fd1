"""The search interface the assistant and the app program against, and the two fallbacks they share."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from index.hits import Hit
from store.database import Store

if TYPE_CHECKING:
    from store.query import FormFilter

MODES = ("hybrid", "lexical", "dense")


@runtime_checkable
class SearchBackend(Protocol):
    """What answers a narrative search: `index.service.SearchService`, or a test double with the same shape."""

    @property
    def dense_ready(self) -> bool:
        """Whether semantic search can run now without loading anything."""

    def search(self, query: str, k: int = 10, mode: str = "hybrid", form_filter: FormFilter | None = None,
               fields: Sequence[str] | None = None) -> list[Hit]:
        """Hits for a query, best first, one per form."""


def keyword_terms(query: str) -> list[str]:
    """The terms a keyword search looks for: the query's space-separated words and its jieba words of two or more characters.

    Args:
        query: Chinese or English text.

    Returns:
        Distinct terms, in query order.
    """
    from index.tokenize import tokenize

    words = [word for word in query.split() if word]
    return list(dict.fromkeys(words + [token for token in tokenize(query) if len(token) >= 2]))


def _excerpt(text: str, term: str, width: int = 60) -> str:
    at = max(0, text.lower().find(term.lower()))
    start = max(0, at - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def keyword_search(store: Store, query: str, k: int | None = 10, form_filter: FormFilter | None = None) -> list[Hit]:
    """Search without an index: forms whose text contains the query's terms, most terms first.

    The one fallback for when no search index is available or it is busy.

    Args:
        store: the store.
        query: Chinese or English text.
        k: at most this many hits; None for all.
        form_filter: conditions the forms must also meet.

    Returns:
        Hits, most matched terms first then in store order, each with the first field that matched as its snippet.
    """
    from store.query import FormFilter, list_forms

    terms = keyword_terms(query)
    if not terms:
        return []
    combined = dataclasses.replace(form_filter or FormFilter(), text_contains=terms)
    hits = []
    for form in list_forms(store, combined):
        fields = [("project_name", form.project_name, None), ("goal", form.goal or "", None),
                  ("outcome", form.outcome or "", None)]
        for row in form.indicators:
            fields += [("indicator", f"{row.name} {row.target} {row.actual}", row.position),
                       ("deviation", row.deviation or "", row.position)]
        matched = [term for term in terms if any(term.lower() in text.lower() for _, text, _ in fields)]
        field_name, text, row_position = next(
            ((name, value, row) for name, value, row in fields if any(t.lower() in value.lower() for t in matched)),
            fields[0])
        hits.append(Hit(form_id=form.id, project_name=form.project_name, year=form.year, field=field_name,
                        snippet=_excerpt(text, matched[0] if matched else terms[0]), score=float(len(matched)),
                        row=row_position, retrievers=["keyword"], matched_terms=matched or terms))
    hits.sort(key=lambda hit: -hit.score)  # stable: store order within a score
    return hits if k is None else hits[:k]


class DeferredSearch:
    """A search backend made on its first search, so a question that needs none never loads the index or NumPy.

    Args:
        make: builds the real backend (e.g. an `index.service.SearchService`).
    """

    def __init__(self, make: Callable[[], SearchBackend]) -> None:
        self._make = make
        self._backend: SearchBackend | None = None

    @property
    def dense_ready(self) -> bool:
        return self._backend is not None and self._backend.dense_ready

    def search(self, query: str, k: int = 10, mode: str = "hybrid", form_filter: FormFilter | None = None,
               fields: Sequence[str] | None = None) -> list[Hit]:
        """Search with the backend, making it first if this is the first search.

        Args:
            query: Chinese or English text.
            k: how many forms.
            mode: hybrid, lexical or dense.
            form_filter: conditions the forms must meet.
            fields: search only these snippet fields.

        Returns:
            The backend's hits.
        """
        if self._backend is None:
            self._backend = self._make()
        return self._backend.search(query, k=k, mode=mode, form_filter=form_filter, fields=fields)

    def snippet_table(self):
        """The backend's snippet table (`index.service.SearchService.snippet_table`), or None when it keeps none."""
        if self._backend is None:
            self._backend = self._make()
        table = getattr(self._backend, "snippet_table", None)
        return table() if callable(table) else None


class PatientSearch:
    """A search backend that never keeps its caller waiting: a busy or missing backend is answered by keyword search.

    The app and the assistant inside it share one; the real backend arrives (and loads its model) later.

    Args:
        store: the store, for the keyword fallback.
        patience: seconds to wait for a busy backend.
        backend: the backend to ask first, or None until one is attached.
    """

    def __init__(self, store: Store, patience: float = 2.0, backend: SearchBackend | None = None) -> None:
        self.store = store
        self.patience = patience
        self.backend = backend

    @property
    def dense_ready(self) -> bool:
        return self.backend is not None and self.backend.dense_ready

    def search(self, query: str, k: int = 10, mode: str = "hybrid", form_filter: FormFilter | None = None,
               fields: Sequence[str] | None = None) -> list[Hit]:
        """Search like the backend, in lexical mode while its model loads; keyword hits if it is missing or busy.

        Args:
            query: Chinese or English text.
            k: how many forms.
            mode: hybrid, lexical or dense (dense and hybrid fall back to lexical until the model is ready).
            form_filter: conditions the forms must meet.
            fields: search only these snippet fields.

        Returns:
            Hits, best first; their `retrievers` say which search produced them.
        """
        backend = self.backend
        if backend is None:
            return keyword_search(self.store, query, k, form_filter)
        if mode != "lexical" and not backend.dense_ready:
            mode = "lexical"
        outcome: dict[str, object] = {}

        def run() -> None:
            try:
                outcome["hits"] = backend.search(query, k=k, mode=mode, form_filter=form_filter, fields=fields)
            except Exception as error:  # re-raised in the caller's thread below
                outcome["error"] = error

        helper = threading.Thread(target=run, name="jixiao-search", daemon=True)
        helper.start()
        helper.join(self.patience)
        if helper.is_alive():
            return keyword_search(self.store, query, k, form_filter)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["hits"]
