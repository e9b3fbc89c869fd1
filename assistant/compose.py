"""Composition: recognised tokens → a Select (conditions, negation, field comparisons, statistics, order, grouping)."""

from __future__ import annotations

from assistant import model as m
from assistant.lexicon import Lexicon
from assistant.asking import ComposeState, Reading, asks_size, counts_topic, field_node as _field, shape, speaks_of_indicators  # noqa: F401  (Reading: read from here too)
from assistant.conditions import (DERIVED, FULL_MARKS, base_of_measure, compares, definition_of_measure, difference, operand_of_measure, negate,
                                  predicate, SCORED_AS, sum_of_parts, text_condition)
from assistant.figures import between, by_margin, compare, counted_rows, counts_rows, opens_next_figure, read_gap, field_kind, margin_after_figure, multiple_of
from assistant.field_words import GLUE, share_after, size_before, by_how_much, lone_score, change_before_field, change_by, changed_from_baseline, emptied, field_near, skip as _skip
from assistant import class_totals, exclusion, follow_ups, fund_sources, named_groups, part_scores
from assistant.prepare import alternative, apply_field_cues, compared_weak, comparative_first, examples, graded_by_a_figure, raised_over, repeated_field, share_of_forms, spoken_figures
from assistant.unread import gloss, lost_conditions, meaningful
from assistant.recognise import Token
from assistant.negation_scope import closed_after, closes, negated as negated_at
from assistant.ranked_out import negated_ranking
from assistant.row_words import row_words
from assistant.indicator_sums import read_sums
from assistant.printed_words import actual_said
from assistant.rows import (asks_of_named, indicator_count, measure_subject, named_form, names_an_indicator, quoted, quoted_words,
                            structured_besides_topics, topic, asks_row_count)

# What a topic question ("projects related to …") holds when nothing else is asked.
_TOPIC_ONLY = ("about", "noun", "quoted_project", "topic", "follow", "op")
# An indicator figure looked up is quoted as printed (≥85%, 6905个) from the row's text column.
_PRINTED_COLUMNS = {"indicator.target_number": "target", "indicator.actual_number": "actual"}


class Composer:
    """Builds Selects from tokens.

    Args:
        lexicon: the words and fields.
        classes: printed indicator class labels → "level1" or "level2" (from the store).
        years: the years the store holds; projects: its project names (a form described by words its name holds).
    """

    def __init__(self, lexicon: Lexicon, classes: dict[str, str], years: list[int], projects: tuple = ()):
        self.lexicon = lexicon
        self.classes = classes
        self.years, self.projects = set(years), tuple(p.lower() for p in projects)  # projects: a form named by its words
        # budget → initial budget: what a change of the field (raised, 追加, cut) is measured against
        self._baselines = {name: baseline for name, baseline in lexicon.keys("baseline").items()}
        self._closing, self._exclusions = set(exclusion.closing(lexicon)), exclusion.opening(lexicon)  # 不算 after, 除了 before

    def compose(self, tokens: list[Token], gaps: list[str]) -> Reading | None:
        """A Select from the tokens; None when nothing in them asks for a selection.

        Args:
            tokens: from Recogniser.tokens.
            gaps: the stretches no recogniser explained.

        Returns:
            The reading, or None.
        """
        if any(t.kind == "about" for t in tokens) and all(t.kind in _TOPIC_ONLY for t in tokens):
            return None  # 跟视频监控有关的项目: a topic, even where a name holds the words; the narrative search answers
        tokens = read_sums(class_totals.read_totals(part_scores.part_scores(share_of_forms(graded_by_a_figure(raised_over(repeated_field(spoken_figures(comparative_first(apply_field_cues(fund_sources.read_sources(tokens), self._baselines)))))))), self._class_condition))
        state = ComposeState(tokens=list(tokens), indicator_context=speaks_of_indicators(tokens))
        state.used.update(examples(tokens))
        self._resolve_fields(state)
        fields = self.lexicon.fields
        state.tokens = [t for k, t in enumerate(state.tokens)
                        if not base_of_measure(state.tokens, k, fields) and not definition_of_measure(state.tokens, k, fields)
                        and not operand_of_measure(state.tokens, k)]
        strong = any(t.kind == "field" for t in state.tokens)
        state.tokens = [t for k, t in enumerate(state.tokens) if not (t.kind == "weak_field" and strong and not compared_weak(state.tokens, k))]
        for token in [t for t in state.tokens if t.kind == "weak_field"]:
            token.kind = "field"
        state.used.update(class_totals.class_measures(state.tokens, state.measures, self._class_condition))  # 满意度权重最高
        gap = read_gap(state)  # the gap between budget and spending: a measure to rank or total, or compared with a figure
        conditions = by_how_much(state, m.conjoin(gap, self._conditions(state)), self._baselines)
        select = m.Select(where=conditions)
        asked = shape(state, select, self.lexicon)
        negated_ranking(select, state)  # not among the top 5 by budget: the forms outside the ranking
        looked_up = [t for k, t in enumerate(state.tokens) if t.kind == "field" and k not in state.used and t.key != "year"]
        derived = [t for t in looked_up if t.key in DERIVED]
        named = any(t.kind == "project" for t in state.tokens)
        follows = bool(tokens) and tokens[0].kind == "follow" or any(a.kind == "follow" and a.joined_by == "," and b in looked_up for a, b in zip(state.tokens, state.tokens[1:]))  # their execution rates?: of the last answer's forms, or of these (…, and what were their rates)
        if not asked and conditions is not None and derived and not compares(conditions):
            # 社工点经费的结余是多少: a measure only the views compute, shown for the forms named
            select.shown = [_field(derived[0].key)]
            state.used.add(state.tokens.index(derived[0]))
        elif not asked and conditions is not None and looked_up and looked_up[0].key in _PRINTED_COLUMNS \
                and not any(t.kind in ("project", "quoted_project") for t in state.tokens):  # a named form's row: a lookup
            # 涉及点位的年度指标值 / the satisfaction target of a form: the rows' column as printed, row by row
            printed = m.Text(m.Field(_PRINTED_COLUMNS[looked_up[0].key], "indicator"), "present")
            kept = [c for c in (conditions.items if isinstance(conditions, m.And) else (conditions,))
                    if c != m.HasIndicator(state.row_where)]
            select.where = m.conjoin(*kept, m.HasIndicator(m.conjoin(state.row_where, printed)))
            state.used.add(state.tokens.index(looked_up[0]))
        elif not asked and (named or follows or asks_size(state.tokens) or any(t.kind == "each" for t in state.tokens)) and state.measures:
            select.shown = [state.measures[0]]  # the top-up of 人才活动: the size of the change for that form
        elif not asked and (named or follows or named_groups.lists_each(state.tokens)) and looked_up and not compares(conditions):
            # the final full-year appropriation of 安保经费（平安办）: a printed figure of the form named in full
            select.shown = [_field(looked_up[0].key)]
            state.used.add(state.tokens.index(looked_up[0]))
        elif not asked and (conditions is None or (looked_up and not compares(conditions))
                            or names_an_indicator(state.tokens) and not compares(conditions)):
            return None  # nothing to select, or a printed figure looked up (平安办的执行率): the rule-based lookup answers
        unread = [t.text for i, t in enumerate(state.tokens) if i not in state.used and meaningful(t)
                  and not gloss(state.tokens, i, self.classes)] + lost_conditions(state.tokens, state.used)
        ignored = list(gaps) + unread
        return Reading(select, ignored, follow_up=follow_ups.opens(tokens, select), unread=unread)

    # ----- fields ---------------------------------------------------------------------------------------
    def _resolve_fields(self, state: "ComposeState") -> None:
        """Indicator columns only make sense next to indicator words; otherwise 得分 is the form's total."""
        for token in state.tokens:
            if token.kind == "field" and token.key.startswith("indicator.") and not state.indicator_context \
                    and not any(word in token.text for word in ("指标", "indicator")):  # 指标得分 names the rows itself
                token.key = {"indicator.score": "total_score", "indicator.weight": "budget_weight"}.get(token.key, token.key)
            elif token.kind == "field" and token.key == "total_score" and state.indicator_context \
                    and token.text in ("score", "scores", "scored", "得分", "points", "marks", "mark") \
                    and speaks_of_indicators([t for k, t in enumerate(state.tokens) if not counted_rows(state.tokens, k)]):
                token.key = "indicator.score"  # "indicators with a score below their weight"

    # ----- conditions -----------------------------------------------------------------------------------
    def _conditions(self, state: "ComposeState") -> m.Cond | None:
        tokens = state.tokens
        conditions, rows, classes = [], [], []
        i = 0
        while i < len(tokens):
            if i in state.used:
                i += 1
                continue
            token = tokens[i]
            negated = negated_at(state, i, self._closing, self._exclusions)
            built, row = None, False
            if token.kind == "predicate":
                built = share_after(state, i, size_before(state, i, emptied(state, i, predicate(token.key))))
                state.used.add(i)
                built = actual_said(state, i, built)  # 实际值只有文字: the actual printed with no digit
                back = i - 1
                while back >= 0 and tokens[back].kind == "op":
                    back -= 1
                if token.key == "indicator: score < weight" and back >= 0 and tokens[back].kind == "field" \
                        and tokens[back].key in FULL_MARKS and not tokens[back].key.startswith("indicator.") \
                        and back not in state.used:
                    # "budget execution score below its weight": the form's own score against its own maximum
                    built = m.Compare(_field(tokens[back].key), "<", FULL_MARKS[tokens[back].key])
                    state.used.update(range(back, i))
                built = change_by(state, built, i + 1)
            elif token.kind == "nonzero" and (at := field_near(tokens, i, state.used)) is not None:
                built = m.Compare(_field(tokens[at].key), "!=", m.Number(0.0, token.text))  # a nonzero initial budget
                state.used.update({i, at})
            elif token.kind == "group" and negated:
                built = m.Text(m.Field(token.key), "present")  # no (printed) grade, 没有标注: the column left empty
                state.used.add(i)
            elif token.kind == "name_cue" and i + 1 < len(tokens) and i + 1 not in state.used and ("名" in token.text or "name" in token.text) \
                    and tokens[i + 1].kind in ("weak_field", "field", "topic"):
                # names containing 经费: the word after the cue is part of a name, whatever else it could mean
                built = m.Text(m.Field("project_name"), "contains", tokens[i + 1].text)
                state.used.update({i, i + 1})
            elif token.kind == "project":
                built = m.Text(m.Field("project_name"), "equals", token.key)
                state.used.add(i)
            elif token.kind in ("tag", "unit", "department", "grade") or (token.kind == "bracket" and self._after_name_cue(state, i)):
                built = text_condition(token)
                state.used.add(i)
                j = i - 2 if i > 1 and tokens[i - 1].kind == "or" else i - 1  # 平安办或信访办: the name before the "or"
                if not negated and j >= 0 and tokens[j].kind in ("tag", "unit", "department", "grade") and conditions \
                        and isinstance(conditions[-1], (m.Text, m.Or)):
                    # 平安办、信访办的项目 / 平安办 or 信访办: one form cannot be both, so the names are alternatives.
                    previous = conditions.pop()
                    built = m.Or((*(previous.items if isinstance(previous, m.Or) else (previous,)), built))
                    state.used.update(range(j + 1, i))
                elif not negated and j >= 0 and tokens[j].kind in ("tag", "unit", "department", "grade") and conditions \
                        and isinstance(conditions[-1], m.Not) and isinstance(conditions[-1].item, m.Text):
                    built = m.Not(built)  # not tagged （党群中心） or （平安办）: neither of them
                    state.used.update(range(j + 1, i))
            elif token.kind == "number" and self._is_year(state, i):
                built = m.Compare(m.Field("year"), "=", m.Number(token.value, token.text))
                state.used.add(i)
            elif token.kind in ("class", "measure", "quoted_indicator") and (found := row_words(state, i, self._class_condition)) is not None:
                built, row = found  # 满意度不低于90%, 合格率98%以上, 产出指标比效益指标多
            elif token.kind == "measure":
                built, row = measure_subject(token.key), True
                state.used.add(i)
            elif token.kind in ("quoted_project", "quoted_indicator"):
                built, row = quoted_words(tokens, i, state.used)  # a quoted name part, or what a target says
            elif token.kind == "topic" and (named := named_form(tokens, i, self.projects if (rows_asked := asks_row_count(state.tokens)) and not negated else None)) and (
                    negated or rows_asked or closes(tokens, max(named[1]), self._closing) or asks_of_named(tokens, max(named[1]))):
                built = named[0]  # leaving out the household-register digitisation form, rows in the leasing form: its name
                state.used.update(named[1])
            elif token.kind == "topic" and state.indicator_context and structured_besides_topics(tokens):
                # Topics narrow indicator questions that ask something else too (a class, a figure); a topic alone,
                # or with a project named, is what the narrative reader and the indicator lookup answer.
                built = topic(tokens, i, counts_topic(tokens))
                state.used.add(i)
            elif token.kind == "class":
                count = indicator_count(tokens, i, state.used, self._class_condition)
                if count is not None:
                    built = count
                else:
                    classes.append((self._class_condition(token.key), negated))
                    state.used.add(i)
                    state.used.update(state.negations_used if negated else ())
                    i += 1
                    continue
            elif token.kind == "noun" and token.key == "indicator":
                built = indicator_count(tokens, i, state.used, self._class_condition)
            elif token.kind == "field" and token.key.startswith("indicator.") and field_kind(self.lexicon, token.key) == "text":
                # 劝导队经费的偏差原因 / which form fills in the deviation reason: rows where the column is filled
                built = emptied(state, i, m.HasIndicator(m.Text(_field(token.key), "present")))
                state.used.add(i)
            elif token.kind == "compare_cue" and (changed := change_before_field(state, i, self._baselines)) is not None:
                built = changed  # 被追加了经费, raised their allocation
            elif token.kind == "field" and token.key in self._baselines and (changed := changed_from_baseline(state, i, self._baselines)) is not None:
                built = changed  # 全年预算被调增, 经费追加得最多, full-year budget raised by more than 20%
            elif token.kind == "field" and token.key != "year":
                built, row = self._field_condition(state, i)
            elif token.kind == "op" and i + 1 < len(tokens) and tokens[i + 1].kind == "number":
                built, row = self._op_number_field(state, i)
            elif token.kind == "full" or (token.kind == "number" and token.unit == "score" and not (
                    i + 1 < len(tokens) and tokens[i + 1].kind == "field")):
                built = lone_score(state, i)  # 满分的项目, forms that got 100 points: the total score
            elif token.kind == "number" and token.unit in ("percent", "amount", "score") and i + 1 < len(tokens) \
                    and tokens[i + 1].kind == "field" and i + 1 not in state.used:
                # "a 100% execution rate", "a 2 million yuan budget": the figure before its field
                state.used.update({i, i + 1})
                built, row = compare(self.lexicon, tokens[i + 1].key, "=", token)
            if built is not None:
                if negated or closed_after(state, i, self._closing):
                    built = negate(built)
                    state.used.update(state.negations_used)
                elif isinstance(built, m.HasIndicator) and built.where is not None:
                    built, row = built.where, True  # 效益指标得分低于分值: one row meets both
                (rows if row else conditions).append(alternative(state, i, built, conditions) if not row else built)
            i += 1
        row_classes = [c for c, negated in classes if not negated]
        if rows:
            conditions.append(m.HasIndicator(m.conjoin(*row_classes, *rows)))
            classes = [(c, n) for c, n in classes if n]
        state.row_where = m.conjoin(*row_classes, *rows) if (row_classes or rows) else None
        if not state.counting_indicators:
            for condition, negated in classes:
                present = m.HasIndicator(condition)
                conditions.append(m.Not(present) if negated else present)
        return m.conjoin(*conditions)

    def _after_name_cue(self, state: "ComposeState", i: int) -> bool:
        return i > 0 and state.tokens[i - 1].kind == "name_cue" and not state.used.add(i - 1)

    def _is_year(self, state: "ComposeState", i: int) -> bool:
        # A year the store lacks is still a year: "2022 forms" on a 2023 store are none, not all of them.
        token = state.tokens[i]
        return token.unit in (None, "year") and float(token.value).is_integer() and (token.value in self.years or 1990 <= token.value <= 2099)

    def _class_condition(self, label: str) -> m.Cond:
        level = self.classes.get(label, "level2" if label not in ("产出指标", "效益指标", "满意度指标") else "level1")
        return m.Text(m.Field(level, "indicator"), "equals", label)

    def _field_condition(self, state: "ComposeState", i: int) -> tuple[m.Cond | None, bool]:
        """FIELD [op] NUMBER, FIELD NUMBER op_after, FIELD op FIELD, FIELD 比 FIELD cue, NUMBER-range."""
        tokens = state.tokens
        field_token = tokens[i]
        j = _skip(tokens, i + 1, GLUE)
        op, weak = None, False
        while j < len(tokens) and tokens[j].kind == "op":
            # "is above", "是高于": the last word that says more than "is" decides.
            weak = tokens[j].key == "=" and op in (None, "=") and tokens[j].text in ("of", "is", "at", "are", "was", "为", "是")
            if op == "!=" and tokens[j].key in ("<", "<=", ">", ">="):
                op = m.NEGATED[tokens[j].key]  # "is not below 90%": at least 90%
            else:
                op = tokens[j].key if op in (None, "=") else op
            j = _skip(tokens, j + 1, GLUE)
        if weak and j < len(tokens) and tokens[j].kind == "number" and not any(ch.isdigit() for ch in tokens[j].text) \
                and tokens[j].unit in (None, "count") and tokens[j].value != 0:  # "a weight of zero" is a figure
            return None, False  # "the budget of the three 信访办 projects": a count of forms, not a figure
        if op is None and j < len(tokens) and tokens[j].kind == "not" and j + 1 < len(tokens) and tokens[j + 1].kind == "full":
            op, j = "!=", j + 1  # 总分不是满分
            state.used.add(j - 1)
        if op is None and j < len(tokens) and tokens[j].kind == "not" and j + 1 < len(tokens) and tokens[j + 1].kind in ("op", "number"):
            op = "!="
            if tokens[j + 1].kind == "op":
                op = m.NEGATED.get(tokens[j + 1].key, "!=")
                j += 1
            state.used.add(j if tokens[j].kind == "not" else j - 1)
            j += 1
        multiple = multiple_of(tokens, i, j, op)
        if multiple is not None:  # 全年预算是年初预算的两倍以上, more than twice the initial budget
            state.used.update(range(i, multiple[1]))
            return multiple[0], tokens[i].key.startswith("indicator.")  # actual below 80% of its target: a row's
        if j < len(tokens) and tokens[j].kind == "number" and tokens[j].unit == "year":
            return None, False  # 执行率是2024年…: a year, no figure of the field
        if j < len(tokens) and tokens[j].kind == "number" and j not in state.used and not counts_rows(tokens, j):
            number = tokens[j]
            ranged = between(self.lexicon, state.tokens, state.used, field_token, j)
            if ranged is not None:
                return ranged
            after = j + 1
            gap = margin_after_figure(tokens, i, j, op) if after + 1 not in state.used else None
            if gap is not None:  # spending at least 5万元 below the budget
                state.used.update(range(i, after + 2))
                return gap, False
            if opens_next_figure(tokens, after):
                pass  # "executed 100%, and more than 5 indicators": the bound opens the next figure, not this one's
            elif op in (None, "=") and after < len(tokens) and tokens[after].kind in ("op_after", "op") \
                    and tokens[after].key in ("<=", ">=", "<", ">"):
                op = None
            if op is None and after < len(tokens) and tokens[after].kind in ("op_after", "op") and not opens_next_figure(tokens, after):
                op = tokens[after].key
                state.used.add(after)
            if op is None and self._is_year(state, j):
                return None, False  # 钱拖到2024年才付: a year after the field, not a figure of it
            written = any(ch.isdigit() for ch in number.text) or number.value == 0  # "outturns were zero"
            if op is None and number.unit not in ("count", "percent", "amount", "score") and not (j == i + 1 and written):
                return None, False
            state.used.update(range(i, j + 1))
            return compare(self.lexicon, field_token.key, op or "=", number)
        if op is None and j + 3 < len(tokens) and tokens[j].kind == "ratio" and tokens[j + 1].kind == "field":
            # 执行数占预算不到三成: A as a percentage of B
            k = _skip(tokens, j + 2, GLUE)
            while k < len(tokens) and tokens[k].kind == "op":
                op, k = (tokens[k].key if op in (None, "=") else op), k + 1
            end = k + 1
            if op in (None, "=") and end < len(tokens) and tokens[end].kind == "op_after":
                op, end = tokens[end].key, end + 1  # 结余占全年预算一半以上: the comparison after the number
            if op is not None and k < len(tokens) and tokens[k].kind == "number":
                ratio = m.Arith("*", m.Number(100.0), m.Arith("/", _field(field_token.key), _field(tokens[j + 1].key)))
                state.used.update(range(i, end))
                return m.Compare(ratio, op, m.Number(tokens[k].value, tokens[k].text)), False
        if op is not None and j < len(tokens) and tokens[j].kind == "aggregate" and tokens[j].key in ("avg", "median"):
            # 执行率高于平均水平: against the statistic over every form
            named = tokens[j + 1].key if j + 1 < len(tokens) and tokens[j + 1].kind == "field" else field_token.key
            state.used.update(range(i, j + 1 + (named != field_token.key)))  # executed above the average execution rate
            return m.Compare(_field(named), op, m.Overall(tokens[j].key, _field(named))), False
        if j < len(tokens) and tokens[j].kind == "full":
            scored = SCORED_AS.get(field_token.key, field_token.key)  # 预算执行没拿满分: the budget-execution score
            maximum = FULL_MARKS.get(scored)
            if maximum is not None:
                state.used.update(range(i, j + 1))
                return m.Compare(_field(scored), op or "=", maximum), scored.startswith("indicator.")
        if op is not None and not weak and sum_of_parts(tokens, j) is not None:
            # 总分等于执行率得分加指标得分之和
            total, end = sum_of_parts(tokens, j)
            state.used.update(range(i, end))
            return m.Compare(_field(field_token.key), op, total), False
        if j + 1 < len(tokens) and tokens[j].kind == "field" and op is not None and tokens[j + 1].kind == "number" \
                and tokens[j + 1].unit == "percent" and j + 1 not in state.used:
            # 花掉的钱不到拨款的六成: A against a share of B, i.e. A as a percentage of B
            ratio = m.Arith("*", m.Number(100.0), m.Arith("/", _field(field_token.key), _field(tokens[j].key)))
            state.used.update(range(i, j + 2))
            row = field_token.key.startswith("indicator.") or tokens[j].key.startswith("indicator.")
            return m.Compare(ratio, op, m.Number(tokens[j + 1].value, tokens[j + 1].text)), row
        if j < len(tokens) and tokens[j].kind == "field" and op is not None and not weak and tokens[j].key != "year":
            # "executed more than the budget"; "execution ratio of projects with an appropriation" compares nothing
            margin = by_margin(tokens, i, j, op) if op in ("<", ">") else None
            if margin is not None:  # "a budget larger than their initial budget by over 20%"
                state.used.update(range(i, margin[1]))
                return margin[0], False
            state.used.update(range(i, j + 1))
            row = field_token.key.startswith("indicator.") or tokens[j].key.startswith("indicator.")
            return m.Compare(_field(field_token.key), op, _field(tokens[j].key)), row
        parts = sum_of_parts(tokens, j) if not weak else None
        if parts is not None and parts[1] < len(tokens) and tokens[parts[1]].kind in ("compare_cue", "op"):
            # 总分与执行率得分加各项指标得分之和不一致: a figure against the sum of its parts
            state.used.update(range(i, parts[1] + 1))
            return m.Compare(_field(field_token.key), tokens[parts[1]].key, parts[0]), False
        parts = sum_of_parts(tokens, j + 1) if op is None and j < len(tokens) and tokens[j].kind == "compare_cue" else None
        if parts is not None:
            # "total score differs from the budget score plus the indicator scores"
            state.used.update(range(i, parts[1]))
            return m.Compare(_field(field_token.key), tokens[j].key, parts[0]), False
        margin = by_margin(tokens, i, j) if op is None and j < len(tokens) and tokens[j].kind == "field" else None
        if margin is not None:  # 执行数比全年预算少一半以上, 全年预算比年初预算多10万元
            state.used.update(range(i, margin[1]))
            return margin[0], False
        # 全年预算比年初预算增加 / annual budget higher than initial budget
        number_next = j + 2 < len(tokens) and tokens[j + 2].kind == "number"
        if (op is None or weak) and j + 1 < len(tokens) and tokens[j].kind == "field" and (
                tokens[j + 1].kind == "compare_cue" or (tokens[j + 1].kind == "op" and not number_next)):
            state.used.update(range(i, j + 2))
            row = field_token.key.startswith("indicator.") or tokens[j].key.startswith("indicator.")
            return m.Compare(_field(field_token.key), tokens[j + 1].key, _field(tokens[j].key)), row
        return None, False

    def _op_number_field(self, state: "ComposeState", i: int) -> tuple[m.Cond | None, bool]:
        """OP NUMBER FIELD: below 50% execution rate (more than 10 indicators is an indicator count)."""
        tokens = state.tokens
        j = i + 2
        while j < len(tokens) and (tokens[j].kind == "follow" or (tokens[j].kind == "op" and tokens[j].text in ("of", "的"))):
            j += 1  # "less than half of their budget"
        if self._is_year(state, i + 1):
            return None, False  # "forms of 2023 with …": a year, not a figure of the field after it
        if j < len(tokens) and tokens[j].kind == "field":
            state.used.update({i, i + 1, j})
            return compare(self.lexicon, tokens[j].key, tokens[i].key, tokens[i + 1])
        return None, False
