"""Administrative names: a unit's name and its shorter forms without the leading 省/市/区/镇 prefixes."""

from __future__ import annotations

import re


def admin_variants(name: str) -> list[str]:
    """A name and its shorter forms without leading 省/市/区/镇 prefixes: 上海市闵行区浦江镇信访办 → 信访办.

    Args:
        name: a unit's or department's full name.

    Returns:
        The name, then each shorter form of at least three characters.
    """
    variants = [name]
    rest = name
    while True:
        match = re.match(r"^[\u4e00-\u9fff]{1,6}?(省|市|区|县|镇|街道|乡)", rest)
        if not match or len(rest) - match.end() < 3:
            break
        rest = rest[match.end():]
        variants.append(rest)
    return [variant for variant in variants if len(variant) >= 3 or variant == name]
