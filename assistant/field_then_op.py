"""A field phrase ending in a comparison word right before a figure (left over 300k): the shorter field, then the comparison."""

from __future__ import annotations

import dataclasses


def split_before_figures(tokens: list, fields: dict[str, str], ops: dict[str, str]) -> list:
    """Each field token whose last word is a comparison word (over, under, below) and whose other words name the same
    field, followed straight by a figure, read as that field and the comparison: "left over 300k yuan unspent" is
    more than 300k left, not a balance equal to 300k.

    Args:
        tokens: the question's tokens, stop words out.
        fields: field phrase → field key (the lexicon's).
        ops: comparison phrase → operator (the lexicon's).

    Returns:
        The tokens, each such field split in two.
    """
    out = []
    for k, token in enumerate(tokens):
        words = token.text.split()
        if token.kind == "field" and len(words) > 1 and k + 1 < len(tokens) and tokens[k + 1].kind == "number" \
                and words[-1].lower() in ops and fields.get(" ".join(words[:-1]).lower()) == token.key:
            head = " ".join(words[:-1])
            cut = token.start + token.text.rfind(words[-1])
            out.append(dataclasses.replace(token, end=token.start + len(head), text=head))
            out.append(dataclasses.replace(token, kind="op", key=ops[words[-1].lower()], start=cut, end=token.end,
                                           text=words[-1]))
            continue
        out.append(token)
    return out
