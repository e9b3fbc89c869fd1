"""The read-only views analysts and the assistant query: forms, fund_lines, indicators, findings (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from urllib.parse import quote

# Bump when a view's columns change: stores holding an older definition get theirs replaced.
VIEWS_VERSION = "6"


@dataclass(frozen=True)
class Column:
    """A view column: its name, SQL type as seen by users, and what it holds."""

    name: str
    type: str
    doc: str


# One place documents every column; `jixiao sql --schema` prints it and the views are built from it.
SCHEMA: dict[str, list[Column]] = {
    "forms": [
        Column("form_id", "integer", "the form's id (jixiao show ID)"),
        Column("project_name", "text", "项目名称 as printed"),
        Column("office_tag", "text", "the tag in full-width brackets ending the name, e.g. 平安办 for …（平安办）; null when none"),
        Column("year", "integer", "budget year"),
        Column("department", "text", "主管部门 as printed"),
        Column("implementing_unit", "text", "实施单位 as printed"),
        Column("unit", "text", "the same 实施单位, under the short name analysts type (GROUP BY unit)"),
        Column("amount_unit", "text", "unit the form prints its amounts in (万元 or 元)"),
        Column("initial_budget", "real", "年初预算数 in 万元 (converted when printed in 元)"),
        Column("annual_budget", "real", "全年预算数 in 万元"),
        Column("executed", "real", "全年执行数 in 万元"),
        Column("unspent", "real", "annual_budget − executed, in 万元"),
        Column("fiscal_budget", "real", "当年财政拨款的全年预算数 in 万元 (fund_lines of kind fiscal); null when the form prints no such line"),
        Column("fiscal_executed", "real", "当年财政拨款的全年执行数 in 万元 (fund_lines of kind fiscal); null when the form prints no such line"),
        Column("carryover_budget", "real", "上年结转资金的全年预算数 in 万元 (fund_lines of kind carryover); null when the form prints no such line"),
        Column("carryover_executed", "real", "上年结转资金的全年执行数 in 万元 (fund_lines of kind carryover); null when the form prints no such line"),
        Column("other_budget", "real", "其他资金的全年预算数 in 万元 (fund_lines of kind other); null when the form prints no such line"),
        Column("other_executed", "real", "其他资金的全年执行数 in 万元 (fund_lines of kind other); null when the form prints no such line"),
        Column("budget_change", "real", "annual_budget − initial_budget, in 万元 (positive: topped up during the year)"),
        Column("initial_budget_printed", "text", "年初预算数 as printed"),
        Column("annual_budget_printed", "text", "全年预算数 as printed"),
        Column("executed_printed", "text", "全年执行数 as printed"),
        Column("execution_rate", "real", "执行率 in percent, as printed (not recomputed)"),
        Column("execution_rate_printed", "text", "执行率 as printed"),
        Column("budget_weight", "real", "预算执行率 分值"),
        Column("budget_score", "real", "预算执行率 得分"),
        Column("budget_points_lost", "real", "budget_weight − budget_score: points the budget-execution line lost"),
        Column("indicator_points_lost", "real", "the indicator rows' 分值 − 得分, added up: points the indicators lost"),
        Column("total_weight", "real", "total 分值 (usually 100)"),
        Column("total_score", "real", "总分"),
        Column("total_score_printed", "text", "总分 as printed"),
        Column("total_points_lost", "real", "total_weight − total_score: points short of the full score"),
        Column("grade", "text", "评分等级 (优/良/中/差); null when not printed"),
        Column("indicator_count", "integer", "number of indicator rows (三级指标)"),
        Column("goal", "text", "年度总体目标 / 预期目标"),
        Column("outcome", "text", "实际完成情况"),
        Column("error_count", "integer", "error-level check findings"),
        Column("warning_count", "integer", "warning-level check findings"),
        Column("source_file", "text", "the file the form was read from"),
        Column("line_start", "integer", "first line of the form in its file"),
        Column("line_end", "integer", "last line of the form in its file"),
    ],
    "fund_lines": [
        Column("form_id", "integer", "the form (forms.form_id)"),
        Column("position", "integer", "row order in the funds block"),
        Column("label", "text", "row label as printed (年度资金总额, 其中：当年财政拨款, …)"),
        Column("kind", "text", "total | fiscal | carryover | other"),
        Column("initial_budget", "real", "年初预算数 in the form's amount_unit"),
        Column("annual_budget", "real", "全年预算数 in the form's amount_unit"),
        Column("executed", "real", "全年执行数 in the form's amount_unit"),
        Column("execution_rate", "real", "执行率 in percent"),
        Column("weight", "real", "分值"),
        Column("score", "real", "得分"),
        Column("line", "integer", "line in the source file"),
    ],
    "indicators": [
        Column("indicator_id", "integer", "the row's id"),
        Column("form_id", "integer", "the form (forms.form_id)"),
        Column("position", "integer", "row order on the form"),
        Column("level1", "text", "一级指标 (产出指标, 效益指标, 满意度指标)"),
        Column("level2", "text", "二级指标 (数量指标, 质量指标, 时效指标, …)"),
        Column("name", "text", "三级指标 name"),
        Column("target", "text", "年度指标值 as printed"),
        Column("target_comparison", "text", "comparison printed with the target (=, ≥, ≤, …)"),
        Column("target_number", "real", "the target's number, null when not numeric"),
        Column("target_unit", "text", "the target's unit (%, 人, 次, …)"),
        Column("actual", "text", "实际完成值 as printed"),
        Column("actual_number", "real", "the actual's number, null when not numeric"),
        Column("actual_unit", "text", "the actual's unit"),
        Column("weight", "real", "分值"),
        Column("score", "real", "得分"),
        Column("points_lost", "real", "weight − score: points the row lost"),
        Column("deviation", "text", "偏差原因; null when empty"),
        Column("line", "integer", "line in the source file"),
    ],
    "findings": [
        Column("form_id", "integer", "the form (forms.form_id)"),
        Column("code", "text", "check code, e.g. EXECUTED_ABOVE_BUDGET"),
        Column("severity", "text", "error | warning | info"),
        Column("message", "text", "what the check found"),
    ],
}

# One funding source's figure (当年财政拨款 / 上年结转 / 其他资金): its fund line, in 万元 like the form's totals.
_FUND_SOURCE = ("(SELECT CAST(ROUND(CAST(SUM(l.{column}) * CASE WHEN f.amount_unit = '元' THEN 0.0001 ELSE 1 END AS NUMERIC), 6) "
                "AS DOUBLE PRECISION) FROM fund_line AS l WHERE l.form_id = f.id AND l.kind = '{kind}')")
# How each view column is computed from the tables; columns not listed are the table column of the same name.
_FORMS_EXPRESSIONS = {
    "form_id": "f.id",
    "unit": "f.implementing_unit",
    "initial_budget": "f.initial_budget_wan",
    "annual_budget": "f.annual_budget_wan",
    "executed": "f.executed_wan",
    # Rounded to the 元 (6 decimals of 万元), so 81.9 − 39.38 reads 42.52, not 42.519999….
    "unspent": "CAST(ROUND(CAST(f.annual_budget_wan - f.executed_wan AS NUMERIC), 6) AS DOUBLE PRECISION)",
    "fiscal_budget": _FUND_SOURCE.format(column="annual_budget", kind="fiscal"),
    "fiscal_executed": _FUND_SOURCE.format(column="executed", kind="fiscal"),
    "carryover_budget": _FUND_SOURCE.format(column="annual_budget", kind="carryover"),
    "carryover_executed": _FUND_SOURCE.format(column="executed", kind="carryover"),
    "other_budget": _FUND_SOURCE.format(column="annual_budget", kind="other"),
    "other_executed": _FUND_SOURCE.format(column="executed", kind="other"),
    "budget_change": "CAST(ROUND(CAST(f.annual_budget_wan - f.initial_budget_wan AS NUMERIC), 6) AS DOUBLE PRECISION)",
    "budget_points_lost": "CAST(ROUND(CAST(f.budget_weight - f.budget_score AS NUMERIC), 6) AS DOUBLE PRECISION)",
    "indicator_points_lost": "(SELECT CAST(ROUND(CAST(SUM(i.weight - i.score) AS NUMERIC), 6) AS DOUBLE PRECISION) "
                             "FROM indicator AS i WHERE i.form_id = f.id)",
    "total_points_lost": "CAST(ROUND(CAST(f.total_weight - f.total_score AS NUMERIC), 6) AS DOUBLE PRECISION)",
    "grade": "NULLIF(f.grade, '')",
    "indicator_count": "(SELECT COUNT(*) FROM indicator AS i WHERE i.form_id = f.id)",
    "source_file": "(SELECT s.path FROM source_file AS s WHERE s.id = f.source_id)",
}
# The tag ending a name: SQLite has no regular expressions, so the text after the last （ is found with rtrim.
_TAG = {
    "sqlite": ("CASE WHEN f.project_name LIKE '%）' AND instr(f.project_name, '（') > 0 THEN "
               "NULLIF(substr(f.project_name, length(rtrim(f.project_name, replace(f.project_name, '（', ''))) + 1, "
               "length(f.project_name) - length(rtrim(f.project_name, replace(f.project_name, '（', ''))) - 1), '') END"),
    "postgresql": "substring(f.project_name from '（([^（）]{1,8})）$')",
}


def _select(view: str, dialect: str) -> str:
    if view == "forms":
        expressions = dict(_FORMS_EXPRESSIONS, office_tag=_TAG[dialect])
        columns = ",\n  ".join(f"{expressions.get(c.name, 'f.' + c.name)} AS {c.name}" for c in SCHEMA["forms"])
        return f"SELECT\n  {columns}\nFROM form AS f"
    table, renames = {"fund_lines": ("fund_line", {}), "indicators": ("indicator", {"indicator_id": "id"}),
                      "findings": ("finding", {})}[view]
    expressions = {"deviation": "NULLIF(t.deviation, '')",
                   "points_lost": "CAST(ROUND(CAST(t.weight - t.score AS NUMERIC), 6) AS DOUBLE PRECISION)"}
    columns = ", ".join(f"{expressions.get(c.name, 't.' + renames.get(c.name, c.name))} AS {c.name}"
                        for c in SCHEMA[view])
    return f"SELECT {columns} FROM {table} AS t"


def view_sql(view: str, dialect: str) -> str:
    """The SELECT behind a view on a dialect.

    Args:
        view: one of SCHEMA's names.
        dialect: "sqlite" or "postgresql".

    Returns:
        The SQL text.
    """
    if dialect not in _TAG:
        raise ValueError(f"views are defined for SQLite and PostgreSQL, not {dialect!r}")
    return _select(view, dialect)


def _marker(dialect: str) -> str:
    return f"jixiao views v{VIEWS_VERSION} {dialect}"


_SQLITE_VIEWS = ("SELECT sql FROM sqlite_master WHERE type = 'view' AND name IN "
                 "('forms', 'fund_lines', 'indicators', 'findings')")


def _sqlite_views_current(definitions: list[str | None]) -> bool:
    return len(definitions) == len(SCHEMA) and all(_marker("sqlite") in (sql or "") for sql in definitions)


def views_current_in_file(path: str) -> bool:
    """Whether a SQLite store file holds this code's views, read with the plain sqlite3 driver (no SQLAlchemy).

    Args:
        path: the store's file.

    Returns:
        True when all four views exist at this version; False otherwise, or when the file cannot be read.
    """
    try:
        connection = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True)
        try:
            return _sqlite_views_current([row[0] for row in connection.execute(_SQLITE_VIEWS)])
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def _current(connection, dialect: str) -> bool:
    from sqlalchemy import text

    if dialect == "sqlite":
        return _sqlite_views_current(connection.execute(text(_SQLITE_VIEWS)).scalars().all())
    rows = connection.execute(text(
        "SELECT obj_description(c.oid, 'pg_class') FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'v' AND n.nspname = current_schema() AND c.relname IN "
        "('forms', 'fund_lines', 'indicators', 'findings')")).scalars().all()
    return len(rows) == len(SCHEMA) and all(comment == _marker(dialect) for comment in rows)


def ensure_views(engine) -> None:
    """Create or replace the views when they are missing or older than this code; a no-op otherwise.

    Args:
        engine: the store's SQLAlchemy engine (SQLite or PostgreSQL).
    """
    from sqlalchemy import text

    from store.database import take_write_lock

    dialect = engine.dialect.name
    with engine.connect() as connection:
        if _current(connection, dialect):
            return
    with engine.begin() as connection:
        # Two processes asking a fresh store at once: the second waits for the lock, then finds the views made,
        # instead of dropping them under the first one's query.
        take_write_lock(connection)
        if _current(connection, dialect):
            return
        for view in SCHEMA:
            connection.execute(text(f"DROP VIEW IF EXISTS {view}"))
            if dialect == "sqlite":
                # The marker rides in a comment of the stored SQL, which SQLite keeps verbatim.
                connection.execute(text(f"CREATE VIEW {view} AS /* {_marker(dialect)} */\n{view_sql(view, dialect)}"))
            else:
                connection.execute(text(f"CREATE VIEW {view} AS\n{view_sql(view, dialect)}"))
                connection.execute(text(f"COMMENT ON VIEW {view} IS '{_marker(dialect)}'"))
