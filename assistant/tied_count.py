"""A count asked of a ranking's tied first place (how many are level on the highest score, 最低的并列有几个): the count."""

from __future__ import annotations

from assistant import model as m


def counted_ties(select: m.Select, tokens: list) -> bool:
    """Turn "the forms at the extreme, ties kept" into how many they are when the question asks how many forms.

    Args:
        select: the composed Select, changed in place.
        tokens: the question's tokens, stop words left out.

    Returns:
        Whether the ranking was made a count.
    """
    if select.aggregate is not None or select.order_by is None or not select.ties or select.limit != 1 or select.offset:
        return False
    counts = [k for k, t in enumerate(tokens) if t.kind == "aggregate" and t.key == "count"]
    # the count is of forms: the forms' noun follows it, or it closes the question (并列有几个？)
    if not any(k + 1 == len(tokens) or (tokens[k + 1].kind == "noun" and tokens[k + 1].key == "form") for k in counts):
        return False
    tied = m.Ranked(select.order_by, select.descending, 1, within=select.where, ties=True)
    select.where = m.conjoin(select.where, tied)
    select.aggregate, select.order_by, select.limit, select.ties, select.shown = m.Aggregate("count"), None, None, False, []
    return True
