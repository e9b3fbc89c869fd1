"""Distinct values counted: how many different indicators, units or levels, not how many rows."""

from __future__ import annotations

from assistant import model as m

# The level an indicator noun names: 二级指标 / second-level indicators are the level-2 classes.
LEVELS = (("level2", ("二级", "second-level", "level-2", "level 2")), ("level1", ("一级", "first-level", "level-1", "level 1")))


def distinct(select: m.Select, state) -> None:
    """多少个不同的二级指标 / how many distinct indicators: the different values counted, not the rows.

    Args:
        select: the Select being shaped (its aggregate, entity changed in place).
        state: the ComposeState (its tokens; the words read are marked used).
    """
    cue = next((k for k, t in enumerate(state.tokens) if t.kind == "distinct"), None)
    noun = next((t.text.lower() for t in state.tokens if t.kind == "noun" and t.key == "indicator"), None)
    group = next((t for t in state.tokens if t.kind == "group"), None)
    if noun is None and group is not None and select.aggregate == m.Aggregate("count") and not select.group_by \
            and (cue is not None or not any(t.kind == "noun" for t in state.tokens)) and select.where is None:
        # 有几个不同的实施单位, how many implementing agencies are there: the different values of a column
        select.aggregate = m.Aggregate("distinct", m.Field(group.key))
        state.used.update(k for k, t in enumerate(state.tokens) if t is group or t.kind == "distinct")
        return
    if cue is None or noun is None or select.aggregate != m.Aggregate("count") or select.group_by:
        return
    select.entity = "indicators"
    column = next((name for name, words in LEVELS if any(w in noun for w in words)), "name")
    select.aggregate = m.Aggregate("distinct", m.Field(column, "indicator"))
    state.used.add(cue)
