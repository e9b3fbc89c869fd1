"""`jixiao chart`, `jixiao history` and `jixiao serve` over a fresh store of the bundled corpus."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from store.database import Store
from store.history import QueryHistory, history_path
from support import SEED

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(main, [f"--db={url}", "ingest", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0
    return url


def run(db, *args):
    return CliRunner(env={"COLUMNS": "200"}).invoke(main, [f"--db={db}", *args], catch_exceptions=False)


def test_chart_in_the_terminal_names_what_it_left_out(db):
    result = run(db, "chart", "rate-by-unit", "--width", "80", "--height", "16")
    assert result.exit_code == 0
    assert "执行率 by unit" in result.output and "社区党群服务中心┤" in result.output and "信访办┤" in result.output
    assert "left out, money figures flagged: 户籍档案数字化加工项目 (EXECUTED_ABOVE_BUDGET)" in result.output


def test_chart_file_output_needs_matplotlib_or_writes_the_file(db, tmp_path):
    target = tmp_path / "scores.png"
    result = CliRunner().invoke(main, [f"--db={db}", "chart", "scores", "--output", str(target)])
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert result.exit_code == 1
        assert "PNG and SVG charts need matplotlib, which is not installed" in result.output
        assert not target.exists()
    else:
        assert result.exit_code == 0 and target.read_bytes()[:4] == b"\x89PNG"


def test_history_lists_searches_and_runs_again(db):
    kept = QueryHistory(history_path(Store(db).url))
    kept.add("执行率低于50%的项目")
    kept.add("SELECT implementing_unit, count(*) AS n FROM forms GROUP BY implementing_unit", "sql")
    listed = json.loads(run(db, "history", "--json").output)
    assert [(entry["number"], entry["kind"]) for entry in listed] == [(1, "sql"), (2, "question")]
    assert [entry["text"] for entry in json.loads(run(db, "history", "执行率", "--json").output)] == ["执行率低于50%的项目"]
    again = run(db, "history", "--kind", "sql", "--run", "1")
    assert again.exit_code == 0
    assert "信访办" in again.output and "25" in again.output
    assert run(db, "history", "nothing-like-this").output.strip() == "nothing in the history matches"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_on_localhost_with_the_app_page(db, tmp_path):
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), JIXIAO_DATA_DIR=str(tmp_path / "data"))
    server = subprocess.Popen([sys.executable, "-m", "cli", f"--db={db}", "serve", "--port", str(port)], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        page, deadline = None, time.monotonic() + 60
        while page is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    page = response.read().decode("utf-8")
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(server.stdout.read().decode("utf-8", "replace")) from None
                time.sleep(0.2)  # polling a server that is starting, not synchronising the app
        assert "<div>jixiao 绩效</div>" in page and "static/js/textual.js" in page
        assert f'data-session-websocket-url="ws://127.0.0.1:{port}/ws"' in page
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_warns_when_not_local(db, monkeypatch):
    from textual_serve import server

    served = []
    monkeypatch.setattr(server.Server, "serve", lambda self, debug=False: served.append((self.host, self.port)))
    result = CliRunner().invoke(main, [f"--db={db}", "serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0
    assert served == [("0.0.0.0", 8123)]  # the flags reach the server; the server itself is tested above
    assert "warning: listening on 0.0.0.0: anyone who can reach this address can read the store" in result.output
