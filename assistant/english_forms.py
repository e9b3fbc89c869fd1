"""English inflections: one base form for every inflected or British-spelt word, so a lexicon phrase matches them all."""

from __future__ import annotations

import re
from functools import lru_cache
from . import data_files

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Doubled final consonants an -ing / -ed adds (cutting, topped); ll, ss and zz are part of the word (filled, passed).
_DOUBLED = re.compile(r"([b-df-hj-kmnp-rtv-xy])\1$")
_SHORTEST_BASE = 3  # "us" is not "use": a base shorter than this is only matched as written


@lru_cache(maxsize=1)
def word_bases() -> dict[str, str]:
    """Irregular forms and British spellings → base (assistant/data/english_words.tsv).

    Returns:
        form → base.

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    bases = {}
    for _, cells in data_files.rows("english_words.tsv", 2, "a form and its base, two words",
                                     lambda cells: all(_WORD.fullmatch(cell) for cell in cells)):
        bases[cells[0]] = cells[1]
    return bases


@lru_cache(maxsize=4096)
def base(word: str) -> str:
    """A word's base form: spent → spend, cutting → cut, disbursed → disburs, utilised → utiliz, programmes → program.

    The suffixes stripped are inflections only (-s, -es, -ies, -ed, -ing, a final -e), never derivations (-ion,
    -ment, -ful, -ive), which change what a word means: execution is a rate, executed an amount.

    Args:
        word: one lower-case word.

    Returns:
        The base (not always a word itself); the word unchanged when shorter than three letters.
    """
    bases = word_bases()
    if word in bases:
        return _final_e(bases[word])
    stem = word
    if len(word) > 4 and word.endswith("ies"):
        stem = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ied"):
        stem = word[:-3] + "y"
    elif word.endswith("ing") and _is_stem(word[:-3]):
        stem = _undouble(word[:-3])
    elif word.endswith("ed") and _is_stem(word[:-2]):
        stem = _undouble(word[:-2])
    elif len(word) > 4 and re.search(r"(?:ss|x|ch|sh|z)es$", word):
        stem = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        stem = word[:-1]
        if stem.endswith(("ing", "ed")):
            return base(stem)  # ratings → rating → rat, like rated
    stem = bases.get(stem, bases.get(stem + "e", stem))
    return _final_e(stem) if len(stem) >= _SHORTEST_BASE else word


def _is_stem(rest: str) -> bool:
    """thing, need and string end in -ing / -ed without being inflected: what is left must be a syllable."""
    return len(rest) >= _SHORTEST_BASE and bool(re.search(r"[aeiouy]", rest))


def _undouble(stem: str) -> str:
    return stem[:-1] if _DOUBLED.search(stem) else stem


def _final_e(stem: str) -> str:
    """raise, raised and raising meet at "rais"."""
    return stem[:-1] if len(stem) > _SHORTEST_BASE and stem.endswith("e") and not stem.endswith("ee") else stem


def phrase_key(phrase: str) -> str | None:
    """The bases of an English phrase's words, space-separated (top-ups → "top up"); None when it holds no Latin word
    or anything but words, spaces, hyphens and apostrophes.

    Args:
        phrase: a lower-case lexicon phrase or stretch of a question.

    Returns:
        The key phrases are matched by, or None.
    """
    if not re.fullmatch(r"[a-z][a-z' \-]*", phrase) or phrase.endswith(("-", " ")):
        return None
    return " ".join(base(word) for word in re.split(r"[\s\-]+", phrase))


def words_at(text: str, start: int, most: int) -> list[tuple[str, int]]:
    """Up to `most` words of text from start, each with the position where it ends (joined by spaces or hyphens).

    Args:
        text: a normalised question.
        start: where the first word begins.
        most: how many words at most.

    Returns:
        [(word, end), …].
    """
    found, i = [], start
    while len(found) < most:
        match = _WORD.match(text, i)
        if not match or (match.end() < len(text) and re.match(r"[a-z0-9]", text[match.end()])):
            break
        found.append((match.group(0), match.end()))
        gap = re.match(r"[ \-]", text[match.end():match.end() + 1])
        if not gap:
            break
        i = match.end() + 1
    return found


class FormIndex:
    """English phrases found in any inflection or spelling: the lexicon's "disbursement" reads "disbursements".

    Args:
        phrases: phrase → meaning (any hashable value); phrases that are not English words are left out. Two phrases
            of different meaning whose forms meet (the group "rating" and the score "rated") leave that form to the
            phrases as written.
    """

    def __init__(self, phrases: dict):
        meanings: dict[str, set] = {}
        senses: dict[str, set] = {}  # a word's base → the meanings of the one-word phrases of that base
        for phrase, meaning in phrases.items():
            key = phrase_key(phrase)
            if key:
                meanings.setdefault(key, set()).add(meaning)
                if " " not in key:
                    senses.setdefault(key, set()).add(meaning)
        self.meanings = {key: next(iter(found)) for key, found in meanings.items() if len(found) == 1}
        self.most_words = max((key.count(" ") + 1 for key in self.meanings), default=0)
        # rate (execution), rating (grade), rated (score): a base words of different meaning share is read as written
        self.as_written = {key for key, found in senses.items() if len(found) > 1}
        self.written = {tuple(re.split(r"[\s\-]+", phrase)) for phrase in phrases if phrase_key(phrase)}

    def at(self, text: str, start: int):
        """The longest phrase whose forms begin at start, as (end, meaning), or None.

        Args:
            text: a normalised question.
            start: a position in it; only the start of a Latin word can match.

        Returns:
            (end, meaning) or None.
        """
        if not ("a" <= text[start] <= "z") or (start > 0 and re.match(r"[a-z0-9]", text[start - 1])):
            return None
        words = words_at(text, start, self.most_words)
        for n in range(len(words), 0, -1):
            bases = [base(word) for word, _ in words[:n]]
            meaning = self.meanings.get(" ".join(bases))
            if meaning is not None and (not self.as_written.intersection(bases)
                                        or tuple(word for word, _ in words[:n]) in self.written):
                return words[n - 1][1], meaning
        return None

    def share_heads(self, text: str) -> str:
        """"original and revised budget" → "original budget and revised budget": two modifiers sharing one noun are two
        phrases when each modifier with the noun is one (and the first modifier alone is none).

        Args:
            text: a normalised question.

        Returns:
            The text with each shared noun written out.
        """
        def spelled(match: re.Match) -> str:
            first, joiner, second, head = match.group(1, 2, 3, 4)
            whole = [phrase_key(f"{first} {head}"), phrase_key(f"{second} {head}")]
            if all(key in self.meanings for key in whole) and phrase_key(first) not in self.meanings:
                return f"{first} {head} {joiner} {second} {head}"
            return match.group(0)

        return _SHARED_HEAD.sub(spelled, text)


# modifier, and/or/versus, modifier, noun: "opening and final allocation", "initial vs. adjusted budget"
_SHARED_HEAD = re.compile(r"(?<![a-z\-])([a-z][a-z\-]*) (and|or|vs\.?|versus) ([a-z][a-z\-]*) ([a-z]+)(?![a-z])")
