"""Reading a question with the query model: recognise tokens with the store's names, compose a Select."""

from __future__ import annotations

import dataclasses
import re

from assistant import follow_ups
from assistant import lexicon as lexicon_module
from assistant import model as m
from assistant.compose import Composer, Reading
from assistant.recognise import Recogniser, StoreNames
from assistant.restatement import read_brackets
from store.readonly_sql import run_select

# A bracket restating how to read the question ("(counting '≥90%' and '百分之九十' as 90%)", （即…）): no condition.
_CLARIFICATION = re.compile(r"[（(]\s*(?:counting|including|i\.e\.|that is|namely|bounds|inclusive|both ends|即|包括|含)[^()（）]*[)）]")
# ", that is final appropriation less outturn,": an apposition defining the word before it, no condition of its own.
_APPOSITION = re.compile(r",\s*(?:that is|i\.e\.|namely|meaning)\s[^,?]*,")
# Words with no content of their own: left out of "ignored: …".
_FILLER = re.compile(r"^[\s\W_]*$")


def store_names(store) -> StoreNames:
    """What a store holds that questions name, read over the views.

    Args:
        store: a store.Store.

    Returns:
        Units, departments, name tags, indicator classes, grades and years.
    """
    def column(sql: str) -> list:
        return [row[0] for row in run_select(store, sql).rows if row[0] not in (None, "")]

    classes = {label: "level1" for label in column("SELECT DISTINCT level1 FROM indicators")}
    classes.update({label: "level2" for label in column("SELECT DISTINCT level2 FROM indicators") if label not in classes})
    return StoreNames(
        units=column("SELECT DISTINCT implementing_unit FROM forms"),
        departments=column("SELECT DISTINCT department FROM forms"),
        tags=column("SELECT DISTINCT office_tag FROM forms"),
        classes=classes,
        grades=column("SELECT DISTINCT grade FROM forms"),
        years=[int(y) for y in column("SELECT DISTINCT year FROM forms")],
        projects=column("SELECT DISTINCT project_name FROM forms"),
        indicators=column("SELECT DISTINCT name FROM indicators"),
    )


class QuestionReader:
    """Questions → Readings over one store's names.

    Args:
        names: what the store holds (store_names(store)).
        lexicon: the words; the bundled lexicon by default.
        glossary: English phrase → Chinese terms for topics; the domain glossary by default.
    """

    def __init__(self, names: StoreNames, lexicon=None, glossary: dict[str, str] | None = None):
        self.lexicon = lexicon or lexicon_module.load()
        if glossary is None:
            from index.glossary import GLOSSARY_EN as glossary  # the one domain glossary, shared with search
        self.recogniser = Recogniser(self.lexicon, names, glossary)
        self.composer = Composer(self.lexicon, names.classes, names.years)

    def read(self, question: str, previous: m.Select | None = None, previous_ids: list[int] | None = None) -> Reading | None:
        """Read a question; a follow-up (其中…, only those…) narrows the previous answer.

        Args:
            question: as typed.
            previous: the Select of the previous answer, if it came from the query model.
            previous_ids: the form ids the previous answer rested on.

        Returns:
            The reading, or None when the question asks for no selection.
        """
        from assistant.interpret import normalize

        tokens, gaps = self.recogniser.tokens(_APPOSITION.sub(" ", _CLARIFICATION.sub(" ", normalize(question))))
        tokens = [t for t in _bottom_n(tokens) if t.kind != "stop"]
        language = [t for t in tokens if t.kind == "language"]
        if language and previous is not None and all(t.kind in ("language", "follow", "op", "plus") for t in tokens) \
                and all(_FILLER.match(g) for g in gaps):
            return Reading(previous, lang=language[0].key)  # "and in English?": the previous answer, reworded
        tokens = [t for t in tokens if t.kind != "language"]
        other = follow_ups.complement(tokens, previous, previous_ids)
        if other is not None and all(_FILLER.match(g) for g in gaps):
            return other
        first = follow_ups.first_n(tokens, previous) or follow_ups.change_total(tokens, previous) \
            or follow_ups.changed_figure(tokens, previous, self.lexicon) \
            or follow_ups.listed(tokens, previous, previous_ids)
        if first is not None and all(_FILLER.match(g) for g in gaps):
            return first
        reading = self.composer.compose([t for t in tokens if t.kind != "swap"], [g for g in gaps if not _FILLER.match(g)])
        if reading is None:
            return None
        brackets = [_restating_a_figure(t, tokens, self.recogniser) for t in tokens if t.kind == "bracket"]
        if brackets:  # （全年预算数高于年初预算数）: a restatement, or the definition of a word around it
            read_brackets(reading, brackets, lambda text: None if text == question else self.read(text))
        if reading.follow_up and any(word in question.lower() for word in self.lexicon.keys("whole")):
            reading.follow_up = False  # 所有项目按执行率排，前三个: the question names every form, not the last list
        return follow_ups.apply(reading, tokens, previous, previous_ids)


def _bottom_n(tokens: list) -> list:
    """执行率后三名, 后5个: 后 before a count, after a field or opening the question, is the bottom of a ranking
    (elsewhere, as in 调整后, 后 is "after", a stop word)."""
    return [dataclasses.replace(t, kind="superlative", key="min")
            if t.kind == "stop" and t.text == "后" and i + 1 < len(tokens) and tokens[i + 1].kind == "number"
            and tokens[i + 1].unit == "count" and tokens[i + 1].start == t.end
            and (tokens[i - 1].kind in ("field", "sort", "direction", "follow") if i else t.start == 0) else t
            for i, t in enumerate(tokens)]


def _restating_a_figure(bracket, tokens, recogniser):
    """The bracket, with `value` set when it only repeats a figure of the question (100%（百分百）)."""
    inside, _ = recogniser.tokens(bracket.key)
    figures = {t.value for t in tokens if t.kind == "number"}
    if len(inside) == 1 and inside[0].kind == "number" and inside[0].value in figures:
        bracket.value = inside[0].value
    return bracket
