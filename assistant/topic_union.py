"""A topic question's whole set: every form about any topic it lists (信访、维稳这一块; new sites or their utility bills)."""

from __future__ import annotations

import re
from functools import lru_cache

# A form is about a topic when its name, unit, rows or text say every word of that topic; a word most forms say
# (工作, 项目, information) is no topic of its own.
COMMON_SHARE = 0.5


@lru_cache(maxsize=1)
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The whole-set cues and joiners of assistant/data/topic_union.tsv, compiled."""
    from assistant.data_files import role_patterns

    return {key: re.compile(pattern, re.IGNORECASE) for key, pattern in role_patterns("topic_union.tsv", ("whole", "joiner")).items()}


def asks_set(question: str, lang: str) -> bool:
    """Whether a question asks for every form about a topic (这一块的项目都调出来, pull up everything on petitions).

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        True when a whole-set cue of assistant/data/topic_union.tsv is said.
    """
    pattern = _patterns().get((lang, "whole"))
    return bool(pattern and pattern.search(question))


def segments(question: str, lang: str) -> list[str]:
    """The question cut at the joiners of a list of topics (、, 或者, or, and, a slash, a bracket).

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        The pieces, lower-cased, empty ones dropped.
    """
    pattern = _patterns().get((lang, "joiner"))
    pieces = pattern.split(question) if pattern else [question]
    return [piece.strip().lower() for piece in pieces if piece and piece.strip()]


def topics(question: str, lang: str, wanted: list, total: int) -> list[list]:
    """The question's topics: the distinctive concepts said in each piece of its list, one group a piece.

    Args:
        question: as typed.
        lang: "zh" or "en".
        wanted: the question's concepts (assistant.evidence_set.Concept).
        total: how many forms the store holds.

    Returns:
        The groups, each a topic a form must say whole; concepts said in no piece are left out.
    """
    concepts = [c for c in wanted if c.alternatives and c.forms != 0 and not any(ch.isdigit() for ch in c.label)
                and not (total and c.forms > COMMON_SHARE * total)]
    groups: list[list] = []
    for piece in segments(question, lang):
        group = [c for c in concepts if c.label.lower() in piece]
        if group and group not in groups:
            groups.append(group)
    # a piece whose words are all inside another piece's is that topic said again (a bracketed gloss says the rest)
    return [g for g in groups if not any(o is not g and set(map(id, g)) < set(map(id, o)) for o in groups)]


def _units(store) -> dict[int, str]:
    """Each form's implementing unit, department and tag, one text."""
    from store.readonly_sql import run_select

    rows = run_select(store, "SELECT form_id, office_tag, implementing_unit, unit, department FROM forms").rows
    return {row[0]: " ".join(part or "" for part in row[1:]) for row in rows}


def gathered(question: str, lang: str, wanted: list, chosen: list, store, scope_ids: list[int] | None, source) -> list:
    """The forms about any topic a whole-set question lists, those the search chose first.

    Args:
        question: as typed.
        lang: "zh" or "en".
        wanted: the question's concepts (assistant.evidence_set.Concept).
        chosen: the forms the text search chose (assistant.evidence_set.Support), best first.
        store: a store.Store.
        scope_ids: the forms the other conditions allow, or None for all.
        source: the text source of the search (assistant.text_source), giving each form's snippets.

    Returns:
        The supports; `chosen` when the question asks no whole set or no form is about its topics.
    """
    from assistant.evidence_set import Support, holds

    if not asks_set(question, lang):
        return chosen
    units = _units(store)
    ids = sorted(units) if scope_ids is None else list(scope_ids)
    groups = topics(question, lang, wanted, len(units))
    if not groups:
        return chosen
    texts = source.texts(ids)
    found = {support.form_id: support for support in chosen}
    kept = []
    for form_id in ids:
        form = texts.get(form_id)
        if form is None:
            continue
        pieces = [("project_name", form.project_name), ("implementing_unit", units.get(form_id, ""))] + list(form.snippets)
        whole = " ".join(text for _, text in pieces)
        group = next((g for g in groups if all(holds(whole, c) for c in g)), None)
        if group is None:
            continue
        if form_id in found:
            kept.append(found[form_id])
            continue
        field, sentence = next(((f, t) for f, t in pieces if any(holds(t, c) for c in group)), pieces[0])
        kept.append(Support(form_id, form.project_name, form.year, field, sentence, 1.0, whole=1.0,
                            in_name=1.0 if field == "project_name" else 0.0))
    if not kept:
        return chosen
    order = {support.form_id: i for i, support in enumerate(chosen)}
    return sorted(kept, key=lambda support: order.get(support.form_id, len(order)))
