"""Question text: normalising, telling English from Chinese, and a mask so no word is read twice."""

from __future__ import annotations

import re
import unicodedata

from assistant.english_numbers import WORDS

_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "％": "%", "＜": "<", "＞": ">",
                            "＝": "=", "．": ".", "～": "~", "－": "-", "　": " ", "？": "?", "！": "!"})
_CN_NUMBER = "[零〇一二两三四五六七八九十百千]+"
# The English number words the rule-based reader takes as figures (the query model reads them all: english_numbers).
EN_NUMBERS = {word: WORDS[word] for word in
              ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
               "hundred")}
_NUMBER = re.compile(rf"(?P<pct>百分之)?(?P<num>\d+(?:\.\d+)?|{_CN_NUMBER}|\b(?:{'|'.join(EN_NUMBERS)})\b)")
# A currency after a scale word ("1 million yuan") belongs to the figure, not to the topic words.
_UNIT_AFTER = re.compile(r"\s*(?P<unit>个百分点|percent|pct|%|万元|万块|万|亿元|亿|千元|元|块钱|块|分|points?|pts|million|mn|thousand|k\b|m\b|成|wan\b|yuan\b)"
                         r"(?:\s*(?:yuan|rmb)\b)?", re.I)
_CLAUSE_BREAK = re.compile(r"[，,；;。?!、]|且|并且|而且|同时|\band\b|\bor\b|或")


def normalize(question: str) -> str:
    """The question as matched: full-width digits and signs folded, lower case, single spaces."""
    text = question.translate(_FULLWIDTH).lower()
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def is_english(text: str) -> bool:
    """True when Latin words outweigh Chinese characters (names in Chinese inside English still count as English)."""
    latin = len(re.findall(r"[a-z]{2,}", text.lower()))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return latin >= 2 and latin * 3 >= cjk or (latin >= 1 and cjk == 0)


class _Text:
    """The question with a mask: each recogniser takes the span it explains, so no word is used twice."""

    def __init__(self, text: str):
        self.text = text
        self.taken = [False] * len(text)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.taken[i] = True

    def release(self, start: int, end: int) -> None:
        """Make a span free again (a span held back from one recogniser for another)."""
        for i in range(start, end):
            self.taken[i] = False

    def find_word(self, word: str, take: bool = True) -> tuple[int, int] | None:
        """First free occurrence of a word; Latin words must stand alone."""
        if word not in self.text:
            return None  # most lexicon words are absent: no pattern compiled for them
        pattern = _word_pattern(word)
        for match in pattern.finditer(self.text):
            if self.free(match.start(), match.end()):
                if take:
                    self.take(match.start(), match.end())
                return match.start(), match.end()
        return None

    def residual(self) -> str:
        return re.sub(r"\s+", " ", "".join(" " if taken else ch for ch, taken in zip(self.text, self.taken))).strip()


_PATTERNS: dict[str, re.Pattern] = {}


def _word_pattern(word: str) -> re.Pattern:
    if word not in _PATTERNS:
        escaped = re.escape(word)
        if re.match(r"[a-z0-9]", word):
            escaped = r"(?<![a-z0-9])" + escaped
        if re.search(r"[a-z0-9]$", word):
            escaped += r"(?![a-z0-9])"
        _PATTERNS[word] = re.compile(escaped)
    return _PATTERNS[word]


def _first_of(text: _Text, words, take: bool = True) -> tuple[str, int, int] | None:
    """The earliest free occurrence among words, the longest word winning at a position."""
    best = None
    for word in sorted(words, key=len, reverse=True):
        found = text.find_word(word, take=False)
        if found and (best is None or found[0] < best[1]):
            best = (word, *found)
    if best and take:
        text.take(best[1], best[2])
    return best
