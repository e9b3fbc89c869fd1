"""Administrative names: a unit's name and its shorter forms without the leading 省/市/区/镇 prefixes or its office word."""

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


# The words for forms a unit's name without its office word names them by (the 信访 projects, 信访的项目).
_FORMS_AFTER = (" ones", " projects", " project", " forms", " form", " programmes", " programs", " schemes", "的项目")


def group_phrases(name: str, offices: tuple[str, ...]) -> list[str]:
    """A unit's name without its office word (办, 中心: the lexicon's name ends), followed by a word for its forms.

    Args:
        name: a unit's or department's name (信访办).
        offices: the office words a name may end in.

    Returns:
        The phrases, lower case (信访 projects, 信访 ones, 信访的项目 …); none when the name ends in no office word or
        too little is left of it (two characters at least).
    """
    for office in sorted(offices, key=len, reverse=True):
        short = name.removesuffix(office)
        if short != name and len(short) >= 2:
            return [f"{short}{after}".lower() for after in _FORMS_AFTER]
    return []
