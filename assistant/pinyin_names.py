"""Store names written in pinyin in English questions (Xinfang Ban, ping'an ban, Píng'ān office) → the store's name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A name in pinyin: its syllables may be run together or split by a space, an apostrophe or a hyphen.
_SYLLABLE_GAP = r"[\s'’\-]?"
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def fold(text: str) -> str:
    """The text with tone marks dropped and ü as u, one character for one, so positions stay those of the text.

    Args:
        text: the normalised question (lower case).

    Returns:
        The folded text, as long as the input.
    """
    return "".join(unicodedata.normalize("NFD", ch)[0] if ch.isalpha() and not ch.isascii() else ch for ch in text)


def pattern(name: str, endings: dict[str, list[str]]) -> re.Pattern | None:
    """The pinyin spellings of one name: all its syllables, or those before an ending plus an English word for it
    (平安办 → "ping'an ban", "pinganban", "ping an office").

    Args:
        name: a unit, department or tag, in Chinese characters only.
        endings: a name's last characters → English words for them (办 → office).

    Returns:
        A compiled pattern bounded by non-letters, or None for a name of one syllable or with other characters
        (one syllable in Latin letters is too likely an English word or a stray letter group).
    """
    if not _HAN.match(name) or len(name) < 2:
        return None
    spellings = [_syllables(name)]
    for ending, words in endings.items():
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            stem = _syllables(name[:-len(ending)])
            spellings += [rf"{stem}\s+{re.escape(word)}" for word in words]
    return re.compile(rf"(?<![a-z])(?:{'|'.join(spellings)})(?![a-z])")


def _syllables(chinese: str) -> str:
    """The pattern of the characters' syllables, each written with or without a gap before the next."""
    from pypinyin import lazy_pinyin  # ~150 ms of dictionaries: loaded only when a question has Latin letters

    syllables = [fold(s).replace("ü", "u").replace("v", "u") for s in lazy_pinyin(chinese)]
    return _SYLLABLE_GAP.join(re.escape(s).replace("u", "[uv]") for s in syllables)


class PinyinNames:
    """Finds the store's units, departments and tags written in pinyin, whole names only.

    Args:
        names: (Chinese name, token kind, token key) for each name a question may use.
        endings: a name's last characters → English words for them (from the lexicon's name_end entries).
    """

    def __init__(self, names: list[tuple[str, str, str]], endings: dict[str, list[str]]):
        self._names, self._endings = names, endings
        self._compiled: list[tuple[re.Pattern, str, str]] | None = None

    @property
    def _patterns(self) -> list[tuple[re.Pattern, str, str]]:
        # Compiled on the first question with Latin letters: a Chinese question never pays for pinyin.
        if self._compiled is None:
            self._compiled = [(compiled, kind, key) for chinese, kind, key in self._names
                              if (compiled := pattern(chinese, self._endings)) is not None]
        return self._compiled

    def find(self, text: str) -> dict[int, tuple[int, str, str]]:
        """Where the text spells a name in pinyin.

        Args:
            text: the normalised question (lower case).

        Returns:
            start → (end, kind, key), the longest spelling at each start.
        """
        if not re.search(r"[a-z]", text):
            return {}
        folded, found = fold(text), {}
        for compiled, kind, key in self._patterns:
            for match in compiled.finditer(folded):
                if match.start() not in found or found[match.start()][0] < match.end():
                    found[match.start()] = (match.end(), kind, key)
        return found


class PinyinNameParts:
    """Parts of project names written in pinyin in English questions (the Luhui police station → 鲁汇): a word of
    Latin letters no phrase explained that spells two or more characters found together in a project's name.

    Args:
        projects: the store's project names.
        longest: the most characters a part may have.
    """

    def __init__(self, projects: list[str], longest: int = 6):
        self._projects, self._longest = projects, longest
        self._spelled: dict[str, set[str]] | None = None

    @property
    def _index(self) -> dict[str, set[str]]:
        # Built on the first left-over Latin word: a Chinese question never pays for pinyin.
        if self._spelled is None:
            from itertools import product

            from pypinyin import Style, pinyin

            self._spelled = {}
            # each distinct run of characters once (a large store repeats its names' words)
            runs = {run for name in self._projects for run in re.findall(r"[\u4e00-\u9fff]{2,}", name)}
            for run in sorted(runs):
                # every reading of a character (杜行: du hang as well as du xing)
                readings = [sorted({fold(s).replace("ü", "u").replace("v", "u") for s in found})
                            for found in pinyin(run, style=Style.NORMAL, heteronym=True)]
                for i in range(len(run)):
                    for j in range(i + 2, min(len(run), i + self._longest) + 1):
                        for spelling in product(*readings[i:j]):
                            self._spelled.setdefault("".join(spelling), set()).add(run[i:j])
        return self._spelled

    def find(self, word: str) -> str | None:
        """The characters a left-over word spells, when it spells exactly one part of the store's project names.

        Args:
            word: one word of Latin letters (Luhui, du-hang), any case.

        Returns:
            The Chinese part (鲁汇), or None.
        """
        letters = re.sub(r"[\s'’\-]", "", fold(word.lower()))
        if len(letters) < 4 or not letters.isascii() or not letters.isalpha():
            return None
        parts = self._index.get(letters, set())
        return next(iter(parts)) if len(parts) == 1 else None


# A place or name part spelled in pinyin inside an English question (the Luhui police station): a capitalised word
# of two syllables or more; lower-case words are too often English (change, hang on).
_SPELLED_PART = re.compile(r"(?<![A-Za-z'])[A-Z][a-z]{3,}(?![A-Za-z])")


def spelled_parts(question: str, name: str) -> list[tuple[str, str]]:
    """The parts of a name (two characters or more) that a capitalised word of the question spells in pinyin.

    Args:
        question: the question as typed.
        name: a project name.

    Returns:
        (word, Chinese part) for each part spelled, e.g. [("luhui", "鲁汇")] for "the Luhui police station" and
        鲁汇派出所新址装修工程.
    """
    words = {fold(w.lower()) for w in _SPELLED_PART.findall(question)}
    if not words:
        return []
    spelled = _name_spellings(name)
    return [(word, part) for word in sorted(words) for part in sorted(spelled.get(word, ()))]


@lru_cache(maxsize=4096)
def _name_spellings(name: str) -> dict[str, set[str]]:
    # One name's parts of two to four characters by every spelling: the same index the store's names get, per name.
    return PinyinNameParts([name], longest=4)._index
