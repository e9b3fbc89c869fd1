"""Reading a question with the query model: recognise tokens with the store's names, compose a Select."""

from __future__ import annotations

import dataclasses
import re

from assistant import absent_row, exclusion, follow_ups, list_totals, points_head, range_ends, ranked_follow_ups, several_statistics
from assistant.relative_change import relative
from assistant.named_groups import every_form_listed
from assistant.absent_rows import absent_rows
from assistant.full_marks import full_marks
from assistant.missed_target import missed_targets
from assistant.printed_words import printed_words
from assistant.bounds import inclusion, opening_bound
from assistant.blank_columns import blank_columns
from assistant.bare_grade import bare_grades
from assistant.change_asked import change_asked, whole_change
from assistant.grade_mismatch import grade_mismatch
from assistant.class_points import class_points
from assistant.own_target import own_target
from assistant.class_totals import class_parts
from assistant.leftover_amount import unspent_amounts
from assistant.left_unspent import said_unspent
from assistant.asked_unit import without_asked_scale
from assistant.asked_column import show_asked_columns
from assistant.named_set import named_together
from assistant.named_word import quote_named_words
from assistant.printed_as import printed_figures, sign_said, typed_as_printed, without_typed_units
from assistant.row_units import RowUnits
from assistant.row_points import weighted_rows
from assistant.prenominal_figure import figure_after_column
from assistant.row_predicate import properties
from assistant.comparative_pick import picked_by_comparative
from assistant.defined_difference import without_definitions
from assistant.ranked_rows import ranked_by_rows, ranked_by_rows_then_shown, ranking_by, which_n
from assistant import lexicon as lexicon_module
from assistant import model as m
from assistant.compose import Composer, Reading
from assistant.whole_reading import WholeReading
from assistant.named_form import NamedForms
from assistant.named_list import named_list
from assistant.name_glue import within_names
from assistant.approximate import approximate_states
from assistant.rest_said import rest_of_forms
from assistant.field_after_figure import field_after_figure, field_after_range
from assistant.figure_pointer import compared_with_last
from assistant.pooled_rate import parts_named
from assistant.ranked_size import first_of_a_field
from assistant.share_of_last import as_share_of_last, asks_share_of_whole, figure_of_one, share_of_whole
from assistant.money_share import named_within
from assistant.column_value import named_columns
from assistant.colloquial_fields import rankings_in_time, scores_bound, spent_in_full, spent_shares, split_before_figures, subjects_folded
from assistant.defect_form import defect_forms
from assistant.parts_sum import parts_sums
from assistant.overall_kept import overall_kept
from assistant.ranked_change import ranked_change
from assistant.value_part import value_parts
from assistant.recognise import Recogniser, StoreNames
from assistant.restatement import read_brackets
from assistant.share_scope import scoped_share
from assistant.asked_share import asked_shares
from assistant.dropped_statistic import dropped_statistics
from assistant.change_verbs import lone_changes
from assistant.change_base import above_its_baseline, restated_changes, change_asked_after_verb, change_ends, changes_of_a_base, directed_by_how_much
from assistant.amount_ratio import amount_ratios
from assistant.value_negated import values_negated
from assistant import asked_year, every_form, every_row, rows_of_last, spelled_arithmetic, string_pattern, whole_share
from assistant.tied_count import counted_ties
from assistant.zhe_suffix import zhe_as_de
from assistant.no_money import no_money
from assistant.points_lost import points_lost
from assistant.baseline_said import said_baseline
from assistant.pointer_count import without_pointer_counts
from assistant.share_before_part import part_first
from assistant.figure_before_field import figure_after_field, reached_before_figure
from assistant.spoken_over import over_a_figure, spell_half
from assistant.statistic_swap import statistic_kept, swapped_statistic
from assistant.unread import joined_statistics
from store.readonly_sql import run_select

# A bracket restating how to read the question ("(counting '≥90%' and '百分之九十' as 90%)", （即…）): no condition.
_CLARIFICATION = re.compile(r"[（(]\s*(?:counting|including|i\.e\.|that is|namely|bounds|inclusive|both ends|即|包括|含)[^()（）]*[)）]")
# （数值） / (numeric) after a column: the column's number is meant, which is how figures are compared anyway.
_NUMERIC_ONLY = re.compile(r"[（(]\s*(?:数值|数字|数值部分|numeric|numerical|number|as numbers?)\s*[)）]", re.IGNORECASE)
# "(its spending figure is a typo)", （因为数据有误）: a remark on why, about a thing named; no condition of its own.
# Said of its / their, only a statement of what a figure is ("its budget above 100" would be a condition).
_ASIDE = re.compile(r"[（(]\s*(?:(?:because|since|due to|owing to)\s|因为|由于|(?:its|their)\s[^()（）]*?\b(?:is|was|are|were|seems|looks)\s+"
                    r"(?:a|an|likely|probably|wrong|an error|in error|mistyped|misprinted)\b)[^()（）]*[)）]", re.IGNORECASE)
# ", whose outturn is evidently recorded in yuan rather than ten-thousands,": the same remark as a clause after a form.
_ASIDE_CLAUSE = re.compile(r",\s*(?:whose|as its|as their|since its|since their|because its|because their)\s[^,?]*?\b(?:is|was|are|were)\s+"
                           r"(?:\w+ly\s+)?(?:recorded|entered|typed|printed|written|wrong|mistyped|misprinted|a typo|an error|in error)"
                           r"\b[^,?]*,", re.IGNORECASE)
# ", that is final appropriation less outturn,": an apposition defining the word before it, no condition of its own.
_APPOSITION = re.compile(r",\s*(?:that is|i\.e\.|namely|meaning)\s[^,?]*,")
# A comma or semicolon between two tokens: a new clause (", which had …").
_CLAUSE_BREAK = re.compile(r"[,，;；]")
# A conjunction between two tokens: what joins the items of a list (an exclusion covers them all).
_CONJUNCTION = re.compile(r"(?<![a-z])(?:and|as well as|nor|or)(?![a-z])|[和及与跟、且]")
# A closing clause restating the condition before it: ", i.e. …", "，即…", "that is …" up to the question mark.
# "that is" only after a comma: "an indicator that is worth 10 points" is a relative clause, not a restatement.
_RESTATEMENT = re.compile(r"(?:(?:[,，]\s*|\s)(?:i\.e\.|ie\.|that is to say|namely|in other words|即|也就是说|也就是|就是说)"
                          r"|[,，]\s*that is|[?？。]\s*(?:也就是说|也就是|就是说|就是|即|i\.e\.|that is to say|that is|in other words|namely|meaning))"
                          r"[,，]?\s*([^?？。]+?)\s*[?？。.]?\s*$", re.IGNORECASE)  # round 30: 哪些追加过预算？就是全年大于年初的
# 一个都没有 / 一条也没有: "not a single one" is "none", no figure of one.
_NOT_ONE = re.compile(r"一(?:个|条|项|张|份)(?=[都也](?:没|无|不))")
# A question closing on 呢 (预算最多的前三个呢?): it goes on from the previous answer.
_ASKS_ON = re.compile(r"呢\s*[?？。]?\s*$")
# Punctuation at the edges of a left-over stretch (", frankly speaking,"): not part of the words named as ignored.
_EDGE_PUNCTUATION = " ,.;:?!，。；：？！、"
# Words with no content of their own: left out of "ignored: …".
_FILLER = re.compile(r"^[\s\W_]*$")
# "the warranty-retention (质保金) ones": English words glossed by the Chinese a name holds.
_GLOSSED = re.compile(r"((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)\s*[（(]([\u4e00-\u9fff]{2,12})[)）]")


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
        row_units=column("SELECT target_unit FROM indicators UNION SELECT actual_unit FROM indicators"),
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
        # The values a condition can name (优, 平安办, 时效指标): left over, they are a condition the reading lost.
        # A one-character tag (信) is too common a character to count inside other words.
        self.values = tuple(v for v in (*names.grades, *(v for v in (*names.tags, *names.units, *names.departments,
                                                                    *names.classes) if len(v) > 1)) if v)
        # "(pct)", （万元）, "(in 万元)": a bracket naming only the unit to answer in, no condition
        units = sorted({*self.lexicon.keys("scale"), *self.lexicon.keys("percent")}, key=len, reverse=True)
        self._unit_bracket = re.compile(r"[（(]\s*(?:in\s+)?(?:" + "|".join(re.escape(u) for u in units) + r")\s*[)）]",
                                        re.IGNORECASE)
        self.composer = Composer(self.lexicon, names.classes, names.years, names.projects)
        self._projects, self.years = tuple(names.projects), tuple(names.years)
        self._class_labels = tuple(names.classes)
        self._fields, self._ops = self.lexicon.keys("field"), self.lexicon.keys("op")  # left over 300k: left, more than
        self._change_verbs = {**self.lexicon.keys("change_verb")}  # not cut, 既没被砍也没追加: a budget change
        self._column_values = {"unit": list(names.units), "department": list(names.departments)}
        self.row_units = RowUnits(names.row_units)  # 单位是小时的指标, measured in hours
        self.named_forms = NamedForms(names.projects, exclusion.words(self.lexicon))

    def _glosses_the_field(self, tokens: list, k: int) -> bool:
        """an annual budget (全年预算数), the supervising department (主管部门): a bracket naming the column before it."""
        if tokens[k].kind != "bracket":
            return False
        before = next((t for t in reversed(tokens[:k]) if t.kind != "stop"), None)
        inside = [t for t in self.recogniser.tokens(tokens[k].key)[0] if t.kind != "stop"]
        return before is not None and before.kind in ("field", "group") and len(inside) == 1 \
            and inside[0].kind == before.kind and inside[0].key == before.key

    def _gloss(self, found: re.Match) -> str:
        """English words glossed in brackets by part of a name the store holds, which the glossary gives for one of
        them, or whose glossary term it holds: the Chinese alone (warranty-retention (质保金) → 质保金, the security
        budget (安保经费) → 安保经费); else the text unchanged."""
        chinese, words = found.group(2), re.split(r"[\s-]+", found.group(1))
        glossary = self.recogniser.glossary
        if any(label.startswith(chinese) for label in self._class_labels):  # a benefit (效益) indicator: the class, glossed
            return found.group(1)
        if chinese in self.recogniser._joined[0] and any(chinese == term or (len(term) > 1 and term in chinese)
                                                         for w in words for term in glossary.get(w, "").split()):
            return f" {chinese} "
        if chinese in self.values:  # the party service centre (党群中心): an office named in English, then as the store says it
            named = [t for t in self.recogniser.tokens(found.group(1))[0] if t.kind != "stop"]
            if named and all(t.kind in ("unit", "department", "tag") for t in named):
                return f" {chinese} "
        return found.group(0)

    def _restated(self, head: str, tail: str, previous, previous_ids) -> Reading | None:
        """"Which schemes received an uplift, i.e. a final allocation above the opening provision?": a closing clause
        restating the condition in other words, read whole, is the condition; the head keeps what it names besides
        comparisons (a tag, a unit) and what it asks. None when the clause reads as no complete condition."""
        figures = set(re.findall(r"\d+(?:\.\d+)?", tail))
        if figures and figures <= set(re.findall(r"\d+(?:\.\d+)?", head)):  # "under 6, i.e. below 6 points": the head's own
            own = self.read(head.rstrip(" ,，") + "?", previous, previous_ids)
            if own is not None and not own.ignored and own.select.where is not None:
                return own
        said = self.read(tail)
        if said is None or said.ignored or said.select.where is None or said.select.aggregate is not None \
                or said.select.order_by is not None:
            return None
        asked = self.read(head.rstrip(" ,，") + "?", previous, previous_ids)
        if asked is None:
            return said
        if asked.select.aggregate is not None and getattr(asked.select.aggregate, "condition", None) == said.select.where:
            return asked  # what share had their budget cut, i.e. a final budget below the initial one: the share's own
        items = list(asked.select.where.items) if isinstance(asked.select.where, m.And) else \
            [asked.select.where] if asked.select.where is not None else []
        asked.select.where = m.conjoin(*(c for c in items if not isinstance(c, m.Compare)), said.select.where)
        return asked

    def _swapped_figure(self, text: str, tokens: list, previous, previous_ids) -> Reading | None:
        """那50万以上的呢 / what about over 50?: a swap giving a figure and no field compares it with the field the
        previous answer compared; None when that is not the question."""
        field = follow_ups.compared_field(previous)
        swap = next((t for t in tokens if t.kind == "swap"), None)
        if field is None or swap is None or field not in self.lexicon.fields \
                or not any(t.kind == "number" for t in tokens) or any(t.kind in ("field", "weak_field") for t in tokens):
            return None
        info = self.lexicon.fields[field]
        label = info.en if text.isascii() else info.zh
        return self.read(f"{text[:swap.end]} {label} {text[swap.end:]}", previous, previous_ids)

    def named_in_full(self, question: str) -> str:
        """The question with a form named by several fragments (杜行派出所 修缮, the Luhui police station renovation)
        written as that form's full name; unchanged when no fragments name exactly one form.

        Args:
            question: as typed.

        Returns:
            The question for both readers.
        """
        from assistant.interpret import normalize

        text = normalize(question)
        tokens, gaps = self.recogniser.tokens(text)
        kept = [t for t in tokens if t.kind != "stop"]
        rewritten = self.named_forms.in_full(text, kept, [g.strip(_EDGE_PUNCTUATION) for g in gaps])
        return question if rewritten == text else rewritten

    def read(self, question: str, previous: m.Select | None = None, previous_ids: list[int] | None = None,
             every: bool = True) -> Reading | None:
        """Read a question; a follow-up (其中…, only those…) narrows the previous answer.

        Args:
            question: as typed.
            previous: the Select of the previous answer, if it came from the query model.
            previous_ids: the form ids the previous answer rested on.
            every: whether a word of every said of indicator rows is read (each satisfaction indicator …).

        Returns:
            The reading, or None when the question asks for no selection.
        """
        from assistant.interpret import normalize

        # 满意度指标每一条都只有10分; 是不是都花完了？没花完的是哪些？; 名称以“人才”开头; 年度预算扣掉执行数: the question read whole
        readings: tuple[WholeReading, ...] = ((every_row.reading, absent_row.reading) if every else ()) + (every_form.reading, string_pattern.reading, spelled_arithmetic.reading, whole_share.reading, asked_year.reading, rows_of_last.reading)
        for read_whole in readings:
            if (said := read_whole(self, question, previous, previous_ids)) is not None:
                return said
        restated = _RESTATEMENT.search(question)
        if restated is not None:
            found = self._restated(question[:restated.start()], restated.group(1), previous, previous_ids)
            if found is not None:
                return found
        text = self._unit_bracket.sub(" ", _APPOSITION.sub(" ", _CLARIFICATION.sub(" ", _ASIDE.sub(" ", _ASIDE_CLAUSE.sub(",", _NUMERIC_ONLY.sub(" ", without_typed_units(normalize(question))))))))
        text = zhe_as_de(text, self._projects)  # 执行率低于60%者, 名称含质保金者: the ones that
        text = quote_named_words(spell_half(_GLOSSED.sub(self._gloss, _NOT_ONE.sub("", asked_shares(said_unspent(without_asked_scale(text, self.lexicon.keys("by_how_much"))))))))
        text = without_definitions(self.recogniser.tokens, text)  # (final allocation less outturn): a definition
        text, signs_printed = sign_said(text)  # （带≥号）: the target's sign is asked as printed
        tokens, gaps = properties(text, *self.row_units.read(text, *bare_grades(text, *self.recogniser.tokens(text), self.recogniser.names.grades)))  # 目标用文字写成: the column's predicate
        tokens = [t for k, t in enumerate(tokens) if not self._glosses_the_field(tokens, k)]  # annual budget (全年预算数)
        tokens = which_n(ranked_by_rows(weighted_rows(points_head.bound(range_ends.joined(ranking_by(tokens, text), text), text), text), text), text)  # 30分的三级指标: the row's weight; scored under 95 overall: the total; from 90 through 99 percent; 按指标条数排
        tokens = picked_by_comparative(tokens, text)  # 其中哪个预算更高: the one ahead, not a comparison
        tokens = field_after_range(field_after_figure(tokens))  # between half and three-quarters on execution: its range; with an indicator …, which less than 100% execution: the execution rate's bound
        tokens = inclusion(over_a_figure(_bottom_n(class_parts(tokens)), self.lexicon.keys("bound_word")),
                           set(self.lexicon.keys("bound_excludes")), set(self.lexicon.keys("bound_includes")))
        tokens, gaps = printed_words(tokens, gaps, text, self.lexicon.keys("printed_as"))  # 时效目标写的是按计划开展: that wording
        tokens = unspent_amounts(printed_figures(tokens, text, self.lexicon.keys("printed_as"), signs_printed, typed_as_printed(question)))
        tokens = opening_bound(tokens)  # "a grade and fewer than 5 indicators": the bound opens a figure, strict
        tokens = rankings_in_time(parts_sums(first_of_a_field(named_columns(parts_named([t for t in rest_of_forms([t for t in tokens if t.kind != "stop"]) if t.kind != "stop"])))))  # 最后执行率: a time, no ranking; the remaining projects: no balance
        tokens = figure_after_column(full_marks(tokens, text, tuple(self.lexicon.keys("full_figure"))))  # a 100% satisfaction target
        tokens = spent_shares(subjects_folded(split_before_figures(tokens, self._fields, self._ops), text), text)
        tokens = figure_after_field(part_first(reached_before_figure(tokens)))  # more than a quarter of the budget left unspent: the unspent balance's share; a 100% satisfaction target: target = 100%
        tokens = without_pointer_counts(lone_changes(no_money(change_asked(grade_mismatch(blank_columns(said_baseline(points_lost(absent_rows(missed_targets(scores_bound(tokens, text))), previous)))))),
                                                     self._change_verbs), text)
        tokens = whole_change(values_negated(amount_ratios(change_ends(changes_of_a_base(change_asked_after_verb(above_its_baseline(directed_by_how_much(restated_changes(tokens)))))))), text, self.lexicon.keys("whole"))  # summed over all forms, how much did budgets grow: the net change; 信访办 isn't the implementing unit: not 信访办; 结余占全年预算比例超过5%: on each form; 调减幅度超过年初预算5%, topped up by more than 30万元 over their opening budget
        tokens, gaps = self.named_forms.resolve(text, tokens, gaps)
        tokens = without_pointer_counts(tokens, text)  # 人才两个项目: the count after a part that now names the forms
        gaps = within_names(text, tokens, gaps)  # household-registry archive digitisation: "registry" is of the name
        tokens, gaps = spent_in_full(tokens, gaps, text)  # did not disburse their entire full-year budget: not spent in full
        tokens, gaps = approximate_states(text, tokens, gaps)  # 钱几乎花光: not spent in full; its figures, else named
        tokens = defect_forms(tokens)  # 填错单位的那张, the one with the unit slip: the forms with an error finding
        tokens = own_target(tokens)  # satisfaction result above the satisfaction target: the class's actual vs its target
        tokens, gaps = class_points(tokens, gaps, text)  # 人才活动满意度那块一共占几分: the class's weight for that form
        tokens, gaps = value_parts(text, tokens, gaps, self._column_values)  # 主管部门为X（不带“(汇总)”字样）
        joined = [t for t in tokens if t.kind != "swap"]  # "and the" read as a swap word still joins a list
        for before, token in zip(joined, joined[1:]):
            between = text[before.end:token.start]
            token.joined_by = "," if _CLAUSE_BREAK.search(between) else "and" if _CONJUNCTION.search(between) else ""
        language = [t for t in tokens if t.kind == "language"]
        if language and previous is not None and all(t.kind in ("language", "follow", "op", "plus") for t in tokens) \
                and all(_FILLER.match(g) for g in gaps):
            return Reading(previous, lang=language[0].key)  # "and in English?": the previous answer, reworded
        tokens = [t for t in tokens if t.kind != "language"]
        back = exclusion.restored(question, previous, self.read)  # 加上信访办呢: the last statistic, that exclusion taken off
        if back is not None:
            return back
        other = follow_ups.complement(tokens, previous, previous_ids)
        if other is not None and all(_FILLER.match(g) for g in gaps):
            return other
        first = follow_ups.first_n(tokens, previous) or follow_ups.change_total(tokens, previous) \
            or follow_ups.changed_figure(tokens, previous, self.lexicon) \
            or follow_ups.listed(tokens, previous, previous_ids) or ranked_follow_ups.pick(tokens, previous, previous_ids) \
            or list_totals.total(tokens, previous, previous_ids, self.lexicon) \
            or compared_with_last(tokens, previous, previous_ids)  # which of them are below that? after an average
        first = first or swapped_statistic(tokens, previous)  # 中位数呢: the last statistic, swapped
        if first is not None and all(_FILLER.match(g) for g in gaps):
            return first
        reading = self.composer.compose([t for t in tokens if t.kind != "swap"],
                                        [g.strip(_EDGE_PUNCTUATION) for g in gaps if not _FILLER.match(g)])
        if reading is None:
            return self._swapped_figure(text, tokens, previous, previous_ids) or _each_of_the_last(tokens, previous, previous_ids) \
                or ranked_change(tokens, previous) \
                or every_form_listed(text, tokens, self.lexicon.keys("whole"))  # 各项目的全年预算数: every form's figure
        reading.select.where = overall_kept(named_list(reading.select.where, self._projects))  # both forms named; the average of those kept
        scoped_share(reading.select, question, self.read)  # among the graded forms, what share …: over those forms
        named_within(reading.select)  # 安保经费占平安办项目预算的比例: that form's share of the group's money
        named_together(reading.select)  # 人才活动和人才健康体检这两张表: both forms, not one bearing both names
        relative(reading.select, text)  # 全年预算较年初上调了百分之几: the change in percent of its start, no share of forms
        show_asked_columns(reading.select, tokens)  # 劝导队经费的评分等级是什么: the grade shown, not the name alone
        ranked_by_rows_then_shown(reading.select, [t for t in tokens if t.kind != "stop"], self.composer._class_condition)
        together = several_statistics.asked_together(joined)  # the average and the median: both answered
        if several_statistics.answerable(reading.select, together):
            reading.together = together
        else:
            reading.statistics = joined_statistics(joined) or (several_statistics.words(joined) if together and "count" not in together else [])
        dropped = [w for w in dropped_statistics(joined, reading.select, reading.together) if w not in reading.ignored]
        reading.ignored += dropped  # the average … of a list: named as not applied
        brackets = [_restating_a_figure(t, tokens, self.recogniser) for t in tokens if t.kind == "bracket"]
        if brackets:  # （全年预算数高于年初预算数）: a restatement, or the definition of a word around it
            read_brackets(reading, brackets, lambda text: None if text == question else self.read(text))
        if _ASKS_ON.search(question) and reading.select.where is None and (previous is not None or previous_ids):
            reading.follow_up = True  # 预算最多的前三个呢: a question closing on 呢 that names no forms asks of the last ones
        standing = previous is None and not previous_ids
        if not standing and asks_share_of_whole(reading, tokens, said_of_itself=False):
            reading.follow_up = True  # What share of all forms is that? after a count: the last forms' share, never 100%
        if reading.follow_up and any(word in question.lower() for word in self.lexicon.keys("whole")) and not asks_share_of_whole(reading, tokens, standing):
            reading.follow_up = False  # 所有项目按执行率排，前三个: the question names every form, not the last list
        reading = follow_ups.apply(reading, tokens, previous, previous_ids)
        figure_of_one(reading, [t for t in tokens if t.kind != "stop"], previous, previous_ids) or as_share_of_last(reading, [t for t in tokens if t.kind != "stop"], previous) or share_of_whole(reading, [t for t in tokens if t.kind != "stop"])  # As a share of their budget? 它们占全部预算的几成?
        statistic_kept(reading, previous, exclusion.asks_again(question, tokens))  # 其中平安办的呢, and if we leave out X? after an average
        counted_ties(reading.select, [t for t in tokens if t.kind != "stop"])  # how many are level on the highest score
        return reading


def _each_of_the_last(tokens: list, previous, previous_ids) -> Reading | None:
    """执行率都是多少 / their budgets, each?: a field asked of each form, naming no forms, is asked of the last answer's."""
    fields = [t for t in tokens if t.kind == "field" and t.key != "year"]
    if (previous is None and not previous_ids) or not any(t.kind == "each" for t in tokens) or len(fields) != 1 \
            or any(t.kind in ("tag", "unit", "department", "project", "quoted_project", "number", "op") for t in tokens):
        return None
    from assistant.asking import field_node

    reading = Reading(m.Select(shown=[field_node(fields[0].key)]), follow_up=True)
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
