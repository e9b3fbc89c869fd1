"""A count pointing at forms just named (质保金那两个, 人才这三个项目): how many there are, no figure of a condition."""

from __future__ import annotations

# What the count may point back at: forms named by their name, a part of it, a tag or a unit.
_NAMED = ("project", "quoted_project", "topic", "tag", "unit", "department")
_POINTERS = ("那", "这")


def without_pointer_counts(tokens: list) -> list:
    """The tokens without a small count that follows 那/这 after a name (质保金那两个): it restates how many forms the
    name picks, so it is neither a condition nor a word left unread.

    Args:
        tokens: the question's tokens, stop words out, swap words still in.

    Returns:
        The tokens, such counts left out.
    """
    return [t for k, t in enumerate(tokens)
            if not (t.kind == "number" and t.unit == "count" and t.value is not None and float(t.value).is_integer()
                    and 0 < t.value <= 20 and k >= 2 and tokens[k - 1].text in _POINTERS
                    and tokens[k - 1].end == t.start and tokens[k - 2].kind in _NAMED)]
