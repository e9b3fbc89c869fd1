"""Question → structured Query: deterministic rules over the vocabulary and the names the store holds."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab
from assistant.labels import _is_sort_label, _label_check, _label_range, _label_sort, field_label, format_value
from assistant.question_text import _Text, is_english, normalize
from assistant.recognise import cn_number
from assistant.asked_unit import asks_points
from assistant.content_words import forms_words
from assistant.rule_helpers import (_Mention, _State, _admin_variants, _default_superlative_field, _focus_field,
                                    _inherit, _places, question_for_search)
from assistant.rules_query import Catalog, Query
from assistant.rows_counted import counts_rows
from store.query import Range
from assistant.rule_figures import FigureRecognisers
from assistant.rule_names import NameRecognisers

__all__ = ["Catalog", "Interpreter", "Query", "cn_number", "field_label", "format_value", "is_english", "normalize",
           "question_for_search"]


class Interpreter(NameRecognisers, FigureRecognisers):
    """Turns questions into Query objects; holds the catalog of names the store knows."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        from assistant.lexicon import load as load_lexicon

        tags = catalog.tags()
        # Every alias comes from the store's own names: tags, units and departments with their prefixes dropped,
        # 办 also written 办公室, and the English office words of assistant/data/names_en.tsv.
        self.tag_aliases: dict[str, str] = dict(tags)
        for tag, marker in tags.items():
            if tag.endswith("办"):
                self.tag_aliases.setdefault(tag + "公室", marker)
        self.unit_aliases: dict[str, str] = {}
        for unit in catalog.units:
            for variant in _admin_variants(unit):
                self.unit_aliases.setdefault(variant.lower(), variant)
                if variant.endswith("办"):
                    self.unit_aliases.setdefault(variant.lower() + "公室", variant)
        self.department_aliases: dict[str, str] = {}
        for department in catalog.departments:
            for variant in _admin_variants(department):
                if len(variant) >= 4:
                    self.department_aliases.setdefault(variant.lower(), variant)
        self.places = {place for name in catalog.units + catalog.departments for place in _places(name)}
        for english, chinese in load_lexicon().names_en.items():
            if chinese in tags:
                self.tag_aliases.setdefault(english, tags[chinese])
            unit = next((v for v in self.unit_aliases.values() if chinese in v), None)
            if unit is not None and chinese not in tags:
                self.unit_aliases.setdefault(english, unit)
            department = next((v for v in self.department_aliases.values() if chinese in v), None)
            if department is not None and unit is None and chinese not in tags:
                self.department_aliases.setdefault(english, chinese)
        self.names_blob = "\n".join(catalog.project_names).lower()
        self.names_lower = [name.lower() for name in catalog.project_names]
        self.cores = {}
        for name in catalog.project_names:
            core = vocab.TAG_PATTERN.sub("", name).lower()
            self.cores.setdefault(core, []).append(name)
            self.cores.setdefault(name.lower(), []).append(name)

    # -- entry point --
    def interpret(self, question: str, previous: Query | None = None) -> Query:
        """Read a question.

        Args:
            question: what the user typed, Chinese or English.
            previous: the last query of the conversation, refined when the question is a follow-up.

        Returns:
            The structured query; intent "unknown" when nothing in it could be understood.
        """
        text = _Text(normalize(question))
        query = Query(question=question, lang="en" if is_english(question) else "zh")
        follow_up = previous is not None and self._is_follow_up(text, previous)
        if follow_up:
            query = _inherit(previous, question, query.lang)
            query.follow_up = True
        state = _State()
        self._checks(text, query, state)
        self._zero_phrases(text, query, state)
        # 安保经费（平安办）的目标: a whole name said with its tag is that form, so its tag is no alias of every tagged form
        held = [(at, at + len(name)) for name in self.catalog.project_names if vocab.TAG_PATTERN.search(name)
                for at in [text.text.find(name.lower())] if at >= 0 and text.free(at, at + len(name))]
        for start, end in held:
            text.take(start, end)
        self._aliases(text, query, state)
        for start, end in held:
            text.release(start, end)
        self._name_scope(text, query, state)
        self._text_contains(text, query, state)
        self._said_clause(text, query, state)
        self._years(text, query, state)
        self._wording(text, query, state)
        self._grades(text, query, state)
        self._project_names(text, query, state)
        self._indicator_names(text, query, state)
        self._indicator_classes(text, query, state)
        self._limits(text, state)
        self._sorting(text, state)
        self._groups(text, state)
        self._full_marks(text, query, state)
        fields = self._fields(text, state)
        self._between(text, query, state, fields)
        self._comparisons(text, query, state, fields)
        self._superlatives(text, state, fields)
        self._aggregates(text, state, fields)
        self._lookup_cues(text, query, state)
        self._decide(text, query, state, fields, previous if follow_up else None)
        self._topic(query)
        return query

    # -- follow-ups --
    def _is_follow_up(self, text: _Text, previous: Query) -> bool:
        if previous.intent == "unknown":
            return False
        raw = text.text
        if raw.startswith(vocab.FOLLOW_UP_PREFIXES_ZH) or any(raw.startswith(p) for p in vocab.FOLLOW_UP_PREFIXES_EN):
            # "按单位汇总执行数" is a new question, "按预算排序" refines the last one.
            if raw.startswith("按") and not any(w in raw for w in vocab.SORT_WORDS_ZH + vocab.DESCENDING_WORDS + vocab.ASCENDING_WORDS):
                return False
            if raw.startswith(("only", "just")) and not re.match(r"(only|just) (those|the ones|ones|from|in|for|with|by|keep|show)", raw):
                return False
            return True
        if raw.endswith(vocab.FOLLOW_UP_SUFFIXES) or raw.rstrip("?").endswith(vocab.FOLLOW_UP_SUFFIXES):
            return True
        return bool(re.match(r"(what|how) about\b", raw))

    # -- recognisers --
    def _decide(self, text: _Text, query: Query, state: "_State", fields: list[_Mention], previous: Query | None) -> None:
        zero = Range("executed", "=", 0.0)
        if state.full_marks and zero in query.form_filter.ranges:
            # "零执行却满分" means indicators scored in full with nothing spent: the check, not 总分 = 100.
            full = Range("total_score", "=", 100.0)
            query.form_filter.ranges = [r for r in query.form_filter.ranges if r not in (zero, full)]
            query.labels = [label for label in query.labels
                            if label not in (_label_range("executed", "=", 0.0, query.lang), _label_range("total_score", "=", 100.0, query.lang))]
            query.form_filter.finding_codes.append("NOTHING_EXECUTED_FULL_SCORES")
            query.labels.append(_label_check("NOTHING_EXECUTED_FULL_SCORES", query.lang))
            state.codes.append("NOTHING_EXECUTED_FULL_SCORES")
            state.range_fields = [f for f in state.range_fields if f not in ("executed", "total_score")]
        focus = _focus_field(fields, state)
        residual = text.residual()
        content = self._content_words(residual, query.lang)
        named_by = [word for word in content if len(word) > 1]  # a topic verb (租) names no indicator
        query.indicator_hint = "".join(named_by) if query.lang == "zh" else " ".join(named_by)
        if state.wording:
            query.intent = "wording"
            levels = [label.removesuffix("指标") for label in (query.indicator_level2, query.indicator_level1) if label]
            query.search_text = " ".join(query.indicator_names) or query.indicator_hint or " ".join(levels) or query.question
            query.labels.append(("wording of " if query.lang == "en" else "指标写法：") + query.search_text)
            return
        from assistant.saying import counts_a_thing

        # an indicator named outright with its target or actual asked (the number of staff having dinner (社保队员晚餐人数))
        # is a row lookup: "number of" names the row, it counts nothing
        row_asked = bool(query.indicator_names) and state.lookup_cue
        if state.aggregate == "count" and not state.names and not row_asked and counts_a_thing(query.question):
            state.saying = True  # how many terminals were rented: an indicator row or sentence gives it, not a count
        if state.saying:
            # which project says <clause>: the forms whose text says it, whatever figures the clause names
            query.intent = "search"
            # beside conditions (执行率低于60%的项目里，哪些说资金紧张) only the clause is what the text must say
            said = state.said if state.said and state.structured else query.question
            query.search_text = question_for_search(said, query.lang)
            query.labels.append(("search: " if query.lang == "en" else "检索：") + said)
            return
        group_by = state.group_by
        if previous is not None:
            self._refine(query, state, focus, previous)
            if query.intent != "unknown":
                return
        if state.aggregate == "count" and (state.indicator_word or state.indicator_class) and (
                not state.names or (state.indicator_class and not query.indicator_names and counts_rows(query.question))):
            query.intent, query.count_indicators = "count", True
            return
        if group_by and (state.aggregate or focus or state.group_pick):
            query.intent = "aggregate"
            query.group_by = group_by
            query.aggregate = state.aggregate or ("count" if not focus else "sum")
            if query.aggregate != "count":
                query.field = focus or "annual_budget"
            if state.group_pick:
                query.limit = 1
                query.descending = state.superlative_desc if state.superlative_desc is not None else True
            return
        if group_by and not fields:
            query.intent, query.group_by, query.aggregate = "aggregate", group_by, "count"
            return
        # 书报杂志费订了多少份书报杂志 / how many devices did project X lease: counting a named project's things is a
        # figure on its indicator rows, not a count of forms (of one named project there is one).
        named = [name for name in self.catalog.project_names
                 if query.form_filter.name_contains and all(part in name for part in query.form_filter.name_contains)]
        counts_things = state.names and state.aggregate == "count" and (bool(content) or len(named) == 1)
        if query.indicator_names or state.indicator_class or (
                state.names and (state.lookup_cue or state.measure_word or counts_things) and not focus):
            query.intent = "count" if state.aggregate == "count" and not state.names and not row_asked else "indicators"
            if query.intent == "count":
                query.count_indicators = True
            return
        if state.superlative or (state.limit and focus):
            from assistant.unheld import unknown_nouns

            if focus is None and (named_by or unknown_nouns(residual)):
                # the most flurbs / 培训场次最多: the measure is a noun no field holds; the total score would be a guess
                query.intent = "unknown"
                return
            query.intent = "top"
            query.field = focus or _default_superlative_field(text.text)
            query.sort = query.field
            query.descending = state.superlative_desc if state.superlative_desc is not None else True
            if state.soft_limit and not state.limit:
                state.limit = state.soft_limit[0]
            query.limit = state.limit or 1
            query.ties = state.limit is None
            query.aggregate = "max" if query.descending else "min"
            query.labels.append(_label_sort(query.field, query.descending, query.limit, query.lang))
            return
        if state.aggregate in ("sum", "avg"):
            if asks_points(text.text) and (focus is None or focus in vocab.AMOUNT_FIELDS):
                return  # 预算执行一共扣了多少分: points asked, so no budget summed in their place
            query.intent, query.aggregate = "aggregate", state.aggregate
            query.field = focus or "annual_budget"
            return
        from assistant.saying import asks_form_count

        # 总分不到100的项目里有几个是租东西的: words the forms must say beside the conditions are searched, then counted
        if state.aggregate == "count" and not (content and asks_form_count(query.question)
                                               and not query.form_filter.text_contains and not (state.codes or state.severities)):
            query.intent, query.aggregate = "count", "count"
            return
        if state.names and focus and not query.form_filter.ranges:
            query.intent, query.field = "lookup", focus
            return
        if state.names and not content and not state.codes and not state.severities and not query.form_filter.ranges:
            query.intent = "lookup"
            return
        if content and not query.form_filter.text_contains and not (state.codes or state.severities):
            query.intent = "search"
            query.search_text = question_for_search(query.question if not state.structured else residual, query.lang)
            query.labels.append(("search: " if query.lang == "en" else "检索：") + (residual if state.structured else query.question))
            return
        if state.codes or state.severities:
            query.intent = "checks"
            return
        if state.structured or not query.form_filter.is_empty():
            query.intent = "list"
            if state.sort_requested and focus:
                query.sort, query.descending = focus, state.sort_desc if state.sort_desc is not None else True
                query.labels.append(_label_sort(focus, query.descending, None, query.lang))
            query.field = focus
            return
        query.intent = "unknown"

    def _refine(self, query: Query, state: "_State", focus: str | None, previous: Query) -> None:
        """Apply a follow-up to the inherited query: new filters are already AND-ed in; change the ask."""
        if previous.intent == "search" and previous.previous_form_ids is not None:
            query.form_filter.form_ids = list(previous.previous_form_ids)
        said_before = previous.form_filter.text_contains
        if said_before and previous.previous_form_ids is not None and query.form_filter.text_contains != said_before:
            # Which of those mention talent: a mention of the previous forms, not one more wording of their mention
            # (the words of one mention are alternatives)
            query.form_filter.form_ids = list(previous.previous_form_ids)
            query.form_filter.text_contains = [t for t in query.form_filter.text_contains if t not in said_before]
        if state.superlative or state.limit:
            query.intent = "top"
            query.field = focus or previous.field or previous.sort or "total_score"
            query.sort = query.field
            query.descending = state.superlative_desc if state.superlative_desc is not None else True
            query.limit = state.limit or (state.soft_limit[0] if state.soft_limit else 1)
            query.ties = state.limit is None and not state.soft_limit
            query.aggregate = "max" if query.descending else "min"
            query.group_by = None
            query.labels.append(_label_sort(query.field, query.descending, query.limit, query.lang))
            return
        if state.sort_requested or (focus and query.question.lower().startswith(("sort", "order", "rank", "按"))):
            query.intent = "list" if previous.intent in ("top", "search", "checks", "count", "lookup", "indicators") else previous.intent
            query.sort = focus or previous.field or "annual_budget"
            query.field = query.sort
            query.descending = state.sort_desc if state.sort_desc is not None else True
            query.limit = None
            query.labels = [label for label in query.labels if not _is_sort_label(label)]
            query.labels.append(_label_sort(query.sort, query.descending, None, query.lang))
            return
        if state.aggregate:
            query.intent = "count" if state.aggregate == "count" else "aggregate"
            query.aggregate = state.aggregate
            query.field = focus or previous.field or "annual_budget"
            if state.group_by:
                query.group_by = state.group_by
            return
        if focus:
            # "那执行率呢": the same question about another figure.
            query.field = focus
            if previous.sort:
                query.sort = focus
            query.labels = [label for label in query.labels if not label.startswith(("排序", "sorted", "最", "top", "bottom"))]
            if previous.intent == "top":
                query.labels.append(_label_sort(focus, query.descending, query.limit, query.lang))
            return
        if state.structured:
            query.intent = previous.intent if previous.intent not in ("unknown",) else "list"
            if previous.intent == "search":
                query.intent = "search"
            return
        query.intent = "unknown"

    def content_words(self, words: str) -> list[str]:
        """The words of a stretch the forms' text holds (Chinese) or the English glossary knows.

        Args:
            words: part of a question.

        Returns:
            Those words, in the order found.
        """
        return self._content_words(normalize(words), "en" if is_english(words) else "zh")

    def _content_words(self, residual: str, lang: str) -> list[str]:
        """Words left over that the forms actually use (or, in English, that the glossary knows)."""
        return forms_words(residual, self.catalog.text)

    def _topic(self, query: Query) -> None:
        """跟视频监控有关的项目 / projects related to X: a part of one project's name given as a topic is a word any
        part of a form may say (a form about video surveillance may not carry the words in its name). A part that
        several names share (派出所 of three names) is how the store names a family of projects: that stays."""
        from assistant.saying import asks_topic

        fragments = query.form_filter.name_contains
        if query.intent not in ("lookup", "list") or not fragments or any(f in self.cores for f in fragments) \
                or not asks_topic(query.question) or any(sum(f in name for name in self.names_lower) > 1
                                                         for f in fragments):
            return
        named = {f"project name contains “{f}”" for f in fragments} | {f"项目名含“{f}”" for f in fragments}
        query.labels = [label for label in query.labels if label not in named] + [
            ("mentions “" if query.lang == "en" else "提到“") + f + "”" for f in fragments]
        query.form_filter.text_contains += [f for f in fragments if f not in query.form_filter.text_contains]
        query.form_filter.name_contains = []
        query.intent = "list"

    def _said_clause(self, text: _Text, query: Query, state: "_State") -> None:
        """哪个项目说… / which project says …: the clause is what the text must say, read by no other recogniser."""
        from assistant.saying import asks_deferral, said_clause

        span = said_clause(text.text, query.lang, vocab.STOPWORDS_ZH)
        if span is not None and text.free(*span):
            text.take(*span)
            state.saying, state.said = True, text.text[span[0]:span[1]]
        elif asks_deferral(text.text):
            state.saying = True  # 拖到2024年才付 / deferred payment: what the text says was put off

    def _add_range(self, query: Query, state: "_State", field_name: str, operator: str, value: float, label: bool = True) -> None:
        condition = Range(field_name, operator, value)
        if condition not in query.form_filter.ranges:
            query.form_filter.ranges.append(condition)
            if label:
                query.labels.append(_label_range(field_name, operator, value, query.lang))
        state.structured = True
        state.range_fields.append(field_name)
