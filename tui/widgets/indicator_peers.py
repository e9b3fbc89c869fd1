"""A modal listing the same indicator in other years of the project and in other projects."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from store.models import Form, Indicator
from tui.text import clip, literal


def group_peers(indicator: Indicator, form: Form, pairs: list[tuple[Indicator, Form]]) -> list[tuple[str, Indicator, Form]]:
    """Order the other occurrences: same project in other years first, then other projects.

    Args:
        indicator: the indicator the reviewer is looking at (left out).
        form: its form.
        pairs: (indicator, form) pairs from store.query.list_indicators.

    Returns:
        (group label, indicator, form) triples.
    """
    same_project, others = [], []
    for peer, peer_form in pairs:
        if peer.id == indicator.id:
            continue
        if peer_form.project_key == form.project_key:
            same_project.append(("other year", peer, peer_form))
        else:
            others.append(("other project", peer, peer_form))
    # Exactly the same wording first within each group; list_indicators matches substrings.
    exact_first = lambda triple: (triple[1].name != indicator.name, triple[2].year or 0)
    return sorted(same_project, key=exact_first) + sorted(others, key=exact_first)


class IndicatorPeersScreen(ModalScreen[int | None]):
    """Enter opens the chosen form; Escape closes."""

    BINDINGS = [Binding("escape", "dismiss_none", "Close")]

    def __init__(self, indicator: Indicator, form: Form, pairs: list[tuple[Indicator, Form]]) -> None:
        super().__init__()
        self.indicator = indicator
        self.peers = group_peers(indicator, form, pairs)

    def compose(self) -> ComposeResult:
        with Vertical(id="peers-dialog", classes="dialog"):
            title = Text("same indicator elsewhere: ", style="bold")
            title.append_text(literal(self.indicator.name, "bold cyan"))
            yield Static(title, markup=False)
            if not self.peers:
                yield Static(Text("Only this form has this indicator.", style="dim"), markup=False)
            else:
                yield DataTable(id="peers", cursor_type="row", zebra_stripes=True)
            yield Static(Text("Enter open form · Esc close", style="dim"), markup=False)

    def on_mount(self) -> None:
        if not self.peers:
            return
        table = self.query_one("#peers", DataTable)
        for key, label, width in (("group", "", 13), ("project", "project", 24), ("year", "year", 4),
                                  ("target", "年度指标值", 14), ("actual", "实际完成值", 14), ("score", "得分", 5)):
            table.add_column(Text(label, style="bold"), key=key, width=width)
        for index, (group, peer, peer_form) in enumerate(self.peers):
            table.add_row(Text(group, style="dim"), literal(clip(peer_form.project_name, 24)), literal(peer_form.year),
                          literal(clip(peer.target, 14)), literal(clip(peer.actual, 14)), literal(peer.score_printed),
                          key=str(index))
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        _group, _peer, peer_form = self.peers[int(event.row_key.value)]
        self.dismiss(peer_form.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
