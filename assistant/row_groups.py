"""Indicator rows counted by group: one count per form (每个项目各有几个三级指标, how many indicators does each form
have, 它们各有几个指标) or per class of a level ranked by its rows (哪个二级指标下的三级指标最多)."""

from __future__ import annotations

from assistant import model as m
from assistant.recognise import Token


def row_group(tokens: list[Token], superlative: Token | None, levels: tuple) -> m.Field | None:
    """The column rows counted in a question are grouped by, when it asks them per form or per class of a level.

    Args:
        tokens: the question's tokens.
        superlative: the question's superlative token, if any.
        levels: (column, words naming that level) pairs: ("level2", ("二级", "level-2", …)).

    Returns:
        project_name for a count per form, the level's column for classes ranked by their rows, else None.
    """
    if _rows_counted_per_form(tokens):
        return m.Field("project_name")
    nouns = [t.text.lower() for t in tokens if t.kind == "noun" and t.key == "indicator"]
    level = next((name for name, words in levels if nouns and any(w in nouns[0] for w in words)), None)
    if superlative is not None and level is not None and len(nouns) >= 2:
        return m.Field(level, "indicator")  # the classes of that level, ranked by how many rows each holds
    return None


def _rows_counted_per_form(tokens: list[Token]) -> bool:
    """每个项目有几个指标 / how many indicators each form has: rows counted, one figure per form (平均每个项目有几个
    is an average, read as one; across every form is all of them together)."""
    each = any(t.kind == "each" for t in tokens)
    cued = any(t.kind == "noun" and t.key == "form" and k > 0 and tokens[k - 1].kind == "group_cue"
               and (not tokens[k - 1].text.lower().endswith("every") or each) for k, t in enumerate(tokens))
    # 它们各有几个指标: each of the forms the question points at (two offices named: each office, named_groups)
    cued = cued or (each and sum(t.kind in ("tag", "unit", "department", "project") for t in tokens) < 2)
    counted = [t.key for t in tokens if t.kind == "aggregate"]
    return cued and counted == ["count"] and any(t.kind == "class" or (t.kind, t.key) == ("noun", "indicator") for t in tokens)
