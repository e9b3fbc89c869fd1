"""What a question asks for, once its conditions are read: a statistic, a grouping, or an order with a limit."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant import model as m, money_share, named_groups, share_scope, statistic_measure
from assistant.both_ends import both_ends
from assistant.class_counts import class_rows_per_form
from assistant.distinct_values import LEVELS, distinct
from assistant.lexicon import Lexicon
from assistant.pooled_rate import pooled
from assistant.predicate_measure import field_after, predicate_measure
from assistant.ranked_change import ranked_measure_statistic
from assistant.ranked_size import SIZE_FIELD, ranked_by
from assistant.recognise import Token
from assistant.row_groups import row_group
from assistant.sorting import sort_rows

_GROUP_STATISTICS = ("sum", "avg", "median", "min", "max")


@dataclass
class ComposeState:
    """What composition found so far: the tokens, which are used, the indicator-row conditions, measures."""

    tokens: list[Token]
    indicator_context: bool = False
    used: set = field(default_factory=set)
    negations_used: set = field(default_factory=set)
    row_where: m.Cond | None = None
    measures: list = field(default_factory=list)
    counting_indicators: bool = False


@dataclass
class Reading:
    """How a question was read: the Select, the parts of the question each condition came from, what was left."""

    select: m.Select
    ignored: list[str] = field(default_factory=list)
    follow_up: bool = False
    unread: list[str] = field(default_factory=list)  # the names and figures among `ignored` (not loose words)
    lang: str | None = None  # the answer's language when the question asks for one ("and in English?")
    statistics: list[str] = field(default_factory=list)  # two statistics asked at once ("average and median")
    together: list[str] = field(default_factory=list)  # statistics answered side by side (avg, median)

    def reads_nearly_all(self) -> bool:
        """Whether at most one loose word of at most two characters (设置, 定) was left: no name, figure or phrase.
        Two or more (拖 … 支付), or a colloquial phrase of the synonym table (钱紧), are the narrative a search should read."""
        from assistant.synonyms import is_colloquial

        return not self.unread and len(self.ignored) <= 1 and all(
            len(word) <= 2 and not any(ch.isdigit() for ch in word) and not is_colloquial(word) for word in self.ignored)


def field_node(name: str) -> m.Field:
    """A lexicon field key (indicator.* for indicator columns) as a model Field."""
    if name.startswith("indicator."):
        return m.Field(name.split(".", 1)[1], "indicator")
    return m.Field(name)


def _limit(tokens: list[Token], state: ComposeState, superlative: Token | None) -> int | None:
    """最高的3个 / top 3 / the 2 projects with the smallest budget / 3个总分最低的项目."""
    at = next((k for k, t in enumerate(tokens) if t.kind == "number" and k not in state.used and k > 0
               and tokens[k - 1].kind in ("superlative", "limit") and t.value and t.value < 1000), None)
    if at is None and superlative is not None:
        at = next((k for k, t in enumerate(tokens) if t.kind == "number" and k not in state.used and t.value
                   and float(t.value).is_integer() and t.value < 1000 and t.unit in (None, "count")
                   and k + 1 < len(tokens) and tokens[k + 1].kind in ("noun", "field", "superlative")), None)
    if at is None:
        return None
    state.used.add(at)
    return int(tokens[at].value)


def _counts_indicators(tokens: list[Token]) -> bool:
    """Whether "how many" counts indicator rows: the noun after the count word, else the nearest one before it."""
    for k, token in enumerate(tokens):
        if token.kind == "aggregate" and token.key == "count":
            after = next((t for t in tokens[k + 1:] if t.kind in ("noun", "class")), None)
            if after is not None:
                return after.kind == "class" or after.key == "indicator"
            before = next((t for t in reversed(tokens[:k]) if t.kind in ("noun", "class")), None)
            if "条" in token.text and any(t.kind == "class" or (t.kind == "noun" and t.key == "indicator") for t in tokens[:k]):
                return True  # 分值是三十分的指标，所有项目加起来一共多少条: 条 counts rows, whatever forms are said between
            if before is not None and before.kind == "class" and any(t.kind == "follow" for t in tokens[:k]) \
                    and "指标" not in before.text and "indicator" not in before.text.lower():
                return False  # 其中满意度目标写成“≥90”的有几个: how many of the last forms, not rows
            if before is not None and token.joined_by == "," and "条" not in token.text and any(
                    (t.kind == "noun" and t.key == "form") or t.kind == "follow" for t in tokens[:tokens.index(before)]):
                return False  # 项目里 / 其中…有按人计的数量指标的，有几个: the forms the clause describes are counted
            return before is not None and (before.kind == "class" or before.key == "indicator")
    return False


def counts_topic(tokens: list[Token]) -> bool:
    """"How many" followed by a topic (devices, trainees), not by forms or indicators: what the rows count."""
    return any(t.kind == "aggregate" and t.key == "count" and k + 1 < len(tokens) and tokens[k + 1].kind == "topic"
               for k, t in enumerate(tokens))


def asks_size(tokens: list[Token]) -> bool:
    """"and by how much?", 调减了多少, 各追加了多少: the size of each form's change is asked, beside which forms."""
    return any(t.kind in ("how_much", "by_how_much") or (t.kind == "aggregate" and t.text == "多少") for t in tokens)


def speaks_of_indicators(tokens: list[Token]) -> bool:
    """Whether a question is about indicator rows: a class, an indicator word or name, a row column or predicate."""
    return any(t.kind in ("class", "measure", "quoted_indicator") or (t.kind == "noun" and t.key == "indicator") or
               (t.kind == "predicate" and t.key.startswith("indicator:")) or
               (t.kind == "field" and t.key in ("indicator.target_number", "indicator.actual_number")) or
               (t.kind == "field" and t.key.startswith("indicator.") and ("指标" in t.text or "indicator" in t.text))
               for t in tokens) \
        or counts_topic(tokens)


def _rows_only(where: m.Cond | None, row_where: m.Cond | None, rows_negated: bool = False) -> m.Cond | None:
    """Counting rows: the row conditions become the rows' own, not a condition on their forms; with `rows_negated`
    (非满意度类的指标, no forms named) a negated class is the rows' own too."""
    items = list(where.items) if isinstance(where, m.And) else ([where] if where is not None else [])
    kept = [m.Not(c.item.where) if rows_negated and isinstance(c, m.Not) and isinstance(c.item, m.HasIndicator)
            and c.item.where is not None else c for c in items if not isinstance(c, m.HasIndicator)]
    return m.conjoin(*kept, row_where)


def ranked_statistic(state: ComposeState, select: m.Select, superlative: Token, limit: int, function: str) -> bool:
    """预算最大的三个项目加起来多少, 执行率最低的五个项目平均总分: a statistic over the first N forms of a ranking.

    Args:
        state: the tokens and what composing the conditions used.
        select: the Select holding the conditions, completed in place.
        superlative: the word saying which end (最大, 最低), or 前 (the top).
        limit: how many forms (the number after it).
        function: the statistic (sum, avg, median).

    Returns:
        Whether a field names the ranking.
    """
    tokens = state.tokens
    at = tokens.index(superlative)
    fields = [k for k, t in enumerate(tokens) if t.kind == "field" and t.key != "year" and k not in state.used]
    # the field the superlative qualifies: just after it ("the lowest execution rate"), else before it (执行率最低的)
    ranked = at + 1 if at + 1 in fields else next((k for k in reversed(fields) if k < at), None)
    by_size = ranked_by(tokens, at, fields)  # the balances of the three largest projects: ranked by budget
    if ranked is None and by_size is None:
        return False
    ranked, other = by_size or (ranked, next((k for k in fields if k != ranked and (k > at if ranked < at else k < at)), None))
    key = ranked if ranked == SIZE_FIELD else tokens[ranked].key
    measure = field_node(tokens[other].key if other is not None else key)
    function, measure = pooled(function, measure, tokens)  # 合计的执行率: Σ执行数 ÷ Σ预算数; "total execution": the money
    state.used.update(({ranked} if ranked != SIZE_FIELD else set()) | ({other} if other is not None else set()))
    select.where = m.Ranked(field_node(key), superlative.key != "min", limit, select.where)
    select.aggregate = m.Aggregate(function, measure)
    return True


def _share(select: m.Select, state: ComposeState, tokens: list[Token]) -> None:
    """A share: of the scope (units, tags, years named), the percentage meeting the other conditions."""
    if any(t.kind == "noun" and t.key == "indicator" for t in tokens) and state.row_where is not None:
        select.entity = "indicators"
        select.aggregate = m.Aggregate("share", condition=state.row_where)
        select.where = _rows_only(select.where, None)
        return
    ratio = next((k for k, t in enumerate(tokens) if t.kind == "ratio" and k not in state.used), None)
    # "what share of the total budget goes to X": a total of an amount after the share word is the whole, as 占 says
    ratio = ratio if ratio is not None else next((k for k, t in enumerate(tokens[:-1]) if t.kind == "aggregate" and t.key in ("sum", "share")
                                                  and (j := k + 1 + (tokens[k + 1].text == "of")) not in state.used  # share of the budget
                                                  and j < len(tokens) and tokens[j].kind == "field" and tokens[j].key in money_share.AMOUNTS and any(
                                                      u.kind == "aggregate" and u.key == "share" for u in tokens[:k + 1])), None)
    # 在信访办项目的全年预算里占百分之几: a share word opening on 占 says it as well
    ratio = ratio if ratio is not None else next((k for k, t in enumerate(tokens) if t.kind == "aggregate" and t.key == "share"
                                                  and t.text.startswith("占")), None)
    if money_share.subset_share(select, tokens, state.used, ratio):  # 平安办的全年预算占总预算的比例: a share of the money
        return
    items = list(select.where.items) if isinstance(select.where, m.And) else ([select.where] if select.where else [])
    scope = [c for c in items if share_scope.is_scope(c)]
    counted = [c for c in items if not share_scope.is_scope(c)]
    if money_share.pooled_share(select, tokens, state.used, counted):  # what percentage of the money went unspent
        select.where = m.conjoin(*scope)
        return
    if not counted:
        scope, counted = [], items
    select.aggregate = m.Aggregate("share", condition=m.conjoin(*counted))
    select.where = m.conjoin(*scope)


def _having(tokens: list[Token], state: ComposeState) -> m.GroupCondition | None:
    """An op and a number no condition read, in a question naming a grouping (units with more than 5 projects)."""
    if not any(t.kind == "group" for t in tokens):
        return None
    for k in range(len(tokens) - 1):
        if tokens[k].kind == "op" and tokens[k + 1].kind == "number" and not {k, k + 1} & state.used \
                and tokens[k + 1].unit != "percent":
            state.used.update({k, k + 1})
            return m.GroupCondition(tokens[k].key, m.Number(tokens[k + 1].value, tokens[k + 1].text))
    return None


def _statistic_kept(tokens: list[Token], select: m.Select, state: ComposeState) -> m.GroupCondition | None:
    """哪些标注的平均执行率低于80% / tags with a total budget above 1000万元: the comparison read after a statistic
    of a grouping is on the groups' statistic, not on each form."""
    items = list(select.where.items) if isinstance(select.where, m.And) else [select.where]
    for k in range(len(tokens) - 1):
        if tokens[k].kind == "aggregate" and tokens[k].key in _GROUP_STATISTICS and tokens[k + 1].kind == "field" \
                and any(t.kind == "group" for t in tokens):
            for item in items:
                if isinstance(item, m.Compare) and item.left == field_node(tokens[k + 1].key) and isinstance(item.right, m.Number):
                    select.where = m.conjoin(*(other for other in items if other is not item))
                    state.measures.insert(0, item.left)  # the statistic is of that field
                    return m.GroupCondition(item.op, item.right)
    return None


def _group(tokens: list[Token], superlative: Token | None) -> m.Field | None:
    """按单位 / by unit / each department, or "which unit … most" (a group picked by its total)."""
    for k, token in enumerate(tokens):
        if token.kind == "group":
            before = k > 0 and tokens[k - 1].kind == "group_cue"
            after = k + 1 < len(tokens) and tokens[k + 1].kind == "group_cue"
            if before or (after and token.text.isascii()) or superlative is not None:
                return field_node(token.key)  # by unit, or by an indicator column (level-1 class)
        if token.kind == "noun" and token.key == "indicator" and k > 0 and tokens[k - 1].kind == "group_cue":
            # 每个一级指标下面有几个三级指标, 各二级指标: the classes of that level
            level = next((name for name, words in LEVELS if any(w in token.text.lower() for w in words)), None)
            if level is not None:
                return m.Field(level, "indicator")
    return row_group(tokens, superlative, LEVELS)  # 每个项目各有几个三级指标, 哪个二级指标下的三级指标最多


def _cued(tokens: list[Token]) -> bool:
    """Whether a grouping word is cued (各, 每个, in each, per) rather than asked about (哪个单位, which unit)."""
    return any(t.kind == "group_cue" and k + 1 < len(tokens) and tokens[k + 1].kind == "group" for k, t in enumerate(tokens)) \
        or any(t.kind == "group" and k + 1 < len(tokens) and tokens[k + 1].kind == "group_cue" and t.text.isascii()
               for k, t in enumerate(tokens))


def shape(state: ComposeState, select: m.Select, lexicon: Lexicon) -> bool:
    """Fill in what the question asks; False when it asks for nothing a Select can give.

    Args:
        state: the tokens and what composing the conditions used.
        select: the Select holding the conditions, completed in place.
        lexicon: the fields.

    Returns:
        Whether the question asks for a statistic, grouping or order.
    """
    asked = _shape(state, select, lexicon)
    if select.group_by is not None and select.group_by.entity == "indicator":
        select.entity = "indicators"  # indicators by level-1 class: indicator rows grouped, a count counts rows
        if select.aggregate is not None and select.aggregate.expr in (m.IndicatorCount(), m.Field("indicator_count")):
            select.aggregate = m.Aggregate("count")
    ends = {t.key for t in state.tokens if t.kind == "superlative"}
    if select.order_by is not None and select.aggregate is None and ends == {"max", "min"} and select.entity == "forms":
        both_ends(select, state.tokens)  # 最高和最低分别是: both ends at once; 最高的跟最低的差多少: the range
    named_groups.split(select, state.tokens)  # 平安办和信访办各有几个项目: the statistic for each thing named
    distinct(select, state)
    return asked


def _shape(state: ComposeState, select: m.Select, lexicon: Lexicon) -> bool:
    tokens = state.tokens
    # A statistic a condition already read (高于平均水平, 中位数) is not what is asked.
    aggregates = [t.key for k, t in enumerate(tokens) if t.kind == "aggregate" and k not in state.used]
    aggregates = ["count"] if any(t.kind == "distinct" for t in tokens) else aggregates  # 多少种: a count first
    if "pooled" in aggregates:  # 当成一笔钱来看，执行率多少: how much of the pooled rate, no count
        pending = [t for k, t in enumerate(tokens) if t.kind == "aggregate" and k not in state.used]
        aggregates = [t.key for t in pending if not (t.key == "count" and t.text == "多少")]
    if not any(t.kind == "how_much" for t in tokens) and any(t.kind == "aggregate" and t.key == "count" and t.text != "多少"
                                                           and k + 1 < len(tokens) and tokens[k + 1].kind in ("noun", "class")
                                                           for k, t in enumerate(tokens)):
        aggregates = [a for a in aggregates if a != "sum"]  # how many indicator rows in total: rows counted, "in total" restates it
    free = [field_node(t.key) for k, t in enumerate(tokens) if t.kind == "field" and k not in state.used and t.key != "year"]
    indicator_nouns = any(t.kind == "noun" and t.key == "indicator" for k, t in enumerate(tokens) if k not in state.used)
    superlative = next((t for t in tokens if t.kind == "superlative"), None)
    limit = _limit(tokens, state, superlative)
    if superlative is None and limit is not None and free and not aggregates \
            and not any(t.kind in ("sort", "direction") for t in tokens):  # 结余排名前三的项目: 前 ranks from the top
        superlative = next((Token("superlative", "max", t.start, t.end, t.text) for t in tokens if t.kind == "limit"), None)
    for k, t in enumerate(tokens):
        if t.kind in ("aggregate", "superlative", "group", "group_cue") or (t.kind == "limit" and limit is not None):
            state.used.add(k)
    having = _having(tokens, state) or _statistic_kept(tokens, select, state)
    group = _group(tokens, superlative or having)
    function = next((f for f in ("share", "median", "avg", "range", "sum", "max", "min", "count", "pooled") if f in aggregates), None)
    counted = next((k for k, t in enumerate(tokens) if t.kind == "aggregate"), 0)  # 满意度实际多少: a field just before 多少
    if function == "count" and free and all(t.text == "多少" for t in tokens if t.kind == "aggregate") and not any(
            t.kind == "class" and tokens[counted - 1].kind != "field" or t.kind == "noun" and t.start > tokens[counted].start
            for t in tokens):
        function = None  # 年度指标值填的多少, 人才活动项目全年预算多少: the figure asked (多少个项目 counts), nothing counted
    if function == "count" and tokens[counted].text.lower() == "how many" and counted + 1 < len(tokens) \
            and tokens[counted + 1].kind == "field" and getattr(lexicon.fields.get(tokens[counted + 1].key), "kind", "") == "score" \
            and sum(t.kind == "project" for t in tokens) == 1:
        function = None  # how many points did X get for budget execution: X's points asked, no form counted
    focus = field_node(tokens[at].key) if (at := statistic_measure.named_measure(tokens, state.used, function)) is not None else None  # 平均执行率
    # 信访办花了多少: a bare 多少 after an amount asks how much, as 多少钱 does
    if function is None and superlative is None and any(t.kind == "how_much" or (t.kind == "aggregate" and t.text == "多少")
                                                        for t in tokens) and focus is not None \
            and getattr(lexicon.fields.get(focus.name), "kind", "") == "amount" and focus.entity == "form" \
            and not (any(t.kind in ("project", "quoted_project") for t in tokens) and not statistic_measure.names_only_excluded(select.where)):
        # How much did the 信访办 projects spend? (how much was its execution rate, or one project's spending: a lookup)
        function = "sum"
    measure = focus or (state.measures[0] if state.measures else None)
    function, measure = pooled(function, measure, [t for k, t in enumerate(tokens) if k not in state.used])  # 整体执行率: Σ÷Σ
    if function == "sum" and focus is None and "count" in aggregates:
        function = "count"  # 一共有几个, "how many received a top-up in total": a count, not a sum of the top-ups
    if group is not None and having is not None:
        # units with more than 5 projects / departments whose total budget is above 1000万元: groups kept by a statistic
        select.group_by, select.having = group, having
        select.aggregate = m.Aggregate(function if function not in (None, "count", "share") else "sum", measure) \
            if measure is not None and function != "count" else m.Aggregate("count")
        return True
    if group is not None and superlative is not None and function is None and measure is not None and _cued(tokens):
        # 各等级总分最低是多少 / the smallest total score in each grade: the extreme within every group
        select.group_by, select.aggregate = group, m.Aggregate(superlative.key, measure)
        return True
    if group is not None and superlative is not None and function in (None, "sum", "count", "avg", "median", "pooled"):
        # 哪个单位的项目最多 / which department has the highest average execution rate: groups ranked, the top kept
        select.group_by = group
        if function in ("avg", "median", "pooled") and measure is not None:
            select.aggregate = m.Aggregate(function, measure)
        else:
            select.aggregate = m.Aggregate("sum", measure) if measure is not None and function != "count" else m.Aggregate("count")
        select.descending, select.limit = superlative.key == "max", limit or 1
        return True
    # 执行率前三的项目一共…: 前 alone ranks from the top
    end = superlative or next((t for t in tokens if t.kind == "limit"), None)
    if end is not None and limit is not None and group is None and function in ("sum", "avg", "median") \
            and (ranked_statistic(state, select, end, limit, function) or ranked_measure_statistic(state, select, end, limit, function)):
        return True
    if superlative and function in (None, "count"):
        # 指标最多的项目 / 时效指标最多的项目: the rows of the class named, counted per form
        named_rows = not indicator_nouns and state.row_where is not None and any(t.kind == "quoted_indicator" for t in tokens) \
            and not any(t.kind == "class" for t in tokens)
        # 开展活动次数最多的项目: a row named by what it counts ranks the forms by that row's actual, not by how many rows
        expr = measure or (m.IndicatorSum("actual_number", state.row_where) if named_rows else None) \
            or (m.IndicatorCount(state.row_where) if indicator_nouns or state.row_where is not None else None) \
            or predicate_measure(tokens) or field_after(tokens, tokens.index(superlative), lexicon.fields)  # 钱没花完、剩得最多的
        if function == "count" and indicator_nouns and expr is not None:
            select.aggregate = m.Aggregate(superlative.key, expr)  # 指标最多的项目有几个指标
            return True
        if expr is None:
            return False
        select.order_by, select.descending = expr, superlative.key == "max"
        ordinal = next((t for t in tokens if t.kind == "ordinal"), None)
        select.limit, select.ties = (limit or 1), limit is None and ordinal is None
        if ordinal is not None:  # the second highest: one row, after the first
            select.offset = int(ordinal.key) - 1
            state.used.add(tokens.index(ordinal))
        select.shown = [expr]
        if isinstance(expr, m.Field) and expr.entity == "indicator":
            select.entity = "indicators"  # 目标值最高的指标: indicator rows ranked
            select.where = _rows_only(select.where, state.row_where)  # the heaviest indicator: every row tied first
        return True
    if function is None and (ordered := sort_rows(state, select, limit)) is not None:
        return ordered  # 按执行率从低到高排序 / sort them by budget: the rows in order
    if function is None:
        if group is not None:
            select.group_by, select.aggregate = group, m.Aggregate("count")
            return True
        return False
    if function == "share":
        _share(select, state, tokens)
    elif function == "count" and counts_topic(tokens) and state.row_where is not None:
        # how many information collection devices were leased: the actual figure of the indicator rows named
        select.entity = "indicators"
        select.where = _rows_only(select.where, state.row_where)
        select.aggregate = m.Aggregate("sum", m.Field("actual_number", "indicator"))
    elif function == "count":
        if _counts_indicators(tokens) and (indicator_nouns or state.row_where is not None):
            select.entity = "indicators"
            forms = any(t.kind == "noun" and t.key == "form" for t in tokens)
            select.where = _rows_only(select.where, state.row_where, rows_negated=not forms)
        select.aggregate = m.Aggregate("count")
    else:
        expr = measure or (m.IndicatorCount() if indicator_nouns else class_rows_per_form(select, state.row_where, tokens))
        if expr is None:
            return False
        if isinstance(expr, m.Field) and expr.entity == "indicator":
            select.entity = "indicators"  # 产出指标的平均分值: a statistic over indicator rows
            select.where = _rows_only(select.where, state.row_where)
        select.aggregate = m.Aggregate(function, expr)
    select.group_by = group
    return True
