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


def role_words(name: str, roles: tuple[str, ...],
               folder: Traversable | None = None) -> dict[tuple[str, str], list[str]]:
    """The words of a file of 'zh|en<TAB>role<TAB>word|word…' rows, by language and role, longest first.

    Args:
        name: the file's name under assistant/data (e.g. "batches.tsv").
        roles: the roles a row may give; another role is a malformed row.
        folder: where the file is; the package's assistant/data when None.

    Returns:
        (lang, role) → its words, each once, longest first (so an alternation tries the longer word first).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    found: dict[tuple[str, str], list[str]] = {}
    for _, cells in rows(name, 3, "'zh|en<TAB>role<TAB>words'",
                         lambda cells: cells[0] in ("zh", "en") and cells[1] in roles, folder):
        found.setdefault((cells[0], cells[1]), []).extend(word for word in cells[2].split("|") if word)
    return {key: sorted(set(words), key=len, reverse=True) for key, words in found.items()}


def role_patterns(name: str, roles: tuple[str, ...],
                  folder: Traversable | None = None) -> dict[tuple[str, str], str]:
    """The patterns of a file of 'zh|en<TAB>role<TAB>pattern' rows, the rows of one language and role as alternatives.

    Args:
        name: the file's name under assistant/data (e.g. "remarks.tsv").
        roles: the roles a row may give; another role is a malformed row.
        folder: where the file is; the package's assistant/data when None.

    Returns:
        (lang, role) → one regular expression, "(?:row)|(?:row)…" in file order.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    found: dict[tuple[str, str], list[str]] = {}
    for _, cells in rows(name, 3, f"'zh|en<TAB>{'|'.join(roles)}<TAB>pattern'",
                         lambda cells: cells[0] in ("zh", "en") and cells[1] in roles, folder):
        found.setdefault((cells[0], cells[1]), []).append(cells[2].strip())
    return {key: "|".join(f"(?:{pattern})" for pattern in patterns) for key, patterns in found.items()}
