"""The asked-quantity slot: what a question asks for (a share, which one, a simple mean), read before fields are bound, and a reading whose output does not fit it rebuilt or refused."""

from __future__ import annotations

import dataclasses
import re

from assistant import governed, model as m, picked_share
from assistant.asked_unit import asks_points
from assistant.data_files import role_words
from assistant.money_share import AMOUNTS
from assistant.pooled_rate import RATES
from assistant.rest_said import rest_of_forms

_WORDS = role_words("asked_quantity.tsv", ("share", "which", "simple", "more", "less", "amount", "count", "unspent", "used",
                                           "difference", "each", "ahead", "behind"))
# "which 党群 project", "which form": "which" before a singular form noun within a few words (not "which forms").
_WHICH_EN = re.compile(r"\bwhich\b(?:\s+[^\s?,.;]+){0,3}?\s+(?:one|form|project|programme|program|line|item|scheme)\b(?!s)", re.I)
# A base an amount is taken of: the part's share of its own base (what percentage of its budget went unspent).
_BASE = {"unspent": "annual_budget", "executed": "annual_budget"}


@dataclasses.dataclass
class Asked:
    """The frame of a question: which quantities it asks (share, which, simple) with the words that said each, the
    amount fields it names in order, and the end a superlative or comparative points at (max / min / None)."""

    frames: dict
    amounts: list
    end: str | None
    end_word: str = ""
    said: tuple = ()  # (text, lang, tokens) the frame was read from: what a superlative governs is read from them


def _said(text: str, lang: str, role: str) -> str | None:
    """The first word of a role said in the text (English on word boundaries)."""
    for word in _WORDS.get((lang, role), []):
        # "more than 5万" compares; "which one left more" chooses
        if (re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])(?!\s+than)", text, re.I) if lang == "en"
                else re.search(rf"(?<![那这]){re.escape(word)}(?!于)", text)):  # 那几张表: those forms, no count asked
            return word
    return None


def read(question: str, recogniser) -> Asked:
    """Read the asked quantity of a question.

    Args:
        question: the question as read (normalised or not).
        recogniser: an assistant.recognise.Recogniser, whose tokens give the fields, share words and superlatives.

    Returns:
        The Asked frame.
    """
    from assistant.interpret import is_english, normalize

    text = normalize(question)
    lang = "en" if is_english(question) else "zh"
    tokens, _ = recogniser.tokens(text)
    frames = {}
    at = next((k for k, t in enumerate(tokens) if t.kind == "aggregate" and t.key == "share"), None)
    share = tokens[at].text if at is not None else _said(text, lang, "share")
    if share:
        frames["share"] = share
    kept = rest_of_forms([t for t in tokens if t.kind != "stop"])  # the remaining forms: the rest of them, no balance
    if at is not None and (any(t.kind == "noun" and t.key == "form" for t in tokens[at + 1:at + 3]) or _of_the_rest(kept)):
        frames["of_forms"] = tokens[at].text  # what percentage of all forms / of the 28 forms: a share of forms, said so
    which = _said(text, lang, "which") or (found.group(0) if lang == "en" and (found := _WHICH_EN.search(text)) else None)
    if which:
        frames["which"] = which
    if (simple := _said(text, lang, "simple")) is not None:
        frames["simple"] = simple
    if asks_points(question):
        frames["points"] = "points"  # 一共扣了多少分, how many points: points, never a sum of budgets
    if (amount := _said(text, lang, "amount")) is not None and _said(text, lang, "count") is None and "points" not in frames:
        frames["amount"] = amount  # 多少钱, how much: an amount, never a count of forms
    if (each := _said(text, lang, "each")) is not None:
        frames["each"] = each  # 各自剩了多少, how much did each leave: per form, never summed
    for role in ("difference", "unspent", "used"):  # what part of the money: the first said (没用掉 before 用掉)
        if (part := _said(text, lang, role)) is not None:
            frames[role] = part
            break
    if "difference" in frames:  # how much bigger was A than B: which of the two named amounts is the larger
        frames["direction"] = next((role for role in ("ahead", "behind") if _said(text, lang, role)), None)
    amounts = list(dict.fromkeys(t.key for t in kept if t.kind == "field" and t.key in AMOUNTS))
    ends = [t.key for t in tokens if t.kind == "superlative" and t.key in ("max", "min")]
    more, less = _said(text, lang, "more"), _said(text, lang, "less")
    end = ends[0] if ends else "max" if more else "min" if less else None
    return Asked(frames, amounts, end, "" if ends else more or less or "", (text, lang, tokens))


def _output(select: m.Select, fields: dict) -> str:
    """What a reading answers: percent, amount, count, value (another figure), or forms (a list)."""
    aggregate = select.aggregate
    if aggregate is not None and select.group_by is None and not select.groups:
        if aggregate.function in ("share", "pooled"):
            return "percent"
        if aggregate.function in ("count", "distinct"):
            return "count"
        return _kind_of(aggregate.expr, fields)
    if aggregate is None and select.order_by is None and len(select.shown) == 1:
        return _kind_of(select.shown[0], fields)
    return "forms"


def _kind_of(expr, fields: dict) -> str:
    if isinstance(expr, m.Field) and expr.entity == "form":
        info = fields.get(expr.name)
        if getattr(info, "unit", "") == "%":
            return "percent"
        return "amount" if expr.name in AMOUNTS else "value"
    return "value"


def _ranked(where) -> m.Ranked | None:
    items = list(where.items) if isinstance(where, m.And) else [where] if where is not None else []
    return next((c for c in items if isinstance(c, m.Ranked)), None)


def _without(where, dropped) -> m.Cond | None:
    items = list(where.items) if isinstance(where, m.And) else [where] if where is not None else []
    return m.conjoin(*[c for c in items if c is not dropped and c != dropped])


def _without_negated(where) -> m.Cond | None:
    """The condition without the forms it leaves out (not X): what names the forms kept."""
    return m.conjoin(*[c for c in (where.items if isinstance(where, m.And) else (where,)) if not isinstance(c, m.Not)])


def _zero_of(where) -> m.Compare | None:
    """A condition "nothing spent" or "no budget" (执行数 = 0, 全年预算数 = 0) read from words naming the unspent part."""
    items = list(where.items) if isinstance(where, m.And) else [where] if where is not None else []
    return next((c for c in items if isinstance(c, m.Compare) and isinstance(c.left, m.Field) and c.op == "="
                 and c.left.name in ("executed", "annual_budget") and isinstance(c.right, m.Number) and c.right.value == 0), None)


def _as_share(select: m.Select, asked: Asked, fields: dict) -> bool:
    """A share asked, a count, total or figure answered: rebuilt as the share (in place); False when it cannot be."""
    if select.aggregate is not None and select.aggregate.function == "share" and picked_share.set_restricted(select, asked):
        return True  # 除去X，执行数占全年预算的比例: the set without X, the share of its money
    if select.aggregate is not None and select.aggregate.function == "share" and (
            picked_share.named_together(select) or asked.said and picked_share.picked(select, asked)) and select.aggregate.expr is not None:
        return True  # 社工和社工点经费合起来占几成, the largest project's share: the picked forms' part of the base
    aggregate = select.aggregate
    used = repr(select)
    if aggregate is not None and aggregate.function == "share":
        trivial = isinstance(aggregate.condition, m.Compare) and aggregate.condition.left == aggregate.condition.right
        if trivial and aggregate.expr is None and asked.amounts:
            # 维稳经费的全年预算在全部预算里是百分之几: the form read's share of the amount, not "budget = budget"
            select.aggregate = m.Aggregate("share", m.Field(asked.amounts[0]), select.where)
            select.where = None
            return True
        if aggregate.expr is None and aggregate.condition is not None:
            rates = [parts for rate, parts in RATES.items() if f"Field(name='{rate}'" in used]
            named = [a for a in asked.amounts if f"Field(name='{a}'" not in used and not any(a in parts for parts in rates)]
            if named and "of_forms" not in asked.frames:  # 信访办那三张表的年度拨款在全体拨款里是几成: a share of that money, not of the forms
                select.aggregate = m.Aggregate("share", m.Field(named[0]), aggregate.condition)
                return True
        return False
    kind = _output(select, fields)
    if kind == "percent":
        return True
    if kind == "forms" and (select.aggregate is not None or select.order_by is not None):
        return False  # a grouping or a ranking: no operand of the share to rebuild from
    if kind == "forms" and (zero := _zero_of(select.where)) is not None:
        # 全年预算里有百分之几没花掉: the unspent part of the budget, not the forms that spent nothing
        select.where = _without(select.where, zero)
        select.aggregate = m.Aggregate("pooled", m.Arith("/", m.Field("unspent"), m.Field("annual_budget")))
        return True
    expr = select.aggregate.expr if select.aggregate is not None else select.shown[0] if select.shown else None
    if kind != "amount" or not isinstance(expr, m.Field) or (select.aggregate is not None and select.aggregate.function != "sum"):
        return False
    base = _BASE.get(expr.name)
    if base is not None and base in asked.amounts:  # what percentage of its budget went unspent: of its own base
        select.aggregate, select.shown = m.Aggregate("pooled", m.Arith("/", expr, m.Field(base))), []
        return True
    if select.where is None:
        return False
    # the 派出所 forms' opening budget as a fraction of every form's: the forms read's share of the whole amount
    select.aggregate, select.shown = m.Aggregate("share", expr, select.where), []
    select.where = None
    return True


def _as_one(select: m.Select, asked: Asked) -> bool:
    """"Which one" asked, a single figure answered: rebuilt as the form ahead on that measure; False when it cannot be."""
    aggregate = select.aggregate
    if aggregate is None and select.order_by is None and len(select.shown) == 1 and asked.end is not None:
        # 两个项目，哪个没用掉的钱更多: the one ahead on the figure shown, not both figures
        select.order_by, select.descending, select.limit, select.shown = select.shown[0], asked.end == "max", 1, []
        return True
    if aggregate is None or select.group_by is not None or select.groups:
        return True
    ranked = _ranked(select.where)
    if aggregate.function == "count" and ranked is not None:
        # 哪一个剩下没花的钱最多？剩了多少？: the ranked form with its figure, not "1 form"
        select.where = m.conjoin(_without(select.where, ranked), ranked.within) if ranked.within != select.where else _without(select.where, ranked)
        select.order_by, select.descending, select.limit, select.ties = ranked.expr, ranked.descending, ranked.limit, ranked.ties
        select.aggregate = None
        return True
    if aggregate.function in ("max", "min", "sum", "avg") and aggregate.expr is not None:
        end = aggregate.function if aggregate.function in ("max", "min") else asked.end
        if end is None:
            return False
        # which 党群 project sat on the biggest leftover sum: the form with the most, not the group's total
        select.order_by, select.descending, select.limit, select.aggregate = aggregate.expr, end == "max", 1, None
        return True
    return aggregate.function == "count"


def _as_amount(select: m.Select, asked: Asked, fields: dict) -> bool:
    """An amount asked (the unspent part, the part used, a difference), a count or a neighbouring column answered:
    rebuilt as that amount (in place); False when the asked part cannot be read."""
    part = next((role for role in ("difference", "unspent", "used") if role in asked.frames), None)
    kind = _output(select, fields)
    if part in ("unspent", "used") and kind in ("forms", "amount") and "each" not in asked.frames and select.aggregate is None \
            and select.order_by is None and select.where is not None and len(select.shown) == 1 \
            and _kind_of(select.shown[0], fields) == "amount" and "Text(field=Field(name='project_name', entity='form'), mode='equals'" not in repr(_without_negated(select.where)):
        # how much did the 平安办 forms other than X leave unspent: the group's amount, not each form's
        select.aggregate, select.shown = m.Aggregate("sum", select.shown[0]), []
        return True
    if part is None or kind not in ("count", "amount"):
        return True
    if kind == "count":
        zero = _zero_of(select.where)
        if part != "unspent" or zero is None or select.aggregate.function != "count":
            return True  # a count of forms meeting a condition the question states
        # 剩下没花的加起来多少, 有多少预算没有用掉: the unspent money, not the forms that spent nothing
        select.where, select.aggregate = _without(select.where, zero), m.Aggregate("sum", m.Field("unspent"))
        return True
    expr = select.aggregate.expr if select.aggregate is not None else select.shown[0]
    if select.aggregate is not None and select.aggregate.function != "sum":
        return True
    if part == "difference":
        named = [a for a in asked.amounts if a in ("annual_budget", "initial_budget", "executed")]
        if len(named) != 2:
            return expr.name not in named  # a change or balance column already is the difference
        # 维稳经费全年预算与执行数相差多少, how much larger was the opening budget than the final one
        measure = m.Arith("|-|", m.Field(named[0]), m.Field(named[1]))
        direction = asked.frames.get("direction")
        if direction and "Text(field=Field(name='project_name', entity='form'), mode='equals'" not in repr(select.where):
            # overall, how much bigger were the full-year budgets than the opening ones: the net total of A − B
            first, second = (named[0], named[1]) if direction == "ahead" else (named[1], named[0])
            measure = m.Arith("-", m.Field(first), m.Field(second))
    else:
        wanted = "unspent" if part == "unspent" else "executed"
        if expr.name == wanted or expr.name not in ("annual_budget", "initial_budget", "executed"):
            return True
        if part == "used" and expr.name == "executed":
            return True
        measure = m.Field(wanted)  # 年度预算实际用掉了多少, how much of its budget did X not use: the part, not the budget
    select.aggregate, select.shown = m.Aggregate("sum", measure), []
    return True


def _as_simple(select: m.Select) -> None:
    """A simple mean asked, the pooled ratio answered: the mean of the rate over the forms (in place)."""
    aggregate = select.aggregate
    if aggregate is None or aggregate.function != "pooled" or not isinstance(aggregate.expr, m.Arith):
        return
    parts = (getattr(aggregate.expr.left, "name", None), getattr(aggregate.expr.right, "name", None))
    rate = next((name for name, pair in RATES.items() if tuple(pair) == parts), None)
    select.aggregate = m.Aggregate("avg", m.Field(rate) if rate else m.Arith("*", m.Number(100), aggregate.expr))


def fitted(reading, asked: Asked, fields: dict) -> list[str]:
    """Fit a reading to the asked quantity: rebuild it (in place) when its output answers an operand or a neighbouring
    statistic of what was asked, else name the operator not read.

    Args:
        reading: an assistant.asking.Reading (None passes).
        asked: the question's frame (read()).
        fields: the lexicon's fields (name → info with `unit`).

    Returns:
        The words of the asked operator the reading could not be made to answer (empty when it answers it).
    """
    if reading is None or asked is None or reading.together:
        return []
    select = reading.select
    if asked.said and governed.ranked(select, *asked.said):
        reading.ignored, reading.unread = (governed.read_words(words, asked.said[1]) for words in (reading.ignored, reading.unread))
        return []  # the largest top-up, 砍得最多的: the change's size ranked, whatever share or field word was read
    if "simple" in asked.frames:
        _as_simple(select)
    if "share" in asked.frames and "which" not in asked.frames and not _as_share(select, asked, fields):
        kind = _output(select, fields)
        if kind in ("amount", "count") and select.aggregate is not None or kind == "amount":
            return [asked.frames["share"]]
    if "amount" in asked.frames and not _as_amount(select, asked, fields):
        return [asked.frames.get("unspent") or asked.frames.get("used") or asked.frames.get("difference") or asked.frames["amount"]]
    if "which" in asked.frames and not _as_one(select, asked):
        return [asked.frames["which"]]
    said = [word.lower() for word in (*asked.frames.values(), asked.end_word) if word]
    # 不加权, 哪个…更多: the words of a quantity the reading now answers are read, not left over
    reading.ignored = [w for w in reading.ignored if not any(w.lower() in word for word in said)]
    return []


def only_reading_answers(asked: Asked | None, reading, query) -> bool:
    """Whether the query model's reading answers the share asked while the rule-based reading would look a figure up or
    list forms (how much of the overall budget, in percent, belongs to X): the rule reading answers an operand.

    Args:
        asked: the question's frame, or None.
        reading: the query model's reading (fitted).
        query: the rule-based reading (an assistant.interpret.Query).

    Returns:
        True when only the query model's reading gives the percentage asked.
    """
    from assistant.reading_choice import names_beyond

    if asked is None or reading is None or "share" not in asked.frames or query.intent not in ("lookup", "list"):
        return False
    aggregate = reading.select.aggregate
    return aggregate is not None and aggregate.expr is not None and aggregate.function in ("share", "pooled") and not reading.unread \
        and not names_beyond(query, reading)


def of_previous(asked: Asked | None, previous_ids: list | None, reading=None):
    """A follow-up that says only the quantity asked (用掉几成？, 没用掉的还剩多少？, what share went unspent?) after an
    answer: that quantity of the previous answer's forms — a share of their budget used or unspent, or the amount.

    Args:
        asked: the follow-up's frame, or None.
        previous_ids: the previous answer's form ids, or None.
        reading: the query model's reading of the follow-up, or None; one holding no more than the "spent nothing" its
            words of not spending made (没用掉的还剩多少) is replaced, any other is kept.

    Returns:
        The reading to answer with: a new one for the quantity of the previous forms, else `reading` unchanged.
    """
    from assistant.asking import Reading

    if reading is not None and not (reading.select.where is not None and reading.select.where == _zero_of(reading.select.where)
                                    and reading.select.aggregate is None and not reading.select.shown and reading.select.order_by is None):
        return reading
    if asked is None or not previous_ids or set(asked.amounts) - {"executed", "unspent"} or "which" in asked.frames:
        return reading
    part = "unspent" if "unspent" in asked.frames else "executed" if "used" in asked.frames else None
    if part is None or not ({"share", "amount"} & set(asked.frames)):
        return reading
    measure = m.Aggregate("pooled", m.Arith("/", m.Field(part), m.Field("annual_budget"))) if "share" in asked.frames \
        else m.Aggregate("sum", m.Field(part))
    return Reading(m.Select(where=m.FormIds(tuple(previous_ids)), aggregate=measure), follow_up=True)


def unless_points(asked: Asked | None, reading, reader):
    """The reading, unless points are asked and it gives a statistic of an amount (预算执行一共扣了多少分 read as the sum
    of the full-year budgets): then None, for the rule reader or a refusal.

    Args:
        asked: the question's frame, or None.
        reading: the query model's reading, or None.
        reader: the QuestionReader (its lexicon's fields give each field's kind), or None.

    Returns:
        The reading or None.
    """
    if reading is None or asked is None or "points" not in asked.frames or reader is None:
        return reading
    aggregate = reading.select.aggregate
    if aggregate is not None and isinstance(aggregate.expr, m.Field) \
            and getattr(reader.lexicon.fields.get(aggregate.expr.name), "kind", "") == "amount":
        return None
    return reading


def _of_the_rest(tokens: list) -> bool:
    """A share word, then the rest of the forms (what percentage of the remaining forms): a share of forms."""
    return any(a.kind == "aggregate" and a.key == "share" and b.kind == "complement" and c.kind == "noun" and c.key == "form"
               for a, b, c in zip(tokens, tokens[1:], tokens[2:]))
