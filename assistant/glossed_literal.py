"""A Chinese literal glossed in other words ("a district finance notice (区财发)", "资金紧张 (money shortage)", 说要把死角
补上（补齐监控盲区）): the literal is what the text must say; the words beside it restate it and are no condition."""

from __future__ import annotations

import re
from functools import lru_cache

from . import data_files

_LITERAL = r"[\u4e00-\u9fff0-9【】〔〕（）()·]*[\u4e00-\u9fff][\u4e00-\u9fff0-9【】〔〕·]*"
# English words before a bracketed literal, back to the word that frames them (where is, which forms quote, …).
_GLOSS_BEFORE = re.compile(rf"(?P<gloss>(?:\b(?:a|an|the)\s+)?(?:[A-Za-z][\w'’-]*\s+){{0,4}}[A-Za-z][\w'’-]*)\s*[（(]\s*[“\"]?"
                           rf"(?P<literal>{_LITERAL})[”\"]?\s*[）)]")
# A literal followed by its English gloss in brackets: 资金紧张 (money shortage), “区财发” (district finance notice).
_GLOSS_AFTER = re.compile(rf"[“\"]?(?P<literal>{_LITERAL})[”\"]?\s*[（(](?P<gloss>[A-Za-z][A-Za-z\s,'’/-]*)[）)]")
# Words that frame a question, never part of a gloss: the gloss begins after the last of them.
_COUNTED = re.compile(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b", re.IGNORECASE)
_FRAME = frozenset("""which what where who whose how when why is are was were do does did forms form projects project
programmes programme schemes scheme records any every all mention mentions mentioned mentioning quote quotes quoted
quoting cite cites cited citing say says said saying contain contains containing include includes including refer
refers referring to in of for about on with by from their its and or that there""".split())


def _excluding(words: str) -> bool:
    """Whether English words end on an exclusion cue (excluding, other than, leaving out) or a negation (without the):
    no part of a gloss."""
    from assistant import exclusion, lexicon

    said = " " + words.lower()
    cues = [*exclusion.words(lexicon.load()), *lexicon.load().keys("not")]
    return any(said.endswith(" " + cue) for cue in cues if cue.isascii())


def said_not_named(literal: str, forms_text: str, project_names: list[str]) -> bool:
    """Whether the forms' text says a Chinese literal of two characters or more that no project name holds (a name's
    part or tag, 质保金 or （信）, is glossed for the readers of names): `unglossed`'s says.

    Args:
        literal: the literal a gloss stands beside.
        forms_text: the text of every form (assistant.interpret.Catalog.text).
        project_names: the store's project names.

    Returns:
        True when the literal is the text's and no name's.
    """
    return len(literal) >= 2 and literal in forms_text and not any(literal in name for name in project_names)


def named_part(literal: str, project_names: list[str]) -> bool:
    """Whether one project name alone holds a Chinese literal of two characters or more outside its tag (维稳 of
    维稳经费（信）): a gloss of that form's name (质保金 of two, （平安办） a tag: glossed for the readers of names);
    `unglossed`'s names.

    Args:
        literal: the literal a gloss stands beside.
        project_names: the store's project names.

    Returns:
        True when exactly one name holds it, not as its tag.
    """
    untagged = [re.sub(r"[（(][^（）()]{1,8}[）)]$", "", name) for name in project_names]
    return len(literal) >= 2 and sum(literal in name for name in untagged) == 1 \
        and not any(f"（{literal}）" in name or f"({literal})" in name for name in project_names)


def _column_word(literal: str) -> bool:
    """Whether a Chinese literal is a word the lexicon reads as a form's column or field (主管部门, 实施单位, 全年预算数)."""
    from assistant.lexicon import load

    lexicon = load()
    return any(lexicon.keys(kind).get(literal) for kind in ("group", "field"))


def unglossed(question: str, says, names=lambda literal: False) -> str:
    """The question with each English gloss next to a Chinese literal the forms' text says taken off, and the literal
    quoted: "Where is a district finance notice (区财发) quoted" → "Where is “区财发” quoted"; a literal a project name
    holds likewise (the riot-control (维稳) fund → the “维稳” fund: the name, which its gloss only translates).

    Args:
        question: as typed (a Chinese one: its own paraphrase after a verb of saying, before a bracketed literal).
        says: a function telling whether any form's text or name holds a Chinese string.
        names: a function telling whether a project name holds a Chinese string.

    Returns:
        The question, unchanged when it glosses no literal the forms say.
    """
    if not re.search(r"[A-Za-z]{3,}", question):
        return _chinese_unglossed(question, says)

    def before(found: re.Match) -> str:
        literal = found.group("literal")
        from assistant.value_part import characters_after

        from assistant.row_predicate import class_labels

        if any(label.startswith(literal) for label in class_labels()):
            return found.group(0)  # quality (质量) rows: a class glossed, read as the class
        if characters_after(question, found.end()):
            return found.group(0)  # the department lacks the (汇总) tag: characters of a value, not a gloss
        if _column_word(literal):
            return found.group(0)  # the supervising department (主管部门): a column named in both languages, no literal
        if not names(literal) and (not says(literal) or _COUNTED.search(found.group("gloss"))):
            return found.group(0)  # how many village committees (村委): the thing counted, named in both languages
        words = found.group("gloss").split()
        kept = 0
        for index, word in enumerate(words):
            if word.lower().strip("'’") in _FRAME and word.lower() not in ("a", "an", "the"):
                kept = index + 1
            elif _excluding(" ".join(words[:index + 1])):
                kept = index + 1  # Excluding the petition office (信访办): the exclusion stays, only the gloss goes
        return " ".join(words[:kept] + [f"“{literal}”"])

    def after(found: re.Match) -> str:
        literal = found.group("literal")
        return f"“{literal}”" if says(literal) or names(literal) else found.group(0)

    return _GLOSS_AFTER.sub(after, _GLOSS_BEFORE.sub(before, question))


# A phrase in quotes (straight or curly, single or double) and the words before it back to the sentence's start.
_QUOTED = re.compile(r"(?<![A-Za-z])['‘\"“](?P<words>[A-Za-z][A-Za-z ,/-]*[A-Za-z])['’\"”](?![A-Za-z])")
# How far before a quote the word that makes it a wording may stand, and the words that end right before it.
_CUE_REACH = 40
_JOINERS = frozenset("of as is was says say reads read worded wording written to target targets".split())


@lru_cache(maxsize=1)
def _wordings() -> tuple[dict[str, str], tuple[str, ...]]:
    """English wording → the forms' Chinese, and the cue words (assistant/data/quoted_wordings.tsv).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    glosses, cues = {}, ()
    for _, (chinese, english) in data_files.rows("quoted_wordings.tsv", 2, "'wording<TAB>english words'",
                                                 lambda cells: all(c.strip() for c in cells)):
        if chinese == "cue":
            cues = tuple(english.split("|"))
        else:
            glosses.update({word.lower(): chinese for word in english.split("|") if word})
    return glosses, cues


def quoted_wordings(question: str) -> tuple[str, list[str]]:
    """A column's wording quoted in English (a timeliness target of 'every month'): the Chinese the forms print
    (“每月”), which the readers match; a quoted English wording no list glosses is returned as not read.

    Args:
        question: as typed (a Chinese question is left as it is).

    Returns:
        The question with each glossed wording in Chinese quotes, and the quoted wordings left unread.
    """
    if not re.search(r"[A-Za-z]{3,}", question) or re.search(r"[\u4e00-\u9fff]{3,}", question):
        return question, []
    glosses, cues = _wordings()
    unread = []

    def wording(found: re.Match) -> str:
        before = question[max(0, found.start() - _CUE_REACH):found.start()].lower().split()[-3:]
        if not before or before[-1] not in _JOINERS or not any(cue in before for cue in cues):
            return found.group(0)  # the 'two actuals' scheme, rated 'excellent': a name or a value, read as it is
        words = found.group("words")
        if words.lower() in glosses:
            return f"“{glosses[words.lower()]}”"
        unread.append(words)
        return found.group(0)

    return _QUOTED.sub(wording, question), unread


# A verb of saying, the question's own paraphrase up to a bracket, and the literal in it: 说要把死角补上（补齐监控盲区）.
_ZH_LITERAL = r"[\u4e00-\u9fff][\u4e00-\u9fff、，,]{2,23}[\u4e00-\u9fff]"


def _chinese_unglossed(question: str, says) -> str:
    """哪张表说过要把摄像头照不到的死角补上（补齐监控盲区）→ 哪张表说过“补齐监控盲区”: a bracketed literal of at least four
    characters that the forms' text says, after the question's own words for it, replaces those words (a paraphrase
    no form writes would make a clear answer uncertain). A literal no form says leaves the question as it is.

    Args:
        question: a Chinese question.
        says: whether any form's text or name holds a Chinese string.

    Returns:
        The question, each such paraphrase with its literal written as the quoted literal.
    """
    from assistant.evidence_cues import cues

    verbs = sorted((w for w in (*cues("saying"), *cues("frame")) if re.search(r"[\u4e00-\u9fff]", w)), key=len, reverse=True)
    if not verbs:
        return question
    gloss = re.compile(rf"(?P<verb>{'|'.join(map(re.escape, verbs))})(?P<gloss>[^，,。？?；;！!（()）“”\"]{{1,40}}?)"
                       rf"[（(]\s*[“\"]?(?P<literal>{_ZH_LITERAL})[”\"]?\s*[）)]")

    def quoted(found: re.Match) -> str:
        return f"{found.group('verb')}“{found.group('literal')}”" if says(found.group("literal")) else found.group(0)

    return gloss.sub(quoted, question)
