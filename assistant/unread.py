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
                          "quoted_project", "quoted_indicator", "ordinal", "compare_cue")  # a change word left is a condition lost
