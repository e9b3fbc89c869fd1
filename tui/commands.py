"""Command palette entries for the main actions of the jixiao app."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class JixiaoCommands(Provider):
    """Search, ask, export, facets, sorting and help, by name."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        from tui.widgets.results_table import COLUMNS

        app = self.app
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Search or ask", "back to the input: words search as you type, enter asks (/)",
             partial(app.run_action, "focus_input")),
            ("SQL pane", "open or close the read-only SQL editor (F2)", partial(app.run_action, "toggle_sql")),
            ("Edit as SQL", "open the last answer's SQL in the SQL pane (ctrl+e)", partial(app.run_action, "edit_sql")),
            ("Chart", "chart the results: execution rate by unit, scores, budget against spending (g)",
             partial(app.run_action, "chart")),
            ("History", "search earlier questions and queries, run one again (ctrl+r)",
             partial(app.run_action, "history")),
            ("Export results", "write the results as CSV or Markdown (e)", partial(app.run_action, "export")),
            ("Open highlighted form", "show the form under the cursor (enter)", partial(app.run_action, "open_form")),
            ("Toggle facets", "show or hide the facets pane (f)", partial(app.run_action, "toggle_facets")),
            ("Clear facets", "deselect every facet value", partial(app.run_action, "clear_facets")),
            ("Show every form", "clear search, answer and facets (x)", partial(app.run_action, "reset")),
            ("Copy indicator wording", "copy the matched indicator (c)", partial(app.run_action, "copy_indicator")),
            ("Original order", "relevance or ingest order (o)", partial(app.run_action, "sort('')")),
            ("Help", "keys and panes (?)", partial(app.run_action, "help")),
        ]
        for column in COLUMNS:
            commands.append((f"Sort by {column.label}", f"sort the results by {column.label}, ascending",
                             partial(app.run_action, f"sort('{column.key}')")))
            commands.append((f"Sort by {column.label} descending", f"largest {column.label} first",
                             partial(app.run_action, f"sort('{column.key}', True)")))
        return commands

    async def discover(self) -> Hits:
        for name, help_text, command in self._commands():
            if "descending" in name or name.startswith("Sort by"):
                continue
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, command in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, text=name, help=help_text)
