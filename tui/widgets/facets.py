"""The facets pane: year, department, unit, grade and check findings with counts; toggling narrows the results."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from tui.data import FACETS, FacetCounts
from store.safe_text import terminal_safe
from tui.text import clip_middle


def facet_label(value: str, count: int, width: int) -> Text:
    """A facet option: the value, cut in the middle to fit so the count always shows, dim when nothing matches.

    Args:
        value: the value as stored (its start and its distinctive end both stay visible).
        count: forms having it.
        width: cells available for value and count.

    Returns:
        The label.
    """
    number = f" {count}"
    label = Text(clip_middle(terminal_safe(value), max(4, width - len(number))), style="dim" if count == 0 else "")
    label.append(number, style="dim" if count == 0 else "cyan")
    return label


class FacetList(SelectionList[str]):
    """The values of one facet as toggles."""

    def __init__(self, facet: str) -> None:
        super().__init__(id=f"facet-{facet}", classes="facet-list", compact=True)
        self.facet = facet
        self.pairs: list[tuple[str, int]] = []
        self.label_width: int | None = None  # the width the labels were cut to; None before any counts

    @property
    def fitting_width(self) -> int:
        """Cells a label may take: the list's width less the toggle (option lines cannot wrap)."""
        return (self.content_size.width or 24) - 5

    def set_counts(self, pairs: list[tuple[str, int]], selected: frozenset[str]) -> None:
        """Replace the options, keeping the selection and the highlighted value.

        Args:
            pairs: (value, count) pairs, most common first.
            selected: values to show as chosen.
        """
        self.pairs = list(pairs)
        highlighted = self.highlighted
        current = self.get_option_at_index(highlighted).value if highlighted is not None and self.option_count else None
        width = self.label_width = self.fitting_width
        with self.prevent(SelectionList.SelectedChanged):
            self.clear_options()
            self.add_options([Selection(facet_label(value, count, width), value, value in selected)
                              for value, count in pairs])
        values = [value for value, _count in pairs]
        if current in values:
            self.highlighted = values.index(current)

    def watch__mouse_hovering_over(self, index: int | None) -> None:
        # A cut value is shown whole in a tooltip while the mouse rests on it.
        self.tooltip = self.pairs[index][0] if index is not None and 0 <= index < len(self.pairs) else None

    def on_resize(self) -> None:
        # Counts may arrive before the first layout; labels are cut again to the width the list finally has.
        if self.content_size.width and self.label_width is not None and self.label_width != self.fitting_width:
            self.set_counts(self.pairs, frozenset(self.selected))


class FacetsPane(VerticalScroll):
    """Every facet under a heading; space or a click toggles a value."""

    class Changed(Message):
        """The user toggled facet values."""

        def __init__(self, selections: dict[str, frozenset[str]]) -> None:
            super().__init__()
            self.selections = selections

    def compose(self) -> ComposeResult:
        for facet, heading in FACETS:
            yield Static(Text(heading, style="bold"), classes="facet-heading", markup=False)
            yield FacetList(facet)

    @property
    def selections(self) -> dict[str, frozenset[str]]:
        """The chosen values per facet (facets with nothing chosen are left out)."""
        chosen = {}
        for facet_list in self.query(FacetList):
            if facet_list.selected:
                chosen[facet_list.facet] = frozenset(facet_list.selected)
        return chosen

    def show_counts(self, counts: FacetCounts) -> None:
        """Show new counts without changing what is selected.

        Args:
            counts: counts per facet.
        """
        selections = self.selections
        for facet_list in self.query(FacetList):
            facet_list.set_counts(counts.values.get(facet_list.facet, []), selections.get(facet_list.facet, frozenset()))

    def clear(self) -> None:
        """Deselect every value."""
        for facet_list in self.query(FacetList):
            with facet_list.prevent(SelectionList.SelectedChanged):
                facet_list.deselect_all()
        self.post_message(self.Changed({}))

    def toggle(self, facet: str, value: str) -> None:
        """Toggle one value, as a click would (used by the command palette and tests).

        Args:
            facet: the facet key.
            value: the value.
        """
        self.query_one(f"#facet-{facet}", FacetList).toggle(value)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self.post_message(self.Changed(self.selections))
