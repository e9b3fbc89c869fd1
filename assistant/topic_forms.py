"""A topic names the forms whose name, tag or unit carry it (the 信访 forms, the police-station projects), name hits first."""

from __future__ import annotations

import re

# "police station related projects", 跟派出所有关的项目: when several forms carry the topic in their name or unit, those
# forms (not the forms whose text mentions it in passing: 协助派出所…); otherwise they lead the forms the text names.
_RELATED = re.compile(r"\brelated\b|相关|有关", re.IGNORECASE)


def asks_topic(question: str) -> bool:
    """Whether a question asks for the forms about a thing (跟视频监控有关的项目, projects dealing with petitions).

    Args:
        question: as typed.

    Returns:
        True when a topic cue of assistant/data/evidence_cues.tsv, or "related", is said.
    """
    from assistant.evidence_cues import uses_cue

    return bool(_RELATED.search(question)) or uses_cue(question, "topic")


def _carriers(store, concepts: list) -> tuple[list[tuple], list[tuple]]:
    """The forms whose name, and those whose unit, department or tag (not name) say every concept of the topic:
    each as (id, name, year, where, words)."""
    from store.readonly_sql import run_select

    rows = run_select(store, "SELECT form_id, project_name, year, office_tag, implementing_unit, unit, department FROM forms ORDER BY form_id").rows
    must = [c for c in concepts if not c.optional]
    either = [c for c in concepts if c.optional]

    def says(text: str) -> bool:
        holds = lambda concept: any(word and word in text for word in concept.alternatives)
        return bool(must or either) and all(holds(c) for c in must) and (not either or any(holds(c) for c in either))

    named, units = [], []
    for form_id, name, year, *where in rows:
        if says(name or ""):
            named.append((form_id, name, year, "project_name", name))
        elif says(" ".join(part or "" for part in where)):
            units.append((form_id, name, year, "implementing_unit", " / ".join(dict.fromkeys(p for p in where if p))))
    return named, units


def ranked(question: str, wanted: list, chosen: list, store, scope_ids: list[int] | None) -> list:
    """The forms a topic names: those whose name carries it, then those whose unit or tag does, then the rest of the
    forms whose text says it; only the first two when the question asks what is related and two or more carry it.

    Args:
        question: as typed.
        wanted: the question's concepts (assistant.evidence_set.Concept), the topic's words with the forms' words for it.
        chosen: the forms the text search chose (assistant.evidence_set.Support), best first.
        store: a store.Store.
        scope_ids: the forms the other conditions allow, or None for all.

    Returns:
        The supports, ranked; `chosen` when the question asks no topic or no form's name or unit carries it.
    """
    from assistant.evidence_set import Support

    # the topic's words some form says (a gloss no form says, retention money beside its 质保金, is no part of it)
    concepts = [c for c in wanted if c.alternatives and c.forms != 0 and not any(ch.isdigit() for ch in c.label)]
    if not concepts or not asks_topic(question):
        return chosen
    named, units = _carriers(store, concepts)
    allowed = set(scope_ids) if scope_ids is not None else None
    carried = [row for row in named + units if allowed is None or row[0] in allowed]
    if not carried:
        return chosen
    found = {support.form_id: support for support in chosen}
    lead = [found.get(form_id) or Support(form_id, name, year, where, words, 1.0, in_name=1.0 if where == "project_name" else 0.0)
            for form_id, name, year, where, words in carried]
    from assistant.evidence_cues import uses_cue

    if (_RELATED.search(question) or uses_cue(question, "subject")) and len(lead) >= 2:
        return lead
    ids = {support.form_id for support in lead}
    return lead + [support for support in chosen if support.form_id not in ids]
