"""Negated words in a narrative question (没达到, 未能完成): the forms write the negation too, in one of its forms."""

from __future__ import annotations

from assistant import vocabulary as vocab

# Each way of writing "not" the forms use, longest first (没有 before 没); 不 negates adjectives (不合格).
NEGATORS = tuple(sorted({word for group in vocab.NEGATION_VARIANTS_ZH for word in group if len(word) <= 3} | {"不"},
                        key=len, reverse=True))


def negated(words: list[str], parts) -> list[tuple[str, tuple[str, ...], str]]:
    """The negated words of a question cut into words: a negator followed by a word.

    Args:
        words: the question's words in order (jieba's cut, negators as their own words).
        parts: splits a compound into its words (达到目标 → 达到, 目标); the negation binds the first.

    Returns:
        (label as written, every negated form the forms may write, the word negated) per negation.
    """
    found = []
    for before, word in zip(words, words[1:]):
        if before in NEGATORS and len(word) >= 2 and not word.startswith(NEGATORS):
            head = parts(word)[0]
            found.append((before + head, tuple(dict.fromkeys([before + head] + [n + head for n in NEGATORS
                                                                                  if n not in ("不",) or before == "不"])),
                          head))
    return found
