"""A share of a whole said before its part (more than a quarter of the final budget left unspent, 超过四分之一的全年预算
没有花掉): the part moved before the share, so the part's share of the whole is what is compared."""

from __future__ import annotations

from dataclasses import replace

# The wholes a share of money is taken of, and what may stand between the share and its whole (of, their).
_WHOLES = ("annual_budget", "initial_budget")
_BETWEEN = {("op", "="), ("follow", "follow")}


def part_first(tokens: list) -> list:
    """The tokens with the part said after "op share of whole" moved before the comparison (unspent > a quarter of the
    budget); a negated spending after the whole (全年预算没有花掉) is the unspent balance.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, the first such part moved; unchanged when none is said.
    """
    for k, token in enumerate(tokens):
        if token.kind != "op" or token.key == "=" or k + 1 >= len(tokens):
            continue
        share = tokens[k + 1]
        if share.kind != "number" or share.unit != "percent":
            continue
        whole = k + 2
        while whole < len(tokens) and (tokens[whole].kind, tokens[whole].key) in _BETWEEN:
            whole += 1
        if whole >= len(tokens) or tokens[whole].kind != "field" or tokens[whole].key not in _WHOLES:
            continue
        after = tokens[whole + 1:whole + 3]
        if after and after[0].kind == "field" and after[0].key == "unspent":
            part, end = after[0], whole + 2
        elif len(after) == 2 and after[0].kind == "not" and (after[1].kind, after[1].key) == ("field", "executed"):
            part = replace(after[1], key="unspent", start=after[0].start, text=after[0].text + after[1].text)
            end = whole + 3  # 没有花掉, not spent: what is left unspent
        else:
            continue
        return tokens[:k] + [part] + tokens[k:whole + 1] + tokens[end:]
    return tokens
