"""Record text made safe to show on a terminal: control characters become visible, never obeyed."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, the C1 controls (0x9b alone is a CSI to many
# terminals), and the bidirectional overrides that reorder what a line appears to say.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC shows as ␛, BEL as ␇
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def terminal_safe(value: object) -> str:
    """Text of a record value as a terminal should show it, every control character visible.

    A goal holding ESC ] 0 ; … BEL would otherwise retitle the terminal, and ESC [ 2 J clear the
    screen. Tabs and line breaks are kept; everything else that a terminal would act on is
    replaced by a visible stand-in (␛, ␇, \\x9b, \\u202e), so the text is shown, not executed.

    Args:
        value: any value; None gives "".

    Returns:
        The text, safe to write to a terminal.
    """
    text = "" if value is None else str(value)
    return _UNSAFE.sub(_visible, text)
