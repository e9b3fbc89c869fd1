"""English numbers in words: ten, a dozen, twenty-five, thirty one."""

from __future__ import annotations

import re

WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
          "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "nil": 0}
# A regular-expression alternative for one number in words, the compounds (twenty-five) first.
PATTERN = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
           + "|".join(sorted(WORDS, key=len, reverse=True)))


def value(text: str) -> float | None:
    """A number in words as a number: twenty-five → 25.0; None when the text is not one.

    Args:
        text: lower case, as PATTERN matched it.

    Returns:
        The number or None.
    """
    words = re.split(r"[- ]", text)
    return float(sum(WORDS[word] for word in words)) if all(word in WORDS for word in words) else None
