"""Words read with the field next to them: its change against a baseline (raised, 追加, cut by 20%), nonzero, empty."""

from __future__ import annotations

import dataclasses

from assistant import model as m
from assistant.asking import ComposeState, field_node
from assistant.conditions import FULL_MARKS, difference
from assistant.recognise import Token

# Tokens a condition may skip over between its field and what qualifies it.
GLUE = {"noun", "follow", "group_cue"}


def skip(tokens: list[Token], j: int, kinds: set) -> int:
    """The first index from j whose token is not of the kinds."""
    while j < len(tokens) and tokens[j].kind in kinds:
        j += 1
    return j


def changed_from_baseline(state: ComposeState, i: int, baselines: dict[str, str]) -> m.Cond | None:
    """FIELD raised / 追加 / cut / left unchanged / adjusted, with no second field: the field against its baseline, and by how much.

    Args:
        state: the composition so far.
        i: the index of the field.
        baselines: field → the field its change is measured against.

    Returns:
        The condition, or None when no change word follows the field.
    """
    tokens = state.tokens
    j = skip(tokens, i + 1, GLUE)
    negated = j < len(tokens) and tokens[j].kind == "not"  # 预算没有被追加: the budget was not raised
    j = skip(tokens, j + 1, GLUE) if negated else j
    if j >= len(tokens) or tokens[j].kind != "compare_cue" or tokens[j].key not in ("<", ">", "=", "!=") \
            or (j + 1 < len(tokens) and tokens[j + 1].kind == "field" and not tokens[j + 1].after_separator
                and not tokens[j + 1].joined_by):
        return None  # 预算追加经费…; but 预算没追加过、执行率…: the next field opens another condition
    state.used.update(range(i, j + 1))
    built = m.Compare(field_node(tokens[i].key), tokens[j].key, field_node(baselines[tokens[i].key]))
    if negated:
        return m.Compare(built.left, m.NEGATED[built.op], built.right)
    return change_by(state, built, j + 1)


def change_before_field(state: ComposeState, i: int, baselines: dict[str, str]) -> m.Cond | None:
    """追加了经费 / raised their budget / cut the allocation: a change word (token i) before the field it changes.

    Args:
        state: the composition so far.
        i: the index of the change word.
        baselines: field → the field its change is measured against.

    Returns:
        The condition, or None when no such field follows.
    """
    tokens = state.tokens
    j = skip(tokens, i + 1, GLUE)
    if tokens[i].key not in ("<", ">", "=") or j >= len(tokens) or tokens[j].kind != "field" or tokens[j].key not in baselines \
            or j in state.used or (i > 0 and tokens[i - 1].kind == "field"):
        return None
    state.used.update(range(i, j + 1))
    built = m.Compare(field_node(tokens[j].key), tokens[i].key, field_node(baselines[tokens[j].key]))
    return change_by(state, built, j + 1)


def change_by(state: ComposeState, built: m.Cond, j: int) -> m.Cond:
    """A change between two fields (budget raised: annual > initial) becomes a measure to rank, total or compare:
    followed by [by] OP NUMBER it is the size of the change — in 万元, or relative to the baseline for a percentage.

    Args:
        state: the composition so far; the measure is added to its measures and the tokens read to `used`.
        built: the comparison of the two fields.
        j: the index after the words that said it.

    Returns:
        The condition: the comparison itself, or the size of the change against the number.
    """
    measure = difference(built)
    if measure is None:
        return _sized(state, built, j)
    state.measures.append(measure)
    tokens = state.tokens
    op, k = None, skip(tokens, j, {"group_cue"})  # raised by more than 10万元
    while k < len(tokens) and tokens[k].kind == "op":
        op, k = (tokens[k].key if op in (None, "=") else op), k + 1
    if op is None and k + 1 < len(tokens) and tokens[k].kind == "number" and tokens[k + 1].kind == "op_after":
        op = "="  # 预算追加了50万元以上: the comparison written after the figure
    if op is None or k >= len(tokens) or tokens[k].kind != "number":
        return built
    number = tokens[k]
    after = skip(tokens, k + 1, {"op"})
    if after < len(tokens) and after <= k + 2 and tokens[after].kind == "field":
        return built  # a top-up, and less than half of it spent: the figure is the spending's, not the change's
    if number.unit == "percent":  # raised by more than 20%: the change as a percentage of the baseline
        measure = m.Arith("*", m.Number(100.0), m.Arith("/", measure, built.right))
    if op == "=" and k + 1 < len(tokens) and tokens[k + 1].kind in ("op_after", "op") \
            and tokens[k + 1].key in ("<", "<=", ">", ">="):
        op, k = tokens[k + 1].key, k + 1  # a top-up of 300,000 yuan or more
    state.used.update(range(j, k + 1))
    # 预算调增超过10万, a top-up of more than 50 万元: the size of the change, not only its direction
    sized = m.Compare(measure, op, m.Number(number.value, number.text))
    return m.conjoin(built, sized) if op in ("<", "<=") else sized  # 追加不到10万: a top-up still, and a small one


def _sized(state: ComposeState, built: m.Cond, j: int) -> m.Cond:
    """Money left over of more than 50万元 / 结余超过50万: a "some of it" phrase (FIELD > 0) sized by the figure after it."""
    if not (isinstance(built, m.Compare) and isinstance(built.left, m.Field) and built.op == ">"
            and built.right == m.Number(0.0, "0")):
        return built
    tokens, k = state.tokens, skip(state.tokens, j, {"group_cue"})
    ops = []
    while k < len(tokens) and tokens[k].kind == "op" and k not in state.used:
        ops, k = ops + [tokens[k].key], k + 1
    op = next((o for o in ops if o != "="), None)
    if op is None or k >= len(tokens) or tokens[k].kind != "number":
        return built
    whole = skip(tokens, k + 1, {"op", "follow"})
    # (spending as a share of the budget is already the execution rate, read where the share is)
    if tokens[k].unit == "percent" and built.left.name != "executed" and whole < len(tokens) and tokens[whole].kind == "field" and whole not in state.used:
        # money left over of more than a quarter of their budget: the part as a percentage of the whole named after it
        state.used.update(range(j, whole + 1))
        share = m.Arith("*", m.Number(100.0), m.Arith("/", built.left, field_node(tokens[whole].key)))
        return m.Compare(share, op, m.Number(tokens[k].value, tokens[k].text))
    if tokens[k].unit not in (None, "amount"):
        return built
    state.used.update(range(j, k + 1))
    return m.Compare(built.left, op, m.Number(tokens[k].value, tokens[k].text))


def emptied(state: ComposeState, i: int, built: m.Cond) -> m.Cond:
    """A column filled in (token i), then said to be empty (偏差原因那一栏全是空的, the column is entirely empty): no row
    of the form fills it in."""
    empty = skip(state.tokens, i + 1, GLUE | {"op"})
    if empty < len(state.tokens) and state.tokens[empty].kind in ("empty", "all_empty") \
            and isinstance(built, (m.HasIndicator, m.Text)) and "present" in repr(built):
        state.used.update(range(i, empty + 1))
        return m.Not(built)
    return built


def field_near(tokens: list[Token], i: int, used: set) -> int | None:
    """The field a word such as nonzero qualifies: the one right before it (年初预算不为零), else the next one in the
    same clause (a nonzero initial budget)."""
    before = i - 1
    while before >= 0 and tokens[before].kind == "op" and tokens[before].key == "=":
        before -= 1  # 执行数为非零
    if before >= 0 and tokens[before].kind == "field" and before not in used:
        return before  # 执行数不为零的项目
    after = skip(tokens, i + 1, GLUE)
    if after < len(tokens) and tokens[after].kind == "field" and after not in used \
            and not any(t.after_separator for t in tokens[i + 1:after + 1]):
        return after
    return None


def by_how_much(state: ComposeState, where: m.Cond | None, baselines: dict[str, str]) -> m.Cond | None:
    """"By how many 万元 does the full-year budget exceed the initial budget?", 全年预算比年初预算多多少: the comparison
    of two fields is the size asked for, not a condition on the forms.

    Args:
        state: the composition so far; the measure is put first among its measures.
        where: the conditions read.
        baselines: field → the field its change is measured against.

    Returns:
        The conditions without that comparison.
    """
    tokens = state.tokens
    how = next((k for k, t in enumerate(tokens) if t.kind == "how_much"), None)
    if how is not None and not any(t.kind == "by_how_much" for t in tokens) and _compared_after(tokens, how):
        # how much did the year-end budget exceed the opening one: the size of the comparison
        tokens[how] = dataclasses.replace(tokens[how], kind="by_how_much", key="-")
    for k, token in enumerate(tokens):
        if token.kind == "aggregate" and token.text == "多少" and k > 0 and tokens[k - 1].kind == "predicate" \
                and state.measures and k not in state.used:
            state.used.add(k)  # 预算追加了多少: the size of the change, not a count of forms
            return where
    if {t.key for t in tokens if t.kind == "superlative"} >= {"max", "min"}:
        return where  # 最大的和最小的相差多少: the gap between the two ends (both_ends), no change of one field
    items = list(where.items) if isinstance(where, m.And) else ([where] if where is not None else [])
    if any(t.kind == "predicate" for t in state.tokens):
        # 被调减预算的项目，一共调减了多少: the phrase picks the forms, and the size of their change is what is summed
        at = next((k for k, t in enumerate(tokens) if t.kind == "by_how_much" and k not in state.used), None)
        change = next((difference(item) for item in items if difference(item) is not None), None)
        if at is None and change is not None and any(t.kind in ("aggregate", "how_much") and t.key == "sum" for t in tokens):
            # how much appropriation was cut in total: the field the change phrase follows is the size of the change
            at = next((k for k, t in enumerate(tokens[:-1]) if t.kind == "field" and tokens[k + 1].kind == "predicate"
                       and k not in state.used and field_node(t.key) in (change.left, change.right)), None)
            if at is None:  # the total amount cut from those reduced budgets: the field the change phrase is said of
                at = next((j for k, t in enumerate(tokens) if t.kind == "predicate" and (j := skip(tokens, k + 1, GLUE)) < len(tokens)
                           and tokens[j].kind == "field" and j not in state.used and field_node(tokens[j].key) in (change.left, change.right)), None)
        if at is not None and change is not None and any(t.kind == "aggregate" for t in tokens):
            state.measures.insert(0, change)
            state.used.add(at)
            state.used.update(k for k, t in enumerate(tokens) if t.kind == "field" and k not in state.used
                              and field_node(t.key) in (change.left, change.right))
        return where
    if not any(t.kind == "by_how_much" for t in state.tokens):
        return where
    for item in items:
        if isinstance(item, m.Compare) and isinstance(item.left, m.Field) and isinstance(item.right, m.Field) \
                and item.op in ("<", ">"):
            larger, smaller = (item.left, item.right) if item.op == ">" else (item.right, item.left)
            state.measures.insert(0, m.Arith("-", larger, smaller))
            state.used.update(k for k, t in enumerate(state.tokens) if t.kind == "by_how_much")
            if _summed_one_way(state.tokens):
                return where  # how much was taken off budgets in total: summed over the forms cut
            return m.conjoin(*(other for other in items if other is not item))
    at = next(k for k, t in enumerate(state.tokens) if t.kind == "by_how_much")
    named = [k for k in range(at) if state.tokens[k].kind == "field" and k not in state.used]
    if not named and len(baselines) == 1 and tokens[at].key in ("<", ">") and not any(
            t.kind == "field" and k not in state.used and t.key not in (*baselines, *baselines.values())
            for k, t in enumerate(tokens)):
        # how much extra did X receive, how much more was X given than first budgeted: the change of the budget
        field, base = (field_node(key) for key in next(iter(baselines.items())))
        larger, smaller = (base, field) if tokens[at].key == "<" else (field, base)
        state.measures.insert(0, m.Arith("-", larger, smaller))
        state.used.update({at} | {k for k, t in enumerate(tokens) if t.kind in ("field", "compare_cue")
                                  and t.key in (*baselines, *baselines.values(), "<", ">")})
        return m.conjoin(where, m.Compare(larger, ">", smaller)) if _summed_one_way(tokens) else where
    if not named:  # "by how much did the final allocation of X exceed the initial one", how much was added to budgets
        return _size_named_after(state, at, where, baselines)
    if len(named) == 1 and state.tokens[named[0]].key in baselines:
        named.insert(0, -1)  # 社工项目的预算追加了多少: the field against its baseline
    if len(named) >= 2:  # 全年预算比年初预算多多少: the two fields before the word, the way it says
        second = field_node(state.tokens[named[-1]].key)
        first = field_node(baselines[state.tokens[named[-1]].key]) if named[-2] < 0 else field_node(state.tokens[named[-2]].key)
        if named[-2] < 0:
            first, second = second, first
        state.measures.insert(0, m.Arith("-", second, first) if state.tokens[at].key == "<" else m.Arith("-", first, second))
        state.used.update({k for k in named[-2:] if k >= 0} | {at})
    return where


def _size_named_after(state: ComposeState, at: int, where: m.Cond | None, baselines: dict[str, str]) -> m.Cond | None:
    """English names the fields after the question word: "by how much did A exceed B" (A − B; "fall below" turns it
    round), "how much was added to budgets in total" (a field against its baseline). A direction word summed over
    forms (how much was cut in total) counts only the forms changed that way, as 一共调减了多少 does."""
    tokens = state.tokens
    after = [k for k in range(at + 1, len(tokens)) if tokens[k].kind == "field" and k not in state.used][:2]
    if len(after) == 2:
        cue = next((t.key for t in tokens[after[0] + 1:after[1]] if t.kind in ("op", "compare_cue") and t.key in ("<", ">")),
                   tokens[at].key if tokens[at].key in ("<", ">") else ">")
        first, second = field_node(tokens[after[0]].key), field_node(tokens[after[1]].key)
        larger, smaller = (first, second) if cue == ">" else (second, first)
        verb = next((t.key for t in tokens[at + 1:after[0]] if t.kind == "compare_cue" and t.key in ("<", ">")), None)
        pair = {tokens[k].key for k in after}
        if verb and not any(t.kind in ("op", "compare_cue") for t in tokens[after[0] + 1:after[1]]) \
                and any({key, base} == pair for key, base in baselines.items()):
            # by how much did the envelope grow from the opening to the full-year budget: a field's change against its
            # baseline, the verb's way round and signed (a fall is the baseline less the field), in whichever order said
            field, base = next((field_node(key), field_node(base)) for key, base in baselines.items() if {key, base} == pair)
            larger, smaller = (field, base) if verb == ">" else (base, field)
            state.used.update(k for k in range(at + 1, after[0]) if tokens[k].kind == "compare_cue")
        state.used.update(k for k in range(after[0] + 1, after[1]) if tokens[k].kind in ("op", "compare_cue"))
    elif len(after) == 1 and tokens[after[0]].key in baselines:
        field, base = field_node(tokens[after[0]].key), field_node(baselines[tokens[after[0]].key])
        cue = next((t.key for t in tokens[at:] if t.kind == "compare_cue" and t.key in ("<", ">")), tokens[at].key)
        larger, smaller = (base, field) if cue == "<" else (field, base)
    else:
        return where
    state.measures.insert(0, m.Arith("-", larger, smaller))
    state.used.update({at, *after})
    return m.conjoin(where, m.Compare(larger, ">", smaller)) if _summed_one_way(tokens) else where


def _compared_after(tokens: list[Token], at: int) -> bool:
    """A field, then a comparison word (exceed, more than) and straight after it a second field, all after token at."""
    fields = [k for k in range(at + 1, len(tokens)) if tokens[k].kind == "field"]
    return any(tokens[j].kind in ("op", "compare_cue") and tokens[j].key in ("<", ">")
               and skip(tokens, j + 1, GLUE) == second for first, second in zip(fields, fields[1:]) for j in range(first + 1, second))


def _summed_one_way(tokens: list[Token]) -> bool:
    """A change asked with its direction (added, cut) and summed: only the forms changed that way count."""
    return any(t.kind == "by_how_much" and t.key in ("<", ">") for t in tokens) and any(t.kind == "aggregate" for t in tokens)


def lone_score(state: ComposeState, i: int) -> m.Cond:
    """满分 or a figure in points (got 100 points, 低于95分) with no field named: the form's total score.

    Args:
        state: the composition so far; the tokens read are added to `used`.
        i: the index of the word or figure.

    Returns:
        The condition on the total score.
    """
    tokens, score = state.tokens, m.Field("total_score")
    state.used.add(i)
    if tokens[i].kind == "full":
        if any(k >= 0 and tokens[k].kind == "noun" and tokens[k].key == "indicator" for k in (i - 1, i - 2)):
            # 指标全拿满分 / indicators all at full marks: no row scored below its weight (the budget score aside)
            return m.Not(m.HasIndicator(m.Compare(m.Field("score", "indicator"), "<", m.Field("weight", "indicator"))))
        if (i + 1 < len(tokens) and (tokens[i + 1].kind == "class" or (tokens[i + 1].kind == "noun" and tokens[i + 1].key == "indicator"))) \
                or (i > 0 and tokens[i - 1].kind == "class"):
            # 满分的指标 / 得了满分的满意度指标 / 产出指标拿了满分: the rows that scored their weight
            return m.HasIndicator(m.Compare(m.Field("score", "indicator"), "=", m.Field("weight", "indicator")))
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].kind == "op" and tokens[i + 1].key == "=")
        if j < len(tokens) and tokens[j].kind == "number" and tokens[j].unit in (None, "score") and j not in state.used:
            state.used.update(range(i, j + 1))  # a perfect score of 100, 满分100分: the total the words restate
            return m.Compare(score, "=", m.Number(tokens[j].value, tokens[j].text))
        said = i > 0 and tokens[i - 1].kind == "op" and tokens[i - 1].key in ("<", "<=") and i - 1 not in state.used
        state.used.update({i - 1} if said else set())  # fell short of full marks: below them
        return m.Compare(score, tokens[i - 1].key if said else "=", FULL_MARKS["total_score"])
    op = "="
    if i > 0 and tokens[i - 1].kind == "op" and i - 1 not in state.used:
        op = tokens[i - 1].key
        state.used.add(i - 1)
    if i + 1 < len(tokens) and tokens[i + 1].kind in ("op_after", "op") and tokens[i + 1].key in ("<", "<=", ">", ">=") \
            and op == "=":
        op = tokens[i + 1].key
        state.used.add(i + 1)
    if any(k >= 0 and tokens[k].kind == "noun" and tokens[k].key == "indicator" for k in (i - 1, i - 2)):
        # 指标里有0分的吗 / an indicator scored 0 points: a figure in points right after the rows is a row's score
        return m.HasIndicator(m.Compare(m.Field("score", "indicator"), op, m.Number(tokens[i].value, tokens[i].text)))
    return m.Compare(score, op, m.Number(tokens[i].value, tokens[i].text))


def size_before(state, i: int, built: m.Cond) -> m.Cond:
    """more than 500,000 yuan added to their budget, more than 10% extra budget, over 5万元 of additional funding: the
    size of the change (token i) written before it, a percentage of what it changed.

    Args:
        state: the composition so far; the tokens read are added to its `used`.
        i: the change phrase's index.
        built: its condition (annual_budget > initial_budget).

    Returns:
        The size of the change compared with the figure, or `built` when no figure stands before it.
    """
    tokens, measure = state.tokens, difference(built)
    k = i - 2 if i >= 1 and tokens[i - 1].kind == "op" and tokens[i - 1].text.lower() == "of" else i - 1
    if measure is not None and k >= 1 and tokens[k].kind == "op_after" and tokens[k].key in ("<", "<=", ">", ">=") \
            and tokens[k - 1].kind == "number" and tokens[k - 1].unit in ("amount", "percent") and not set(range(k - 1, i)) & state.used:
        op, figure, first = tokens[k].key, tokens[k - 1], k - 1  # 200k or more added to their budget, 一百万以上
    elif measure is None or k < 1 or tokens[k].kind != "number" or tokens[k].unit not in ("amount", "percent") \
            or tokens[k - 1].kind != "op" or tokens[k - 1].key == "=" or set(range(k - 1, i)) & state.used:
        return built
    else:
        op, figure, first = tokens[k - 1].key, tokens[k], k - 1
    state.measures.append(measure)
    if figure.unit == "percent":
        measure = m.Arith("*", m.Number(100.0), m.Arith("/", measure, built.right))
    state.used.update(range(first, i))
    sized = m.Compare(measure, op, m.Number(figure.value, figure.text))
    return m.conjoin(built, sized) if op in ("<", "<=") else sized  # under 5万 more: a top-up still, and a small one


def share_after(state, i: int, built: m.Cond) -> m.Cond:
    """得分低于分值一半 / spent less than the budget's half: a comparison of two fields (token i) followed by a share is
    the first field as a percentage of the second against that share.

    Args:
        state: the composition so far; the share read is added to its `used`.
        i: the comparison phrase's index.
        built: its condition (score < weight).

    Returns:
        The share compared, or `built` when no percentage follows the phrase.
    """
    inner = built.where if isinstance(built, m.HasIndicator) else built
    k = i + 1
    if not isinstance(inner, m.Compare) or not isinstance(inner.left, m.Field) or not isinstance(inner.right, m.Field) \
            or k >= len(state.tokens) or state.tokens[k].kind != "number" or state.tokens[k].unit != "percent" \
            or k in state.used or state.tokens[k].start - state.tokens[i].end > 1:
        return built  # "a budget cut and a 100% execution rate": a figure of its own, not a share of the comparison
    state.used.add(k)
    ratio = m.Arith("*", m.Number(100.0), m.Arith("/", inner.left, inner.right))
    share = m.Compare(ratio, inner.op, m.Number(state.tokens[k].value, state.tokens[k].text))
    return m.HasIndicator(share) if isinstance(built, m.HasIndicator) else share
