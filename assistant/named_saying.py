"""What a form named before 那张表 says (初心微史馆那张表说质保金按多少比例付): a text search of that form alone, not of every form its words name."""

from __future__ import annotations

import re

# <name>那张表（里）说/写/提到<clause>: the name picks the form, the clause is what its text is asked to say.
_ZH = re.compile(r"^(?P<name>[^，,。？?：:]{2,20}?)的?(?:那张表|这张表|那份表|这份表|那个项目|这个项目)(?:里面|里|中)?[，,]?\s*"
                 r"(?:说|写|提到|讲|提)(?:了|的|到|着)?(?P<clause>[^，,。？?].+)$")
# How many forms a name may pick and still be the form pointed at (two retention payments of one office are not one).
MAX_NAMED = 1


def named_clause(question: str, lang: str) -> tuple[str, str] | None:
    """The name part and the clause of a question asking what one named form says.

    Args:
        question: as typed.
        lang: "zh" or "en".

    Returns:
        (name, clause), or None when the question is not so shaped.
    """
    if lang != "zh":
        return None
    match = _ZH.match(question.strip())
    return (match.group("name"), match.group("clause")) if match else None


def limited(question: str, lang: str, interpret, store):
    """The rule-based reading of the question as a text search over the one form its name part picks.

    Args:
        question: as typed.
        lang: "zh" or "en".
        interpret: reads a question into a rule-based Query (the conversation's interpreter).
        store: the store.

    Returns:
        The Query (intent "search" over that form's id, searching the clause), or None when the question names no
        single form before 那张表.
    """
    from store import query as store_query
    from store.query import FormFilter

    found = named_clause(question, lang)
    if found is None:
        return None
    name, clause = found
    named = interpret(name)
    if not (named.form_filter.name_contains or named.form_filter.project_keys or named.form_filter.form_ids):
        return None
    ids = sorted(store_query.matching_form_ids(store, named.form_filter))
    if not 0 < len(ids) <= MAX_NAMED:
        return None
    query = interpret(question)
    query.intent, query.search_text = "search", clause
    query.form_filter = FormFilter(form_ids=ids)
    query.labels = [label for label in named.labels] + [("检索：" if lang == "zh" else "search: ") + clause]
    return query
