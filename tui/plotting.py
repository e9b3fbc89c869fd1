"""Draw a store.charts.ChartData: with plotext (the app's chart widget, `jixiao chart` in a terminal) or matplotlib (files)."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from rich.text import Text

from store.charts import ChartData, ChartError
from tui.text import clip_middle, short_name

LABEL_CELLS = 16  # bar labels are cut in the middle to this many cells, so the bars keep their room
FILE_FORMATS = (".png", ".svg")


def _bar_labels(chart: ChartData) -> tuple[list[str], int]:
    """Bar labels cut to LABEL_CELLS, padded so plotext (which counts characters, not cells) aligns them.

    Returns:
        The labels and how many cells wider than plotext believes each is (its wide characters).
    """
    # Unit names lose the place names every row shares; the rest is cut in the middle like the facets.
    shorten = short_name if chart.x_label == "implementing unit" else str
    labels = [clip_middle(shorten(str(label)), LABEL_CELLS) for label in chart.x]
    wide = [cell_len(label) - len(label) for label in labels]
    most_wide = max(wide, default=0)
    # Equal wide characters (ideographic spaces) and equal length (spaces) make every label equally wide on screen.
    padded = ["\u3000" * (most_wide - count) + label for label, count in zip(labels, wide)]
    longest = max((len(label) for label in padded), default=0)
    return [label.rjust(longest) for label in padded], most_wide


def draw(plt, chart: ChartData) -> int:
    """Draw a chart on a plotext-like object (the `plotext` module, or a textual-plotext widget's `plt`).

    Args:
        plt: the plotext interface to draw on; its previous figure is cleared.
        chart: what to draw.

    Returns:
        Cells the drawing is wider than plotext believes (wide characters in labels): plot that much narrower.
    """
    plt.clear_data()
    plt.clear_figure()
    plt.title(chart.title)
    if chart.kind == "bar":
        labels, extra = _bar_labels(chart)
        plt.bar(labels, chart.y, orientation="horizontal", width=0.6)
        plt.xlabel(chart.y_label)
        return extra
    if chart.kind == "scatter":
        plt.scatter(chart.x, chart.y, marker="dot")
        if chart.x and chart.y:
            # The diagonal: points below it spent less than their budget.
            top = max(max(chart.x), max(chart.y))
            plt.plot([0, top], [0, top], marker="braille", color="gray")
        plt.xlabel(chart.x_label)
        plt.ylabel(chart.y_label)
        return 0
    raise ChartError(f"unknown chart kind {chart.kind!r}")


def aligned(plotted: str) -> Text:
    """plotext's output as Rich Text, each line padded on the left to the widest one.

    plotext pads lines by characters, so a line holding wide (CJK) characters is wider on screen than the rest;
    padding the others by the difference puts the axis back in one column.

    Args:
        plotted: what plotext built (with ANSI colours).

    Returns:
        The aligned text.
    """
    lines = Text.from_ansi(plotted).split("\n")
    widest = max((line.cell_len for line in lines), default=0)
    out = Text()
    for index, line in enumerate(lines):
        if index:
            out.append("\n")
        out.append(" " * (widest - line.cell_len))
        out.append_text(line)
    return out


def terminal_chart(chart: ChartData, width: int, height: int) -> Text:
    """The chart for a terminal, as the app's widget draws it.

    Args:
        chart: what to draw.
        width: columns.
        height: lines.

    Returns:
        The chart as Rich Text; the note, when there is one, on the line below.
    """
    import plotext

    extra = draw(plotext, chart)
    plotext.theme("pro")
    plotext.plotsize(width - extra, height)
    text = aligned(plotext.build())
    if chart.note:
        text.append("\n" + chart.note, style="dim")
    return text


def save_chart(chart: ChartData, path: Path) -> Path:
    """Write the chart as a PNG or SVG file with matplotlib (an optional dependency).

    Args:
        chart: what to draw.
        path: a .png or .svg path.

    Returns:
        The path written.

    Raises:
        ChartError: for another suffix, or when matplotlib is not installed.
    """
    if path.suffix.lower() not in FILE_FORMATS:
        raise ChartError(f"{path}: charts are written as {' or '.join(FILE_FORMATS)}, not {path.suffix or 'no suffix'}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError as error:
        raise ChartError("PNG and SVG charts need matplotlib, which is not installed: "
                         "pip install matplotlib (or pip install 'jixiao[charts]')") from error
    # Noto or WenQuanYi fonts show the Chinese labels when installed; matplotlib falls back to its default otherwise.
    pyplot.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "SimHei", "DejaVu Sans"]
    figure, axes = pyplot.subplots(figsize=(9, max(3.5, 0.35 * len(chart.x) + 1.5) if chart.kind == "bar" else 6))
    if chart.kind == "bar":
        axes.barh([str(label) for label in chart.x], chart.y, color="#4c78a8")
        axes.set_xlabel(chart.y_label)
        axes.invert_yaxis()
    else:
        axes.scatter(chart.x, chart.y, s=14, color="#4c78a8")
        if chart.x and chart.y:
            top = max(max(chart.x), max(chart.y))
            axes.plot([0, top], [0, top], color="#999999", linewidth=0.8)
        axes.set_xlabel(chart.x_label)
        axes.set_ylabel(chart.y_label)
    axes.set_title(chart.title)
    if chart.note:
        figure.text(0.01, 0.01, chart.note, fontsize=8, color="#666666")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    pyplot.close(figure)
    return path
