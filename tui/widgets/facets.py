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
from tui.text import clip, short_name


_SHORTENED = ("department", "implementing_unit")


def facet_label(facet: str, value: str, count: int, width: int) -> Text:
    """A facet option: the value, cut to fit so the count always shows, dim when nothing matches.

    Args:
        facet: the facet key; department and unit names lose their leading place names.
        value: the value as stored.
        count: forms having it.
        width: cells available for value and count.

    Returns:
        The label.
    """
    number = f" {count}"
    shown = short_name(value) if facet in _SHORTENED else value
    label = Text(clip(terminal_safe(shown), max(4, width - len(number))), style="dim" if count == 0 else "")
    label.append(number, style="dim" if count == 0 else "cyan")
    return label


class FacetList(SelectionList[str]):
    """The values of one facet as toggles."""

    def __init__(self, facet: str) -> None:
        super().__init__(id=f"facet-{facet}", classes="facet-list", compact=True)
        self.facet = facet

    def set_counts(self, pairs: list[tuple[str, int]], selected: frozenset[str]) -> None:
        """Replace the options, keeping the selection and the highlighted value.

        Args:
            pairs: (value, count) pairs, most common first.
            selected: values to show as chosen.
        """
        highlighted = self.highlighted
        current = self.get_option_at_index(highlighted).value if highlighted is not None and self.option_count else None
        # Option lines cannot wrap (one line per option), so labels are cut to the list's width less the toggle.
        width = (self.content_size.width or 24) - 5
        with self.prevent(SelectionList.SelectedChanged):
            self.clear_options()
            self.add_options([Selection(facet_label(self.facet, value, count, width), value, value in selected)
                              for value, count in pairs])
        values = [value for value, _count in pairs]
        if current in values:
            self.highlighted = values.index(current)


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
