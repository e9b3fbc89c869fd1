"""English numbers in words: ten, a dozen, twenty-five, thirty one, two hundred and fifty, a million."""

from __future__ import annotations

import re

WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "nil": 0}
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + _UNITS + ")?"
_BELOW_HUNDRED = r"(?:" + _TENS + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + _UNITS + ")"
# A regular-expression alternative for one number in words, the compounds first: two hundred and fifty, twenty-five,
# and "a" before a scale word (a million, a hundred thousand).
PATTERN = (r"(?:a|" + _UNITS + r") hundred(?:(?: and)? " + _BELOW_HUNDRED + r")?|" + _TENS + r"|a(?= (?:million|thousand)\b)|"
           + "|".join(sorted(WORDS, key=len, reverse=True)))


def value(text: str) -> float | None:
    """A number in words as a number: twenty-five → 25.0; None when the text is not one.

    Args:
        text: lower case, as PATTERN matched it.

    Returns:
        The number or None.
    """
    words = [word for word in re.split(r"[- ]", text) if word != "and"]
    words = ["one" if word == "a" else word for word in words]
    if not words or not all(word in WORDS for word in words):
        return None
    if "hundred" in words[1:]:  # two hundred and fifty: the words before "hundred" count hundreds
        at = words.index("hundred")
        return float(sum(WORDS[w] for w in words[:at]) * 100 + sum(WORDS[w] for w in words[at + 1:]))
    return float(sum(WORDS[word] for word in words))


# "one" as a pronoun: after the/that/this (the one approved at the start), or closing a noun phrase (the digitisation
# one, …) unless a quantity word says how many (more than one, at least one).
_ONE_AFTER_THE = re.compile(r"(?<![a-z])(?:the|that|this)\s+$")
_ONE_AFTER_WORD = re.compile(r"(?<![a-z])(?!(?:than|least|most|exactly|only|just|about|over|under|of)\s)[a-z]{3,}\s+$")
_ONE_CLOSES = re.compile(r"\s*(?:[?,.;:!)）？，。]|$|(?:that|which|whose|with|from|where)\b)")


def pronoun_one(text: str, i: int) -> bool:
    """Whether the "one" at i stands for a thing named ("the digitisation one") rather than the number 1.

    Args:
        text: the normalised question.
        i: where "one" starts.

    Returns:
        True for a pronoun.
    """
    before = text[:i]
    return bool(_ONE_AFTER_THE.search(before) or (_ONE_AFTER_WORD.search(before) and _ONE_CLOSES.match(text, i + 3)))
