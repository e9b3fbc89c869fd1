"""Optional back ends of the app (search service, conversation), imported lazily and guarded."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable
from typing import Any

from index.hits import Hit
from store.database import Store
from store.query import FormFilter, list_forms

SearchServiceFactory = Callable[[Store], Any]
ConversationFactory = Callable[[Store, Any], Any]

# Attribute names a SearchService may use to say its dense model is loaded.
_READY_ATTRIBUTES = ("dense_ready", "model_ready", "is_dense_ready", "semantic_ready", "ready")


def module_available(name: str) -> bool:
    """Whether a module can be imported, without importing it (so nothing heavy loads)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def default_search_service_factory() -> SearchServiceFactory | None:
    """A factory for index.service.SearchService, or None while that module does not exist."""
    if not module_available("index.service"):
        return None

    def build(store: Store):
        from index.service import SearchService

        return SearchService(store)

    return build


def default_conversation_factory() -> ConversationFactory | None:
    """A factory for assistant.conversation.Conversation, or None while that module does not exist."""
    if not module_available("assistant.conversation"):
        return None

    def build(store: Store, search):
        from assistant.conversation import Conversation

        return Conversation(store, search=search)

    return build


def dense_ready(service: Any) -> bool:
    """Whether a search service reports its dense model as loaded.

    Args:
        service: a SearchService or None.

    Returns:
        True once semantic search can run.
    """
    if service is None:
        return False
    for name in _READY_ATTRIBUTES:
        value = getattr(service, name, None)
        if isinstance(value, bool):
            return value
    return False


def _snippet(text: str, term: str, width: int = 60) -> str:
    at = text.lower().find(term.lower())
    start = max(0, at - width // 3)
    return ("…" if start else "") + text[start:start + width] + ("…" if start + width < len(text) else "")


def substring_search(store: Store, query: str, limit: int | None = 100) -> list[Hit]:
    """Search narratives by substring through store.query, for when no search service is available.

    Args:
        store: the store.
        query: words separated by spaces; a form matching any of them is returned.
        limit: at most this many hits; None for all.

    Returns:
        Hits in ingest order, each with the first field that matched as its snippet.
    """
    terms = [term for term in query.split() if term]
    if not terms:
        return []
    hits = []
    for form in list_forms(store, FormFilter(text_contains=terms), limit=limit):
        fields = [("project_name", form.project_name, None), ("goal", form.goal or "", None),
                  ("outcome", form.outcome or "", None)]
        for row in form.indicators:
            fields += [("indicator", f"{row.name} {row.target} {row.actual}", row.position),
                       ("deviation", row.deviation or "", row.position)]
        field_name, text, row_position = next(
            ((name, value, row) for name, value, row in fields if any(t.lower() in value.lower() for t in terms)),
            ("project_name", form.project_name, None))
        matched = [term for term in terms if term.lower() in text.lower()]
        hits.append(Hit(form_id=form.id, project_name=form.project_name, year=form.year, field=field_name,
                        snippet=_snippet(text, matched[0] if matched else terms[0]), score=float(len(matched)),
                        row=row_position, retrievers=["substring"], matched_terms=matched or terms))
    return hits


def filtered_substring_search(store: Store, query: str, k: int, form_filter: FormFilter | None) -> list[Hit]:
    """substring_search restricted to the forms a filter allows.

    Args:
        store: the store.
        query: the words.
        k: at most this many hits.
        form_filter: conditions the forms must meet, or None.

    Returns:
        Hits.
    """
    hits = substring_search(store, query, limit=None if form_filter else k)
    if form_filter is not None and not form_filter.is_empty():
        allowed = {form.id for form in list_forms(store, form_filter)}
        hits = [hit for hit in hits if hit.form_id in allowed]
    return hits[:k]


class AppSearch:
    """The search the conversation uses inside the app: the app's search service once it is ready, else the store.

    The service arrives (and loads its model) in a worker after the app starts; the conversation is made
    before that, so it gets this stand-in, which always asks whatever is best at the moment.

    Args:
        store: the store.
        current_service: returns the app's search service, or None while there is none.
        patience: seconds to wait for a busy service before answering from the store.
    """

    def __init__(self, store: Store, current_service: Callable[[], Any], patience: float = 2.0) -> None:
        self.store = store
        self.current_service = current_service
        self.patience = patience

    def search(self, query: str, k: int = 10, mode: str = "hybrid", form_filter: FormFilter | None = None,
               fields=None) -> list[Hit]:
        """Search like SearchService.search, never waiting long for a model that is still loading."""
        service = self.current_service()
        if service is None:
            return filtered_substring_search(self.store, query, k, form_filter)
        if mode != "lexical" and not dense_ready(service):
            mode = "lexical"
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["hits"] = service.search(query, k=k, mode=mode, form_filter=form_filter, fields=fields)
            except Exception as error:  # handed to the caller below
                outcome["error"] = error

        helper = threading.Thread(target=run, name="jixiao-ask-search", daemon=True)
        helper.start()
        helper.join(self.patience)
        if helper.is_alive():
            return filtered_substring_search(self.store, query, k, form_filter)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["hits"]
