"""SQL compilation: a Select → one SELECT over the views forms / indicators / findings, literals inlined and quoted."""

from __future__ import annotations

import dataclasses

from assistant import model as m, named_groups
from store.views import SCHEMA

_AGGREGATE_SQL = {"sum": "SUM", "avg": "AVG", "min": "MIN", "max": "MAX"}


def literal(value) -> str:
    """A value as an SQL literal: numbers as digits, text single-quoted with quotes doubled.

    Args:
        value: a number or text.

    Returns:
        The literal.
    """
    if isinstance(value, bool) or value is None:
        raise ValueError(f"no literal for {value!r}")
    if isinstance(value, (int, float)):
        number = float(value)
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError("numbers must be finite")
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return "'" + str(value).replace("'", "''") + "'"


def _like(value: str, prefix: bool, suffix: bool) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return literal(("%" if prefix else "") + escaped + ("%" if suffix else "")) + " ESCAPE '\\'"


def expression(node, alias: str = "f") -> str:
    """An expression over the form alias `alias` (and `i` for indicator columns)."""
    if isinstance(node, m.Field):
        if node.name == "base_name" and node.entity == "form":  # the project name without its bracketed tag
            return (f"(CASE WHEN {alias}.office_tag IS NOT NULL AND {alias}.office_tag <> '' THEN SUBSTR({alias}.project_name, 1, "
                    f"LENGTH({alias}.project_name) - LENGTH({alias}.office_tag) - 2) ELSE {alias}.project_name END)")
        return f"i.{node.name}" if node.entity == "indicator" else f"{alias}.{node.name}"
    if isinstance(node, m.Number):
        return literal(node.value)
    if isinstance(node, m.Arith):
        if node.op == "|-|":
            return f"ABS({expression(node.left, alias)} - {expression(node.right, alias)})"
        if node.op not in "+-*/" or len(node.op) != 1:
            raise ValueError(f"unknown operator {node.op!r}")
        right = expression(node.right, alias)
        if node.op == "/":
            right = f"NULLIF({right}, 0)"
        return f"({expression(node.left, alias)} {node.op} {right})"
    if isinstance(node, m.IndicatorCount):
        if node.where is None:
            return f"{alias}.indicator_count"
        return (f"(SELECT COUNT(*) FROM indicators AS i WHERE i.form_id = {alias}.form_id "
                f"AND {condition(node.where, alias)})")
    if isinstance(node, m.IndicatorSum):
        rows = "" if node.where is None else f" AND {condition(node.where, alias)}"
        return f"(SELECT COALESCE(SUM(i.{node.column}), 0) FROM indicators AS i WHERE i.form_id = {alias}.form_id{rows})"
    if isinstance(node, m.Overall):
        kept = "" if node.where is None else f" AND {condition(node.where, 'g')}"
        if node.function == "sum":  # a form's share of every form's total
            return f"(SELECT SUM(g.{node.field.name}) FROM forms AS g WHERE 1 = 1{kept})"
        if node.function == "avg":
            return f"(SELECT AVG(g.{node.field.name}) FROM forms AS g WHERE 1 = 1{kept})"
        if node.function == "median":
            return (f"(SELECT AVG(v) FROM (SELECT g.{node.field.name} AS v, ROW_NUMBER() OVER (ORDER BY g.{node.field.name}) "
                    f"AS r, COUNT(*) OVER () AS n FROM forms AS g WHERE g.{node.field.name} IS NOT NULL{kept}) AS ordered "
                    f"WHERE r IN ((n + 1) / 2, (n + 2) / 2))")
        raise ValueError(f"unknown overall statistic {node.function!r}")
    raise ValueError(f"not an expression: {node!r}")


def _is_text(field: m.Field) -> bool:
    """Whether a view column holds text (the views' documented types); unknown columns count as text."""
    columns = SCHEMA["indicators" if field.entity == "indicator" else "forms"]
    return next((column.type == "text" for column in columns if column.name == field.name), True)


def condition(node, alias: str = "f") -> str:
    """A WHERE condition over the form alias (and `i` inside indicator conditions)."""
    if isinstance(node, m.Compare):
        op = "<>" if node.op == "!=" else node.op
        left, right = expression(node.left, alias), expression(node.right, alias)
        if node.op in ("=", "!="):
            # Figures are printed to two decimals: sums of them agree to within half a cent, not exactly.
            tolerance = "0.000001" if isinstance(node.right, m.Number) else "0.005"
            return f"ABS({left} - {right}) {'<' if node.op == '=' else '>='} {tolerance}"
        return f"{left} {op} {right}"
    if isinstance(node, m.Text):
        column = expression(node.field, alias)
        if node.mode in ("missing", "present") and not _is_text(node.field):
            # a target with no number: a numeric column is empty only as NULL ('' is no number on PostgreSQL)
            return f"{column} IS {'' if node.mode == 'missing' else 'NOT '}NULL"
        if node.mode == "missing":
            return f"({column} IS NULL OR {column} = '')"
        if node.mode == "present":
            return f"({column} IS NOT NULL AND {column} <> '')"
        if node.mode == "equals":
            return f"{column} = {literal(node.value)}"
        if node.mode == "contains":
            return f"LOWER(COALESCE({column}, '')) LIKE {_like(node.value.lower(), True, True)}"
        if node.mode == "suffix":
            return f"COALESCE({column}, '') LIKE {_like(node.value, True, False)}"
        if node.mode == "prefix":
            return f"COALESCE({column}, '') LIKE {_like(node.value, False, True)}"
        if node.mode == "nodigit":  # 只写了文字 / no digits: none of 0-9 printed (LIKE, so any SQL dialect runs it)
            return "(" + " AND ".join(f"COALESCE({column}, '') NOT LIKE '%{d}%'" for d in range(10)) + ")"
        raise ValueError(f"unknown text mode {node.mode!r}")
    if isinstance(node, m.Not):
        if isinstance(node.item, m.Text) and node.item.mode == "equals":  # an empty cell is not 优 either: "the rest"
            return f"COALESCE({expression(node.item.field, alias)}, '') <> {literal(node.item.value)}"
        return f"NOT ({condition(node.item, alias)})"
    if isinstance(node, (m.And, m.Or)):
        joiner = " AND " if isinstance(node, m.And) else " OR "
        return "(" + joiner.join(condition(item, alias) for item in node.items) + ")"
    if isinstance(node, m.HasIndicator):
        inner = f" AND {condition(node.where, alias)}" if node.where is not None else ""
        return f"EXISTS (SELECT 1 FROM indicators AS i WHERE i.form_id = {alias}.form_id{inner})"
    if isinstance(node, m.HasFinding):
        parts = []
        if node.codes:
            parts.append("x.code IN (" + ", ".join(literal(c) for c in node.codes) + ")")
        if node.severities:
            parts.append("x.severity IN (" + ", ".join(literal(s) for s in node.severities) + ")")
        inner = "".join(f" AND {part}" for part in parts)
        return f"EXISTS (SELECT 1 FROM findings AS x WHERE x.form_id = {alias}.form_id{inner})"
    if isinstance(node, m.Ranked):
        # the first N of a ranking among the forms meeting `within`, ties broken by form id as lists are
        value = expression(node.expr, "r")
        within = condition(node.within, "r") if node.within is not None else None
        if node.ties and node.limit == 1:  # every form at the extreme value, among those meeting `within`
            extreme = (f"{expression(node.expr, alias)} = (SELECT {'MAX' if node.descending else 'MIN'}({value}) "
                       f"FROM forms AS r{_where(within, f'{value} IS NOT NULL')})")
            return extreme if node.within is None else f"{extreme} AND {condition(node.within, alias)}"
        return (f"{alias}.form_id IN (SELECT r.form_id FROM forms AS r{_where(within, f'{value} IS NOT NULL')} "
                f"ORDER BY {value} {'DESC' if node.descending else 'ASC'}, r.form_id LIMIT {int(node.limit)})")
    if isinstance(node, m.FormIds):
        if not node.ids:
            return "1 = 0"
        return f"{alias}.form_id IN (" + ", ".join(literal(int(i)) for i in node.ids) + ")"
    raise ValueError(f"not a condition: {node!r}")


def _from(select: m.Select) -> str:
    if select.entity == "indicators":
        return "indicators AS i JOIN forms AS f ON f.form_id = i.form_id"
    return "forms AS f"


def _where(*parts: str | None) -> str:
    kept = [part for part in parts if part]
    return (" WHERE " + " AND ".join(kept)) if kept else ""


def records_sql(select: m.Select) -> str:
    """The forms a Select rests on, in order: the rows of a list, or the forms an aggregate covers.

    Args:
        select: the query.

    Returns:
        SQL returning form_id, project_name, year and one `value` column when the query orders by something.
    """
    if select.groups:  # named groups: the forms of any of them
        select = dataclasses.replace(select, where=m.conjoin(select.where, m.Or(select.groups)), groups=())
    where = condition(select.where) if select.where is not None else None
    columns = "f.form_id, f.project_name, f.year"
    if select.entity == "indicators" and select.order_by is not None and select.aggregate is None:
        # indicator rows ranked: each with its value and the indicator's name
        value = expression(select.order_by)
        direction = "DESC" if select.descending else "ASC"
        if select.ties:  # the heaviest indicator: every row sharing the first value
            return (f"SELECT form_id, project_name, year, value, name FROM (SELECT {columns}, {value} AS value, i.name, "
                    f"i.position, RANK() OVER (ORDER BY {value} {direction}) AS place FROM {_from(select)}"
                    f"{_where(where, f'{value} IS NOT NULL')}) AS ranked WHERE place = 1 ORDER BY form_id, position")
        limit = (f" LIMIT {int(select.limit)}" if select.limit else "") + (f" OFFSET {int(select.offset)}" if select.offset else "")
        return (f"SELECT {columns}, {value} AS value, i.name FROM {_from(select)}{_where(where, f'{value} IS NOT NULL')} "
                f"ORDER BY {value} {direction}, f.form_id, i.position{limit}")
    if select.entity == "indicators":
        return f"SELECT DISTINCT {columns} FROM {_from(select)}{_where(where)} ORDER BY f.form_id"
    if select.order_by is not None and select.aggregate is None and select.both_ends:
        # the highest and the lowest: each end's forms (ties kept), the highest first
        ends = [dataclasses.replace(select, descending=way, both_ends=False, ties=True) for way in (True, False)]
        return (f"SELECT form_id, project_name, year, value FROM (SELECT ends.*, 0 AS side FROM ({records_sql(ends[0])}) "
                f"AS ends UNION ALL SELECT ends.*, 1 AS side FROM ({records_sql(ends[1])}) AS ends) AS both_ends "
                "ORDER BY side, form_id")
    if select.order_by is not None and select.aggregate is None:
        value = expression(select.order_by)
        direction = "DESC" if select.descending else "ASC"
        if select.ties:
            return (f"SELECT form_id, project_name, year, value FROM (SELECT {columns}, {value} AS value, "
                    f"RANK() OVER (ORDER BY {value} {direction}) AS place FROM forms AS f"
                    f"{_where(where, f'{value} IS NOT NULL')}) AS ranked WHERE place = 1 ORDER BY form_id")
        limit = f" LIMIT {int(select.limit)}" if select.limit else ""
        limit += f" OFFSET {int(select.offset)}" if select.offset else ""
        return (f"SELECT {columns}, {value} AS value FROM forms AS f{_where(where, f'{value} IS NOT NULL')} "
                f"ORDER BY {value} {direction}, f.form_id{limit}")
    if select.shown:
        columns += f", {expression(select.shown[0])} AS value"  # the figure looked up
    # "the first two" of a list in no order of its own: its first rows as they were listed
    limit = (f" LIMIT {int(select.limit)}" if select.limit else "") + (f" OFFSET {int(select.offset)}" if select.offset else "")
    return f"SELECT {columns} FROM forms AS f{_where(where)} ORDER BY f.form_id{limit}"


def rows_sql(select: m.Select, column: str) -> str:
    """The indicator rows a Select over indicators rests on: project, indicator name and one column of the row.

    Args:
        select: a query with entity "indicators".
        column: the row's column, as `i.<name>`.

    Returns:
        The SQL.
    """
    where = condition(select.where) if select.where is not None else None
    return (f"SELECT f.project_name, i.name, {column} FROM {_from(select)}{_where(where)} "
            "ORDER BY f.form_id, i.position")


def _having(select: m.Select, value: str) -> str:
    if select.having is None:
        return ""
    return f" HAVING {value} {'<>' if select.having.op == '!=' else select.having.op} {literal(select.having.right.value)}"


def aggregate_sql(select: m.Select) -> str:
    """The statistic of a Select: one row (value, forms), or one per group (grp, value, forms), largest first.

    Args:
        select: a query with an aggregate.

    Returns:
        The SQL.
    """
    if select.groups:
        # Named groups: the statistic once per condition, in the order named, each under its label.
        parts = [f"SELECT {literal(named_groups.label(group) or str(k + 1))} AS grp, {k} AS place, one.value, one.forms "
                 f"FROM ({aggregate_sql(dataclasses.replace(select, where=m.conjoin(select.where, group), groups=()))}) AS one"
                 for k, group in enumerate(select.groups)]
        return f"SELECT grp, value, forms FROM ({' UNION ALL '.join(parts)}) AS named ORDER BY place"
    aggregate = select.aggregate
    where = condition(select.where) if select.where is not None else None
    forms = "COUNT(DISTINCT f.form_id)"
    if aggregate.function == "count":
        value = "COUNT(*)"
    elif aggregate.function == "distinct":
        value = f"COUNT(DISTINCT {expression(aggregate.expr)})"
    elif aggregate.function == "share":
        share = condition(aggregate.condition) if aggregate.condition is not None else "1 = 1"
        value = f"100.0 * SUM(CASE WHEN {share} THEN 1 ELSE 0 END) / COUNT(*)"
        if aggregate.expr is not None:  # a share of an amount: the part of the total the forms meeting it hold
            amount = expression(aggregate.expr)
            value = f"100.0 * SUM(CASE WHEN {share} THEN {amount} ELSE 0 END) / SUM({amount})"
    elif aggregate.function == "range":  # how far apart the highest and the lowest are
        value = f"MAX({expression(aggregate.expr)}) - MIN({expression(aggregate.expr)})"
    elif aggregate.function == "pooled":  # the forms' rate taken together: total over total
        value = f"100.0 * SUM({expression(aggregate.expr.left)}) / NULLIF(SUM({expression(aggregate.expr.right)}), 0)"
    elif aggregate.function == "median":
        # The middle value (the mean of the two middle ones), per group when grouped: window functions, both engines.
        measure = expression(aggregate.expr)
        group = expression(select.group_by) if select.group_by is not None else None
        partition = f"PARTITION BY {group} " if group else ""
        ordered = (f"SELECT {group + ' AS grp, ' if group else ''}{measure} AS v, f.form_id AS fid, ROW_NUMBER() OVER "
                   f"({partition}ORDER BY {measure}) AS r, COUNT(*) OVER ({partition.strip()}) AS n FROM {_from(select)}"
                   f"{_where(where, f'{measure} IS NOT NULL')}")
        if group is None:
            return (f"SELECT AVG(v) AS value, MAX(n) AS forms FROM ({ordered}) AS ordered "
                    f"WHERE r IN ((n + 1) / 2, (n + 2) / 2)")
        direction = "ASC" if (select.limit and not select.descending) else "DESC"
        limit = f" LIMIT {int(select.limit)}" if select.limit else ""
        median = "AVG(CASE WHEN r IN ((n + 1) / 2, (n + 2) / 2) THEN v END)"
        return (f"SELECT grp, {median} AS value, MAX(n) AS forms FROM ({ordered}) AS ordered GROUP BY grp"
                f"{_having(select, median)} ORDER BY value {direction}, grp{limit}")
    else:
        value = f"{_AGGREGATE_SQL[aggregate.function]}({expression(aggregate.expr)})"
    if select.group_by is not None:
        group = expression(select.group_by)
        direction = "ASC" if (select.limit and not select.descending) else "DESC"
        limit = f" LIMIT {int(select.limit)}" if select.limit else ""
        return (f"SELECT {group} AS grp, {value} AS value, {forms} AS forms FROM {_from(select)}{_where(where)} "
                f"GROUP BY {group}{_having(select, value)} ORDER BY value {direction}, grp{limit}")
    return f"SELECT {value} AS value, {forms} AS forms FROM {_from(select)}{_where(where)}"


def forms_meeting(store, where) -> list[int] | None:
    """The ids of the forms meeting a condition, in order, or None when the views cannot hold the condition alone.

    Args:
        store: a store.Store.
        where: a condition of assistant.model over the forms view.

    Returns:
        The form ids, or None.
    """
    from store.readonly_sql import ReadOnlySqlError, run_select

    try:
        sql = f"SELECT f.form_id FROM forms AS f WHERE {condition(where)} ORDER BY f.form_id"
        return [row[0] for row in run_select(store, sql).rows]
    except (ReadOnlySqlError, ValueError):
        return None
