"""How much a budget changed, asked with no field named (安保经费年中被砍了多少, 社工追加了多少): the change of the
full-year budget against the initial budget, as the lexicon's change predicates read it."""

from __future__ import annotations

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
