"""Rows of the assistant's data files (assistant/data/*.tsv): tab-separated cells; blank lines and '#' comments skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable


def rows(name: str, width: int | None = None, expected: str = "",
         valid: Callable[[list[str]], bool] = lambda cells: True,
         folder: Traversable | None = None) -> Iterator[tuple[int, list[str]]]:
    """The rows of one data file, each checked, so a slip in a file names its line instead of misreading questions.

    Args:
        name: the file's name under assistant/data (e.g. "lexicon.tsv").
        width: how many tab-separated cells every row has; None when rows vary.
        expected: what a row should look like, for the error message.
        valid: a further check of a row's cells.
        folder: where the file is; the package's assistant/data when None.

    Returns:
        (line number, cells) for each row, in file order.

    Raises:
        ValueError: naming the file and line of a row with another number of cells or failing ``valid``.
    """
    text = (folder or resources.files("assistant").joinpath("data")).joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if (width is not None and len(cells) != width) or not valid(cells):
            raise ValueError(f"assistant/data/{name}:{number}: expected {expected}, got {line!r}")
        yield number, cells
