"""Points asked of one class of a form named (人才活动满意度那块一共占几分, how many points did X put on satisfaction in
total): the class's weight added up, said with no word for the weight column."""

from __future__ import annotations

import re

from assistant.recognise import Token

# Asking points: 几分 / 多少分 / how many points or marks (几分之几 is a fraction; 分值 names the column itself).
_ASKS_POINTS = re.compile(r"(?:多少|几)分(?![之值])|\bhow many (?:points|marks)\b|\bhow much weight\b", re.IGNORECASE)
# What is left of 占几分 / 多少分 once the points are read.
_UNIT_ASKED = re.compile(r"(?:几|多少)?分")
# Tokens that name the form or forms asked about (a name, the last answer's forms, each of them).
_NAMED = ("project", "follow", "each")
# The words of a points question read as the total score or a statistic: the unit asked, not a field.
_POINT_WORDS = ("points", "marks", "point", "mark", "分")


def class_points(tokens: list[Token], gaps: list[str], text: str) -> tuple[list[Token], list[str]]:
    """A class's points asked of a form named: the weight column put after the class, so the class's weight is summed
    for that form (class_totals.class_measures).

    Args:
        tokens: the question's tokens, stop words out.
        gaps: the stretches no recogniser explained.
        text: the normalised question.

    Returns:
        (tokens, gaps): the weight column after the class and the unit asked (几分) no longer left over when such a
        question asks it; else unchanged.
    """
    classes = [k for k, t in enumerate(tokens) if t.kind == "class"]
    summed = any((t.kind, t.key) in (("aggregate", "sum"), ("ratio", "ratio")) for t in tokens)
    if len(classes) != 1 or not summed or not _ASKS_POINTS.search(text) or not any(t.kind in _NAMED for t in tokens) \
            or any(t.kind == "number" or (t.kind == "field" and t.key.startswith("indicator.")) for t in tokens):
        return tokens, gaps
    c = classes[0]
    after = c + 1
    while after < len(tokens) and tokens[after].kind in ("class_part", "bracket") \
            or (after < len(tokens) and (tokens[after].kind, tokens[after].key) == ("noun", "indicator")):
        after += 1
    end = tokens[after - 1].end
    weight = Token("field", "indicator.weight", end, end, "")
    kept = [t for t in tokens
            if not (t.kind == "field" and t.key == "total_score" and t.text.lower() in _POINT_WORDS)
            and not (t.kind == "aggregate" and t.key == "count")]  # how many points: the points, not a count
    at = kept.index(tokens[after - 1]) + 1
    return kept[:at] + [weight] + kept[at:], [g for g in gaps if not _UNIT_ASKED.fullmatch(g.strip(" ,.?!，。？！"))]
