"""Row words: a class or measure word of a form's indicator rows read with what follows it (two classes compared,
the rows' target or actual value)."""

from __future__ import annotations

from typing import Callable

from assistant import model as m
from assistant.rows import class_comparison, indicator_count, measure_subject, quoted, row_value


def row_words(state, i: int, class_condition: Callable[[str], m.Cond]) -> tuple[m.Cond, bool] | None:
    """A class or measure word read with what follows it: two classes compared, or the rows' target.

    Args:
        state: the ComposeState (its tokens; the words read are marked used).
        i: the index of the class, measure or quoted-indicator token.
        class_condition: a class label → the condition on the indicator rows of that class.

    Returns:
        (condition, whether it is a row condition), or None when the word is read elsewhere.
    """
    token, tokens = state.tokens[i], state.tokens
    subject = measure_subject(token.key) if token.kind == "measure" else quoted(token)[0]
    if token.kind == "class":
        compared = class_comparison(tokens, i, class_condition)
        if compared is not None:
            state.used.update(compared[1])
            return compared[0], False
        if indicator_count(tokens, i, set(state.used), class_condition) is not None:
            return None  # 满意度指标超过1个: a count of rows, read by the class branch
        subject = class_condition(token.key)
    valued = row_value(tokens, i, state.used, subject)
    if valued is None:
        return None
    state.used.update(valued[1])
    return valued[0], True
