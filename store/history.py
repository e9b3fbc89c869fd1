"""Questions and SQL queries asked of one store, kept as JSON lines in the data directory and searchable."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

KINDS = ("question", "sql")


@dataclass(frozen=True)
class HistoryEntry:
    """One thing asked: the text as typed, whether it was a question or SQL, and when (UTC, ISO 8601)."""

    text: str
    kind: str
    at: str


def history_path(store_url: str, directory: Path | None = None) -> Path:
    """The history file of a store: history/<name>-<hash of the URL>.jsonl in the data directory.

    Args:
        store_url: the store's URL (each store keeps its own history).
        directory: the data directory (default: `store.database.data_dir()`).

    Returns:
        The path; the file may not exist yet.
    """
    if directory is None:
        from store.database import data_dir

        directory = data_dir()
    # The readable part names the database file or server database; the hash keeps two stores apart.
    tail = re.sub(r"[^A-Za-z0-9_.-]+", "_", store_url.rsplit("/", 1)[-1])[:40].strip("._") or "store"
    digest = hashlib.sha1(store_url.encode("utf-8")).hexdigest()[:10]
    return directory / "history" / f"{tail}-{digest}.jsonl"


class QueryHistory:
    """The questions and queries of one store, oldest first; appended to, never rewritten.

    Args:
        path: the JSON-lines file (see `history_path`).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.problems: list[str] = []  # file:line messages for lines that could not be read

    def add(self, text: str, kind: str = "question") -> HistoryEntry | None:
        """Keep one entry; empty text and a repeat of the newest entry are not kept again.

        Args:
            text: the question or SQL as typed.
            kind: "question" or "sql".

        Returns:
            The entry kept, or None when nothing was added.
        """
        if kind not in KINDS:
            raise ValueError(f"history kind must be one of {', '.join(KINDS)}, not {kind!r}")
        text = text.strip()
        if not text:
            return None
        entries = self.entries()
        if entries and entries[-1].text == text and entries[-1].kind == kind:
            return None
        entry = HistoryEntry(text, kind, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        return entry

    def entries(self, kind: str | None = None) -> list[HistoryEntry]:
        """Every readable entry, oldest first; unreadable lines are skipped and named in `problems`.

        Args:
            kind: only this kind; None for both.

        Returns:
            The entries.
        """
        self.problems = []
        if not self.path.is_file():
            return []
        entries = []
        with self.path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    entry = HistoryEntry(str(record["text"]), str(record["kind"]), str(record.get("at", "")))
                except (ValueError, KeyError, TypeError) as error:
                    self.problems.append(f"{self.path}:{number}: not a history entry ({error})")
                    continue
                if entry.kind not in KINDS:
                    self.problems.append(f"{self.path}:{number}: unknown kind {entry.kind!r}")
                    continue
                if kind is None or entry.kind == kind:
                    entries.append(entry)
        return entries

    def search(self, words: str = "", kind: str | None = None, limit: int | None = None) -> list[HistoryEntry]:
        """Entries containing every word (case-insensitive), newest first, each text once.

        Args:
            words: space-separated words; empty matches everything.
            kind: only this kind; None for both.
            limit: at most this many.

        Returns:
            The matching entries.
        """
        needles = [word.lower() for word in words.split()]
        found, seen = [], set()
        for entry in reversed(self.entries(kind)):
            key = (entry.kind, entry.text)
            if key in seen or not all(needle in entry.text.lower() for needle in needles):
                continue
            seen.add(key)
            found.append(entry)
            if limit is not None and len(found) >= limit:
                break
        return found
