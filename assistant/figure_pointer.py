"""Which of them are below that? / 其中低于平均值的: after an average or median, the forms it was over compared with it."""

from __future__ import annotations

from assistant import model as m
from assistant.asking import Reading
from assistant.recognise import Token

# Kinds a question pointing at the last figure may hold besides its comparison (of them, scored, average, projects).
_GLUE = ("follow", "op", "aggregate", "field", "weak_field", "noun")
_STATISTICS = ("avg", "median")


def compared_with_last(tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading | None:
    """"Which of them are below average?", "which ones scored above that?", 其中低于平均值的有哪些: after an answer that
    is the average (or median) of a form field, the forms it was computed over whose field is on that side of it.

    Args:
        tokens: the question's tokens, stop words removed (that, it, 这个 are stop words: the figure pointed at).
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.

    Returns:
        The reading, or None when the question compares with nothing of the last answer.
    """
    if previous is None or previous.aggregate is None or previous.group_by is not None \
            or previous.aggregate.function not in _STATISTICS or not isinstance(previous.aggregate.expr, m.Field) \
            or previous.aggregate.expr.entity != "form":
        return None
    statistic, field = previous.aggregate.function, previous.aggregate.expr  # 平均分: avg+total_score, the same figure
    ops = [t for t in tokens if t.kind == "op"]
    if len(ops) != 1 or ops[0].key not in ("<", "<=", ">", ">=") or not all(t.kind in _GLUE for t in tokens) \
            or any(t.kind == "aggregate" and t.key not in (statistic, f"{statistic}+{field.name}") for t in tokens) \
            or any(t.kind in ("field", "weak_field") and t.key != field.name for t in tokens) \
            or any(t.kind == "noun" and t.key != "form" for t in tokens):
        return None
    base = m.FormIds(tuple(previous_ids)) if previous_ids else previous.where
    figure = m.Overall(statistic, field, previous.where)  # the figure just given: over the same forms
    where = m.And((base, m.Compare(field, ops[0].key, figure))) if base is not None else m.Compare(field, ops[0].key, figure)
    return Reading(m.Select(where=where, shown=[field]), follow_up=True)
