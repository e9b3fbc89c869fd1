"""What a reading left out: the names and figures that count as unread, and brackets that only gloss a term."""

from __future__ import annotations

import re

from assistant.recognise import Token


def gloss(tokens: list[Token], i: int, classes: dict) -> bool:
    """A bracket that only repeats the term before it: "timeliness indicator (时效指标)", "deviation-reason column
    (偏差原因分析)" — a class label, or Chinese in brackets right after English words."""
    token = tokens[i]
    if token.kind != "bracket":
        return False
    if token.key in classes:
        return True
    before = tokens[i - 1].text if i > 0 else ""
    return bool(re.search(r"[\u4e00-\u9fff]", token.key)) and bool(re.search(r"[a-z]$", before))


def meaningful(token: Token) -> bool:
    """A token whose meaning an answer would lose if it went unused (numbers and names, not glue words)."""
    if token.kind == "number":
        return any(ch.isdigit() for ch in token.text) or token.unit is not None  # "on one form" is not a figure
    return token.kind in ("tag", "unit", "department", "grade", "class", "predicate", "bracket", "project", "measure", "topic",
                          "quoted_project", "quoted_indicator", "ordinal", "compare_cue", "lost", "approximate")  # a change word left is a condition lost


def lost_conditions(tokens: list[Token], used: set) -> list[str]:
    """Conditions no reading used that `meaningful` does not name: a comparison with a figure written in words ("more
    than three flurbs"), a figure in words alone ("a zero budget") and a negation that negated nothing ("not counting
    the zorbly ones").

    Args:
        tokens: the composed tokens.
        used: the indices composition used.

    Returns:
        Their words, e.g. ["more than three", "zero", "not counting"].
    """
    lost = []
    for i, token in enumerate(tokens):
        if i in used:
            continue
        if token.kind == "not":
            lost.append(token.text)
        elif token.kind == "op" and i + 1 < len(tokens) and i + 1 not in used and tokens[i + 1].kind == "number" \
                and not meaningful(tokens[i + 1]):
            lost.append(f"{token.text} {tokens[i + 1].text}")
        elif token.kind == "number" and not meaningful(token) and token.value not in (None, 1.0) \
                and not (i > 0 and i - 1 not in used and tokens[i - 1].kind == "op"):
            lost.append(token.text)  # a figure in words ("a zero budget"); "on one form" is none
    return lost


# Statistics an answer holds one of: two joined ("the average and the median") ask for two answers.
_STATISTICS = ("avg", "median", "sum", "max", "min")


def joined_statistics(tokens: list[Token]) -> list[str]:
    """Two different statistics joined by "and" ("the average and the median execution rate", 最大值和最小值):
    one reading computes one of them, so the pair is named instead of answering half the question.

    Args:
        tokens: the composed tokens (swap words left out), with joined_by set.

    Returns:
        Each pair's words, e.g. ["average and median"]; empty when no two statistics are joined.
    """
    return [f"{before.text}{' and ' if token.text.isascii() else '和'}{token.text}" for before, token in zip(tokens, tokens[1:])
            if token.kind == before.kind == "aggregate" and token.joined_by == "and"
            and before.key in _STATISTICS and token.key in _STATISTICS and before.key != token.key]
