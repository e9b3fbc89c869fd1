"""A printed indicator figure as people write it: =90.00(%) → 90%, ≥90(%) → ≥90%, =97.00(人) → 97人."""

from __future__ import annotations

# "=" is how the forms print a plain target; people write the bare figure, so it is left out.
_SHOWN_COMPARISONS = ("≥", "≤", ">", "<")


def written(comparison: str | None, number: float | None, unit: str | None) -> str | None:
    """The figure in the short form a reader writes it, or None when the cell holds no number.

    Args:
        comparison: the parsed comparison (=, ≥, ≤, >, <) or None.
        number: the parsed number.
        unit: the parsed unit (%, 人, 小时, 元/人/月, …) or None.

    Returns:
        e.g. "≥90%", "97人", "7306.2平方米"; None without a number.
    """
    if number is None:
        return None
    figure = f"{number:.2f}".rstrip("0").rstrip(".")
    sign = comparison if comparison in _SHOWN_COMPARISONS else ""
    return f"{sign}{figure}{unit or ''}"


def with_written(printed: str, comparison: str | None, number: float | None, unit: str | None, zh: bool) -> str:
    """The printed cell followed by its short form when the two differ: "=90.00(%)（即 90%）".

    Args:
        printed: the cell as printed in the form (kept first: the source).
        comparison, number, unit: the parsed figure.
        zh: answer in Chinese.

    Returns:
        The printed text, with the short form added in brackets when it says something the printed text does not.
    """
    short = written(comparison, number, unit)
    if not short or short in printed:
        return printed
    return f"{printed}（即 {short}）" if zh else f"{printed} (i.e. {short})"
