"""An elliptical follow-up read over the previous answer's entities: a pronoun, a bare measure or a text slot after a
one-form answer is said of that form; next / 第二个 after a ranked answer is that row of the same ranking."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from assistant import data_files
from assistant import model as m

_ROLES = ("possessive", "pronoun", "which", "lead", "tail", "next", "last", "ordinal", "filler", "demonstrative", "thing")
# Token kinds that name forms (a project, a fragment of one, a tag, a unit, a topic its name says), and glue kinds.
_NAMING = ("project", "quoted_project", "tag", "unit", "department", "topic", "pinyin")
_GLUE = ("swap", "stop")
_EDGE = "？?。.!！，,；;：:… \t"


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, str], list[str]]:
    """(lang, role) → the words of assistant/data/previous_entities.tsv, longest first ("N:" kept on ordinals).

    Raises:
        ValueError: naming the file and line of a malformed row.
    """
    return data_files.role_words("previous_entities.tsv", _ROLES)


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, list[tuple[str, int]]]:
    """lang → (word, N) of the ordinal rows, longest word first: "2:第二个|第二名|3:第三个" gives 第二个 and 第二名 2."""
    found: dict[str, list[tuple[str, int]]] = {}
    for _line, cells in data_files.rows("previous_entities.tsv", 3, "lang<TAB>role<TAB>words"):
        if cells[1] != "ordinal":
            continue
        rank = 0
        for word in cells[2].split("|"):
            if re.match(r"^\d+:", word):
                rank, word = int(word.split(":", 1)[0]), word.split(":", 1)[1]
            if word and rank > 1:
                found.setdefault(cells[0], []).append((word, rank))
    return {lang: sorted(pairs, key=lambda pair: -len(pair[0])) for lang, pairs in found.items()}


def _any(lang: str, role: str) -> str:
    return "|".join(map(re.escape, _words().get((lang, role), [])))


def _bare(question: str, lang: str) -> str:
    """The question without the glue around a cue (And …?, 那…呢？), lower-cased."""
    text = question.strip(_EDGE).lower()
    bound = r"\b" if lang == "en" else ""
    for _ in range(3):
        text = re.sub(rf"^(?:{_any(lang, 'lead')}){bound}[\s,，]*", "", text).strip(_EDGE)
        text = re.sub(rf"[\s,，]*{bound}(?:{_any(lang, 'tail')})$", "", text).strip(_EDGE)
    return text


def _rank_asked(question: str, lang: str) -> int | None:
    """The rank a follow-up made of a ranking cue alone asks: 0 for the next one, N for the Nth; None otherwise."""
    bare = _bare(question, lang)
    if not bare:
        return None
    if re.fullmatch(rf"(?:{_any(lang, 'next')})", bare):
        return 0
    return next((n for word, n in _ordinals().get(lang, []) if bare == word), None)


def _said_rank(bare: str, lang: str) -> tuple[int, int, int] | None:
    """(rank, start, end) of the rank a follow-up says anywhere (the second largest, 第三少的, the next smallest,
    Which one comes fourth?): 0 for the next one, N for the Nth (a tsv word or 第N / Nth); None when it says none."""
    bound = r"\b" if lang == "en" else ""
    for word, rank in _ordinals().get(lang, []):
        if (found := re.search(rf"{bound}{re.escape(word)}{bound}", bare)) is not None:
            return rank, found.start(), found.end()
    if (found := re.search(rf"{bound}(?:{_any(lang, 'next')}){bound}", bare)) is not None:
        return 0, found.start(), found.end()
    found = re.search(r"第([2-9]|[1-9]\d|[二三四五六七八九十]{1,3})" if lang == "zh" else r"\b([2-9]|[1-9]\d)(?:st|nd|rd|th)\b", bare)
    if found is None:
        return None
    from assistant.recognise import cn_number

    rank = int(found.group(1)) if found.group(1).isdigit() else cn_number(found.group(1))
    return (int(rank), found.start(), found.end()) if rank and rank > 1 else None


def _only_glue(gaps: list[str], lang: str) -> bool:
    """Whether the gaps between recognised tokens are glue alone (the, one, comes, 名, 那张, punctuation)."""
    filler = re.compile(rf"(?:{_any(lang, 'filler')}|{_any(lang, 'tail')}|{_any(lang, 'lead')})" if lang == "zh" else
                        rf"\b(?:{_any(lang, 'filler')}|{_any(lang, 'tail')}|{_any(lang, 'lead')})\b", re.IGNORECASE)
    return all(not filler.sub(" ", gap.lower()).strip(_EDGE + "'’\"“”") for gap in gaps)


def _rank_of_ranking(question: str, lang: str, previous: m.Select, recogniser) -> tuple[int, bool] | None:
    """(rank, descending) a follow-up asks of the previous ranking when it says a rank with nothing but a superlative,
    the ranking's own measure and glue (And the second largest?, 追加第三多的是多少？, What's the fourth lowest?, 第五名呢):
    the end the superlative says (the previous one's when none), else None."""
    bare = _bare(question, lang)
    said = _said_rank(bare, lang) if bare else None
    if said is None or recogniser is None:
        return None
    from assistant.question_text import normalize

    rank, start, end = said
    tokens, gaps = recogniser.tokens(normalize(bare))
    ranked_by = repr(previous.order_by)
    ends = set()
    for token in tokens:
        if token.kind == "superlative":
            ends.add(token.key)
        elif token.kind in ("field", "weak_field"):
            if f"'{token.key}'" not in ranked_by:
                return None  # another measure: a ranking of its own
        elif token.kind in ("predicate", "compare_cue"):
            if "Arith" not in ranked_by:
                return None  # a change said of a ranking by a column: its own question
        elif token.kind == "number" and not (token.start < end and token.end > start):
            return None  # a figure of its own (第五名 reads 五名 as a count)
        elif token.kind not in _GLUE + ("ordinal", "follow", "sort", "noun", "number"):
            return None
    said_words = "|".join([re.escape(word) for word, _ in _ordinals().get(lang, [])] + [_any(lang, "next")])
    gaps = [re.sub(rf"(?:{said_words})|第|\d+(?:st|nd|rd|th)?", " ", gap, flags=re.IGNORECASE) for gap in gaps]
    if len(ends) > 1 or not _only_glue(gaps, lang):
        return None
    descending = previous.descending if not ends else ends.pop() == "max"
    return (rank, descending) if rank or descending == previous.descending else None


def ranked_row(question: str, lang: str, previous: m.Select | None, recogniser=None):
    """The row of the previous ranking a follow-up asks (And the next one? 第二个呢？ third place?): the same ranking,
    one row, after the rows the previous answer showed (next) or at the rank said (the second).

    Args:
        question: the follow-up.
        lang: "zh" or "en".
        previous: the Select of the previous answer, if the query model read it.
        recogniser: the reader's assistant.recognise.Recogniser (a rank said with a superlative, 第三少的), or None.

    Returns:
        An assistant.asking.Reading of that row, or None when the question is no such follow-up or the previous
        answer was no ranking.
    """
    if previous is None or previous.order_by is None or previous.aggregate is not None \
            or previous.group_by is not None or previous.both_ends:
        return None
    from assistant.asking import Reading

    bare = _bare(question, lang)
    if bare and re.fullmatch(rf"(?:{_any(lang, 'last')})", bare):  # which is last?, 最后一个呢: the other end, ties kept
        return Reading(dataclasses.replace(previous, limit=1, offset=0, ties=True, descending=not previous.descending),
                       follow_up=True, lang=lang)
    rank, descending = _rank_asked(question, lang), previous.descending
    if rank is None and (said := _rank_of_ranking(question, lang, previous, recogniser)) is not None:
        rank, descending = said  # the second largest, 第三少的: a rank and the end it counts from
    if rank is None or (not previous.limit and rank == 0):
        return None  # the next one after a whole sorted list: no row follows it (第二个 of a sorted list is its second)
    offset = previous.offset + previous.limit if rank == 0 else rank - 1
    select = dataclasses.replace(previous, limit=1, offset=offset, ties=False, descending=descending)
    return Reading(select, follow_up=True, lang=lang)


def said_of_one(question: str, lang: str, store, previous_ids: list[int] | None, read) -> str:
    """A follow-up after a one-form answer said of that form: a pronoun (它的执行率, how many indicators does it
    have, this form's outcome) becomes the form's name; a question naming no form and asking no condition (用掉几成？,
    为啥用得少？, what's the full-year budget?) is asked of that form. A question with a condition of its own, or a
    form's name, is a question of its own.

    Args:
        question: the follow-up, after the member pointers were read.
        lang: "zh" or "en".
        store: the store (the forms' names are read over its views).
        previous_ids: the forms the previous answer rested on.
        read: reads a question alone (no previous answer): returns an assistant.asking.Reading or None.

    Returns:
        The question with the form named, or unchanged.
    """
    if not previous_ids or len(set(previous_ids)) != 1:
        return question
    from store.readonly_sql import run_select

    names = dict(run_select(store, "SELECT form_id, project_name FROM forms").rows)
    if previous_ids[0] not in names:
        return question
    from assistant.form_text import asked_field

    if any(name in question for name in names.values()) or _rank_asked(question, lang) is not None \
            or _said_rank(_bare(question, lang), lang) is not None \
            or asked_field(question) in ("reason", "goal", "outcome"):
        return question  # a form named: its own question; the next one: a row of the last ranking; a text: form_text's
    name = names[previous_ids[0]]
    bound = r"\b" if lang == "en" else ""
    possessive = re.compile(rf"{bound}(?:{_any(lang, 'possessive')}){bound}", re.IGNORECASE)
    pronoun = re.compile(rf"{bound}(?:{_any(lang, 'pronoun')}){bound}", re.IGNORECASE)
    asks_which = re.search(rf"{bound}(?:{_any(lang, 'which')}){bound}", question, re.IGNORECASE)
    if asks_which or re.search(r"english|chinese|英文|中文|英语", question, re.IGNORECASE):
        return question  # which forms …: a set asked, a pronoun in it of its own clause (below its weight)
    if (described := _described_one(question, lang, name, read)) is not None:
        return described  # that renovation project's rate, 那笔钱: the one form, whatever others share the noun
    alone = read(question)
    # a pronoun said (what satisfaction target did it set?) names the form even when the question read alone has a
    # condition of its own (a target set): "which" questions, whose pronouns are their own clause's, are out above
    if (possessive.search(question) or pronoun.search(question)) and not _compares(alone):
        owned = f"{name}'s" if lang == "en" else f"{name}的"
        named = possessive.sub(lambda _: owned, question, count=1)
        named = pronoun.sub(lambda _: name, named, count=1) if name not in named else named
        reading = read(named)
        left_alone = set(alone.ignored) if alone is not None else set()
        # words the name leaves unread: the follow-ups' own readers; words unread either way (headcount): other readers'
        return named if reading is None or set(reading.ignored) <= left_alone else question
    if _asks_alone(alone):
        return f"{name}：{question.strip()}" if lang == "en" else f"{name}{question.strip()}"
    return question


def _demonstrative(lang: str) -> re.Pattern:
    """A demonstrative, a few words describing, then a form noun or a thing a form is; group "own": a possessive."""
    from assistant import form_nouns

    things = "|".join(sorted({re.escape(w) for w in _words().get((lang, "thing"), [])}
                             | {re.escape(w) for w in form_nouns.phrases(lang)}, key=len, reverse=True))
    if lang == "en":
        return re.compile(rf"\b(?:{_any(lang, 'demonstrative')})\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{things})\b(?P<own>'s|’s)?",
                          re.IGNORECASE)
    return re.compile(rf"(?:{_any(lang, 'demonstrative')})(?![些几两俩二三四五六七八九十\d])(?:一)?[个张笔项份]?"
                      rf"[\u4e00-\u9fff]{{0,6}}?(?:{things})(?P<own>的)?")


def _described_one(question: str, lang: str, name: str, read) -> str | None:
    """The question with a demonstrative phrase (that renovation project's, 那笔钱, 这个装修工程的) as the form's
    name, when the question so named reads with no word left; None when it says none or words would be left."""
    found = _demonstrative(lang).search(question)
    if found is None:
        return None
    said = (f"{name}'s" if lang == "en" else f"{name}的") if found.group("own") else name
    named = f"{question[:found.start()]}{said}{question[found.end():]}"
    reading = read(named)
    return named if reading is not None and not reading.ignored else None


def _compares(reading) -> bool:
    """Whether a reading shows a figure against another (how much above its opening budget): its own follow-up's."""
    return reading is not None and any("Arith" in repr(expr) for expr in reading.select.shown)


def _asks_alone(reading) -> bool:
    """Whether a question read alone asks a measure or a text with no condition of its own: not read at all, a
    field shown or a rows' count with no condition, or a search."""
    if reading is None:
        return True
    select = reading.select
    if select.where is not None or select.order_by is not None or select.group_by is not None or select.groups:
        return False
    return select.aggregate is None or select.entity == "indicators"


def fresh_after_lookup(question: str, lang: str, last, last_select: m.Select | None, read) -> bool:
    """Whether a follow-up is a question of its own because the previous answer looked up a value of named forms or
    rows (a target, a budget) and the follow-up is a condition of its own pointing at nothing ("no grade printed"
    after "What is the target of indicator X?": every ungraded form, not those of the lookup).

    Args:
        question: the follow-up.
        lang: "zh" or "en".
        last: the rule-based Query of the previous answer, or None.
        last_select: the Select of the previous answer, if the query model read it.
        read: reads a question alone (no previous answer).

    Returns:
        True when the follow-up is read without the previous answer.
    """
    from assistant.form_text import asked_field

    if not _was_lookup(last, last_select) or _points_back(question, lang) or asked_field(question) in ("reason", "goal", "outcome"):
        return False  # said of the previous answer; why (not spent in full)?: its text, the condition restating it
    reading = read(question)
    return reading is not None and reading.select.where is not None \
        and not set(re.findall(r"Field\(name='(\w+)'", repr(reading.select.where))) <= {"project_name"}


def _was_lookup(last, last_select: m.Select | None) -> bool:
    """Whether the previous answer looked up indicator rows (a target, a value) by the rule-based reader."""
    return last_select is None and last is not None and getattr(last, "intent", None) == "indicators" \
        and not getattr(last, "search_text", None)


def _points_back(question: str, lang: str) -> bool:
    """Whether a follow-up says it is of the previous answer: a lead (其中, of those), a pronoun (它, its)."""
    from assistant.member_pointer import lead_alternation

    bound = r"\b" if lang == "en" else ""
    words = "|".join(w for w in (lead_alternation(lang), _any(lang, "possessive"), _any(lang, "pronoun"),
                                 "they|them|their|those|these" if lang == "en" else "") if w)
    return re.search(rf"{bound}(?:{words}){bound}", question, re.IGNORECASE) is not None


def substituted(question: str, previous_question: str | None, reader) -> str:
    """A follow-up saying only another form (安保那张呢？, What about 社工点经费?, and for X?, same question for X): the
    previous question with X in place of the forms it named — its measure repeated, never X ANDed with them.

    Args:
        question: the follow-up.
        previous_question: the previous question as read, or None.
        reader: the assistant.reader.QuestionReader (its recogniser and the store's names), or None.

    Returns:
        The previous question asked of X, or the follow-up unchanged when it says more than a form or the previous
        question named none.
    """
    if not previous_question or reader is None:
        return question
    from assistant.question_text import is_english, normalize

    lang = "en" if is_english(question) else "zh"
    said = _said_entity(question, lang, reader)
    if said is None:
        return question
    text = normalize(previous_question)
    tokens = [t for t in reader.recogniser.tokens(text)[0] if t.kind != "stop"]
    named = [k for k, t in enumerate(tokens) if t.kind in _NAMING]
    if not named or any(tokens[k].kind not in _NAMING for k in range(named[0], named[-1] + 1)):
        return question  # no form named, or two named apart (A的执行率和B的总分): no one place to put X
    start, end = tokens[named[0]].start, tokens[named[-1]].end
    if said == text[start:end]:
        return question
    kept = previous_question if len(previous_question) == len(text) else text  # as typed, when normalising kept the places
    return f"{kept[:start]}{said}{kept[end:]}"


def _said_entity(question: str, lang: str, reader) -> str | None:
    """The forms a follow-up names when it says nothing else (glue, a swap word, 那张, the … one): those words, or None."""
    from assistant.question_text import normalize

    text = normalize(question).strip(_EDGE)
    tokens, gaps = reader.recogniser.tokens(text)
    kept = [t for t in tokens if t.kind != "stop"]
    named = [t for t in kept if t.kind in _NAMING]
    if not named or any(t.kind not in _NAMING + _GLUE for t in kept):
        return None
    projects = reader.recogniser.names.projects
    fragments = [gap for gap in gaps if re.fullmatch(r"[\u4e00-\u9fff]{2,}", gap.strip(_EDGE))
                 and sum(gap.strip(_EDGE) in name for name in projects) == 1]  # 鲁汇 of one form's name
    if not _only_glue([gap for gap in gaps if gap not in fragments], lang):
        return None
    start = min([named[0].start] + [text.find(f.strip(_EDGE)) for f in fragments if text.find(f.strip(_EDGE)) >= 0])
    end = max([named[-1].end] + [text.find(f.strip(_EDGE)) + len(f.strip(_EDGE)) for f in fragments if text.find(f.strip(_EDGE)) >= 0])
    return text[start:end]


def referred(question: str, previous_question: str | None, previous_ids: list[int] | None, reader) -> str:
    """A follow-up with what it points back at said plainly: another form said alone (安保那张呢？, what about X?) is the
    previous question asked of it (`substituted`); a demonstrative with the previous answer's count (those two, these
    three forms, the two of them) is "those", the count no condition.

    Args:
        question: the follow-up.
        previous_question: the previous question as read, or None.
        previous_ids: the forms the previous answer rested on.
        reader: the assistant.reader.QuestionReader, or None.

    Returns:
        The follow-up rewritten, or unchanged.
    """
    return _counted_pointer(substituted(question, previous_question, reader), previous_ids)


def _counted_pointer(question: str, previous_ids: list[int] | None) -> str:
    """those two / these 3 forms / the two of them → those / them, when the count is the previous answer's forms'."""
    if not previous_ids or len(set(previous_ids)) < 2:
        return question
    from assistant import english_numbers

    count = len(set(previous_ids))

    def plain(found: re.Match) -> str:
        said = (found.group("n") or found.group("m")).lower()
        n = int(said) if said.isdigit() else english_numbers.value(said)
        if n != count:
            return found.group(0)  # another count: pointer_count's disagreement, not this answer's forms
        return "them" if found.group("of") else found.group("this")

    # a plural demonstrative and a count (those two, these 3 forms), or "the N of them"; "the two largest" is a ranking
    return re.sub(rf"\b(?:(?P<this>those|these)\s+(?P<n>\d+|{english_numbers.PATTERN})|the\s+(?P<m>\d+|{english_numbers.PATTERN})(?P<of>\s+of\s+them))\b",
                  plain, question, flags=re.IGNORECASE)
