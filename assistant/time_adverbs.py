"""A word for "in the end" right before a field (最后执行率没做到100%): a time, not the last of a ranking."""

from __future__ import annotations

from functools import lru_cache

from . import data_files


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The words of assistant/data/time_adverbs.tsv.

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return frozenset(word for _, cells in data_files.rows("time_adverbs.tsv", 1, "'words (| separated)'",
                                                          lambda cells: bool(cells[0].strip()))
                     for word in cells[0].split("|") if word)


def rankings_in_time(tokens: list) -> list:
    """The tokens without a ranking word that is a time adverb: one of those words right before a field (最后执行率,
    最终执行率) says when, while 执行率排在最后 / 执行率最后的 still ranks.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such ranking words left out.
    """
    return [token for k, token in enumerate(tokens)
            if not (token.kind == "superlative" and token.text in _words() and k + 1 < len(tokens)
                    and tokens[k + 1].kind == "field" and tokens[k + 1].start - token.end <= 1)]
