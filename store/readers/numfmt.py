"""Rendering spreadsheet numbers the way the sheet displays them, from their number format."""

from __future__ import annotations

import datetime as dt
import re
import math
from decimal import ROUND_HALF_UP, Decimal, localcontext

# Colours, conditions and locale ids change how Excel paints a number, not its text.
_BRACKET = re.compile(r"\[[^\]]*\]")
_PLACEHOLDERS = "0#?"
_PRECISION = 400  # digits: the largest float has 309 before the point, formats rarely show more than 30 after


def format_general(value: float | int) -> str:
    """Render a number as Excel's General format does, without binary-float noise.

    Args:
        value: the cell value.

    Returns:
        "100" for 100.0, "99.55" for 99.55, "0.3" for 0.1 + 0.2.
    """
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    return f"{value:.15g}"


def format_datetime(value: dt.datetime | dt.date | dt.time) -> str:
    """Render a date or time cell as ISO text; midnight datetimes are shown as plain dates.

    Args:
        value: the cell value.

    Returns:
        For example "2023-12-31" or "2023-12-31 14:30".
    """
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    return value.isoformat()


def _split_sections(number_format: str) -> list[str]:
    """Split a format at the semicolons that are not quoted or escaped."""
    sections, current, quoted, escaped = [], "", False, False
    for char in number_format:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            current, escaped = current + char, True
        elif char == '"':
            current, quoted = current + char, not quoted
        elif char == ";" and not quoted:
            sections.append(current)
            current = ""
        else:
            current += char
    return sections + [current]


def _tokenize(section: str) -> list[tuple[str, str]] | None:
    """Break one section into ("lit", text) and ("num", placeholders) parts; None if unsupported."""
    parts: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        char = section[i]
        if char == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            parts.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif char == "\\":
            parts.append(("lit", section[i + 1 : i + 2]))
            i += 2
        elif char == "_":  # pads the width of the next character: a space on screen
            parts.append(("lit", " "))
            i += 2
        elif char == "*":  # repeats the next character to fill the column: nothing in text
            i += 2
        elif char == "[":
            end = section.find("]", i)
            end = len(section) if end < 0 else end
            content = section[i + 1 : end]
            if content.startswith("$"):  # [$¥-804]: a currency symbol plus a locale id
                parts.append(("lit", content[1:].split("-")[0]))
            i = end + 1
        elif char in _PLACEHOLDERS or (char in ".," and i + 1 < len(section) and section[i + 1] in _PLACEHOLDERS + ".,"):
            start = i
            while i < len(section) and section[i] in _PLACEHOLDERS + ".,":
                i += 1
            if any(kind == "num" for kind, _ in parts):
                return None  # fractions, phone-number style formats: rare, fall back to General
            parts.append(("num", section[start:i]))
        elif char in "eE" and i + 1 < len(section) and section[i + 1] in "+-":
            return None  # scientific notation
        elif char.lower() in "ymdhs" or char == "/":
            return None  # a date or fraction code on a number the library did not call a date
        else:
            parts.append(("lit", char))
            i += 1
    return parts


def _render_digits(value: Decimal, pattern: str) -> str:
    """Render a non-negative value with a placeholder run such as "#,##0.00"."""
    integer_pattern, _, fraction_pattern = pattern.partition(".")
    # Commas after the last integer placeholder scale by a thousand each ("#,##0," shows thousands).
    scale = len(integer_pattern) - len(integer_pattern.rstrip(","))
    integer_pattern = integer_pattern.rstrip(",")
    grouped = "," in integer_pattern
    min_integer = integer_pattern.count("0")
    max_fraction = sum(fraction_pattern.count(p) for p in _PLACEHOLDERS)
    min_fraction = len(fraction_pattern.rstrip("#?").replace(",", ""))
    value = value / (Decimal(1000) ** scale)
    rounded = value.quantize(Decimal(1).scaleb(-max_fraction), rounding=ROUND_HALF_UP)
    integer_part, _, fraction_part = f"{rounded:f}".partition(".")
    fraction_part = fraction_part.rstrip("0").ljust(min_fraction, "0")
    number = int(integer_part)
    integer_text = (f"{number:,}" if grouped else str(number)) if number else ""
    integer_text = integer_text.rjust(min_integer, "0") if len(integer_text) < min_integer else integer_text
    if "." not in pattern:
        return integer_text
    return f"{integer_text}.{fraction_part}"


def format_number(value: float | int, number_format: str | None) -> str:
    """Render a number as a spreadsheet cell with this number format displays it.

    Covers what forms use: General, fixed decimals, thousands separators, percentages, quoted
    units and currency symbols, sign sections. Anything else (scientific, fractions) is
    rendered as General, which loses no digits.

    Args:
        value: the cell value.
        number_format: the cell's format code, e.g. "#,##0.00"; None or "General" for none.

    Returns:
        The displayed text, e.g. "2,087.07" for 2087.07 with "#,##0.00".
    """
    if not math.isfinite(value):
        return format_general(value)  # "inf": shown as stored, then flagged as an unreadable figure
    sections = _split_sections(number_format or "General")
    negative = value < 0
    if value == 0 and len(sections) >= 3:
        section, sign = sections[2], ""
    elif negative and len(sections) >= 2:
        section, sign = sections[1], ""  # the negative section prints its own sign, if any
    else:
        section, sign = sections[0], "-" if negative else ""
    if re.search(r"\[[<>=]", section):
        return format_general(value)  # conditional sections: rare, and General loses nothing
    bare = _BRACKET.sub("", section).strip()
    if not bare or bare.lower() == "general" or bare == "@":
        return format_general(value)
    parts = _tokenize(section)
    if parts is None:
        return format_general(value)
    magnitude = Decimal(repr(abs(value))) if isinstance(value, float) else Decimal(abs(value))
    percent_signs = sum(text.count("%") for kind, text in parts if kind == "lit")
    magnitude *= Decimal(100) ** percent_signs
    # Enough precision for any float's digits: the default 28 fails on 1e26 under "#,##0.00".
    with localcontext(prec=_PRECISION):
        rendered = "".join(_render_digits(magnitude, text) if kind == "num" else text for kind, text in parts)
    return (sign + rendered).strip()
