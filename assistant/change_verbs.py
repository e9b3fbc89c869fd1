"""A change verb standing alone (not cut, 既没被砍也没追加, neither raised nor trimmed): the budget's change in the year."""

from __future__ import annotations

import dataclasses

# What a lone change verb compares: the full-year budget against the budget at the start of the year.
_CHANGE = {"<": "annual_budget < initial_budget", ">": "annual_budget > initial_budget", "=": "annual_budget = initial_budget",
           "!=": "annual_budget != initial_budget"}
# Tokens next to which the verb changes something else: a field it qualifies, a figure or comparison it opens.
_BOUND = ("field", "weak_field", "number", "op", "op_after", "by_how_much", "how_much")


def lone_changes(tokens: list, verbs: dict[str, str]) -> list:
    """Change verbs with no field, figure or comparison beside them read as the predicate of a budget change.

    Args:
        tokens: the question's tokens, stop words out.
        verbs: change-verb phrase → "<" or ">" (lexicon kind change_verb).

    Returns:
        The tokens, each lone change verb a predicate token.
    """
    out = []
    for k, token in enumerate(tokens):
        back = k - 1
        while back >= 0 and tokens[back].kind == "not":
            back -= 1  # 预算没有被追加: the field before the negation is what changed
        before = tokens[back] if back >= 0 else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        # Chinese says a change happened with 被 or 了, or denies it (没追加); a bare 追加 may ask for something else
        said = token.text.isascii() or "被" in token.text or token.text.endswith("了") or (k and tokens[k - 1].kind == "not") \
            or token.key in ("=", "!=")  \
            or (after is not None and after.kind in ("superlative", "ordinal")) \
            or (after is not None and after.kind == "noun" and after.key == "form")  # 未调整; 追加最多: ranked; 调增的项目
        if token.kind == "compare_cue" and token.text in verbs and token.key in ("<", ">") and (before is None or before.kind not in _BOUND) \
                and after is not None and (after.kind == "number" and after.unit in ("amount", "percent") or after.kind == "op"
                                           and k + 2 < len(tokens) and tokens[k + 2].kind == "number"
                                           and tokens[k + 2].unit in ("amount", "percent")):
            out.append(dataclasses.replace(token, kind="field", key="annual_budget", end=token.start, text=""))  # 被砍掉超过5万: the budget's change
        elif token.kind == "compare_cue" and token.text in verbs and verbs[token.text] == token.key and said \
                and (before is None or before.kind not in _BOUND) and (after is None or after.kind not in _BOUND):
            token = dataclasses.replace(token, kind="predicate", key=_CHANGE[token.key])
        out.append(token)
    return out
