"""A figure of one described row of a named form asked with no column word (how many surveillance points does X
cover, X's renovated floor area in square metres, 社工点经费覆盖多少名社工): that row's actual as printed."""

from __future__ import annotations

import re

from store.readonly_sql import run_select

# A count asked of things (how many social workers, 多少名社工), never of points, forms or indicator rows.
_COUNTED = re.compile(r"\bhow many\b(?!\s+(?:points?|marks?|forms?|projects?|indicators?|rows?|programmes?|programs?|"
                      r"schemes?|allocations?|lines?)\b)|多少(?:个|名|位|人|次|台|份|户|家|条|处)?|几(?:个|名|位|人|次|台|份|户|家|条|处)",
                      re.IGNORECASE)
# Token kinds that ask something besides one row's figure: a class or the rows' noun (rows counted), a condition,
# a statistic, a ranking, a group of forms.
_OTHER = {"class", "superlative", "limit", "number", "predicate", "group", "unit", "department", "not", "tag", "sort"}
# How near after the count word a form's name is the thing counted (多少名社工: 社工 counted, not the form 社工).
_OBJECT_GAP = 3


def _counted_names(tokens, count) -> set[int]:
    """The project tokens right after the count word (多少名社工): what is counted, when another form is named too."""
    projects = [t for t in tokens if t.kind in ("project", "quoted_project")]
    near = {id(t) for t in projects if count is not None and 0 <= t.start - count.end <= _OBJECT_GAP}
    return near if len(projects) > len(near) else set()


def _asks_other(tokens, count) -> bool:
    """Whether the question asks more than one row's figure: a condition, a statistic, a ranking, the rows' noun, or a
    form's own column (a field word outside the thing counted: how many surveillance points holds points)."""
    for k, token in enumerate(tokens):
        if token.kind in _OTHER or (token.kind, token.key) in (("noun", "indicator"),):
            return True
        if token.kind == "aggregate" and token is not count:
            return True
        if token.kind == "op" and token.key != "=":
            return True
        if token.kind == "field" and not (k and tokens[k - 1].kind == "topic" and tokens[k - 1].end + 1 >= token.start):
            return True  # the budget of X: a form's figure (surveillance points: the thing counted)
    return False


def answer(question: str, lang: str, store, recogniser):
    """The actual (else the target) of the one row of the one named form the question describes, when it asks a count
    of things or a figure in a unit and no column.

    Args:
        question: the question, forms named in full where fragments named them.
        lang: "zh" or "en".
        store: a store.Store.
        recogniser: the query model's recogniser.

    Returns:
        An assistant Answer (its value the row's figure), or None when the question asks anything else.
    """
    from assistant.described_row import _units_asked, best_rows
    from assistant.interpret import normalize
    from assistant.row_column import row_answer
    from assistant.row_vocabulary import NOT_ONE_ROW, excludes

    text = normalize(question)
    if NOT_ONE_ROW.search(text) or excludes(text):
        return None
    counted, units = _COUNTED.search(text), _units_asked(text)
    if not counted and not units:
        return None
    tokens = [t for t in recogniser.tokens(text)[0] if t.kind != "stop"]
    count = next((t for t in tokens if (t.kind, t.key) == ("aggregate", "count")), None)
    if counted and count is None or _asks_other(tokens, count):
        return None
    thing = _counted_names(tokens, count)
    naming = [t for t in tokens if t.kind in ("project", "quoted_project") and id(t) not in thing]
    if len({t.key for t in naming}) != 1:
        return None
    listed = run_select(store, "SELECT form_id, project_name, year FROM forms").rows
    form = next((row for row in listed if row[1] == naming[0].key), None)
    if form is None:
        return None
    cut = "".join(" " if any(t.start <= k < t.end for t in naming) else char for k, char in enumerate(text))
    chosen = best_rows(cut, int(form[0]), store, least=2, own=True)
    if len(chosen) != 1:
        return None
    rows = run_select(store, "SELECT form_id, name, level1, level2, target, actual, weight, score, target_number, "
                             "actual_number, target_comparison, target_unit, actual_unit FROM indicators "
                             f"WHERE form_id = {int(form[0])} ORDER BY position").rows
    row = next(r for r in rows if r[1] == chosen[0][1])
    column = "actual" if row[9] is not None else "target" if row[8] is not None else None
    if column is None:
        return None
    return row_answer(question, lang, row, form[1], form[2], [column])
