"""Startup benchmark: process start to a usable first screen on an existing store, and cold one-shot CLI commands."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time

READY = "JIXIAO-READY"


async def _child(url: str) -> None:
    # Imports happen here, inside the timed process, as they do when a user runs `jixiao`.
    from store.bootstrap import open_store
    from tui.app import JixiaoApp

    store, _report = open_store(url)
    app = JixiaoApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.results_ready:
            await pilot.pause(0.005)
        print(f"{READY} {app.results.row_count}", flush=True)
        # Leave at once: the search index and model load in the background and are not part of startup.
        app.exit()
    store.dispose()


def measure(url: str) -> tuple[float, int]:
    """Start a fresh interpreter that opens the app on the store; time until its results table is filled.

    Args:
        url: the store URL.

    Returns:
        (seconds, rows shown).
    """
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bench.startup", "--db", url, "--child"],
                               stdout=subprocess.PIPE, text=True)
    rows = -1
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - started
            rows = int(line.split()[1])
            break
    else:
        process.wait()
        raise RuntimeError(f"the app never became ready (exit code {process.returncode})")
    process.stdout.close()
    process.kill()
    process.wait()
    return elapsed, rows


# The one-shot commands timed cold, start to exit: the mission's own question searched and asked (a narrative
# answer), and a structured question (a filter over the figures).
CLI_COMMANDS = {
    "search": ["search", "哪些项目的经费拖到2024年才支付", "-k", "5"],
    "ask": ["ask", "哪些项目的经费拖到2024年才支付"],
    "ask structured": ["ask", "执行率低于60%的项目"],
}


def measure_command(url: str, arguments: list[str]) -> float:
    """Seconds from starting a fresh `jixiao --db URL ARGUMENTS…` process to its exit.

    Args:
        url: the store URL.
        arguments: the command and its arguments.

    Returns:
        Wall seconds.
    """
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from cli import main; sys.exit(main())", "--db", url, *arguments],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _report(label: str, times: list[float]) -> str:
    return (f"{label}: median {statistics.median(times):.3f} s over {len(times)} runs "
            f"(min {min(times):.3f}, max {max(times):.3f})")


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the median startup time.

    Args:
        argv: command-line arguments (--db URL, --runs N).
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of an existing store")
    parser.add_argument("--runs", type=int, default=7, help="how many cold starts to time")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)
    if arguments.child:
        asyncio.run(_child(arguments.db))
        return
    measure(arguments.db)  # warm the OS file cache so the first timed run is not an outlier
    times, rows = [], 0
    for _ in range(arguments.runs):
        elapsed, rows = measure(arguments.db)
        times.append(elapsed)
    print(_report(f"startup to usable screen ({rows} forms)", times))
    for name, command in CLI_COMMANDS.items():
        measure_command(arguments.db, command)  # builds the index if it is missing, and warms the file cache
        print(_report(f"cold `jixiao {' '.join(command[:2])}`", [measure_command(arguments.db, command)
                                                                for _ in range(arguments.runs)]))


if __name__ == "__main__":
    main()
