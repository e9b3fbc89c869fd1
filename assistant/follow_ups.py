"""Follow-ups over the previous answer: narrowing it (其中…), swapping its conditions (what about …, 那…呢), its complement."""

from __future__ import annotations

import dataclasses
import re

from assistant import model as m
from assistant.asking import Reading
from assistant.contradicting import joined, narrows
from assistant.figures import compare
from assistant.points_lost import lost_by_the_rows
from assistant.recognise import Token

# Words that point back at the previous answer's forms, inside a longer phrase (sort them by).
_POINTS_BACK = re.compile(r"\b(them|these|those)\b|这些|那些|它们|他们")
# Follow words that point back wherever they stand (of those, for these, did they), unlike "their" or "which one".
_OF_THOSE = re.compile(r"^(?:(?:of|among|from|for|within|out of|on|about|across|over) (?:them|these|those)"
                       r"|(?:did|do|does|were|are|have|had) they)$")
# A pointer standing alone as a token ("remained unspent on those", 这些的预算): the previous answer's forms.
_BARE_POINTER = re.compile(r"^(them|these|those|这些|那些|它们|他们)$")
# Kinds a complement follow-up ("and which don't?", 反过来呢) may hold besides its own word.
_GLUE = ("follow", "op", "noun", "complement")
# Kinds a top-N follow-up (只要前三个, top 3 only) may hold.
_FIRST_N = ("follow", "limit", "superlative", "number", "noun", "op")  # op: 前三个是哪些


def complement(tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading | None:
    """"and which don't?", 其余的呢: the forms the previous answer left out, asked the same way.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.

    Returns:
        The reading, or None when the question is no complement follow-up.
    """
    if not any(t.kind == "complement" for t in tokens) or not all(t.kind in _GLUE for t in tokens) \
            or (previous is None and previous_ids is None):
        return None
    base = previous_forms(previous, previous_ids)
    select = dataclasses.replace(previous, where=m.Not(base), aggregate=None, limit=None, order_by=None) \
        if previous is not None and previous.aggregate is None else m.Select(where=m.Not(base))
    return Reading(select, follow_up=True)


def first_n(tokens: list[Token], previous: m.Select | None) -> Reading | None:
    """前3个, only the first 5, top 3 only: the first rows of the previous answer, in its order.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it and it listed forms.

    Returns:
        The reading, or None when the question is no bare top-N follow-up.
    """
    numbers = [t for t in tokens if t.kind == "number"]
    cue = any(t.kind == "limit" for t in tokens) or (
        previous is not None and previous.order_by is not None and any(t.kind == "superlative" for t in tokens))
    end = next((t.key for t in tokens if t.kind == "superlative"), None)
    if previous is not None and previous.order_by is not None and previous.aggregate is None and not numbers \
            and end is not None and all(t.kind in _FIRST_N for t in tokens):
        # 最低的是哪个 after a sorted list: its end that way, ties kept
        return Reading(dataclasses.replace(previous, limit=1, ties=True, descending=end == "max"), follow_up=True)
    if previous is None or previous.aggregate is not None or previous.group_by is not None or not cue \
            or len(numbers) != 1 or numbers[0].unit not in (None, "count") or numbers[0].value < 1 \
            or not all(t.kind in _FIRST_N for t in tokens):
        return None
    # 后三个 after a list sorted one way: its last rows, i.e. the first of the other order
    end = next((t.key for t in tokens if t.kind == "superlative"), None)
    descending = previous.descending if end is None or previous.order_by is None else end == "max"
    return Reading(dataclasses.replace(previous, limit=int(numbers[0].value), descending=descending), follow_up=True)


def change_total(tokens: list[Token], previous: m.Select | None) -> Reading | None:
    """这几个一共调减了多少, 一共差了多少: after forms picked by comparing two fields, the total of their difference.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.

    Returns:
        The reading (the larger field less the smaller, summed over the previous forms), or None.
    """
    if previous is None or previous.where is None or not any(t.kind == "by_how_much" for t in tokens) \
            or not all(t.kind in ("follow", "aggregate", "by_how_much", "noun") for t in tokens) \
            or any(t.kind == "aggregate" and t.key != "sum" for t in tokens):
        return None
    items = previous.where.items if isinstance(previous.where, m.And) else (previous.where,)
    compared = [item for item in items if isinstance(item, m.Compare) and isinstance(item.left, m.Field)
                and isinstance(item.right, m.Field) and item.op in ("<", ">")]
    if len(compared) != 1:
        return None
    item = compared[0]
    larger, smaller = (item.left, item.right) if item.op == ">" else (item.right, item.left)
    select = m.Select(where=previous.where, aggregate=m.Aggregate("sum", m.Arith("-", larger, smaller)))
    return Reading(select, follow_up=True)


def changed_figure(tokens: list[Token], previous: m.Select | None, lexicon) -> Reading | None:
    """换成90%呢, 那100万元呢: the previous question with its one figure replaced (its comparison kept unless one is said).

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        lexicon: the fields, to read the number in the field's terms.

    Returns:
        The reading, or None when the question is no change of figure or the previous one compared no single figure.
    """
    numbers = [t for t in tokens if t.kind == "number"]
    ops = [t for t in tokens if t.kind in ("op", "op_after") and t.key in ("<", ">", "<=", ">=")]
    # "and below that?": the same figure the other way
    reverses = not numbers and len(ops) == 1 and all(t.kind in ("follow", "swap", "op", "op_after") for t in tokens)
    if previous is None or previous.where is None or (len(numbers) != 1 and not reverses) \
            or not (reverses or any(t.kind == "swap" or (t.kind == "follow" and t.key == "change") for t in tokens)) \
            or not all(t.kind in ("follow", "swap", "number", "op", "noun") or reverses for t in tokens):
        return None
    items = list(previous.where.items) if isinstance(previous.where, m.And) else [previous.where]
    figures = [k for k, item in enumerate(items) if isinstance(item, m.Compare) and isinstance(item.left, m.Field)
               and item.left.entity == "form" and isinstance(item.right, m.Number)]
    if len(figures) != 1:
        return None
    old = items[figures[0]]
    op = ops[0].key if reverses else next((t.key for t in tokens if t.kind == "op" and t.key != "="), old.op)
    if reverses:
        items[figures[0]] = m.Compare(old.left, op, old.right)
        return Reading(dataclasses.replace(previous, where=m.conjoin(*items)), follow_up=True)
    items[figures[0]] = compare(lexicon, old.left.name, op, numbers[0])[0]
    return Reading(dataclasses.replace(previous, where=m.conjoin(*items)), follow_up=True)


def listed(tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading | None:
    """"list them", "which are they?" after a count: the previous answer's forms, listed.

    Args:
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.

    Returns:
        The reading, or None when the question holds more than words pointing back.
    """
    if not tokens or not all(t.kind in ("follow", "noun") for t in tokens) or not any(t.kind == "follow" for t in tokens) \
            or (previous is None and previous_ids is None):
        return None
    return Reading(m.Select(where=previous_forms(previous, previous_ids)), follow_up=True)


def apply(reading: Reading, tokens: list[Token], previous: m.Select | None, previous_ids: list[int] | None) -> Reading:
    """The reading of a follow-up over the previous answer: a swap (那信访办呢, what about the ones with a top-up?)
    asks the previous question of other forms; a narrowing (其中…, only those…) adds its conditions.

    Args:
        reading: the question's own reading.
        tokens: the question's tokens, stop words removed.
        previous: the previous Select, if the query model read it.
        previous_ids: the forms the previous answer rested on.

    Returns:
        The reading, completed in place.
    """
    # 那这些一共花了多少: 那 opening a question that points back is "then", not a swap of the previous conditions
    if previous is not None and tokens and tokens[0].kind == "swap" and not any(t.kind == "follow" for t in tokens):
        select = reading.select
        asks = select.aggregate is not None or select.order_by is not None or select.shown or select.group_by is not None
        if asks and select.where is None and select.group_by is None and not select.groups:
            # "and the bottom 2 by score?", "and the average budget?": asked of the forms just given
            select = dataclasses.replace(select, where=previous_forms(previous, previous_ids))
        reading.select = select if asks else dataclasses.replace(previous, where=swapped(previous.where, select.where))
        if asks and select.where is None:  # 那剩得最多的是哪个: an order or statistic of no forms of its own is of the last
            select.where = previous_forms(previous, previous_ids)
        reading.follow_up = True
        return reading
    if (first := _first_of_sorted(reading, tokens, previous, previous_ids)) is not None:
        return first
    ranked = reading.select.where if isinstance(reading.select.where, m.Ranked) and reading.select.where.within is None else None
    if reading.follow_up and (previous is not None or previous_ids is not None):
        base = previous_forms(previous, previous_ids)
        # 换成党群中心呢: the previous conditions, with the new ones in place of those about the same thing
        changes = tokens and tokens[0].kind == "follow" and tokens[0].key == "change"
        if ranked is not None and not changes:  # 其中预算最大的两个: ranked among the last forms, not all then narrowed
            reading.select.where = dataclasses.replace(ranked, within=base)
        else:
            reading.select.where = swapped(base, reading.select.where) if changes else joined(base, reading.select.where, narrows(tokens))
    return lost_by_the_rows(reading, tokens)  # how many points were docked there? after indicators docked: the rows' points


# Token kinds naming forms of their own (the three largest projects, 信访办的前两个): no list's first rows.
_NAMING = ("noun", "tag", "unit", "department", "project", "quoted_project", "topic", "pinyin")


def _first_of_sorted(reading: Reading, tokens: list[Token], previous: m.Select | None,
                     previous_ids: list[int] | None) -> Reading | None:
    """A statistic of the first N of the previous sorted list (前两个的预算加起来多少？, what's the total budget of the
    first two?): those N in the list's own order, the statistic over them; None when that is not the question."""
    numbers = [t for t in tokens if t.kind == "number"]
    if previous is None or previous.order_by is None or previous.aggregate is not None or previous.group_by is not None \
            or reading.select.aggregate is None or reading.select.group_by is not None \
            or not any(t.kind == "limit" for t in tokens) or any(t.kind in (*_NAMING, "superlative") for t in tokens) \
            or len(numbers) != 1 or numbers[0].unit not in (None, "count") or not numbers[0].value \
            or not float(numbers[0].value).is_integer():
        return None
    if reading.select.where is not None and not isinstance(reading.select.where, m.Ranked):
        return None  # a condition of its own: not the list's first rows
    within = previous_forms(previous, previous_ids)
    reading.select.where = m.Ranked(previous.order_by, previous.descending, int(numbers[0].value), within)
    reading.follow_up = True
    return reading


# Text columns that say whose the forms are: a swap of one (那信访办呢 after 平安办) replaces any other.
_WHOSE = ("project_name", "implementing_unit", "department", "office_tag")


def _about(condition: m.Cond) -> str | None:
    """What a condition is about, for a swap: whose forms (unit, tag, name, the forms listed), or the field compared."""
    if isinstance(condition, m.Not):
        return _about(condition.item)
    if isinstance(condition, m.FormIds):
        return "whose"
    if isinstance(condition, m.Text):
        return "whose" if condition.field.name in _WHOSE else condition.field.name
    if isinstance(condition, m.Compare):
        return repr(condition.left)
    if isinstance(condition, m.Or):
        about = {_about(item) for item in condition.items}
        return about.pop() if len(about) == 1 else None
    return None


def swapped(previous: m.Cond | None, where: m.Cond | None) -> m.Cond | None:
    """The previous conditions with the new ones in place of those about the same thing (that, or a unit's
    forms for another unit's), the others kept: 那信访办呢 after 平安办执行率低于80%的 keeps the rate.

    Args:
        previous: the previous answer's conditions.
        where: the follow-up's own conditions.

    Returns:
        The conditions of the swapped question.
    """
    def items(condition):
        return [] if condition is None else list(condition.items) if isinstance(condition, m.And) else [condition]

    replaced = {_about(item) for item in items(where)} - {None}
    return m.conjoin(*[item for item in items(previous) if _about(item) not in replaced], where)


def previous_forms(previous: m.Select | None, previous_ids: list[int] | None) -> m.Cond:
    """The previous answer's forms: its conditions when it listed them all, else the forms it showed."""
    if previous is not None and previous.aggregate is None and not previous.limit and previous.where is not None:
        return previous.where
    return m.FormIds(tuple(previous_ids or ()))


def opens(tokens: list[Token], select: m.Select) -> bool:
    """Whether a question is said of the previous answer: a follow word opening it (其中…, their rates?), a sort or
    top N of no forms of its own, a bare count, an opening exclusion (去掉执行数为0的).

    Args:
        tokens: the question's tokens, stop words removed.
        select: what the question asks, as composed.

    Returns:
        Whether the reading narrows the previous answer.
    """
    # "sort by budget" with nothing else re-orders the previous answer.
    # …排，最前面的是哪个 / 按执行率从低到高排，前三个: the first of the last answer re-ordered ("sort by budget, top 3"
    # with no word for "the first" ranks all forms)
    sorts_first = any(t.kind == "sort" for t in tokens) and any(t.kind == "limit" for t in tokens)
    # 执行率最低的是哪个 after a list: an order and a limit with no subject (项目, 平安办) or condition of its own is
    # said of the list just given; 所有项目按…, 执行率最低的项目 name their own forms and are fresh questions.
    no_subject = not any(t.kind in ("noun", "class", "tag", "unit", "department", "project") for t in tokens)
    pure_sort = select.where is None and select.order_by is not None and select.aggregate is None and (
        not select.limit or sorts_first or any(t.kind == "first_one" for t in tokens) or no_subject)
    # A follow word opens the question (其中…, their rates?); "which projects had their budget cut" is no follow-up.
    follow = any(t.kind == "follow" for t in tokens[:1]) or (len(tokens) > 1 and tokens[1].kind == "follow"
                                                             and tokens[0].kind != "noun")
    # "sort them by the increase and give me the top 3": an order or a top N of no forms of its own, said of them
    follow = follow or (select.where is None and select.aggregate is None and select.order_by is not None
                        and any(_POINTS_BACK.search(t.text) for t in tokens))
    # "how many are there?" or 平均下来执行率多少 with no forms named, "去掉执行数为0的" opening on an exclusion: said of the last answer
    nouns = any(t.kind in ("noun", "class", "tag", "unit", "department", "project") for t in tokens)
    # 执行率平均多少 after a list: a statistic of no forms of its own is of the list just given
    follow = follow or (not nouns and select.group_by is None and select.where is None and select.aggregate is not None)
    # 排除信访办的, exclude the ones from 党群中心: an opening exclusion naming no forms of its own (项目, projects)
    # 把执行数为零的去掉，还剩哪些: an exclusion word anywhere, with no forms named, takes those off the last answer
    # Excluding the zero-spend forms, how many are left?: a noun inside the opening exclusion's clause names the forms
    # taken off, not forms of the question's own, when only a count or a pointer back follows it
    nouns_at = [k for k, t in enumerate(tokens) if t.kind == "noun"]
    taken_off = bool(tokens) and tokens[0].kind == "not" and tokens[0].text in _excluding() and len(nouns_at) == 1 \
        and nouns_at[0] + 1 < len(tokens) and all(t.kind in ("aggregate", "follow") for t in tokens[nouns_at[0] + 1:])
    follow = follow or (select.group_by is None and tokens and (tokens[0].kind == "not" or any(
        t.kind in ("not", "not_after") and t.text in _excluding() for t in tokens)) and (taken_off or not nouns_at))
    # "what's the average execution rate of those": a phrase pointing back, anywhere in the question
    follow = follow or any(t.kind == "follow" and (_OF_THOSE.match(t.text) or _BARE_POINTER.match(t.text)) for t in tokens)
    return pure_sort or follow


def _excluding() -> frozenset[str]:
    """The words of exclusion (去掉, 除外, excluding, left out): what takes forms off a list, not a plain negation (没)."""
    from assistant import exclusion, lexicon

    return exclusion.words(lexicon.load())


def compared_field(previous: m.Select | None) -> str | None:
    """The field the previous answer compared with a figure (全年预算数 > 100万): what "那50万以上的呢" / "what about
    over 50?" compares its own figure with.

    Args:
        previous: the previous Select.

    Returns:
        The form field's name, or None.
    """
    items = [] if previous is None or previous.where is None else (
        list(previous.where.items) if isinstance(previous.where, m.And) else [previous.where])
    return next((c.left.name for c in items if isinstance(c, m.Compare) and isinstance(c.left, m.Field)
                 and c.left.entity == "form" and isinstance(c.right, m.Number) and c.left.name != "year"), None)
