"""A chart of store.charts data drawn by plotext inside the app, and the screen that chooses which chart."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static
from textual_plotext import PlotextPlot

from store.charts import ChartData
from tui.plotting import aligned, draw

# key, chart name in store.charts.CHARTS, what it shows
CHART_KEYS: tuple[tuple[str, str, str], ...] = (
    ("1", "rate-by-unit", "execution rate by unit"),
    ("2", "scores", "total scores"),
    ("3", "budget-spending", "budget against spending"),
)


class ChartView(PlotextPlot):
    """One chart; wide (CJK) labels are aligned after plotext has drawn them."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.chart: ChartData | None = None
        self._extra = 0

    def show(self, chart: ChartData) -> None:
        """Draw a chart in place of the previous one.

        Args:
            chart: what to draw.
        """
        self.chart = chart
        self._extra = draw(self.plt, chart)
        self.refresh()

    def render(self) -> Text:
        if self.chart is None:
            return Text("")
        width, height = max(10, self.size.width - self._extra), self.size.height
        self.plt.plotsize(width, height)
        self.plt._set_size(width, height)  # as textual-plotext's own render does (its issue #5)
        self.plt.theme(self._get_plotext_theme_name(self.app.theme))
        return aligned(self.plt.build())


class ChartScreen(ModalScreen[None]):
    """A chart over the forms in the results, or of a query's result; 1 2 3 switch charts, esc closes."""

    BINDINGS = [Binding("escape,q,g", "close", "Close")] + [
        Binding(key, f"chart('{name}')", label) for key, name, label in CHART_KEYS]

    def __init__(self, chart: ChartData, load: Callable[[str], ChartData] | None = None) -> None:
        """
        Args:
            chart: the chart shown first.
            load: builds another chart by its name (None when the chart is a query's and cannot be switched).
        """
        super().__init__()
        self.first = chart
        self.load = load

    def compose(self) -> ComposeResult:
        with Vertical(id="chart-dialog", classes="dialog"):
            yield ChartView(id="chart")
            yield Static("", id="chart-note", markup=False)

    def on_mount(self) -> None:
        self.show(self.first)

    def show(self, chart: ChartData) -> None:
        """Draw a chart and its note.

        Args:
            chart: what to draw.
        """
        self.query_one("#chart", ChartView).show(chart)
        keys = "  ".join(f"{key} {label}" for key, _name, label in CHART_KEYS) if self.load else ""
        note = Text(chart.note, style="dim")
        if keys:
            note.append(("\n" if chart.note else "") + keys + "  esc close", style="dim italic")
        self.query_one("#chart-note", Static).update(note)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.load is not None if action == "chart" else True

    def action_chart(self, name: str) -> None:
        """Switch to another chart of the same forms."""
        if self.load is not None:
            self.show(self.load(name))

    def action_close(self) -> None:
        self.dismiss(None)
