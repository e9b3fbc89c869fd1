"""Optional back ends of the app (search service, conversation), imported lazily and guarded."""

from __future__ import annotations

import importlib.util
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


def substring_search(store: Store, query: str, limit: int = 100) -> list[Hit]:
    """Search narratives by substring through store.query, for when no search service is available.

    Args:
        store: the store.
        query: words separated by spaces; a form matching any of them is returned.
        limit: at most this many hits.

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
