"""A question rewritten for the readers: every rewrite before them, in the order they need (a conversation's first step)."""

from __future__ import annotations

from collections.abc import Callable

from assistant import asked_measures, text_checks
from assistant import question_rewrites as rewrites
from assistant.conversation_state import ConversationState
from assistant.courtesy import unwrapped
from assistant.formal_those import those_as_forms
from assistant.glossed_literal import named_part, quoted_wordings, said_not_named, unglossed
from assistant.interpret import Interpreter, is_english
from assistant.named_remark import said_of_named
from assistant.observations import without_observed
from assistant.other_years import unheld_answer, without_held_year
from assistant.per_head import per_head_asked
from assistant.plain_rewrites import rewritten
from assistant.previous_entities import referred
from assistant.question_rewrites import Rewritten
from assistant.remarks import background, set_aside
from assistant.exclusion_reasons import without_reasons
from assistant.restated_label import without_labels
from assistant.unread_words import refusal
from index.glossary import GLOSSARY_EN


def for_readers(question: str, store, reader, interpreter: Interpreter, owners: dict[str, str],
                form_years: list[int | None], state: ConversationState) -> Rewritten:
    """The question rewritten for the readers, in the order the rewrites need (assistant/question_rewrites.py):
    the opening plain rewrites, the forms the store's names describe, the asker's background, the stated plain
    rewrites, remarks and courtesies, the measures asked of the figures, the previous question's pointers, what the
    store's own forms make no condition, exclusions, the years held, glosses and quoted wordings.

    Args:
        question: as typed.
        store: a store.Store.
        reader: the query model's reader (assistant.reader.QuestionReader), or None when the store has no views.
        interpreter: the rule-based reader of the store's names.
        owners: each form's unit (assistant.name_gloss.form_owners).
        form_years: the years of the store's forms.
        state: the conversation's state: its previous question and forms read; the previous question replaced by
            this one once the pointers at it are read.

    Returns:
        What the rewrites leave, with an answer when one comes before any reader.
    """
    question = rewrites.applied(question, rewrites.OPENING)
    asked_lang = "en" if is_english(question) else "zh"  # once: the names written in below do not change the asker's language
    names, rows = (reader.recogniser.names.projects, reader.recogniser.names.indicators) if reader else ([], [])
    # before courtesies come off: a remark naming the form may be the only place its name is said
    named = rewrites.named_forms(question, asked_lang, names, rows if reader else None, owners)
    said = Rewritten(named.text, asked_lang, excluded=named.excluded, typed=question)
    question, known = _background(named.text, reader)
    question = rewrites.applied(question, rewrites.STATED)
    if (quoted := text_checks.quoted_figure(question, asked_lang)) is not None:
        said.answer = quoted  # 执行数写的是256,175.00 … 换算成万元是多少: the quoted figure, converted
        return said
    question = said_of_named(question, names, asked_lang)  # X据说追加过预算，它的执行数: X's executed
    question, said.remarks = _remarks_off(question, known, reader, interpreter.content_words)
    question, said.measures = asked_measures.taken_off(question, names)  # 多少亿元, A和B差了几个百分点
    question, said.head = per_head_asked(question, rows, GLOSSARY_EN)  # 平均每个志愿者, per volunteer: divided at the end
    question = those_as_forms(question)  # 剔除名称含质保金者: the forms whose name holds 质保金
    question = referred(question, state.previous_question, state.last_ids, reader)  # 安保那张呢？: the last question of X; those two: those
    said.before = state.previous_question  # the question a pointer at its row (这个指标, it) stands back to
    asked_here = question  # a follow-up repeating its words (这些小项目) repeats no condition
    question, said.labels = without_labels(question, state.previous_question)  # 不到50万的小项目; 这些小项目
    state.previous_question = asked_here
    question = rewrites.store_scope_off(question, store, owners, form_years,
                                        list(reader.recogniser.names.departments) if reader is not None else None)
    question = rewrites.applied(question, rewrites.EXCLUSIONS)
    question = without_held_year(question, form_years)  # what did X cost in 2023, on a store of 2023 forms
    if (other := unheld_answer(question, asked_lang, form_years)) is not None:
        said.answer = other  # 比去年高, a 2022 budget: nothing of that year is held
        return said
    catalog = interpreter.catalog  # a district finance notice (区财发), the riot-control (维稳) fund: the literal
    question = unglossed(question, lambda literal: said_not_named(literal, catalog.text, catalog.project_names),
                         lambda literal: named_part(literal, catalog.project_names))
    question, unread_wordings = quoted_wordings(question)  # a target of 'every month': “每月”, as the forms print it
    if unread_wordings:
        said.answer = refusal(question, "en", None, [f"'{words}'" for words in unread_wordings], reader.lexicon)
        return said
    said.question = rewritten(question)  # words that add nothing and colloquial fields said plainly (assistant/plain_rewrites.py)
    return said


def _tokens(reader) -> Callable[[str], list]:
    """The query model's recogniser's tokens of a stretch of text, as a function of the text."""
    return lambda words: reader.recogniser.tokens(words)[0]


def _background(question: str, reader) -> tuple[str, list[str]]:
    """The question without the asker's background: statements before the last asking sentence (第一次写自评表，…。
    有哪些表…？; "…for a slide. What was it?") and an opening observation about most forms (我看大部分指标都是满分，…;
    "I've noticed most forms …"); with them, to be named on the answer."""
    tokens = _tokens(reader) if reader else None
    known = []
    if reader is not None:
        question, known = background(question, tokens)
    question, observed = without_observed(question, tokens)
    return question, known + observed


def _remarks_off(question: str, known: list[str], reader, content_words: Callable[[str], list[str]]) -> tuple[str, list[str]]:
    """The question without courtesies (请问…，谢谢 / "Quick question: …") and the asker's remarks (我刚接手这块工作，…;
    "I'm new here."; leave out X, since its figure was typed in yuan: X); with the remarks, the background first
    (none without a query model)."""
    question = unwrapped(question)
    if reader is None:
        return question, []
    tokens = _tokens(reader)
    question, reasons = without_reasons(question, tokens)
    question, remarks = set_aside(question, tokens, content_words)
    remarks = known + remarks + reasons
    return (unwrapped(question) if remarks else question), remarks
