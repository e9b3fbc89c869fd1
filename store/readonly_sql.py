"""Run one analyst SELECT over the views, read-only and with a time limit, on SQLite or PostgreSQL."""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

from store.views import ensure_views, views_current_in_file

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
# Words that make a statement more than a read, wherever they stand outside literals and comments
# (PostgreSQL allows INSERT/UPDATE/DELETE inside WITH, and SELECT … INTO creates a table).
_WRITE_WORDS = {
    "insert", "update", "delete", "merge", "upsert", "drop", "create", "alter", "truncate", "attach",
    "detach", "pragma", "vacuum", "reindex", "analyze", "grant", "revoke", "copy", "call", "do", "set", "reset",
    "lock", "into", "load", "commit", "rollback", "begin", "savepoint", "release", "listen", "notify", "prepare",
    "execute", "discard", "refresh", "cluster", "comment", "security", "import",
}
# Functions that read or change things outside the query's rows.
_DENIED_FUNCTIONS = {
    "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "pg_read_file", "pg_read_binary_file",
    "pg_ls_dir", "pg_stat_file", "lo_import", "lo_export", "lo_unlink", "dblink", "dblink_exec", "set_config",
    "pg_terminate_backend", "pg_cancel_backend", "pg_reload_conf", "pg_rotate_logfile", "nextval", "setval",
    "pg_advisory_lock", "pg_advisory_xact_lock", "txid_current", "query_to_xml",
}


class ReadOnlySqlError(ValueError):
    """The statement was refused or failed; the message says why (and where, for refusals)."""


class QueryTimeout(ReadOnlySqlError):
    """The statement ran longer than its limit and was cancelled."""


@dataclass
class SqlResult:
    """Column names and rows of a SELECT; `truncated` when more rows existed than were kept."""

    columns: list[str]
    rows: list[tuple]
    truncated: bool = False


def _where(sql: str, offset: int) -> str:
    line = sql.count("\n", 0, offset) + 1
    column = offset - (sql.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _code_spans(sql: str) -> tuple[str, list[int]]:
    """The statement with literals, quoted names and comments blanked out, and the offsets of its semicolons."""
    out = list(sql)
    semicolons = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"`[":
            close = {"[": "]"}.get(ch, ch)
            j = i + 1
            while j < n:
                if sql[j] == close:
                    if j + 1 < n and sql[j + 1] == close and close != "]":
                        j += 2
                        continue
                    break
                j += 1
            if j >= n:
                raise ReadOnlySqlError(f"unterminated {'string' if ch == chr(39) else 'quoted name'} starting at {_where(sql, i)}")
            for k in range(i, j + 1):
                out[k] = " "
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                raise ReadOnlySqlError(f"unterminated comment starting at {_where(sql, i)}")
            for k in range(i, j + 2):
                out[k] = " "
            i = j + 2
        elif ch == "$":
            tag = re.match(r"\$[A-Za-z_]*\$", sql[i:])
            if tag:
                j = sql.find(tag.group(0), i + len(tag.group(0)))
                if j < 0:
                    raise ReadOnlySqlError(f"unterminated dollar-quoted string at {_where(sql, i)}")
                for k in range(i, j + len(tag.group(0))):
                    out[k] = " "
                i = j + len(tag.group(0))
            else:
                i += 1
        else:
            if ch == ";":
                semicolons.append(i)
            i += 1
    return "".join(out), semicolons


def check_select(sql: str) -> str:
    """Accept exactly one SELECT (or WITH … SELECT) statement.

    Args:
        sql: the statement as typed; one trailing semicolon is allowed.

    Returns:
        The statement without its trailing semicolon.

    Raises:
        ReadOnlySqlError: naming the line and column of what was refused.
    """
    code, semicolons = _code_spans(sql)
    if semicolons and code[semicolons[-1] + 1:].strip() == "":
        last = semicolons.pop()
        sql, code = sql[:last], code[:last]
    if semicolons:
        raise ReadOnlySqlError(f"only one statement is allowed; another begins after the ';' at {_where(sql, semicolons[0])}")
    first = re.search(r"[A-Za-z_]+", code)
    if not code.strip() or first is None:
        raise ReadOnlySqlError("empty statement")
    if first.group(0).lower() not in ("select", "with"):
        raise ReadOnlySqlError(f"only SELECT statements are allowed, not {first.group(0).upper()} ({_where(sql, first.start())})")
    for match in re.finditer(r"[A-Za-z_][A-Za-z_0-9]*", code):
        word = match.group(0).lower()
        if word in _WRITE_WORDS:
            raise ReadOnlySqlError(f"{match.group(0).upper()} is not allowed in a read-only query ({_where(sql, match.start())})")
        if word in _DENIED_FUNCTIONS and re.match(r"\s*\(", code[match.end():]):
            raise ReadOnlySqlError(f"function {match.group(0)}() is not allowed ({_where(sql, match.start())})")
    return sql.strip()


def _plain(value):
    """Values as JSON knows them: Decimal → float; anything exotic → its text."""
    if isinstance(value, Decimal):
        return float(value)
    if value is None or isinstance(value, (int, float, str)):
        return value
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def run_select(source, sql: str, timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS) -> SqlResult:
    """Run one SELECT over the store read-only: SQLite opened with mode=ro and an authorizer that allows reads only,
    PostgreSQL inside a READ ONLY transaction; cancelled after `timeout` seconds.

    Args:
        source: the `store.database.Store`, or its SQLAlchemy engine (the views are created first when missing).
            A SQLite file whose views are current is read without SQLAlchemy (a one-shot `jixiao ask` starts
            ~0.4 s faster without its import).
        sql: the statement.
        timeout: seconds before the statement is cancelled.
        max_rows: rows kept; `truncated` says when there were more.

    Returns:
        The columns and rows.

    Raises:
        ReadOnlySqlError: refused or failed statements; QueryTimeout when cancelled.
    """
    statement = check_select(sql)
    path = getattr(source, "sqlite_path", None)
    if path is not None and views_current_in_file(path):
        return _run_sqlite(path, statement, timeout, max_rows)
    engine = getattr(source, "engine", source)
    try:
        ensure_views(engine)
    except Exception as error:  # a read-only file or a role without CREATE: say so instead of failing later
        raise ReadOnlySqlError(f"the views could not be created in this store: {error}") from error
    dialect = engine.dialect.name
    if dialect == "sqlite":
        return _run_sqlite(engine.url.database, statement, timeout, max_rows)
    if dialect == "postgresql":
        return _run_postgresql(engine, statement, timeout, max_rows)
    raise ReadOnlySqlError(f"read-only SQL runs on SQLite and PostgreSQL stores, not {dialect}")


_SQLITE_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, getattr(sqlite3, "SQLITE_RECURSIVE", 33)}


def _sqlite_authorizer(action, first, second, _database, _trigger):
    if action == sqlite3.SQLITE_FUNCTION and (second or "").lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in _SQLITE_ALLOWED else sqlite3.SQLITE_DENY


def _run_sqlite(path: str | None, statement: str, timeout: float, max_rows: int) -> SqlResult:
    if not path or path == ":memory:":
        raise ReadOnlySqlError("read-only SQL needs a store in a file")
    connection = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=timeout)
    try:
        connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        connection.set_authorizer(_sqlite_authorizer)
        deadline = time.monotonic() + timeout
        # Called every 1000 virtual-machine steps; a non-zero return interrupts the statement.
        connection.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 1000)
        try:
            cursor = connection.execute(statement)
            rows = cursor.fetchmany(max_rows + 1)
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error) and time.monotonic() > deadline:
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was cancelled") from error
            raise ReadOnlySqlError(f"SQLite: {error}") from error
        except sqlite3.DatabaseError as error:
            raise ReadOnlySqlError(f"SQLite: {error}") from error
        columns = [description[0] for description in cursor.description or []]
    finally:
        connection.close()
    return SqlResult(columns, [tuple(_plain(v) for v in row) for row in rows[:max_rows]], len(rows) > max_rows)


def _run_postgresql(engine, statement: str, timeout: float, max_rows: int) -> SqlResult:
    import psycopg

    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("SET TRANSACTION READ ONLY")
            cursor.execute(f"SET LOCAL statement_timeout = {max(1, int(timeout * 1000))}")
            # No parameters: the driver must not read '%' in the analyst's text as a placeholder.
            cursor.execute(statement, None)
            rows = cursor.fetchmany(max_rows + 1)
            columns = [description[0] for description in cursor.description or []]
        except psycopg.errors.QueryCanceled as error:
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was cancelled") from error
        except psycopg.Error as error:
            raise ReadOnlySqlError(f"PostgreSQL: {str(error).strip()}") from error
        finally:
            raw.rollback()
    finally:
        raw.close()
    return SqlResult(columns, [tuple(_plain(v) for v in row) for row in rows[:max_rows]], len(rows) > max_rows)
