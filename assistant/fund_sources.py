"""Funding sources (当年财政拨款, 上年结转, 其他资金): the amount named next to a source is that source's own figure."""

from __future__ import annotations

import dataclasses
import re

from assistant.recognise import Token

# A form's amount → the same amount of one source's fund line (the views' <source>_budget / <source>_executed).
_SOURCE_COLUMN = {"annual_budget": "budget", "executed": "executed"}
# Tokens that may stand between a source and its amount (的, "of the"): stop words are out already.
_REACH = 2


def _amount(token: Token) -> str | None:
    """The form amount a field or predicate token speaks of (executed > 0 → executed), when one a source can own."""
    if token.kind in ("field", "weak_field"):
        return token.key if token.key in _SOURCE_COLUMN else None
    if token.kind == "predicate":
        named = [word for word in re.findall(r"[a-z_.]+", token.key) if word in _SOURCE_COLUMN]
        return named[0] if len(named) == 1 else None  # annual_budget > initial_budget is no one source's
    return None


def read_sources(tokens: list[Token]) -> list[Token]:
    """SOURCE [..] AMOUNT or AMOUNT [..] SOURCE → the amount of that source (财政拨款执行数 → fiscal_executed, spent
    anything from carry-over funds → carryover_executed > 0); a source with no amount beside it is its full-year
    budget (其他资金有钱的 → other_budget). An amount no source owns (年初预算) leaves the source token to be named as
    ignored, never read as the form's total.

    Args:
        tokens: the question's tokens.

    Returns:
        The tokens with each source folded into its amount.
    """
    out: list = list(tokens)
    shared: dict = {}  # a source's amount, shared with a source coordinated with it (spending from carry-over or other funds)
    for k, token in enumerate(tokens):
        if token.kind != "fund_source" or token.key == "all":
            continue  # the sources together (资金来源) outside a sum of parts: no one source's figure
        near = [j for j in range(k + 1, min(len(out), k + 1 + _REACH))] + [j for j in range(k - 1, max(-1, k - 1 - _REACH), -1)]
        owned = next((j for j in near if out[j] is not None and _amount(out[j]) is not None), None)
        sibling = next((j for j in near if j in shared), None)
        if owned is None and sibling is not None and shared[sibling][0].kind in ("field", "weak_field"):
            amount = shared[sibling][1]
            out[k] = dataclasses.replace(shared[sibling][0], key=f"{token.key}_{_SOURCE_COLUMN[amount]}", text=token.text)
            continue
        if owned is not None:
            shared[k] = (out[owned], _amount(out[owned]))
            amount = _amount(out[owned])
            column = f"{token.key}_{_SOURCE_COLUMN[amount]}"
            key = column if out[owned].kind != "predicate" else re.sub(rf"\b{amount}\b", column, out[owned].key)
            out[owned] = dataclasses.replace(out[owned], key=key)
            out[k] = None  # folded into the amount it owns
        elif not any(t.kind == "field" and t.key == "initial_budget" for t in out[max(0, k - _REACH):k + 1 + _REACH] if t is not None):
            out[k] = dataclasses.replace(token, kind="field", key=f"{token.key}_budget")
    return _held(tokens, [t for t in out if t is not None])


# Tokens that measure an amount (a figure, a comparison, a statistic, an order): a source's amount beside them is measured.
_MEASURING = ("op", "op_after", "number", "how_much", "by_how_much", "superlative", "sort", "fraction", "multiple",
              "ratio", "difference", "compare_cue", "full", "direction", "limit", "first_one", "ordinal", "nonzero")


def _held(said: list[Token], tokens: list[Token]) -> list[Token]:
    """A source's amount that nothing measures (用了其他资金的表, forms that drew on carry-over money: no figure, no
    statistic of it) is the forms holding some of it: that amount above zero, never a field no condition uses (which
    would count every form)."""
    if not any(t.kind == "fund_source" and t.key != "all" for t in said) \
            or any((t.kind in _MEASURING and not _bare_of(t, tokens)) or t.kind == "project"
                   or (t.kind == "aggregate" and t.key != "count") for t in tokens):  # a named form's amount (社工点经费的财政拨款执行数是多少) is looked up
        return tokens
    sources = tuple(f"{source}_" for source in ("fiscal", "carryover", "other"))
    return [dataclasses.replace(t, kind="predicate", key=f"{t.key} > 0")
            if t.kind in ("field", "weak_field") and t.key.startswith(sources) else t for t in tokens]


def _bare_of(token: Token, tokens: list[Token]) -> bool:
    """Whether a token is the "of" of "how many of the forms": an operator word with no figure anywhere to compare."""
    return token.kind == "op" and token.text.lower() == "of" and not any(t.kind == "number" for t in tokens)
