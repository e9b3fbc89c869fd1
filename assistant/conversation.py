"""A conversation: questions answered in turn, each follow-up refining the previous interpretation."""

from __future__ import annotations

import json
import logging
import re

from assistant import model
from assistant import reading_choice as choice
from assistant.answer import Answer
from assistant.execute import run
from assistant.interpret import Catalog, Interpreter, Query, is_english
from assistant.unread_words import named_or_refused, refusal as _refusal
from assistant.dropped_statistic import unapplied
from assistant.exclusion import dropped_exclusions
from assistant.field_gloss import without_field_glosses
from assistant.negation_reread import reread
from assistant.polarity import turned_conditions
from assistant.previous_entities import fresh_after_lookup, ranked_row, referred, said_of_one  # the previous answer's one form or ranking

STATE_VERSION = 1
logger = logging.getLogger(__name__)


def _noted(answer: Answer, excluded: list[str], labels: list[str], remarks: list[str], lang: str) -> Answer:
    """An answer with what the question said beside its conditions named: forms left out by a name said exactly, names
    taken for the forms the conditions pick, the asker's remarks set aside.

    Args:
        answer: the answer.
        excluded: forms a name said exactly left out (社工 (not 社工点经费)).
        labels: names for the forms the conditions pick (不到50万的小项目).
        remarks: the remarks set aside (assistant/remarks.py).
        lang: "zh" or "en".

    Returns:
        The same answer, its text extended; an unknown answer as it was.
    """
    if answer.kind == "unknown":
        return answer
    if excluded:  # 社工 (not 社工点经费): left out by the name said exactly
        answer.text += (f"\n按名称精确匹配，不含：{'、'.join(excluded)}" if lang == "zh" else
                        f"\nmatched by the whole name, so not: {', '.join(excluded)}")
    if labels:
        answer.text += (f"\n视为所述条件的称呼（不另作条件）：{'、'.join(labels)}" if lang == "zh" else
                        f"\ntaken as a name for the forms the conditions pick (no condition of its own): {', '.join(labels)}")
    if remarks:
        from assistant.remarks import named

        answer.text += named(remarks, lang)
    return answer


class Conversation:
    """Answers questions about the forms in a store, remembering the last interpretation for follow-ups.

    Args:
        store: a store.Store.
        search: an object with `search(query, k=10, mode="hybrid", form_filter=None) -> list[Hit]`
            (index.service.SearchService); None answers narrative questions by keyword match.
        llm: an assistant.llm.LlmClient to phrase answers, or None; by default one is made only when the
            user configured an endpoint (env JIXIAO_LLM_URL or llm.json in the data directory).
    """

    def __init__(self, store, search=None, llm="auto"):
        self.store = store
        self.search = search
        if llm == "auto":
            from assistant.llm import configured_client

            llm = configured_client()
        self.llm = llm
        self.last: Query | None = None
        # The previous answer read by the query model, and the forms the previous answer rested on.
        self.last_select: model.Select | None = None
        self.last_ids: list[int] | None = None
        self._interpreter: Interpreter | None = None
        self._reader = None
        self._fingerprint: str | None = None
        self._form_years: list[int | None] = []
        self._previous_question: str | None = None  # a follow-up repeating its words (这些小项目) repeats no condition
        self._batches: list[list[int]] = []  # the forms of the last two answers (两批放一起: both together)

    def _said_not_named(self, literal: str) -> bool:
        """Whether the forms' text says a Chinese literal of two characters or more that no project name holds (a
        name's part or tag, 质保金 or （信）, is glossed for the readers of names)."""
        catalog = self._interpreter.catalog
        return len(literal) >= 2 and literal in catalog.text and not any(literal in name for name in catalog.project_names)

    def _named_part(self, literal: str) -> bool:
        """Whether one project name alone holds a Chinese literal of two characters or more outside its tag (维稳 of
        维稳经费（信）): a gloss of that form's name (质保金 of two, （平安办） a tag: glossed for the readers of names)."""
        names = self._interpreter.catalog.project_names
        untagged = [re.sub(r"[（(][^（）()]{1,8}[）)]$", "", name) for name in names]
        return len(literal) >= 2 and sum(literal in name for name in untagged) == 1 \
            and not any(f"（{literal}）" in name or f"({literal})" in name for name in names)

    def _current_interpreter(self) -> Interpreter:
        from store import query as store_query
        from store.query import fingerprint

        # The names a question may use change when forms are ingested, so the catalog follows the store.
        current = fingerprint(self.store)
        if self._interpreter is None or current != self._fingerprint:
            from assistant.reader import QuestionReader, store_names
            from assistant.name_gloss import form_owners
            from store.readonly_sql import ReadOnlySqlError

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
        from assistant import batches, derived_lookup, described_form, excluded_search, form_ids, form_text, one_form_answer, pointer_count, search_scope, text_checks, text_described
        from assistant.courtesy import unwrapped
        from assistant import asked_measures, asked_quantity
        from assistant.formal_those import those_as_forms
        from assistant.restated_label import without_labels
        from assistant.whole_scope import this_year, without_whole_scope
        from assistant.name_gloss import without_name_glosses
        from assistant.glossed_literal import quoted_wordings, unglossed
        from assistant.plain_rewrites import of_previous, rewritten
        from assistant.named_word import quote_named_words

        self._current_interpreter()
        from assistant.beat_target import beat_said
        from assistant.exact_name import said_plainly

        question = beat_said(question)  # an actual figure that beat a numeric target: exceeded its target (before any route reads the words)
        from assistant.named_remark import said_of_named

        # before courtesies come off: a remark naming the form may be the only place its name is said
        names, asked_lang = (self._reader.recogniser.names.projects if self._reader else []), "en" if is_english(question) else "zh"
        plainly = said_plainly(question, names, asked_lang)  # 名称就叫“社工”的, called just X (not Y): the bare name
        question, known, english_named = plainly.text, [], False
        if self._reader is not None:  # the video surveillance rental contract, 禁毒反邪教的项目: the one form described
            from assistant.described_name import named_by_description
            from assistant.lexicon import load as load_lexicon
            from index.glossary import GLOSSARY_EN

            from assistant.described_names import named_several, row_pointed

            # I want to reuse X next year. Which forms had it?: the row the asker's sentence names
            question = row_pointed(question, self._reader.recogniser.names.indicators)

            # 两个…的工程，一个A一个B; the two sites (鲁汇 fit-out and 杜行 refurbishment); the 鲁汇 fit-out: several first
            several = named_several(question, self._owners, GLOSSARY_EN, load_lexicon().names_en)
            english_named = several != question and asked_lang == "en"  # names written in Chinese keep it English
            question = several
            question = named_by_description(question, self._owners, GLOSSARY_EN, load_lexicon().names_en)
        if self._reader is not None:  # 第一次写自评表，…。有哪些表…？: the last sentence asks; "…for a slide. What was it?"
            from assistant.remarks import background

            question, known = background(question, lambda words: self._reader.recogniser.tokens(words)[0])
        from assistant.observations import without_observed

        question, observed = without_observed(question, (lambda words: self._reader.recogniser.tokens(words)[0]) if self._reader else None)  # 我看大部分指标都是满分，…; "I've noticed most forms …": background
        known = known + observed
        from assistant.unit_slips import slip_said

        question = slip_said(question)  # "typed in yuan instead of 10k yuan": the slip, never a figure of 1 万元
        from assistant.concessive import conceded

        question = conceded(question)  # full marks even though nothing was spent, 虽然…但: both conditions
        from assistant.comparative_than import bound_said

        question = bound_said(question)  # 定得比90%还高: 高于90%
        from assistant.quoted_conversion import answer as converted

        if (quoted := converted(question, "en" if is_english(question) else "zh")) is not None:
            return quoted  # 执行数写的是256,175.00 … 换算成万元是多少: the quoted figure, converted; the last answer stays
        question = said_of_named(question, names, asked_lang)  # X据说追加过预算，它的执行数: X's executed
        question = unwrapped(question)  # 请问…，谢谢 / "Quick question: …": courtesies ask nothing and hold no condition
        if self._reader is not None:  # 我刚接手这块工作，…; "I'm new here.": the asker's remarks, named on the answer
            from assistant.remarks import set_aside, without_reasons

            tokens = lambda words: self._reader.recogniser.tokens(words)[0]  # noqa: E731
            question, reasons = without_reasons(question, tokens)  # leave out X, since its figure was typed in yuan: X
            question, remarks = set_aside(question, tokens, self._interpreter.content_words)
            remarks = known + remarks + reasons
            question = unwrapped(question) if remarks else question
        else:
            remarks = []
        question, measures = asked_measures.taken_off(question, self._reader.recogniser.names.projects if self._reader else [])  # 多少亿元, A和B差了几个百分点
        from assistant.per_head import divided, per_head_asked
        from index.glossary import GLOSSARY_EN

        rows = self._reader.recogniser.names.indicators if self._reader is not None else []
        question, head = per_head_asked(question, rows, GLOSSARY_EN)  # 平均每个志愿者, per volunteer: divided at the end
        question = those_as_forms(question)  # 剔除名称含质保金者: the forms whose name holds 质保金
        question = referred(question, self._previous_question, self.last_ids, self._reader)  # 安保那张呢？: the last question of X; those two: those
        before = self._previous_question  # the question a pointer at its row (这个指标, it) stands back to
        said, (question, labels) = question, without_labels(question, self._previous_question)  # 不到50万的小项目; 这些小项目
        self._previous_question = said
        question = without_whole_scope(this_year(without_name_glosses(form_ids.named_by_id(question, self.store), self._owners), self._form_years), self._form_years, len(self._owners))  # （实施单位：X） after X's form: nothing; 今年: the store's year; (2023 forms only) on a store of 2023 forms
        if self._reader is not None:  # for Pujiang town, when every form's department lies in it: no condition
            from assistant.whole_place import without_whole_place

            question = without_whole_place(question, list(self._reader.recogniser.names.departments))
        from assistant.exclusion import joined_exclusions, without_exclusion_reasons

        question = joined_exclusions(question)  # take the 信访办 forms out: excluding the 信访办 forms
        question = without_exclusion_reasons(question)  # leaving out X (its figure was entered in yuan): X
        question = without_field_glosses(question)  # the opening (年初) budget: the opening budget
        from assistant.other_years import unheld_answer, without_held_year

        question = without_held_year(question, self._form_years)  # what did X cost in 2023, on a store of 2023 forms

        if (other := unheld_answer(question, "en" if is_english(question) else "zh", self._form_years)) is not None:
            return other  # 比去年高, a 2022 budget: nothing of that year is held; the last answer stays
        question = unglossed(question, self._said_not_named, self._named_part)  # a district finance notice (区财发), the riot-control (维稳) fund: the literal
        question, unread_wordings = quoted_wordings(question)  # a target of 'every month': “每月”, as the forms print it
        if unread_wordings:
            return _refusal(question, "en", None, [f"'{words}'" for words in unread_wordings], self._reader.lexicon)
        question = rewritten(question)  # words that add nothing and colloquial fields said plainly (assistant/plain_rewrites.py)
        self._batches = batches.remembered(self._batches, self.last_ids)  # the last answers' forms, for 两批放一起
        question, self.last, self.last_select, self.last_ids = batches.together(  # 两批放一起, 把社工也算进来: those forms
            question, self.store, self._batches, self.last, self.last_select, self.last_ids)
        if (earlier := batches.earlier_set(question, self._batches, self.last_ids, self.last_select)) is not None:
            self.last, self.last_select, self.last_ids = None, None, earlier  # 这几个 after "the largest one": the set before
        asked, lang = question, "en" if is_english(question) or english_named else "zh"
        if self._reader is not None and fresh_after_lookup(question, lang, self.last, self.last_select, self._reader.read):
            self.last, self.last_select, self.last_ids = None, None, None  # "no grade printed" after a target looked up
        previous_ids = self.last_ids
        question = of_previous(question, self.store, previous_ids)  # 带平安办的那个, the one with the lower rate: the last forms named
        question = said_of_one(question, lang, self.store, previous_ids, self._reader.read) if self._reader else question  # 它的执行率, 用掉几成？ after one form
        if self._reader is not None:  # the Luhui police station renovation / 那个订报纸杂志的项目，…: the form named
            # 平安办那个实有人口…的奖励费: read as said first, before fragments of names are written as one name
            described = text_described.named_by_text(question, lang, self.store, self._reader.named_forms._written, self.search)
            question = described if described != question else text_described.named_by_text(
                self._reader.named_in_full(question), lang, self.store, self._reader.named_forms._written, self.search)
            from assistant.row_column import across, answer as row_column
            from assistant.part_text import answer as part_text
            from assistant.row_count import answer as row_count

            if (row := part_text(question, lang, self.store, self._reader.recogniser)  # 完成情况里对X怎么说: that part's text
                    or row_column(question, lang, self.store, self._reader.recogniser)
                    or across(question, lang, self.store, before, previous_ids, self._reader.recogniser)
                    or row_count(question, lang, self.store, self._reader.recogniser)) is not None:  # every quantity indicator on every form
                # words no reader placed (with a zero zorble): named on the row's answer, or a repeated follow-up
                # refused, as for every other reader's answer; a condition is never dropped silently
                checked = named_or_refused(question, row, None, previous_ids, self._reader, self._interpreter.content_words)
                if checked is not row and checked.kind == "unknown":
                    return checked  # refused: the previous answer stays to go on from
                ruled = self.interpret(question)  # kept for follow-ups (那实际值呢; a condition after a lookup starts afresh)
                self.last = ruled if ruled.intent not in ("unknown", "search") else None
                self.last_select, self.last_ids = None, [record.form_id for record in row.records]
                return _noted(checked, plainly.excluded, labels, remarks, lang)  # 两个实有那张表里信息登记准确率的分值: that row's weight
        asked_for = asked_quantity.read(question, self._reader.recogniser) if self._reader is not None else None
        reading = asked_quantity.of_previous(asked_for, previous_ids, asked_quantity.unless_points(asked_for, self.read(question), self._reader))  # 一共扣了多少分 read as a sum of budgets: the rule reader; 用掉几成？: the last forms'
        if unfit := asked_quantity.fitted(reading, asked_for, self._reader.lexicon.fields):
            return _refusal(question, lang, reading, unfit, self._reader.lexicon)  # a share asked, only its total read
        if question != asked and reading is not None:
            reading.lang = reading.lang or lang  # the full name written in Chinese does not change the language
        query = self.interpret(quote_named_words(question))  # 指标名字里带宣传: the word as if quoted, for both readers
        query.lang = lang if question != asked or english_named else query.lang
        if english_named and reading is not None:
            reading.lang = "en"  # the two sites (鲁汇 fit-out and …) asked in English, answered in English
        query = rule_query = form_text.referring_back(query, self.last_ids) or query
        narrowed = described_form.narrowed_reading(reading, query, self.store) or derived_lookup.of_named(reading, query, self.store)
        reading = narrowed or reading
        from assistant.undirected_gap import sized

        reading = sized(reading, question, lang)  # 之间差了多少, how far apart: the size of A − B
        from assistant.named_saying import limited

        if (named := limited(question, lang, self.interpret, self.store)) is not None:
            query, reading = named, None  # 初心微史馆那张表说…: that form's text, whatever else its words name
        naming = (previous_ids, self._reader, self._interpreter.content_words)
        if (early := text_checks.answer(question, lang, self.store, reading, query, naming)) is not None:
            self.last, self.last_select, self.last_ids = None, None, [record.form_id for record in early.records]  # 写了两遍
            return early
        if reading is not None and choice.narrative_left(reading) and (query.intent == "unknown" or (
                query.intent == "count" and query.form_filter.is_empty() and not query.indicator_names)):
            # 哪些项目的钱拖到2024年才付, "which project says the number of people … fell short": a year, or a count of
            # every form, and words neither reader can place are a narrative to search
            from assistant.rule_helpers import question_for_search
            query.intent, query.search_text = "search", question_for_search(question, query.lang)
            if (ids := choice.previous_ids_read(reading)) is not None:
                query.form_filter.form_ids = ids  # said of the previous answer's forms: searched among them
                query.labels.insert(0, f"上一个回答的 {len(ids)} 个项目中" if query.lang == "zh"
                                    else f"among the {len(ids)} forms of the previous answer")
            reading = None
        from assistant.purpose_said import aim

        if (purpose := aim(question, lang)) is not None and (reading is None or not choice.structured(reading.select)
                                                              or reading.ignored or "Text" in repr(reading.select.where)):
            # 为了改善派出所民警办公条件的项目, "exists to pay the volunteers": what the goal says, never a row's name
            from assistant.rule_helpers import question_for_search
            query.intent, query.search_text = "search", question_for_search(purpose, query.lang)
            query.form_filter.name_contains = [n for n in query.form_filter.name_contains if n not in purpose]  # its words
            query.labels = [("purpose, searched: " if lang == "en" else "用途（按文本检索）：") + purpose]
            reading = None
        from assistant.topic_union import as_search

        if as_search(asked, lang, query, reading, question != asked):
            reading = None  # 信访、维稳这一块的项目都调出来: every form about each topic, found by its words, not a name
        from assistant.other_years import paid_years, without_years, years_compared

        held = [y for y in self._form_years if y is not None]
        paid = paid_years(question, years_compared(reading.select.where) if reading is not None else [], held)
        if paid:
            # 执行率为0，2024年支付的项目: a date the forms' text gives, searched over the forms the figures pick
            from assistant.rule_helpers import question_for_search
            query.form_filter.years = [y for y in query.form_filter.years if y not in paid]
            query.intent, query.search_text = "search", question_for_search(question, query.lang)
            reading.select.where = without_years(reading.select.where, paid)
        from assistant.ignored_text import asks_text

        if query.intent in ("list", "count") and not query.form_filter.text_contains and asks_text(reading, question, query.lang):
            # spent under 90% and blamed it on money being tight: the figures pick the forms, the text says the rest
            from assistant.rule_helpers import question_for_search
            query.intent, query.search_text = "search", question_for_search(question, query.lang)
        unreadable = self._unreadable_condition(reading, query) or (reading.statistics if reading is not None else []) \
            or (unapplied(reading.ignored, query.intent, query.aggregate, self._reader.lexicon) if reading is not None else []) \
            or (dropped_exclusions(reading.ignored, self._reader.lexicon) if reading is not None else []) \
            or (turned_conditions(question, reading.ignored, self._reader.recogniser) if reading is not None and query.intent in ("list", "count", "aggregate") and not asks_text(reading, question, query.lang) else [])
        if unreadable:
            return _refusal(question, query.lang, reading, unreadable, self._reader.lexicon)
        if (unheld := self._unheld(question, reading, query)) is not None:
            return unheld  # 接种率高于50%, 2022年的执行率, 多少名工作人员: nothing any form holds, not another question's answer
        # A check's words read whole by the query model with a figure of the question's ("executed more than half of
        # their budget" is no overspending) are that comparison; other questions about findings stay with the rules.
        checks = bool(query.form_filter.finding_codes or query.form_filter.severities) and not (
            reading is not None and not reading.ignored and (choice.compares_figures(reading.select.where) or choice.negates(reading.select.where) or choice.names_values(reading.select.where, repr(query.form_filter))
                                                              or "HasFinding" in repr(reading.select.where)))  # the check it names
        from assistant.evidence_set import uses_cue

        # A reading that left only glue answers (a lookup too when it shows the figure: the underspend of X).
        glue = reading is not None and query.intent != "indicators" and choice.structured(reading.select) \
            and (query.intent != "lookup" or (reading.select.shown and not uses_cue(question, "figure"))) \
            and self._only_glue_left(reading, question) and not choice.names_beyond(query, reading)
        counted = reading is not None and not reading.ignored and ("Indicator" in repr(reading.select.where) or (  # 指标写了十条以上
            reading.select.entity == "indicators" and reading.select.aggregate is not None and "level" in repr(reading.select.where)))
        if reading is not None and not checks and not paid and (counted or not choice.asks_narrative(query)) and not form_text.applies(query, self.store) \
                and not choice.drops_topic_verb(reading, query) \
                and ((derived := derived_lookup.asks_derived(reading.select)) or described_form.aggregates_read(reading)
                     or described_form.figure_lookup(query, self.store) is None) \
                and not (choice.asks_a_rows_figure(query) and reading.select.aggregate is not None) and (
                not reading.ignored or not choice.reads_more(query, reading) or (reading.reads_nearly_all() and not (choice.names_more(query) and not derived))
                or choice.quotes_a_column(reading, query) or glue or asked_quantity.only_reading_answers(asked_for, reading, query)):
            # The query model read it all, or neither reader did: answer what it read, naming what it left out.
            # Questions about check findings stay with the rule-based reader, which knows the checks' words.
            query = None
            lost = [word for word in reading.ignored if any(value in word for value in self._reader.values)]
            if lost:  # a grade or name neither reader placed: answering without it would answer another question
                return _refusal(question, rule_query.lang, reading, list(dict.fromkeys(reading.ignored)), self._reader.lexicon)
        answer = None
        if query is None:
            from assistant.answer_select import answer as answer_reading
            from store.readonly_sql import ReadOnlySqlError

            try:
                answer = answer_reading(reading, question, reading.lang or ("en" if is_english(question) else "zh"), self.store,
                                        self._reader.lexicon)
            except (ReadOnlySqlError, ValueError) as error:
                # A reading the views cannot answer (a median by group, say): the rule-based reading gets its turn.
                logger.info("query model could not answer %r: %s", question, error)
                query = rule_query
            if answer is not None and choice.explanation_of_nothing(answer, reading, question):
                from assistant.rule_helpers import question_for_search

                answer, query = None, rule_query  # "where did headcount fall short, and what explanation did the form give?"
                query.intent, query.search_text = "search", question_for_search(question, query.lang)
        if answer is not None:
            # The rule-based reading is kept too, so its follow-ups (那执行数呢, sort by budget) still apply.
            self.last = rule_query if rule_query.intent not in ("unknown", "search") else None
            self.last_select = reading.select
            self.last_ids = [record.form_id for record in answer.records]
        else:
            # 拖到明年才付、今年一分钱都没花的: the figures' conditions pick the forms a text search is over
            query = excluded_search.narrowed(query, question, self.read, self.interpret, self.store) or query  # 除了X，还有哪些表提到Y: X left out
            answer = run(search_scope.scoped(query, reading, self.store, self._reader.lexicon) if self._reader else query,
                         self.store, self.search)
            if query.intent != "unknown":
                if query.intent != "search":
                    query.previous_form_ids = [record.form_id for record in answer.records]
                self.last, self.last_select = query, None
                self.last_ids = [record.form_id for record in answer.records]
        one_form_answer.completed(asked, lang, answer, self.store)  # 达到了没有, 计划装修多大面积: beyond the figures
        if self._reader is not None and answer.kind != "unknown" and answer.records:  # 人才那三个项目: a count that disagrees
            answer.text += pointer_count.count_disagreement(self._reader, question, answer, lang)
        if question != asked:  # say which form the fragments were taken for, and keep the question as asked
            taken = "、".join(dict.fromkeys(r.project_name for r in answer.records if r.project_name in question and r.project_name not in asked))
            if taken:
                answer.interpretation = (f"所指项目（按名称）：{taken} · " if lang == "zh" else
                                         f"taken as (by name): {taken} · ") + answer.interpretation
            answer.question = asked
        from assistant.unheld import unrecorded

        answer = unrecorded(question, answer, lang, self._interpreter.content_words)  # 共受理治安案件几起: no form records it, no loose hits
        if self._reader is not None:  # words no reader placed: named, or a repeated follow-up refused
            given = answer
            answer = named_or_refused(question, answer, reading, previous_ids, self._reader, self._interpreter.content_words)
            if answer is not given and answer.kind == "unknown":
                self.last_ids = previous_ids  # a refused follow-up leaves the previous answer to go on from
        if head is not None:
            answer = divided(answer, head, lang, self.store)
        answer = asked_measures.applied(answer, measures, lang)
        answer = _noted(answer, plainly.excluded, labels, remarks, lang)
        if self.llm is not None and answer.kind != "unknown":
            answer.generated_text = self.llm.phrase(answer, self.store)
        return answer

    def _only_glue_left(self, reading, question: str) -> bool:
        """Whether the query model read every condition and left only glue ("kindly", "frankly speaking", 呀, pct):
        no name or figure unread, no word conditions are made of, nothing the forms' text says. Its reading answers,
        naming those words as ignored, instead of a search for words no form holds."""
        from assistant.evidence_set import uses_cue
        from assistant.leftovers import only_glue, without_units

        select = reading.select
        if reading.unread or not reading.ignored or (select.where is None and select.aggregate is None
                                                      and select.order_by is None and not select.shown):
            return False
        from assistant.example_list import filler_words

        if all(word in filler_words() for word in reading.ignored):
            return True  # 偏差原因分析栏写了东西: a thing pointed at, nothing a condition or the text could say
        if any(uses_cue(word, kind) for word in reading.ignored for kind in ("frame", "figure")) \
                or any(uses_cue(question, kind) for kind in ("saying", "deferral", "topic")):
            return False  # 理由, explain, how many left over; says, deferred, about anywhere: what a question asks of the text
        if any(value in word for word in reading.ignored for value in self._reader.values):
            return False  # a grade, tag, unit or class the reading did not place is a condition it lost
        units = list(self._reader.lexicon.keys("scale")) + list(self._reader.lexicon.keys("percent"))
        return only_glue(reading.ignored, lambda words: self._interpreter.content_words(without_units(words, units)))

    def _unheld(self, question: str, reading, query: Query) -> Answer | None:
        """A refusal naming what the question asks that no form holds: a measure after a noun nobody says, a year the
        store has no forms of, a thing no form prints; None when it asks nothing of the kind."""
        from assistant import other_years, unheld
        from assistant.unheld_fields import unheld_fields  # 填报人, who signed it: fields no form holds

        forms_text = self._interpreter.catalog.text
        asked_years = list(query.form_filter.years) + (other_years.years_compared(reading.select.where) if reading is not None else [])
        years = other_years.unheld_years(question, asked_years, [y for y in self._form_years if y is not None])
        words = unheld.unknown_measures(question, forms_text, self._interpreter.content_words) + unheld.unprinted(question, forms_text) \
            + unheld.unheld_facts(question, forms_text, self._interpreter.content_words) + unheld_fields(question, forms_text)
        if not years and not words:
            return None
        zh = query.lang != "en"
        said = ([other_years.said("zh" if zh else "en", self._form_years, [int(year) for year in years])] if years else []) \
            + ([f"这些表没有记录“{'、'.join(words)}”" if zh else f"not recorded in these forms: {', '.join(repr(w) for w in words)}"]
               if words else [])
        text = ("无法回答：" + "；".join(said) + "。") if zh else ("Cannot answer: " + "; ".join(said) + ".")
        return Answer(question=question, interpretation=("未能理解：" if zh else "not understood: ") + "、".join(years + words),
                      text=text, kind="unknown")

    def _unreadable_condition(self, reading, query: Query) -> list[str]:
        """What looks like a condition the query model could not read ("more than three flurbs", "not counting the
        zorbly ones") in a question whose other conditions it read, when neither reader has anything else for it:
        a text search would only look for words no form says. Empty when there is none."""
        from assistant.leftovers import unreadable_condition

        if reading is None or query.intent not in ("search", "unknown") or choice.asks_narrative(query) \
                or not reading.ignored or not choice.conditions_besides_years(reading.select.where):
            return []
        lost = [word for word in reading.unread if word in reading.ignored] + [
            word for word in reading.ignored if any(value in word for value in self._reader.values)]
        found = unreadable_condition([w for w in reading.ignored if w not in lost], self._interpreter.content_words)
        return list(dict.fromkeys(reading.ignored)) if (found or lost) and not any(
            self._interpreter.content_words(word) for word in reading.ignored) else []

    def reset(self) -> None:
        """Forget the previous question: the next one is read on its own."""
        self.last, self.last_select, self.last_ids = None, None, None
        self._previous_question, self._batches = None, []

    def state_json(self) -> str:
        """The conversation state (the last interpretation) as JSON, for `jixiao ask --session`."""
        return json.dumps({"version": STATE_VERSION, "last": self.last.to_dict() if self.last else None,
                           "select": model.to_data(self.last_select) if self.last_select else None,
                           "ids": self.last_ids}, ensure_ascii=False, indent=1)

    def load_state(self, text: str) -> None:
        """Restore state saved by `state_json`; unreadable or foreign state starts a fresh conversation.

        Args:
            text: the JSON text.
        """
        try:
            data = json.loads(text)
            current = data.get("version") == STATE_VERSION
            self.last = Query.from_dict(data["last"]) if current and data.get("last") else None
            self.last_select = model.from_data(data["select"]) if current and data.get("select") else None
            self.last_ids = [int(i) for i in data.get("ids") or []] if current and data.get("ids") is not None else None
        except (ValueError, TypeError, KeyError, AttributeError):
            self.last, self.last_select, self.last_ids = None, None, None
