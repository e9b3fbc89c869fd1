"""The rewrites of a question before the readers, in the order Conversation.ask applies them: the plain ones (the
words alone, str → str, in ordered tuples) and the ones that need the store's names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.beat_target import beat_said
from assistant.comparative_than import bound_said
from assistant.concessive import conceded
from assistant.described_name import named_by_description
from assistant.described_names import named_several, row_pointed
from assistant.exact_name import said_plainly
from assistant.exclusion import joined_exclusions, without_exclusion_reasons
from assistant.field_gloss import without_english_field_glosses, without_english_glosses, without_field_glosses
from assistant.form_ids import named_by_id
from assistant.glossed_statistic import statistic_called
from assistant.lexicon import load as load_lexicon
from assistant.literary_words import plainly_said
from assistant.name_gloss import without_name_glosses
from assistant.optional_plural import plural_said
from assistant.unit_slips import slip_said
from assistant.whole_place import without_whole_place
from assistant.whole_scope import fiscal_year_said, this_year, without_whole_scope
from index.glossary import GLOSSARY_EN

Rewrite = Callable[[str], str]

# Read first, before the store's names and the asker's background are looked for: both read these words (the
# background's asking sentence places "exceeded its target", never "beat a numeric target").
OPENING: tuple[Rewrite, ...] = (
    plural_said,  # which one(s)?, 哪个（些）: the plural, no bracket left unread
    plainly_said,  # 指标为何？: 指标是什么？ (为何 closing a noun asks what, not why)
    beat_said,  # an actual figure that beat a numeric target, 实际值超过了目标值: exceeded its target
    statistic_called,  # SUM(全年执行数): sum of 全年执行数, before a bracket after a word is read as its gloss
)
# Read once the asker's background and observations are off: a concession's 虽然 opens the question only then.
STATED: tuple[Rewrite, ...] = (
    slip_said,  # "typed in yuan instead of 10k yuan", 把元填进了万元那一栏: the slip alone, never a figure of 1 万元
    conceded,  # full marks even though nothing was spent, 虽然…但: both conditions, joined by and
    bound_said,  # 定得比90%还高, set higher than: 高于90%, above
)
# Read once the scope the store makes whole is off: an exclusion's reason and a field's gloss add no condition.
EXCLUSIONS: tuple[Rewrite, ...] = (
    joined_exclusions,  # take the 信访办 forms out: excluding the 信访办 forms
    without_exclusion_reasons,  # leaving out X (its figure was entered in yuan): leaving out X
    without_field_glosses,  # the opening (年初) budget: the opening budget
    without_english_field_glosses,  # the opening (initial) budget: the opening budget
    without_english_glosses,  # the 优 (excellent) grade: the 优 grade
)


def applied(question: str, rewrites: tuple[Rewrite, ...]) -> str:
    """The question after each rewrite in turn.

    Args:
        question: the question.
        rewrites: the rewrites, in the order they apply (OPENING, STATED, EXCLUSIONS).

    Returns:
        The question rewritten; unchanged when no rewrite applies.
    """
    for rewrite in rewrites:
        question = rewrite(question)
    return question


@dataclass
class NamedForms:
    """A question with the forms it names or describes written as their stored names.

    Attributes:
        text: the question rewritten.
        excluded: forms a name said exactly left out (社工 (not 社工点经费)).
    """

    text: str
    excluded: list[str] = field(default_factory=list)


def named_forms(question: str, lang: str, names: list[str], rows: list[str] | None,
                owners: dict[str, str]) -> NamedForms:
    """The store's names read before courtesies come off (a remark naming a form may be the only place its name is
    said): a name said exactly, a row an asker's sentence names, several forms described at once, one form described.

    Args:
        question: the question after OPENING.
        lang: the asker's language, "zh" or "en".
        names: the stored project names.
        rows: the stored indicator names; None when the store has no query model (only exact names are read).
        owners: each stored project name → its implementing unit.

    Returns:
        The question with those forms and rows named, and what naming them left out.
    """
    plainly = said_plainly(question, names, lang)  # 名称就叫“社工”的, called just X (not Y): the bare name
    if rows is None:
        return NamedForms(plainly.text, plainly.excluded)
    names_en = load_lexicon().names_en  # English names of offices → the Chinese the store's names use
    question = row_pointed(plainly.text, rows)  # I want to reuse X next year. Which forms had it?: the row X
    several = named_several(question, owners, GLOSSARY_EN, names_en)  # 两个…一个A一个B; the two sites (鲁汇 … and 杜行 …)
    # the video surveillance rental contract, 禁毒反邪教的项目: the one form described
    return NamedForms(named_by_description(several, owners, GLOSSARY_EN, names_en), plainly.excluded)


def store_scope_off(question: str, store, owners: dict[str, str], form_years: list[int | None],
                    departments: list[str] | None) -> str:
    """The question without what the store's own forms make no condition: a form's id said as its name, a form's own
    unit after its name, this year, a scope of every form, a place every form lies in.

    Args:
        question: the question.
        store: a store.Store (form ids).
        owners: each stored project name → its implementing unit.
        form_years: the years of the stored forms.
        departments: the stored departments; None when the store has no query model (no place is read).

    Returns:
        The question without those words.
    """
    question = named_by_id(question, store)  # a form's id: its name
    question = without_name_glosses(question, owners)  # （实施单位：X） after X's form: nothing
    question = this_year(fiscal_year_said(question), form_years)  # 今年: the store's year; FY23: FY2023
    question = without_whole_scope(question, form_years, len(owners))  # (2023 forms only) on a store of 2023 forms
    if departments is not None:  # for Pujiang town, when every form's department lies in it: no condition
        question = without_whole_place(question, departments)
    return question


@dataclass
class Rewritten:
    """What the rewrites before the readers leave of a question.

    Attributes:
        question: the question rewritten for the readers.
        asked_lang: the asker's language, "zh" or "en", as typed (after OPENING).
        excluded: forms a name said exactly left out.
        remarks: the asker's remarks set aside, named on the answer.
        labels: names for the forms the conditions pick (不到50万的小项目).
        measures: what the question asks of the figures it reads, applied after (assistant/asked_measures.py).
        head: what an amount is divided by (per volunteer), or None.
        before: the previous question, which a pointer at its row stands back to.
        answer: an answer given before any reader (a quoted figure converted, a year no form holds, a wording not read).
        typed: the question as typed, before any rewrite (which forms a description was taken for is said against it).
    """

    question: str
    asked_lang: str
    excluded: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    measures: object = None
    head: object = None
    before: str | None = None
    answer: object = None
    typed: str = ""
