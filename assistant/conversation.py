"""A conversation: questions answered in turn, each follow-up refining the previous interpretation."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from assistant import asked_measures, asked_quantity, batches, derived_lookup, described_form, excluded_search, form_text, model
from assistant import one_form_answer, pointer_count, search_scope, text_checks, text_described, unheld
from assistant import reading_choice as choice
from assistant.answer import Answer
from assistant.answer_notes import noted
from assistant.answer_select import answer as answer_reading
from assistant.conversation_state import STATE_VERSION, ConversationState, StateField  # noqa: F401 (STATE_VERSION: read here too)
from assistant.dropped_statistic import unapplied
from assistant.exclusion import dropped_exclusions
from assistant.execute import run
from assistant.ignored_text import asks_text
from assistant.interpret import Catalog, Interpreter, Query, is_english
from assistant.leftovers import condition_unread
from assistant.named_saying import limited
from assistant.named_word import quote_named_words
from assistant.negation_reread import reread
from assistant.part_text import answer as part_text
from assistant.per_head import divided
from assistant.picked_then_asked import asked_in_turn
from assistant.plain_rewrites import of_previous
from assistant.polarity import turned_conditions
from assistant.previous_entities import fresh_after_lookup, ranked_row, said_of_one  # the previous answer's one form or ranking
from assistant.question_prep import for_readers
from assistant.question_rewrites import Rewritten
from assistant.row_across import across
from assistant.row_column import answer as row_column
from assistant.row_count import answer as row_count
from assistant.row_follow_up import asked_of_row, one_row
from assistant.rule_helpers import question_for_search
from assistant.search_instead import searched_instead
from assistant.undirected_gap import sized
from assistant.unheld import unrecorded
from assistant.unread_words import named_or_refused, refusal as _refusal
from store.readonly_sql import ReadOnlySqlError

logger = logging.getLogger(__name__)


@dataclass
class _Turn:
    """A question as one turn of the conversation reads it.

    Attributes:
        question: the question rewritten, the previous answer's forms named where it points at them.
        asked: the question before those forms were named (the answer keeps it as its question).
        lang: the answer's language, "zh" or "en".
        previous_ids: the forms of the previous answer, or None.
    """

    question: str
    asked: str
    lang: str
    previous_ids: list[int] | None


@dataclass
class _Readings:
    """The two readings of a question, changed as the steps of Conversation.ask decide which answers.

    Attributes:
        reading: the query model's reading (an assistant.compose.Reading), or None.
        query: the rule-based reading; None once the query model's answers.
        rule_query: the rule-based reading as first made, kept for follow-ups.
        asked_for: the quantity the question asks for (assistant/asked_quantity.py), or None.
        paid: later years the forms' text says money was paid in (assistant/search_instead.py), or empty.
    """

    reading: object
    query: Query | None
    rule_query: Query
    asked_for: object
    paid: list = field(default_factory=list)


# A word still pointing at the previous answer once its one form is named (what's that as a percentage of X's budget?).
_POINTS_AT_FIGURE = re.compile(r"\b(?:that|this|these|those)\b|那|这", re.IGNORECASE)


def _text_share(question: str, conversation, query: Query | None = None) -> bool:
    """Whether the question asks a share one named form's text gives (which percentage of the works cost is paid as
    retention on X): answered from that text, never refused for a share of a field no reader found."""
    return form_text.asked_field(question) == "share" and form_text.applies(
        query or conversation.interpret(quote_named_words(question)), conversation.store)


class Conversation:
    """Answers questions about the forms in a store, remembering the last interpretation for follow-ups.

    Args:
        store: a store.Store.
        search: an object with `search(query, k=10, mode="hybrid", form_filter=None) -> list[Hit]`
            (index.service.SearchService); None answers narrative questions by keyword match.
        llm: an assistant.llm.LlmClient to phrase answers, or None; by default one is made only when the
            user configured an endpoint (env JIXIAO_LLM_URL or llm.json in the data directory).
    """

    # The previous answer's rule-based reading, its query-model reading and its forms, kept on the state.
    last, last_select, last_ids = StateField(), StateField(), StateField()

    def __init__(self, store, search=None, llm="auto"):
        self.store = store
        self.search = search
        if llm == "auto":
            from assistant.llm import configured_client

            llm = configured_client()
        self.llm = llm
        self.state = ConversationState()  # what a follow-up goes on from
        self._interpreter: Interpreter | None = None
        self._reader = None
        self._fingerprint: str | None = None
        self._form_years: list[int | None] = []
        self._owners: dict[str, str] = {}

    def _current_interpreter(self) -> Interpreter:
        from store import query as store_query
        from store.query import fingerprint

        # The names a question may use change when forms are ingested, so the catalog follows the store.
        current = fingerprint(self.store)
        if self._interpreter is None or current != self._fingerprint:
            from assistant.reader import QuestionReader, store_names
            from assistant.name_gloss import form_owners
            self._interpreter = Interpreter(Catalog.from_store(self.store))
            self._form_years, self._owners = store_query.form_years(self.store), form_owners(self.store)  # a whole-store scope ("2023 forms"); each form's unit
            try:
                self._reader = QuestionReader(store_names(self.store))
            except ReadOnlySqlError as error:  # no views (a read-only store): the rule-based reader answers alone
                logger.warning("query model unavailable: %s", error)
                self._reader = None
            self._fingerprint = current
        return self._interpreter

    def read(self, question: str):
        """The query model's reading of a question (None when it asks for no selection), follow-ups applied.

        Args:
            question: the question.

        Returns:
            An assistant.compose.Reading or None.
        """
        self._current_interpreter()
        if self._reader is None:
            return None
        return ranked_row(question, "en" if is_english(question) else "zh", self.last_select, self._reader.recogniser) or reread(question, self._reader.read(question, self.last_select, self.last_ids), self._reader.read)

    def interpret(self, question: str) -> Query:
        """How a question would be understood now, without answering it or changing the conversation.

        Args:
            question: the question.

        Returns:
            The structured query.
        """
        return self._current_interpreter().interpret(question, self.last)

    def ask(self, question: str) -> Answer:
        """Answer a question; a follow-up ("其中总分最低的", "only those from 信访办") refines the last answer.

        Args:
            question: Chinese or English.

        Returns:
            The answer; kind "unknown" with suggestions when the question could not be understood.
        """
        lang, kept = "en" if is_english(question) else "zh", self.state.snapshot()
        # 其中总分最低的那个，执行率是多少？: the form picked, then the figure asked of it, as two turns
        if (answer := asked_in_turn(question, lang, self._asked_whole)) is None:
            self.state.restore(kept)  # the pick found nothing: the question is answered whole, from where it stood
            # 那实际完成了多少？ after one indicator row looked up: that row's actual, never the form's other figures
            answer = self._asked_whole(asked_of_row(question, self.state.last_row, lang))
        self.state.last_row = one_row(answer) if answer.kind != "unknown" else self.state.last_row
        return answer

    def _asked_whole(self, question: str) -> Answer:
        """The answer to one question read whole, as named steps, the previous answer's row already read."""
        self._current_interpreter()
        said = for_readers(question, self.store, self._reader, self._interpreter, self._owners, self._form_years, self.state)
        if said.answer is not None:
            return said.answer  # a quoted figure converted, a year no form holds, a wording not read: the last answer stays
        turn = self._turn(said)
        if (row := self._row_answer(turn, said)) is not None:
            return row  # 两个实有那张表里信息登记准确率的分值: that row's weight
        read = self._readings(turn, said.asked_lang == "en")
        if isinstance(read, Answer):
            return read  # a share asked, only its total read
        naming = (turn.previous_ids, self._reader, self._interpreter.content_words)
        if (early := text_checks.answer(turn.question, turn.lang, self.store, read.reading, read.query, naming)) is not None:
            self.last, self.last_select, self.last_ids = None, None, [record.form_id for record in early.records]  # 写了两遍
            return early
        # the question asks what the forms' text says: a text search instead
        read.reading, read.paid = searched_instead(turn.question, turn.asked, turn.lang, read.query, read.reading, self._form_years)
        if (refused := self._refused(turn, read)) is not None:
            return refused
        if choice.model_answers(turn.question, read.query, read.reading, read.asked_for, read.paid, self.store, self._reader,
                                self._interpreter.content_words):
            # The query model read it all, or neither reader did: answer what it read, naming what it left out.
            # Questions about check findings stay with the rule-based reader, which knows the checks' words.
            read.query = None
            lost = [word for word in read.reading.ignored if any(value in word for value in self._reader.values)]
            if lost:  # a grade or name neither reader placed: answering without it would answer another question
                return _refusal(turn.question, read.rule_query.lang, read.reading, list(dict.fromkeys(read.reading.ignored)),
                                self._reader.lexicon)
        return self._finished(turn, said, read, self._answered(turn, read))

    def _turn(self, said: Rewritten) -> _Turn:
        """The question as this turn of the conversation reads it: the last answers' forms put together (两批放一起), a
        fresh start after a lookup, the previous answer's forms named where the question points at them, a form
        pointed at by its text named."""
        question = said.question
        self.state.batches = batches.remembered(self.state.batches, self.last_ids)  # the last answers' forms, for 两批放一起
        question, self.last, self.last_select, self.last_ids = batches.together(  # 两批放一起, 把社工也算进来: those forms
            question, self.store, self.state.batches, self.last, self.last_select, self.last_ids, self._forms_read)
        if (earlier := batches.earlier_set(question, self.state.batches, self.last_ids, self.last_select)) is not None:
            self.last, self.last_select, self.last_ids = None, None, earlier  # 这几个 after "the largest one": the set before
        # asked in English, answered in English, though the rewrites above leave more Chinese names than English words
        asked, lang = question, "en" if is_english(question) or said.asked_lang == "en" else "zh"
        if self._reader is not None and fresh_after_lookup(question, lang, self.last, self.last_select, self._reader.read):
            self.last, self.last_select, self.last_ids = None, None, None  # "no grade printed" after a target looked up
        previous_ids = self.last_ids
        question = of_previous(question, self.store, previous_ids)  # 带平安办的那个, the one with the lower rate: the last forms named
        named = said_of_one(question, lang, self.store, previous_ids, self._reader.read) if self._reader else question  # 它的执行率, 用掉几成？ after one form
        if named != question and not _POINTS_AT_FIGURE.search(named):
            # the one form named and nothing else pointing back: a question of its own, the previous reading not
            # refined; "what's that as a percentage of its budget?" still points at the previous figure
            self.last, self.last_select, self.last_ids, previous_ids = None, None, None, None
        question = named
        if self._reader is not None:  # the Luhui police station renovation / 那个订报纸杂志的项目，…: the form named
            # 平安办那个实有人口…的奖励费: read as said first, before fragments of names are written as one name
            described = text_described.named_by_text(question, lang, self.store, self._reader.named_forms._written, self.search)
            question = described if described != question else text_described.named_by_text(
                self._reader.named_in_full(question), lang, self.store, self._reader.named_forms._written, self.search)
        return _Turn(question, asked, lang, previous_ids)

    def _row_answer(self, turn: _Turn, said: Rewritten) -> Answer | None:
        """The answer of a reader of indicator rows (完成情况里对X怎么说: that part's text; a row's column; a column across
        the rows; every quantity indicator on every form), when one reads the question; None otherwise."""
        if self._reader is None:
            return None
        question, lang, recogniser = turn.question, turn.lang, self._reader.recogniser
        row = part_text(question, lang, self.store, recogniser) or row_column(question, lang, self.store, recogniser) \
            or across(question, lang, self.store, said.before, turn.previous_ids, recogniser) or row_count(question, lang, self.store, recogniser)
        if row is None:
            return None
        # words no reader placed (with a zero zorble): named on the row's answer, or a repeated follow-up
        # refused, as for every other reader's answer; a condition is never dropped silently
        checked = named_or_refused(question, row, None, turn.previous_ids, self._reader, self._interpreter.content_words)
        if checked is not row and checked.kind == "unknown":
            return checked  # refused: the previous answer stays to go on from
        ruled = self.interpret(question)  # kept for follow-ups (那实际值呢; a condition after a lookup starts afresh)
        self.last = ruled if ruled.intent not in ("unknown", "search") else None
        self.last_select, self.last_ids = None, [record.form_id for record in row.records]
        return noted(checked, said.excluded, said.labels, said.remarks, lang)

    def _readings(self, turn: _Turn, asked_english: bool) -> _Readings | Answer:
        """The query model's reading and the rule-based one, each narrowed by what the question also says; a refusal
        when a share is asked and only its total was read."""
        question, asked, lang = turn.question, turn.asked, turn.lang
        asked_for = asked_quantity.read(question, self._reader.recogniser) if self._reader is not None else None
        reading = asked_quantity.of_previous(asked_for, turn.previous_ids, asked_quantity.unless_points(asked_for, self.read(question), self._reader))  # 一共扣了多少分 read as a sum of budgets: the rule reader; 用掉几成？: the last forms'
        if (unfit := asked_quantity.fitted(reading, asked_for, self._reader.lexicon.fields)) and not _text_share(question, self):
            return _refusal(question, lang, reading, unfit, self._reader.lexicon)  # a share asked, only its total read
        if question != asked and reading is not None:
            reading.lang = reading.lang or lang  # the full name written in Chinese does not change the language
        query = self.interpret(quote_named_words(question))  # 指标名字里带宣传: the word as if quoted, for both readers
        query.lang = lang if question != asked or asked_english else query.lang
        if asked_english and reading is not None:
            reading.lang = "en"  # the two sites (鲁汇 fit-out and …) asked in English, answered in English
        query = rule_query = form_text.referring_back(query, self.last_ids) or query
        narrowed = described_form.narrowed_reading(reading, query, self.store) or derived_lookup.of_named(reading, query, self.store)
        reading = narrowed or reading
        reading = sized(reading, question, lang)  # 之间差了多少, how far apart: the size of A − B
        if (named := limited(question, lang, self.interpret, self.store)) is not None:
            query, reading = named, None  # 初心微史馆那张表说…: that form's text, whatever else its words name
        return _Readings(reading, query, rule_query, asked_for)

    def _refused(self, turn: _Turn, read: _Readings) -> Answer | None:
        """A refusal naming a condition no reader could read, or what the question asks that no form holds; None when
        there is none."""
        question, query, reading = turn.question, read.query, read.reading
        if _text_share(question, self, query):
            return None
        unreadable = condition_unread(reading, query, self._reader, self._interpreter.content_words) or (reading.statistics if reading is not None else []) \
            or (unapplied(reading.ignored, query.intent, query.aggregate, self._reader.lexicon) if reading is not None else []) \
            or (dropped_exclusions(reading.ignored, self._reader.lexicon) if reading is not None else []) \
            or (turned_conditions(question, reading.ignored, self._reader.recogniser) if reading is not None and query.intent in ("list", "count", "aggregate") and not asks_text(reading, question, query.lang) else [])
        if unreadable:
            return _refusal(question, query.lang, reading, unreadable, self._reader.lexicon)
        # 接种率高于50%, 2022年的执行率, 多少名工作人员: nothing any form holds, not another question's answer
        return unheld.refusal(question, reading, query, self._interpreter.catalog.text, self._interpreter.content_words,
                              self._form_years)

    def _answered(self, turn: _Turn, read: _Readings) -> Answer:
        """The answer of the query model's reading (read.query None), or of the rule-based one when it answers or the
        views cannot; the conversation keeps what a follow-up goes on from."""
        question, query, reading, rule_query = turn.question, read.query, read.reading, read.rule_query
        answer = None
        if query is None:
            try:
                answer = answer_reading(reading, question, reading.lang or ("en" if is_english(question) else "zh"), self.store,
                                        self._reader.lexicon)
            except (ReadOnlySqlError, ValueError) as error:
                # A reading the views cannot answer (a median by group, say): the rule-based reading gets its turn.
                logger.info("query model could not answer %r: %s", question, error)
                query = rule_query
            if answer is not None and choice.explanation_of_nothing(answer, reading, question):
                answer, query = None, rule_query  # "where did headcount fall short, and what explanation did the form give?"
                query.intent, query.search_text = "search", question_for_search(question, query.lang)
        if answer is not None:
            # The rule-based reading is kept too, so its follow-ups (那执行数呢, sort by budget) still apply.
            self.last = rule_query if rule_query.intent not in ("unknown", "search") else None
            self.last_select = reading.select
            self.last_ids = [record.form_id for record in answer.records]
            return answer
        # 拖到明年才付、今年一分钱都没花的: the figures' conditions pick the forms a text search is over
        query = excluded_search.narrowed(query, question, self.read, self.interpret, self.store) or query  # 除了X，还有哪些表提到Y: X left out
        answer = run(search_scope.scoped(query, reading, self.store, self._reader.lexicon) if self._reader else query,
                     self.store, self.search)
        if query.intent != "unknown":
            if query.intent != "search":
                query.previous_form_ids = [record.form_id for record in answer.records]
            self.last, self.last_select = query, None
            self.last_ids = [record.form_id for record in answer.records]
        return answer

    def _finished(self, turn: _Turn, said: Rewritten, read: _Readings, answer: Answer) -> Answer:
        """The answer completed: what one form's answer adds, the form fragments were taken for, no loose hits for what
        no form records, words no reader placed named, the measures asked applied, the question's notes, the wording."""
        question, asked, lang = turn.question, turn.asked, turn.lang
        one_form_answer.completed(asked, lang, answer, self.store)  # 达到了没有, 计划装修多大面积: beyond the figures
        if self._reader is not None and answer.kind != "unknown" and answer.records:  # 人才那三个项目: a count that disagrees
            answer.text += pointer_count.count_disagreement(self._reader, question, answer, lang)
        typed = said.typed or asked  # a form described (the health check project) is said against the words typed
        if question != typed:  # say which form the fragments or the description were taken for
            taken = "、".join(dict.fromkeys(r.project_name for r in answer.records if r.project_name in question and r.project_name not in typed))
            if taken and not answer.interpretation.startswith(("所指项目（按名称）", "taken as (by name)")):
                answer.interpretation = (f"所指项目（按名称）：{taken} · " if lang == "zh" else
                                         f"taken as (by name): {taken} · ") + answer.interpretation
        if question != asked:  # keep the question as asked
            answer.question = asked
        answer = unrecorded(question, answer, lang, self._interpreter.content_words)  # 共受理治安案件几起: no form records it, no loose hits
        if self._reader is not None:  # words no reader placed: named, or a repeated follow-up refused
            given = answer
            answer = named_or_refused(question, answer, read.reading, turn.previous_ids, self._reader, self._interpreter.content_words)
            if answer is not given and answer.kind == "unknown":
                self.last_ids = turn.previous_ids  # a refused follow-up leaves the previous answer to go on from
        if said.head is not None:
            answer = divided(answer, said.head, lang, self.store)
        answer = asked_measures.applied(answer, said.measures, lang)
        answer = noted(answer, said.excluded, said.labels, said.remarks, lang)
        if self.llm is not None and answer.kind != "unknown":
            answer.generated_text = self.llm.phrase(answer, self.store)
        return answer

    def _forms_read(self, words: str) -> list[int]:
        """The forms some words pick read alone (信访办的, the two talent projects): a plain selection, every word read,
        no exclusion, statistic or ranking; [] otherwise."""
        from assistant import sqlcompile
        from store.readonly_sql import run_select

        reading = self._reader.read(words) if self._reader is not None else None
        if reading is None or reading.ignored or reading.select.where is None or reading.select.aggregate is not None \
                or reading.select.order_by is not None or model.negates(reading.select.where):
            # the two talent projects: no condition read, so the forms this conversation would list for the words alone
            kept = self.state.snapshot()
            self.reset()
            try:
                alone = self.ask(words)
            finally:
                self.state.restore(kept)
            found = [record.form_id for record in alone.records] if alone.kind in ("list", "search") else []
            return found if len(set(found)) < len(self._owners) else []  # every form: the words named none
        return [row[0] for row in run_select(self.store, sqlcompile.records_sql(reading.select)).rows]

    def reset(self) -> None:
        """Forget the previous question: the next one is read on its own."""
        self.state.reset()

    def state_json(self) -> str:
        """The conversation state (the last interpretation) as JSON, for `jixiao ask --session`."""
        return self.state.to_json()

    def load_state(self, text: str) -> None:
        """Restore state saved by `state_json`; unreadable or foreign state starts a fresh conversation.

        Args:
            text: the JSON text.
        """
        self.state.load_json(text)
