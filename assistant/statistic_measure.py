"""The measure a statistic word names: the field right after it (平均执行率, average execution rate) before any other field named."""

from __future__ import annotations


def named_measure(tokens: list, used: set, function: str | None) -> int | None:
    """Where the field a statistic is taken of stands: right after the statistic's word, else the first free field.

    A question may name another amount on the way ("leaving out the form whose 执行数 is wrong, 平均执行率是多少"):
    the word after 平均 says what is averaged.

    Args:
        tokens: the composed tokens.
        used: indices composition used.
        function: the statistic asked (avg, median, sum, …), or None.

    Returns:
        The index of the field token, or None when no field is free.
    """
    def free(k: int) -> bool:
        return tokens[k].kind == "field" and k not in used and tokens[k].key != "year"

    after = next((k + 1 for k, t in enumerate(tokens[:-1]) if t.kind == "aggregate" and t.key == function and free(k + 1)), None)
    return after if after is not None else next((k for k in range(len(tokens)) if free(k)), None)
