"""The question lexicon: words for fields, comparisons, statistics, negation and classes, read from data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from . import data_files


@dataclass(frozen=True)
class FieldInfo:
    """A view column a question can name: its entity, kind (amount, rate, score, count, year, text), unit and labels."""

    name: str
    entity: str
    kind: str
    unit: str
    zh: str
    en: str

    def label(self, lang: str) -> str:
        """The column's name for the user."""
        return self.en if lang == "en" else self.zh


@dataclass
class Lexicon:
    """Phrases by kind: `phrases[kind]` maps each phrase to its key; `fields` describes the columns."""

    phrases: dict[str, dict[str, str]] = field(default_factory=dict)
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    names_en: dict[str, str] = field(default_factory=dict)

    def keys(self, kind: str) -> dict[str, str]:
        """phrase → key for one kind (empty when the kind has no entries)."""
        return self.phrases.get(kind, {})


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon from assistant/data (fields.tsv, lexicon.tsv, lexicon_en.tsv, exclusions.tsv, names_en.tsv), read once.

    Returns:
        The lexicon.

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    lexicon = Lexicon()
    for number, cells in data_files.rows("fields.tsv"):
        if len(cells) != 6:
            raise ValueError(f"assistant/data/fields.tsv:{number}: expected 6 tab-separated cells, got {len(cells)}")
        info = FieldInfo(*cells)
        lexicon.fields[info.name if info.entity == "form" else f"{info.entity}.{info.name}"] = info
    for name in ("lexicon.tsv", "lexicon_en.tsv"):  # the English file adds the vocabulary analysts write
        for number, cells in data_files.rows(name):
            if len(cells) != 3:
                raise ValueError(f"assistant/data/{name}:{number}: expected kind, key and phrases, got {len(cells)} cells")
            kind, key, phrases = cells
            for phrase in phrases.split("|"):
                if phrase.strip():
                    lexicon.phrases.setdefault(kind, {})[phrase.strip().lower()] = key
    for number, cells in data_files.rows("exclusions.tsv", 3, "'kind<TAB>key<TAB>phrases'"):
        if cells[0] in ("exclusion", "closing_not"):  # the exclusion cues live with the others (assistant/exclusion.py)
            for phrase in cells[2].split("|"):
                if phrase.strip():
                    lexicon.phrases.setdefault(cells[0], {})[phrase.strip().lower()] = cells[1]
    for number, cells in data_files.rows("names_en.tsv"):
        if len(cells) != 2:
            raise ValueError(f"assistant/data/names_en.tsv:{number}: expected english and chinese, got {len(cells)} cells")
        lexicon.names_en[cells[0].lower()] = cells[1]
    return lexicon
