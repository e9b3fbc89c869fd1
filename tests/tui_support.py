"""Helpers for the terminal-app tests: fresh stores, a scripted conversation, a lexical-only search service."""

from __future__ import annotations

import time
from pathlib import Path

from assistant.answer import Answer, AnswerRecord
from corpus import default_files
from index.hits import Hit
from store.database import Store
from store.ingest import ingest_paths
from store.query import FormFilter, Range, list_forms

MARKUP_GOAL = "[bold]x[/] [red]"
SEED_GOAL = "保障社工2023年度工资福利、公用经费等的正常支出。"


def corpus_store(directory: Path) -> Store:
    """A fresh store holding the bundled corpus."""
    store = Store(f"sqlite:///{directory}/t.db")
    ingest_paths(store, default_files())
    return store


def markup_store(directory: Path) -> Store:
    """A store whose first form's 预期目标 holds markup characters."""
    seed = default_files()[0].read_text(encoding="utf-8")
    assert SEED_GOAL in seed
    copy = directory / "markup.txt"
    copy.write_text(seed.replace(SEED_GOAL, MARKUP_GOAL, 1), encoding="utf-8")
    store = Store(f"sqlite:///{directory}/markup.db")
    ingest_paths(store, [copy])
    return store


class ScriptedConversation:
    """Answers like the assistant would, from store.query: low execution rate, then a follow-up narrowing it."""

    def __init__(self, store: Store, search=None) -> None:
        self.store = store
        self.search = search
        self.questions: list[str] = []
        self.previous: list = []

    def ask(self, question: str) -> Answer:
        self.questions.append(question)
        if question.startswith("其中") and self.previous:
            forms = sorted(self.previous, key=lambda form: -(form.total_score or 0))[:1]
            interpretation = f"上一问的结果中 总分最高 · {len(forms)} form"
        else:
            forms = list_forms(self.store, FormFilter(ranges=[Range("execution_rate", "<", 60)]),
                               order_by="execution_rate")
            interpretation = f"执行率 < 60% · {len(forms)} forms"
        self.previous = forms
        records = [AnswerRecord(form.id, form.project_name, form.year, f"执行率 {form.execution_rate_printed}%")
                   for form in forms]
        return Answer(question=question, interpretation=interpretation, text=f"{len(forms)} 个项目。", kind="list",
                      records=records, highlight_terms=[])


class LexicalOnlySearch:
    """A search service without a dense model: substring hits over goal and outcome, model 'loads' on request."""

    def __init__(self, store: Store, load_seconds: float = 0.0) -> None:
        self.store = store
        self.load_seconds = load_seconds
        self.dense_ready = False
        self.queries: list[tuple[str, str]] = []

    def ensure_lexical(self) -> None:
        """Nothing to build."""

    def load_model(self) -> None:
        time.sleep(self.load_seconds)
        self.dense_ready = True

    def search(self, query: str, k: int = 10, mode: str = "hybrid", form_filter=None, fields=None) -> list[Hit]:
        self.queries.append((query, mode))
        hits = []
        for form in list_forms(self.store, FormFilter(text_contains=[query])):
            text = next((value for value in (form.goal, form.outcome, form.project_name) if value and query in value),
                        form.project_name)
            hits.append(Hit(form.id, form.project_name, form.year, "goal", text, 1.0, matched_terms=[query],
                            retrievers=[mode]))
        return hits[:k]


async def wait_until(pilot, condition, timeout: float = 5.0) -> None:
    """Let the app run until condition() holds (workers finish on their own threads)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.02)


async def settle(pilot) -> None:
    """Wait for the first results and stop every cursor blinking, for stable screenshots."""
    from textual.widgets import Input

    await wait_until(pilot, lambda: pilot.app.results_ready)
    for widget in pilot.app.query(Input):
        widget.cursor_blink = False
    await pilot.pause()
