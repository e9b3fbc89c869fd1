"""Helpers for the terminal-app tests: fresh stores, a scripted conversation, a lexical-only search service."""

from __future__ import annotations

import threading
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
    """A search service without a dense model: substring hits over goal and outcome; the model 'loads' once the
    test opens the gate, so a test decides when semantic search becomes ready instead of racing a timer."""

    def __init__(self, store: Store, model_gate: threading.Event | None = None) -> None:
        self.store = store
        self.model_gate = model_gate
        self.dense_ready = False
        self.queries: list[tuple[str, str]] = []

    def ensure_lexical(self) -> None:
        """Nothing to build."""

    def load_model(self) -> None:
        if self.model_gate is not None and not self.model_gate.wait(60):
            raise TimeoutError("the test never released the model")
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


async def wait_until(pilot, condition, timeout: float = 30.0) -> None:
    """Let the app run until condition() holds (workers finish on their own threads); the timeout only bounds a failure."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.02)


def workers_idle(app) -> bool:
    """No worker of the app (results, facet counts, search, services, answers) is pending or running."""
    return all(worker.is_finished for worker in app.workers)


def facets_fitted(app) -> bool:
    """Every shown facet list has its counts, cut to the width it has now (counts may arrive before layout)."""
    from tui.widgets.facets import FacetList

    return all(facet_list.label_width == facet_list.fitting_width
               for facet_list in app.query(FacetList) if facet_list.content_size.width and facet_list.pairs)


async def settle(pilot) -> None:
    """Wait until the screen stops changing on its own: results and facets shown, workers done, cursors still.

    Snapshots are compared after this, so whatever depends on timing (a worker finishing before or after the
    first layout, the facets' widths, the search status) must be final here.
    """
    from textual.widgets import Input, TextArea

    app = pilot.app
    await wait_until(pilot, lambda: app.results_ready and workers_idle(app))
    for widget in [*app.query(Input), *app.query(TextArea)]:
        widget.cursor_blink = False
    await pilot.pause()
    await wait_until(pilot, lambda: workers_idle(app) and facets_fitted(app))
    await pilot.pause()
