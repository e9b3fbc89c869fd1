"""An empty answer from a mention read off an unquoted phrase (提到要把进京的人…) is read again as a text search, never stated with confidence."""

from __future__ import annotations

import dataclasses
import re

# Particles, question words and verbs of wanting: a literal holding one was cut from a clause, not a term a form prints.
_CLAUSE_MARKS = re.compile(r"[要把将被让给了过着吗呢吧啊么哪谁啥怎几多]|什么|怎么|是否|有没有|\d")
# A term this long that no form prints is more likely the reader's words than a name to look for.
LONG_LITERAL = 6


def quoted(literal: str, question: str) -> bool:
    """Whether the question puts the literal between quotes (写了“未完成”): then an empty answer is what was asked.

    Args:
        literal: a mention read from the question.
        question: the question as asked.

    Returns:
        True when the literal, or the run it was cut from, is quoted.
    """
    for match in re.finditer(r"[“\"「『']([^”\"」』']+)[”\"」』']", question):
        if literal in match.group(1) or match.group(1) in literal:
            return True
    return False


def clause_like(literal: str) -> bool:
    """Whether a mention holds a particle, question word or figure, or is long: words of a clause, not one printed term.

    Args:
        literal: a mention read from the question.

    Returns:
        True when the literal looks cut from the reader's own sentence.
    """
    return bool(_CLAUSE_MARKS.search(literal)) or len(literal) >= LONG_LITERAL or bool(re.search(r"[a-z]{3,}\s+[a-z]{3,}", literal))


def reread(answer, query, store, search):
    """The answer to give when a list or count of the forms mentioning unquoted phrases found none.

    Args:
        answer: the answer the mentions gave.
        query: the rule-based Query that gave it (its `question` is the question read).
        store: the store.
        search: the search backend, or None.

    Returns:
        The answer unchanged when it holds forms, when every mention is quoted or negated, or when every mention is a
        plain term and the text search finds nothing either (a true empty answer); else the text search's answer over
        the same other conditions: the forms whose text says it, or the closest few named as uncertain.
    """
    from assistant.answer_search import _search
    from assistant.rule_helpers import question_for_search

    mentions = query.form_filter.text_contains
    if answer.records or answer.kind == "unknown" or query.intent not in ("list", "count") or not mentions \
            or query.mentions_negated or all(quoted(m, query.question) for m in mentions):
        return answer
    searched = dataclasses.replace(query, intent="search", search_text=question_for_search(query.question, query.lang),
                                   form_filter=dataclasses.replace(query.form_filter, text_contains=[], text_fields=[]),
                                   labels=[label for label in query.labels if not label.startswith(("提到“", "mentions “"))])
    found = _search(searched, store, search)
    if not found.records and not any(clause_like(m) for m in mentions if not quoted(m, query.question)):
        return answer  # 提到消防演练 that no form says, and no sentence says it otherwise: truly none
    read_as = "、".join(f"“{m}”" for m in mentions)
    found.interpretation = (f"no form prints {read_as} as written; read as a text search · " if query.lang == "en"
                            else f"没有表照写{read_as}，按文本检索 · ") + found.interpretation
    if query.intent == "count" and found.records:
        found.value = float(len({r.form_id for r in found.records}))
    return found
