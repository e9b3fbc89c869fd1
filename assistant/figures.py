"""A field against figures: a number read in the field's terms, a range, and the margin between two fields."""

from __future__ import annotations

import re

from assistant import model as m
from assistant.asking import field_node
from assistant.lexicon import Lexicon
from assistant.recognise import Token
from assistant.rows import in_percent


def field_kind(lexicon: Lexicon, name: str) -> str:
    """The kind of a lexicon field (amount, rate, score, count, year, text); "" when unknown."""
    info = lexicon.fields.get(name)
    return info.kind if info else ""


def compare(lexicon: Lexicon, field_name: str, op: str, number: Token) -> tuple[m.Cond, bool]:
    """A field against a number, the number read in the field's terms (a share of an amount is a rate).

    Args:
        lexicon: the fields.
        field_name: the lexicon field key.
        op: the comparison.
        number: the number token.

    Returns:
        (the condition, whether it is an indicator-row condition).
    """
    value, name = number.value, field_name
    kind = field_kind(lexicon, field_name)
    if kind == "amount" and number.unit == "percent" and field_name not in ("executed", "annual_budget"):
        # more than a third of the budget unspent: the amount as a percentage of the full-year budget
        ratio = m.Arith("*", m.Number(100.0), m.Arith("/", field_node(field_name), m.Field("annual_budget")))
        return m.Compare(ratio, op, m.Number(value, number.text)), False
    if kind == "amount" and number.unit == "percent":
        name = "execution_rate"  # "spent under half of their money"
    elif kind == "rate" and number.unit == "score":
        name = "total_score"  # "scorecards that rate below 95 points": points are a score, not a rate
    elif kind == "amount" and number.unit == "score":
        from assistant.conditions import SCORED_AS

        name = SCORED_AS.get(field_name, "total_score")  # 预算执行那一栏的分低于8分: the score that grades the line
    elif kind == "rate" and number.unit is None and value <= 1.5 and (not float(value).is_integer() or value == 1):
        value = round(value * 100, 6)  # 0.7 written as a ratio; 执行比达到1 is the whole, not 1%
    condition = m.Compare(field_node(name), op, m.Number(value, number.text))
    if name.startswith("indicator."):
        condition = in_percent(condition, name.split(".", 1)[1], number)
    return condition, name.startswith("indicator.")


def between(lexicon: Lexicon, tokens: list[Token], used: set, field_token: Token, j: int):
    """N 到 M 之间 / between N and M: two numbers joined by a range word, or 两千多万 (`some_more`); the indices
    read added to `used`.

    Returns:
        (the range condition, whether it is a row condition), or None.
    """
    more = some_more(lexicon, field_token.key, tokens[j], tokens[j + 1]) if j + 1 < len(tokens) else None
    if more is not None:
        used.update({j, j + 1})
        return more
    if j + 1 >= len(tokens) or tokens[j + 1].kind != "number":
        return None
    low, high = tokens[j], tokens[j + 1]
    if "year" in (low.unit, high.unit):
        return None  # 执行率为0，2024年支付: a figure, then a year a sentence gives
    if high.start - low.end > 5 or (low.unit is not None and high.unit is None and float(high.value).is_integer()
                                    and 1990 <= high.value <= 2099):
        return None  # "less than 100,000 yuan in 2023": a figure, then a year
    if low.value > high.value and (low.unit or "") == (high.unit or ""):
        return None  # 2+1 in a name, not a range
    used.update({j, j + 1})
    unit = low.unit or high.unit
    if low.unit is None and high.unit == "amount":
        # 0.5 and 2 million: the bare figure takes the scale; 500,000 and 1 million yuan: a figure the scale would put
        # above the other end is in the currency said (yuan), or the forms' unit when none is said
        factor = high.factor if low.value * high.factor <= high.value else (
            0.0001 if re.search(r"yuan|rmb|元|块", high.text, re.I) else 1.0)
        low = Token("number", "", low.start, low.end, low.text, round(low.value * factor, 6), "amount")
    elif low.unit is None and high.unit == "percent" and high.text.startswith("0.") and 0 < low.value < 1:
        low = Token("number", "", low.start, low.end, low.text, round(low.value * 100, 6), "percent")  # 0.5 and 0.9 of
    first, _ = compare(lexicon, field_token.key, ">=", Token("number", "", 0, 0, low.text, low.value, unit))
    second, row = compare(lexicon, field_token.key, "<=", Token("number", "", 0, 0, high.text, high.value, unit))
    return m.And((first, second)), row


# A figure written in digits or numerals (二十, 两千, 七成, 100), not a word for one (一半, half).
_ROUND_FIGURE = re.compile(r"[\d.,]+|[零〇一二两三四五六七八九十百千万]+成?")


def some_more(lexicon: Lexicon, field_name: str, number: Token, after: Token):
    """两千多万 / 二十多个 / 七成多: 多 glued after a round figure says "that figure and some more", short of the next
    step of its last place (两千多万 is over 2,000 and under 3,000 万元), not every figure above it.

    Args:
        lexicon: the fields.
        field_name: the lexicon field key.
        number: the figure.
        after: the word after it.

    Returns:
        (the range condition, whether it is a row condition), or None when the word is not a glued 多 after a round
        whole figure (一半多, 2.5多: only "more than").
    """
    value = number.value
    if after.text != "多" or after.start != number.end or not float(value).is_integer() or value <= 0 or value % 10 \
            or not _ROUND_FIGURE.fullmatch(number.text):
        return None
    place = 10
    while value % (place * 10) == 0 and place * 10 <= value:
        place *= 10
    first, _ = compare(lexicon, field_name, ">", number)
    second, row = compare(lexicon, field_name, "<", Token("number", "", 0, 0, number.text, value + place, number.unit))
    return m.And((first, second)), row


def by_margin(tokens: list[Token], i: int, j: int, direction: str | None = None) -> tuple[m.Cond, int] | None:
    """A 比 B 少一半以上 / 多10万元 / A larger than B by over 20%: the margin between two fields (tokens i and j; the
    direction a cue after B, or the comparison written between them) against a number — a percentage of B when the
    number is one, else an amount.

    Returns:
        (the condition, the index after what was read), or None when no number follows.
    """
    k = j + 1
    if direction is None:
        if k >= len(tokens) or tokens[k].kind != "compare_cue" or tokens[k].key not in ("<", ">"):
            return None
        direction, k = tokens[k].key, k + 1
    elif k < len(tokens) and tokens[k].kind == "group_cue":  # "by"
        k += 1
    elif not (k < len(tokens) and tokens[k].kind == "number" and tokens[k].unit == "amount"):
        return None  # 执行数超出年初预算5万元以上: an amount right after B is the margin; anything else is none
    op = ">"
    if k < len(tokens) and tokens[k].kind == "op" and tokens[k].key in ("<", "<=", ">", ">="):
        op, k = tokens[k].key, k + 1  # by over 20%
    if k >= len(tokens) or tokens[k].kind != "number":
        return None
    a, b, number = field_node(tokens[i].key), field_node(tokens[j].key), tokens[k]
    margin = m.Arith("-", a, b) if direction == ">" else m.Arith("-", b, a)
    if number.unit == "percent":
        margin = m.Arith("*", m.Number(100.0), m.Arith("/", margin, b))
    after = k + 1
    if after < len(tokens) and tokens[after].kind in ("op_after", "op") and tokens[after].key in ("<", "<=", ">", ">=") \
            and op == ">":
        op, after = tokens[after].key, after + 1  # 以上 / 以下
    return m.Compare(margin, op, m.Number(number.value, number.text)), after


def margin_after_figure(tokens: list[Token], i: int, j: int, op: str | None) -> m.Cond | None:
    """A at least 5万元 below B / more than 10% above B: field i, OP, the figure at j, a direction and field B after it —
    the margin between the two fields against the figure (a percentage of B when the figure is one).

    Returns:
        The condition (it reads tokens i to j + 2), or None when no direction and field follow the figure.
    """
    number, k = tokens[j], j + 1
    if op in (None, "=") or number.unit not in ("amount", "percent") or k + 1 >= len(tokens) \
            or tokens[k].kind != "op" or tokens[k].key not in ("<", ">") or tokens[k + 1].kind != "field":
        return None
    a, b = field_node(tokens[i].key), field_node(tokens[k + 1].key)
    gap = m.Arith("-", a, b) if tokens[k].key == ">" else m.Arith("-", b, a)
    if number.unit == "percent":
        gap = m.Arith("*", m.Number(100.0), m.Arith("/", gap, b))
    return m.Compare(gap, op, m.Number(number.value, number.text))


def multiple_of(tokens: list[Token], i: int, j: int, op: str | None) -> tuple[m.Cond, int] | None:
    """A 是 B 的两倍以上 / A 超过 B 的 1.5 倍 (B at j) / A more than twice B (the multiple at j): field i against a
    multiple of another field.

    Returns:
        (the condition, the index after what was read), or None when no multiple follows B.
    """
    if op is not None and j < len(tokens) and tokens[j].kind == "number" and tokens[j].unit in ("times", "percent"):
        # more than twice their initial budget / fell short of 80% of its target (a row's own): the multiple before the field
        f = j + 1
        while f < len(tokens) and (tokens[f].kind in ("follow", "noun") or (tokens[f].kind == "op" and tokens[f].text in ("of", "的"))):
            f += 1
        if f < len(tokens) and tokens[f].kind == "field" and tokens[f].key != tokens[i].key and f > j + 1 \
                and (tokens[j].unit == "times" or field_node(tokens[f].key).entity == field_node(tokens[i].key).entity == "indicator"):
            if tokens[j].unit == "percent":  # as a percentage of it, as 实际不到目标的80% reads (a target of 0 holds no share)
                ratio = m.Arith("*", m.Number(100.0), m.Arith("/", field_node(tokens[i].key), field_node(tokens[f].key)))
                return m.Compare(ratio, op, m.Number(tokens[j].value, tokens[j].text)), f + 1
            times = m.Arith("*", m.Number(tokens[j].value, tokens[j].text), field_node(tokens[f].key))
            return m.Compare(field_node(tokens[i].key), op, times), f + 1
        return None
    k = j + 1
    if op is None or j >= len(tokens) or tokens[j].kind != "field" or k >= len(tokens) or tokens[k].kind != "number" \
            or tokens[k].unit != "times":
        return None
    after = k + 1
    if op == "=" and after < len(tokens) and tokens[after].kind in ("op_after", "op") \
            and tokens[after].key in ("<", "<=", ">", ">="):
        op, after = tokens[after].key, after + 1  # 两倍以上
    times = m.Arith("*", m.Number(tokens[k].value, tokens[k].text), field_node(tokens[j].key))
    return m.Compare(field_node(tokens[i].key), op, times), after


def difference_of(tokens: list[Token], used: set) -> tuple[m.Arith, set] | None:
    """The gap between two fields as a measure: "the gap between budget and spending", 预算和执行数相差最大.

    Args:
        tokens: the question's tokens (a `difference` word before or after two fields).
        used: indices already read.

    Returns:
        (first field − second field, the indices read), or None.
    """
    for k, token in enumerate(tokens):
        if token.kind != "difference" or k in used:
            continue
        fields = _fields_around(tokens, k, 1)  # the gap between (its) A and (its) B
        if len(fields) < 2:
            fields = sorted(_fields_around(tokens, k, -1))  # A和B相差
        if len(fields) == 2:
            first, second = (field_node(tokens[n].key) for n in fields)
            # the largest variance between A and B, in either direction: the size of the gap, up or down
            either = {n for n, t in enumerate(tokens) if t.kind == "either_way" and n not in used}
            if token.key == "change":  # the change or movement between the opening and the final budget: final − opening
                from assistant.lexicon import load
                pair = {tokens[n].key for n in fields}
                first, second = next(((field_node(key), field_node(base)) for key, base in load().keys("baseline").items()
                                      if {key, base} == pair), (first, second))
            return m.Arith("|-|" if either else "-", first, second), {k, *fields, *either}
    return None


def read_gap(state) -> m.Cond | None:
    """The gap between two fields: a measure (to rank or total), or, with a figure after it, a condition on it
    ("a gap between budget and outturn above 50 万元", 预算与执行数的差额超过50万元).

    Args:
        state: the ComposeState; the measure is added to its measures, the tokens read to `used`.

    Returns:
        The condition, or None when the gap is no condition (or no gap is named).
    """
    gap = difference_of(state.tokens, state.used)
    if gap is None:
        return None
    tokens, at = state.tokens, max(gap[1]) + 1
    state.used.update(gap[1])
    if at + 1 < len(tokens) and tokens[at].kind == "op" and tokens[at].key == "=" and tokens[at + 1].kind == "op":
        at += 1  # "of more than 50 万元"
    op, number = (tokens[at:at + 2] + [None, None])[:2]
    if op is not None and op.kind == "op" and op.key != "=" and number is not None and number.kind == "number" \
            and number.unit in (None, "amount"):
        state.used.update(range(max(gap[1]) + 1, at + 2))
        return m.Compare(gap[0], op.key, m.Number(number.value, number.text))
    state.measures.append(gap[0])
    return None


def _fields_around(tokens: list[Token], k: int, step: int) -> list[int]:
    """Up to two field tokens next to k in one direction, over possessives and nouns (its budget, 项目的预算)."""
    found, n = [], k + step
    while 0 <= n < len(tokens) and len(found) < 2 and tokens[n].kind in ("field", "follow", "noun"):
        if tokens[n].kind == "field":
            found.append(n)
        n += step
    return found


def counts_rows(tokens: list[Token], j: int) -> bool:
    """"average total score of forms with more than 8 indicators": a plain count followed by the indicator noun counts
    the form's indicator rows; it is no figure of a field named before it.

    Args:
        tokens: the composed tokens.
        j: the index of the number.

    Returns:
        Whether the number counts indicator rows.
    """
    if j + 1 >= len(tokens) or tokens[j + 1].kind != "noun" or tokens[j + 1].key != "indicator":
        return False
    # 8个指标 says what it counts; a bare 100 only when the noun follows at once (目标值大于100的指标 is a target)
    gap = tokens[j + 1].start - tokens[j].end
    return tokens[j].unit == "count" or (tokens[j].unit is None and (gap == 0 or gap == 1 and tokens[j + 1].text.isascii()))


def opens_next_figure(tokens: list[Token], k: int) -> bool:
    """Whether the comparison word at k opens the figure after it ("100%, and more than 5 indicators"): a bound
    written before its own number is never the postfix bound of the figure before it.

    Args:
        tokens: the question's tokens.
        k: the index of the word after a figure.

    Returns:
        True when tokens[k] is a prefix comparison followed by a number.
    """
    return k + 1 < len(tokens) and tokens[k].kind == "op" and tokens[k].key in ("<", ">", "<=", ">=") \
        and tokens[k + 1].kind == "number"


def counted_rows(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the rows' noun only counted (more than 4 indicators, 5个指标, 指标超过8个): a count of a
    form's rows, which says nothing of the rows' own columns (scored 100 stays the form's total).

    Args:
        tokens: the question's tokens.
        k: the index of a token.

    Returns:
        True for an indicator noun with a count right before it or a bound and a count right after it.
    """
    if not (tokens[k].kind == "noun" and tokens[k].key == "indicator"):
        return False
    before = k > 0 and tokens[k - 1].kind == "number"
    after = k + 2 < len(tokens) and tokens[k + 1].kind in ("op", "op_after") and tokens[k + 2].kind == "number" \
        and tokens[k + 2].unit in (None, "count")
    return before or after
