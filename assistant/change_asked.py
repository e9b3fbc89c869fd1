"""How much a budget changed, asked with no field named (安保经费年中被砍了多少, 社工追加了多少): the change of the
full-year budget against the initial budget, as the lexicon's change predicates read it."""

from __future__ import annotations

import re
from functools import cache

from assistant.data_files import role_words
from assistant.recognise import Token

# by_how_much direction → the change predicate it asks the size of.
_CHANGE = {">": "annual_budget > initial_budget", "<": "annual_budget < initial_budget"}


def change_asked(tokens: list[Token]) -> list[Token]:
    """A by-how-much word (调减了多少, 被砍了多少) in a question naming no field nor measure: the budget's change, read
    as the change predicate followed by 多少 (which asks its size); with fields named (全年预算比年初预算少多少) the
    tokens are left as they are.

    Args:
        tokens: the question's tokens.

    Returns:
        The tokens, such a word split into the predicate and 多少.
    """
    if any(t.kind in ("field", "weak_field", "predicate") for t in tokens):
        return tokens
    out = []
    for token in tokens:
        if token.kind == "by_how_much" and token.key in _CHANGE and token.text.endswith("多少"):
            middle = token.end - 2
            out += [Token("predicate", _CHANGE[token.key], token.start, middle, token.text[:-2]),
                    Token("aggregate", "count", middle, token.end, "多少")]
        else:
            out.append(token)
    return out


# A budget change said by a predicate (budget grew, budgets cut) and the fields it is measured between.
_CHANGES = ("annual_budget > initial_budget", "annual_budget < initial_budget")
_ENDS = ("annual_budget", "initial_budget", "budget_change")
# A change predicate said with its budget (budget grew, 预算追加), which a total right before it is said of.
_BUDGET_SAID = re.compile(r"(?:budgets?|allocations?|appropriations?|funding|预算)", re.IGNORECASE)
# What asks the size of a change (by how much, how much, in total).
_SIZE = ("by_how_much", "how_much", "aggregate")


def whole_change(tokens: list[Token], text: str, whole: list[str]) -> list[Token]:
    """By how much did the total budget grow, summed over all forms? / how much did budgets increase across every
    project: the size of a budget change asked of the whole set (a word for every form, or a total said of the budget
    that changed) is the net change over every form, never the change of the forms that changed that way only.

    Args:
        tokens: the question's tokens.
        text: the question, normalised.
        whole: the lexicon's words for every form (all forms, every project, 所有项目).

    Returns:
        The tokens, such a change read as the total of the budget change (full-year − initial) over the forms.
    """
    changes = [k for k, t in enumerate(tokens) if (t.kind == "predicate" and t.key in _CHANGES) or (t.kind == "field" and t.key == "budget_change")]
    if len(changes) != 1 or not any(t.kind in _SIZE and (t.kind != "aggregate" or t.key == "sum") for t in tokens):
        return tokens
    at = changes[0]
    if _said_as_event(tokens[at].text, text):
        return tokens
    said_total = at > 0 and tokens[at - 1].kind == "aggregate" and tokens[at - 1].key == "sum" \
        and tokens[at].start - tokens[at - 1].end <= 1 and _BUDGET_SAID.match(tokens[at].text)  # the aggregate budget grew
    if not said_total and not any(re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text.lower()) for word in whole):
        return tokens
    first = min(k for k, t in enumerate(tokens) if t.kind in _SIZE and (t.kind != "aggregate" or t.key == "sum"))
    change = Token("field", "budget_change", tokens[at].start, tokens[at].end, tokens[at].text)
    out = [Token("aggregate", "sum", tokens[first].start, tokens[first].end, tokens[first].text)]
    for k, token in enumerate(tokens):
        if k == at:
            out.append(change)
        elif token.kind in _SIZE or (token.kind == "field" and token.key in _ENDS) or token.kind in ("swap", "compare_cue"):
            continue  # the size words are the sum; the change's two ends (from the opening to the final budget) are in it
        else:
            out.append(token)
    return out


@cache
def _event_patterns() -> dict[str, re.Pattern]:
    """The words of assistant/data/change_events.tsv by role, both languages in one pattern (English as whole words)."""
    words = role_words("change_events.tsv", ("event", "net"))
    out = {}
    for role in ("event", "net"):
        english = "|".join(re.escape(w) for w in words.get(("en", role), []))
        chinese = "|".join(re.escape(w) for w in words.get(("zh", role), []))
        out[role] = re.compile(rf"(?<![a-z])(?:{english})(?![a-z])|{chinese}", re.IGNORECASE)
    return out


def _said_as_event(change: str, text: str) -> bool:
    """Whether a budget change is said as the event of the forms it happened to (total top-ups across all forms, 所有项目
    被调减的预算加起来), so that its sum is over the forms changed that way; never when the question says net.

    Args:
        change: the words of the change token.
        text: the question, normalised.

    Returns:
        True when the change's words name a top-up or a cut and the question says no net change.
    """
    patterns = _event_patterns()
    return bool(patterns["event"].search(change)) and not patterns["net"].search(text)
